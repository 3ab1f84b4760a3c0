package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/**
 * The ownership of the enterprise carrying a project, as 三（六） distinguishes it:
 * "国有企业或国有控股企业承担财政资金投资的重大项目".
 */
public enum Ownership implements Labelled {
  /** A state-owned enterprise (国有企业). */
  STATE_OWNED("国有企业", "state-owned enterprise"),
  /** A state-controlled enterprise (国有控股企业). */
  STATE_CONTROLLED("国有控股企业", "state-controlled enterprise"),
  /** Any other enterprise (其他). */
  OTHER("其他企业", "other enterprise");

  private final String zh;
  private final String en;

  Ownership(String zh, String en) {
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

  /**
   * Whether the enterprise is state-owned or state-controlled.
   *
   * @return {@code true} for {@link #STATE_OWNED} and {@link #STATE_CONTROLLED}
   */
  public boolean isState() {
    return this != OTHER;
  }
}
