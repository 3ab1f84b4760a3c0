package org.employmentlinkage.domain;

import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.text.Labelled;

/** The kinds of training 三（七） and 三（八） name, in the document's words. */
public enum TrainingType implements Labelled {
  /** 在岗职工技能提升培训 organised by a major-project employer (三（七）). */
  IN_SERVICE_SKILL_UPGRADING(
      "在岗职工技能提升培训", "in-service skill-upgrading training", ClauseRef.SKILLS_TRAINING_PLAN),
  /** 农村劳动力转移培训 (三（七）: land-expropriated persons are included in its plan). */
  RURAL_LABOUR_TRANSFER(
      "农村劳动力转移培训", "rural labour transfer training", ClauseRef.SKILLS_TRAINING_PLAN),
  /** 就业技能培训 of urban and rural workers (三（八）: 城乡劳动者就业技能培训). */
  EMPLOYMENT_SKILLS("就业技能培训", "employment-skills training", ClauseRef.SKILLED_TALENT_RESERVE),
  /** 劳动预备制培训 of junior and senior secondary graduates (三（八）: 初高中毕业生劳动预备制培训). */
  LABOUR_PREPARATION("劳动预备制培训", "labour-preparation training", ClauseRef.SKILLED_TALENT_RESERVE),
  /**
   * 企业职工岗位技能培训 (三（八）; the text's words: also called 企业职工岗位技能提升培训 in the issue tracker and national
   * usage).
   */
  ENTERPRISE_POST_SKILLS(
      "企业职工岗位技能培训", "enterprise post-skills training", ClauseRef.SKILLED_TALENT_RESERVE),
  /**
   * Any other training: the list of 三（八） ends in 等, so whether it is subsidised is undetermined (a
   * reading), never a firm no.
   */
  OTHER("其他培训", "other training", ClauseRef.SKILLS_TRAINING_PLAN);

  private final String zh;
  private final String en;
  private final ClauseRef clause;

  TrainingType(String zh, String en, ClauseRef clause) {
    this.zh = zh;
    this.en = en;
    this.clause = clause;
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
   * The clause that names the training.
   *
   * @return 三（七） or 三（八）
   */
  public ClauseRef clause() {
    return clause;
  }
}
