package org.employmentlinkage.policy;

import org.employmentlinkage.text.Labelled;

/**
 * What a {@link Reason} rests on (理由的依据): the policy's own words, a reading of a term the text
 * leaves open, or a setting a region or caller configured. A case officer can tell from it whether
 * an answer is the policy's rule or this library's choice.
 *
 * <p>The Chinese labels are the words the reason texts use: a reason that rests on a reading says
 * 本库解读, one that rests on configuration says 按配置; neither presents itself as the policy's rule.
 */
public enum ReasonBasis implements Labelled {
  /** The text decides (原文): the reason applies the clause it cites. */
  TEXT("原文", "the text"),
  /**
   * A reading (本库解读): the text leaves a term open and the reason applies a named {@link
   * Interpretation}, listed in {@link Reason#interpretations()}.
   */
  READING("本库解读", "a reading"),
  /**
   * Configuration (按配置): a regional setting or a caller's setting decides (a widening, a subsidy
   * schedule, a liaison period, the validity window, an alternative reading chosen on the builder).
   */
  CONFIGURATION("按配置", "configuration");

  private final String zh;
  private final String en;

  ReasonBasis(String zh, String en) {
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
