package org.employmentlinkage.testkit.invariants;

import java.time.LocalDate;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#MONOTONE_SCOPE}; throws an {@link AssertionError} saying what
 * broke.
 */
final class MonotoneScopeCheck {
  private MonotoneScopeCheck() {}

  private static int rank(Outcome o) {
    return switch (o) {
      case NO -> 0;
      case UNDETERMINED -> 1;
      case YES -> 2;
      case NOT_IN_FORCE -> -1;
    };
  }

  static void check(PolicyUnderTest policy, InvestmentIncrease c) {
    Project low = c.question().project();
    LocalDate asOf = c.question().asOf();
    Project high = c.increasedProject();
    ScopeDecision a = policy.classify(low, asOf);
    ScopeDecision b = policy.classify(high, asOf);
    boolean inForce = a.outcome() != Outcome.NOT_IN_FORCE;
    if (inForce != (b.outcome() != Outcome.NOT_IN_FORCE) || rank(b.outcome()) < rank(a.outcome())) {
      throw new AssertionError(
          "with total investment "
              + low.totalInvestment().orElseThrow()
              + " the project is "
              + OneLine.of(a)
              + ", but with more, "
              + c.increased()
              + ", it is "
              + OneLine.of(b)
              + " (on "
              + asOf
              + ")");
    }
  }
}
