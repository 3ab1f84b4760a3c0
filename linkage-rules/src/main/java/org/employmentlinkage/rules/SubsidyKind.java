package org.employmentlinkage.rules;

import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.text.Labelled;

/**
 * The training subsidies 三（七） and 三（八） grant "按规定" (per the rules in force).
 *
 * <p>None of them is the unemployment-insurance 技能提升补贴 (人社部发〔2017〕40号: for insured employees who
 * obtain a certificate, paid from the unemployment-insurance fund): that subsidy is a different
 * scheme with its own conditions, and this library neither grants it nor treats it as one of these.
 * Secondary sources report a national rule against drawing it together with a 职业培训补贴 for the same
 * certificate, but its primary text (document number and date) was not found, so no such
 * no-double-claim rule is encoded.
 */
public enum SubsidyKind implements Labelled {
  /** 培训补贴 for in-service skill-upgrading training organised by a major-project employer (三（七）). */
  IN_SERVICE_TRAINING_SUBSIDY(
      "培训补贴（在岗职工技能提升培训）",
      "training subsidy (in-service skill upgrading)",
      ClauseRef.SKILLS_TRAINING_PLAN,
      SubsidySchedule.Item.TRAINING),
  /** 职业培训补贴 for land-expropriated persons in the rural-labour transfer training plan (三（七）). */
  VOCATIONAL_TRAINING_SUBSIDY(
      "职业培训补贴",
      "vocational training subsidy",
      ClauseRef.SKILLS_TRAINING_PLAN,
      SubsidySchedule.Item.TRAINING),
  /** 职业技能鉴定补贴 for land-expropriated persons in the rural-labour transfer training plan (三（七）). */
  SKILL_APPRAISAL_SUBSIDY(
      "职业技能鉴定补贴",
      "skill appraisal subsidy",
      ClauseRef.SKILLS_TRAINING_PLAN,
      SubsidySchedule.Item.APPRAISAL),
  /** 培训补贴 by occupation and level for passing 就业技能培训, 劳动预备制培训 or 企业职工岗位技能培训 (三（八）). */
  TRAINING_SUBSIDY_BY_OCCUPATION_AND_LEVEL(
      "培训补贴（按职种、等级）",
      "training subsidy by occupation and level",
      ClauseRef.SKILLED_TALENT_RESERVE,
      SubsidySchedule.Item.TRAINING);

  private final String zh;
  private final String en;
  private final ClauseRef clause;
  private final SubsidySchedule.Item item;

  SubsidyKind(String zh, String en, ClauseRef clause, SubsidySchedule.Item item) {
    this.zh = zh;
    this.en = en;
    this.clause = clause;
    this.item = item;
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
   * The clause that grants it.
   *
   * @return 三（七） or 三（八）
   */
  public ClauseRef clause() {
    return clause;
  }

  /**
   * The schedule item its amount comes from.
   *
   * @return {@link SubsidySchedule.Item#TRAINING} or {@link SubsidySchedule.Item#APPRAISAL}
   */
  public SubsidySchedule.Item scheduleItem() {
    return item;
  }
}
