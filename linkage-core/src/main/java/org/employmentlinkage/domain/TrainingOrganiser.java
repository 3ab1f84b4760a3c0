package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/** Who organised a training (三（七）: "对重大项目建设单位组织开展的在岗职工技能提升培训"). */
public enum TrainingOrganiser implements Labelled {
  /** The employer building a major project (重大项目建设单位). */
  MAJOR_PROJECT_EMPLOYER("重大项目建设单位", "major-project employer"),
  /** A vocational training institution (职业培训机构). */
  TRAINING_INSTITUTION("职业培训机构", "vocational training institution"),
  /** Anyone else. */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  TrainingOrganiser(String zh, String en) {
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
