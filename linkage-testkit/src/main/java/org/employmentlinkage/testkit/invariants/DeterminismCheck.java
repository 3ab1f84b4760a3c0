package org.employmentlinkage.testkit.invariants;

import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#DETERMINISM}; throws an {@link AssertionError} saying what broke.
 */
final class DeterminismCheck {
  private DeterminismCheck() {}

  static void check(PolicyUnderTest policy, PolicyUnderTest twin, PolicyQuestion q) {
    Decision first = q.askOf(policy);
    same(first, q.askOf(policy), "asking the same question again");
    same(first, Copies.equalCopy(q).askOf(policy), "asking with an equal copy of the inputs");
    same(first, q.askOf(twin), "asking a policy built the same way");
  }

  private static void same(Decision expected, Decision actual, String how) {
    if (!expected.equals(actual)) {
      throw new AssertionError(
          how + " gave another decision:\n    first: " + expected + "\n    then:  " + actual);
    }
  }
}
