package org.employmentlinkage.policy;

import java.util.List;

/**
 * What every explained answer of the policy has: an outcome, the reasons for it (each citing a
 * clause), the facts that were missing, and the versions it was made with.
 *
 * <p>Implementations are immutable, serializable values with value equality, so equal inputs give
 * equal decisions, and decisions for fixed outcomes can be shared constants.
 */
public interface Decision {
  /**
   * The outcome.
   *
   * @return the outcome
   */
  Outcome outcome();

  /**
   * Why, each reason citing a clause of 大政办发〔2018〕83号; never empty.
   *
   * @return the reasons, unmodifiable
   */
  List<Reason> reasons();

  /**
   * The facts whose absence left the outcome undetermined, or left a part of the answer
   * undetermined (such as one group of a person, one candidate's tier, or a duty that depends on
   * further facts); empty when nothing that matters is missing.
   *
   * @return the missing facts, unmodifiable
   */
  List<MissingFact> missingFacts();

  /**
   * The versions of the policy, its parameters and the calendar the decision was made with.
   *
   * @return the versions
   */
  Versions versions();
}
