package org.employmentlinkage.testkit.invariants;

import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#WIDENING_ONLY}; throws an {@link AssertionError} saying what broke.
 */
final class WideningOnlyCheck {
  private WideningOnlyCheck() {}

  static void check(PolicyUnderTest widened, PolicyUnderTest municipal, PolicyQuestion.Scope q) {
    ScopeDecision m = municipal.classify(q.project(), q.asOf());
    ScopeDecision w = widened.classify(q.project(), q.asOf());
    if (m.outcome() == Outcome.YES
        && (w.outcome() != Outcome.YES
            || (m.basis() == ScopeBasis.MUNICIPAL_THRESHOLD
                && w.basis() != ScopeBasis.MUNICIPAL_THRESHOLD))) {
      throw new AssertionError(
          "the municipal policy answers "
              + OneLine.of(m)
              + " but the widened one "
              + OneLine.of(w)
              + ": a widening may only add major projects, and the municipal rule (1亿元以上建设项目)"
              + " still applies");
    }
    if (m.outcome() == Outcome.UNDETERMINED && w.outcome() == Outcome.NO) {
      throw new AssertionError(
          "the municipal policy cannot decide ("
              + OneLine.of(m)
              + ") but the widened one answers "
              + OneLine.of(w)
              + ": a widening may only add major projects");
    }
  }
}
