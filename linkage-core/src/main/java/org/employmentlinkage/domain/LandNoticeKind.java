package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/**
 * The land-expropriation notices (征地公告). 二（三） starts its 30 working days at "土地征收公告发布后"; in 2018
 * that was the post-approval notice (《征收土地公告办法》); since the 2021 revision of 《土地管理法实施条例》 there are
 * three notices (第二十六条, 第二十八条, 第三十一条). Only {@link #EXPROPRIATION_NOTICE} starts the period by
 * default ({@code docs/adr/0003-policy-as-code.md}, "二（三）").
 */
public enum LandNoticeKind implements Labelled {
  /** 征收土地预公告: the pre-notice before expropriation (《土地管理法实施条例》(2021) 第二十六条). */
  PRE_NOTICE("征收土地预公告", "pre-notice of land expropriation"),
  /** 征地补偿安置方案公告: the notice of the compensation and resettlement plan (第二十八条). */
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
