package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/**
 * The land-expropriation notices (征地公告). 二（三） starts its 30 working days at "土地征收公告发布后"; in 2018
 * that was the post-approval notice (《征收土地公告办法》). The 《土地管理法》 as amended in 2019 (in force from
 * 2020-01-01) required, in its 第四十七条, a notice before expropriation is applied for; the 《土地管理法实施条例》
 * as revised by 国务院令第743号 (in force from 2021-09-01) names three notices: the pre-notice (第二十六条),
 * the compensation-plan notice (第二十八条) and the post-approval notice (第三十一条). Which of them is 83号's
 * 土地征收公告 is a reading ({@code LAND_NOTICE_TRIGGER}): only {@link #EXPROPRIATION_NOTICE} starts the
 * period by default, and a notice published before 2021-09-01 under 第四十七条 is a {@link #PRE_NOTICE}
 * ({@code docs/adr/0003-policy-as-code.md}, "二（三）").
 */
public enum LandNoticeKind implements Labelled {
  /**
   * 征收土地预公告: the pre-notice before expropriation (《土地管理法实施条例》, 国务院令第743号, 第二十六条; before 2021-09-01,
   * a notice before applying for expropriation under 《土地管理法》(2019) 第四十七条).
   */
  PRE_NOTICE("征收土地预公告", "pre-notice of land expropriation"),
  /**
   * 征地补偿安置方案公告: the notice of the compensation and resettlement plan (《土地管理法实施条例》, 国务院令第743号,
   * 第二十八条).
   */
  COMPENSATION_PLAN_NOTICE("征地补偿安置方案公告", "notice of the compensation and resettlement plan"),
  /**
   * 征收土地公告: the notice published after the expropriation is approved (第三十一条; before 2021
   * 《征收土地公告办法》): the trigger of 二（三） by default.
   */
  EXPROPRIATION_NOTICE("征收土地公告", "land expropriation notice");

  private final String zh;
  private final String en;

  LandNoticeKind(String zh, String en) {
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
