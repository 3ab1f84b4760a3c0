package org.employmentlinkage.policy;

import org.employmentlinkage.text.Labelled;

/**
 * The outcome of a decision: three-valued logic for the facts given, plus "not in force" for a date
 * outside the policy's validity window.
 *
 * <p>Missing facts can only weaken an answer: removing facts may turn {@link #YES} or {@link #NO}
 * into {@link #UNDETERMINED}, never the reverse, and never turns {@link #YES} into {@link #NO} or
 * back.
 */
public enum Outcome implements Labelled {
  /** Yes (是): the rule applies, on the facts given. */
  YES("是", "yes"),
  /** No (否): the rule does not apply, on the facts given. */
  NO("否", "no"),
  /** Undetermined (无法确定): facts are missing; the decision names them. */
  UNDETERMINED("无法确定", "undetermined"),
  /**
   * Not in force (不在施行期内): the event or as-of date lies outside the policy's validity window
   * ({@link ValidityWindow}), so the policy says nothing about it.
   */
  NOT_IN_FORCE("不在施行期内", "not in force");

  private final String zh;
  private final String en;

  Outcome(String zh, String en) {
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

  /**
   * Whether the outcome is {@link #YES} or {@link #NO}.
   *
   * @return {@code true} for a definite answer
   */
  public boolean isDefinite() {
    return this == YES || this == NO;
  }
}
