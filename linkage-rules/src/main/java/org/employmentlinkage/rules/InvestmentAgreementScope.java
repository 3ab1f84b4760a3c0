package org.employmentlinkage.rules;

import org.employmentlinkage.text.Labelled;

/**
 * Which projects the duty of 二（四） at the signing of an investment agreement covers
 * ("招商项目签订投资协议时，要及时了解投资者对人才的需求情况"): a reading ({@link
 * org.employmentlinkage.policy.InterpretationId#INVESTMENT_AGREEMENT_SCOPE}). The sentence's
 * subject is 招商项目, any project attracted by investment promotion; the sentence before it and the
 * whole opinion speak of 重大项目.
 */
public enum InvestmentAgreementScope implements Labelled {
  /**
   * Every project whose investment agreement is signed (the default): the sentence says 招商项目
   * without limiting it, and at signing a project's scope is often not yet known.
   */
  ANY_INVESTMENT_PROJECT("所有招商项目", "every investment-promotion project"),
  /**
   * Major projects only: the opinion is about 重大项目 (its title and 一（一）), so the duty arises only
   * for a project that is (or, facts missing, may be) a major project.
   */
  MAJOR_PROJECTS_ONLY("仅重大项目", "major projects only");

  private final String zh;
  private final String en;

  InvestmentAgreementScope(String zh, String en) {
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
