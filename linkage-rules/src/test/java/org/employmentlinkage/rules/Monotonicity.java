package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.employmentlinkage.policy.Outcome;

/** The three-valued contract: fewer facts may only weaken an answer to UNDETERMINED. */
final class Monotonicity {
  private Monotonicity() {}

  static void assertWeakening(Outcome withAllFacts, Outcome withFewerFacts) {
    if (withAllFacts == Outcome.UNDETERMINED) {
      assertThat(withFewerFacts)
          .as("undetermined never turns definite")
          .isEqualTo(Outcome.UNDETERMINED);
    } else if (withAllFacts == Outcome.NOT_IN_FORCE) {
      assertThat(withFewerFacts).isEqualTo(Outcome.NOT_IN_FORCE);
    } else {
      assertThat(withFewerFacts).as("never flips yes/no").isIn(withAllFacts, Outcome.UNDETERMINED);
    }
  }
}
