package org.employmentlinkage.testkit.invariants;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.jspecify.annotations.Nullable;

/** The texts of an invariant's failure: the policy's name, the clauses, a value in short. */
final class FailureText {
  private FailureText() {}

  /** The most characters of a value's {@code toString()} a failure message shows. */
  static final int MAX_VALUE_TEXT = 1_000;

  /**
   * A policy under test named by what it records in every decision, never by its identity: e.g.
   * {@code parameters municipal-defaults, 大政办发〔2018〕83号/linkage-rules-1, calendar official-…}.
   */
  static String policyName(PolicyUnderTest policy) {
    Versions v = policy.versions();
    return "parameters " + v.parameters() + ", " + v.policy() + ", calendar " + v.calendar();
  }

  /**
   * The clauses an invariant protects, as citations with their headings; for an invariant of every
   * clause, also the clauses that govern the question of the failing case.
   */
  static String clauses(Invariant invariant, @Nullable Object value) {
    List<ClauseRef> protectedClauses = invariant.clauses();
    if (protectedClauses.size() < ClauseRef.values().length) {
      return cite(protectedClauses);
    }
    String all = "every clause of " + ClauseRef.DOCUMENT_NUMBER;
    if (value instanceof PolicyQuestion q) {
      Set<ClauseRef> here = EnumSet.copyOf(EveryReasonCitedCheck.governing(q));
      return all + "; this case asks about " + cite(new ArrayList<>(here));
    }
    return all;
  }

  private static String cite(List<ClauseRef> clauses) {
    StringBuilder sb = new StringBuilder();
    for (ClauseRef c : clauses) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(c.canonical()).append(' ').append(c.heading());
    }
    return sb.toString();
  }

  /**
   * {@code String.valueOf(value)}, cut after {@code max} characters; a {@code toString()} that
   * throws is reported instead of propagated.
   */
  static String show(@Nullable Object value, int max) {
    String text;
    try {
      text = String.valueOf(value);
    } catch (RuntimeException | StackOverflowError e) {
      return "<toString() of "
          + (value == null ? "null" : value.getClass().getName())
          + " threw "
          + e
          + ">";
    }
    if (text.length() <= max) {
      return text;
    }
    int keep = max;
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + "… (" + (text.length() - keep) + " more characters)";
  }
}
