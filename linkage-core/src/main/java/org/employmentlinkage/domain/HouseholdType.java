package org.employmentlinkage.domain;

/** The type of a person's household registration (户籍类型). */
public enum HouseholdType {
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

  /**
   * The Chinese name.
   *
   * @return e.g. 农村户籍
   */
  public String zh() {
    return zh;
  }

  /**
   * The English name.
   *
   * @return e.g. rural
   */
  public String en() {
    return en;
  }
}
