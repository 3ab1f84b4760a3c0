package org.employmentlinkage.rules;

import org.employmentlinkage.text.Labelled;

/**
 * The order of candidates within one tier of 二（五） (local priority groups, the rest of the city's
 * labour, candidates from outside the city): the text sets none, so this is a reading ({@link
 * org.employmentlinkage.policy.InterpretationId#ORDER_WITHIN_TIER}) with no source, a design
 * choice.
 */
public enum TierOrder implements Labelled {
  /** By candidate identifier ({@link String#compareTo}, independent of locale): the default. */
  CANDIDATE_ID("按候选人编号", "by candidate identifier"),
  /** In the order the caller gave the candidates (e.g. the employer's ranking). */
  AS_GIVEN("按调用方给出的顺序", "in the order given");

  private final String zh;
  private final String en;

  TierOrder(String zh, String en) {
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
