package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/** The type of a person's household registration (户籍类型). */
public enum HouseholdType implements Labelled {
  /** Rural (农村户籍, formerly 农业户口). */
  RURAL("农村户籍", "rural"),
  /** Urban (城镇户籍, formerly 非农业户口). */
  URBAN("城镇户籍", "urban");

  private final String zh;
  private final String en;

  HouseholdType(String zh, String en) {
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
