package org.employmentlinkage.testkit.invariants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#MISSING_FACTS_ONLY_WEAKEN}; throws an {@link AssertionError} saying
 * what broke.
 */
final class MissingFactsOnlyWeakenCheck {
  private MissingFactsOnlyWeakenCheck() {}

  /** How many fact removals in a row the chain check follows, at most. */
  private static final int MAX_CHAIN = 64;

  static void check(PolicyUnderTest policy, PolicyQuestion q) {
    Decision d = q.askOf(policy);
    for (PolicyQuestion fewer : q.withOneFactRemoved()) {
      weakens(d, fewer.askOf(policy), q, fewer);
    }
    // Follow one chain of removals down to no facts, comparing each step with the one before.
    PolicyQuestion current = q;
    Decision before = d;
    for (int step = 0; step < MAX_CHAIN; step++) {
      List<PolicyQuestion> next = current.withOneFactRemoved();
      if (next.isEmpty()) {
        break;
      }
      PolicyQuestion fewer = next.get(step % next.size());
      Decision after = fewer.askOf(policy);
      weakens(before, after, current, fewer);
      current = fewer;
      before = after;
    }
  }

  private static void weakens(
      Decision before, Decision after, PolicyQuestion withFact, PolicyQuestion without) {
    weakens(before.outcome(), after.outcome(), "the decision", withFact, without);
    if (before instanceof PersonGroups a && after instanceof PersonGroups b) {
      Map<String, Outcome> was = new HashMap<>();
      for (GroupDecision g : a.decisions()) {
        was.put(g.group().id(), g.outcome());
      }
      for (GroupDecision g : b.decisions()) {
        Outcome o = was.get(g.group().id());
        if (o != null) {
          weakens(o, g.outcome(), "group " + g.group(), withFact, without);
        }
      }
    }
    if (before instanceof SubsidyDecision a && after instanceof SubsidyDecision b) {
      for (SubsidyEntitlement e : b.entitlements()) {
        Optional<SubsidyEntitlement> was = a.entitlement(e.kind());
        if (was.isPresent()) {
          weakens(was.get().outcome(), e.outcome(), "subsidy " + e.kind(), withFact, without);
        }
      }
    }
  }

  private static void weakens(
      Outcome before, Outcome after, String what, PolicyQuestion withFact, PolicyQuestion without) {
    boolean ok =
        switch (before) {
          case UNDETERMINED -> after == Outcome.UNDETERMINED;
          case NOT_IN_FORCE -> after == Outcome.NOT_IN_FORCE;
          case YES, NO -> after == before || after == Outcome.UNDETERMINED;
        };
    if (!ok) {
      throw new AssertionError(
          what
              + " is "
              + before
              + " with the fact but "
              + after
              + " without it (missing facts may only turn YES or NO into UNDETERMINED)"
              + "\n    with:    "
              + withFact
              + "\n    without: "
              + without);
    }
  }
}
