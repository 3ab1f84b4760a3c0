package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/** The subject of an issue a project raises (三 末段: "就业、职业培训和社会保障等问题"; the list is open). */
public enum IssueTopic implements Labelled {
  /** 就业: employment. */
  EMPLOYMENT("就业", "employment"),
  /** 职业培训: vocational training. */
  VOCATIONAL_TRAINING("职业培训", "vocational training"),
  /** 社会保障: social security. */
  SOCIAL_SECURITY("社会保障", "social security"),
  /** 其他 (the list ends in 等). */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  IssueTopic(String zh, String en) {
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
