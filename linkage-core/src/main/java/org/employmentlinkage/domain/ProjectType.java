package org.employmentlinkage.domain;

/**
 * Whether a project is a construction project (建设项目): 一（一） defines 重大项目 as "总投资额在1亿元以上建设项目", so
 * only construction projects meet the municipal threshold. The caller's system knows the type; the
 * library does not derive it.
 */
public enum ProjectType {
  /** A construction project (建设项目). */
  CONSTRUCTION("建设项目", "construction project"),
  /** Any other project (非建设项目). */
  OTHER("非建设项目", "other project");

  private final String zh;
  private final String en;

  ProjectType(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * The Chinese name.
   *
   * @return e.g. 建设项目
   */
  public String zh() {
    return zh;
  }

  /**
   * The English name.
   *
   * @return e.g. construction project
   */
  public String en() {
    return en;
  }
}
