package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/**
 * Whether a project is a construction project (建设项目): 一（一） defines 重大项目 as "总投资额在1亿元以上建设项目", so
 * only construction projects meet the municipal threshold. The caller's system knows the type; the
 * library does not derive it.
 */
public enum ProjectType implements Labelled {
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

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
