package org.employmentlinkage.rules;

import org.employmentlinkage.text.Labelled;

/**
 * What makes a person "当地" (local) to a project under 二（五） ("优先组织当地高校毕业生…"), and part of "本市劳动力"
 * (the city's labour). The document defines neither; this library reads residence as the default,
 * configurable to household registration (户籍) ({@code docs/adr/0003-policy-as-code.md}, "当地 and
 * 本市劳动力").
 *
 * <p>A person is local when their region (by the chosen basis) is the project's county-level unit
 * or its pilot zone; part of the city's labour when that region lies in 大连市.
 */
public enum Locality implements Labelled {
  /** By place of residence (居住地): the default. */
  RESIDENCE("居住地", "residence"),
  /** By place of household registration (户籍所在地). */
  HOUSEHOLD_REGISTRATION("户籍所在地", "household registration");

  private final String zh;
  private final String en;

  Locality(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
