package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/**
 * A yes-or-no fact an HR system may not know (三值事实): {@link #YES}, {@link #NO} or {@link #UNKNOWN}.
 * The domain model uses it wherever a missing answer must stay missing (whether a person moves to
 * non-farm work, whether a trainee passed, whether a project is government-funded, …): the rules
 * never read {@link #UNKNOWN} as no; they answer {@link
 * org.employmentlinkage.policy.Outcome#UNDETERMINED} and name the missing fact.
 *
 * <p>Being an enum, a {@code switch} over a fact must handle {@link #UNKNOWN} (the compiler and
 * Error Prone's exhaustiveness check see a {@code switch} that forgets it):
 *
 * <pre>{@code
 * String label = switch (person.nonFarmTransfer()) {
 *   case YES -> "transferring";
 *   case NO -> "not transferring";
 *   case UNKNOWN -> "ask the person";
 * };
 * }</pre>
 *
 * <p>Builders take a plain {@code boolean} too ({@code .passed(true)}), which sets {@link #YES} or
 * {@link #NO}; leaving a fact out leaves it {@link #UNKNOWN}.
 */
public enum Fact implements Labelled {
  /** Yes (是): the fact holds. */
  YES("是", "yes"),
  /** No (否): the fact does not hold. */
  NO("否", "no"),
  /** Unknown (未知): the caller does not know; never read as no. */
  UNKNOWN("未知", "unknown");

  private final String zh;
  private final String en;

  Fact(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * The fact for a known answer.
   *
   * @param value whether the fact holds
   * @return {@link #YES} for {@code true}, {@link #NO} for {@code false}
   */
  public static Fact of(boolean value) {
    return value ? YES : NO;
  }

  /**
   * Whether the fact is known: {@link #YES} or {@link #NO}.
   *
   * @return {@code false} only for {@link #UNKNOWN}
   */
  public boolean isKnown() {
    return this != UNKNOWN;
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
