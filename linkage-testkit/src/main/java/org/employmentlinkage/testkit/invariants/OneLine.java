package org.employmentlinkage.testkit.invariants;

import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.rules.ScopeDecision;

/** Decisions in one line, for the checks' failure messages. */
final class OneLine {
  private OneLine() {}

  /** A decision in one line: outcome, basis for scope, reason codes, missing facts. */
  static String of(Decision d) {
    StringBuilder sb = new StringBuilder().append(d.outcome());
    if (d instanceof ScopeDecision s) {
      sb.append(" (").append(s.basis()).append(')');
    }
    List<String> codes = new ArrayList<>();
    for (Reason r : d.reasons()) {
      codes.add(r.code().name());
    }
    sb.append(' ').append(codes);
    if (!d.missingFacts().isEmpty()) {
      sb.append(" missing ").append(d.missingFacts());
    }
    return sb.toString();
  }
}
