package org.employmentlinkage.io.records;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;

/**
 * The decision columns of a flat record, shared by every writer of them ({@code linkage batch}'s
 * CSV and JSON, and linkage-spark's rows and CSV output), so that a decision reads the same
 * wherever it is written: the reason codes, the missing facts and the cited clauses of a decision,
 * and the one rule for cells of user text in CSV output ({@link #escapeFormula(String)}).
 *
 * <p>Stateless; every method is thread-safe.
 */
public final class DecisionCells {
  private DecisionCells() {}

  /**
   * A cell of user text made safe to open in a spreadsheet (OWASP, "CSV Injection"): Excel and WPS
   * read a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
   * return as a formula, so such a cell gets a single quote {@code '} before it; OWASP ASVS 5.0
   * 1.2.10 adds the NUL character, which gets one too. Other cells are returned as they are.
   *
   * @param cell the cell
   * @return the cell, with {@code '} before it if it starts a formula
   * @throws NullPointerException if {@code cell} is null
   */
  public static String escapeFormula(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\0' -> "'" + cell;
      default -> cell;
    };
  }

  /**
   * The reason codes of a decision, each once, in the decision's order; with {@link
   * ReasonCode#PROJECT_TYPE_ASSUMED} first when the project's type was assumed ({@link
   * ProjectFacts#typeAssumed()}).
   *
   * @param decision the decision
   * @param typeAssumed whether the project type was assumed (always {@code false} for people)
   * @return the codes' names
   * @throws NullPointerException if {@code decision} is null
   */
  public static List<String> reasons(Decision decision, boolean typeAssumed) {
    Objects.requireNonNull(decision, "decision");
    List<String> reasons = new ArrayList<>();
    if (typeAssumed) {
      reasons.add(ReasonCode.PROJECT_TYPE_ASSUMED.name());
    }
    for (Reason r : decision.reasons()) {
      if (!reasons.contains(r.code().name())) {
        reasons.add(r.code().name());
      }
    }
    return reasons;
  }

  /**
   * The keys of the facts a decision is missing, in the decision's order.
   *
   * @param decision the decision
   * @return the keys
   * @throws NullPointerException if {@code decision} is null
   */
  public static List<String> missingFacts(Decision decision) {
    List<String> missing = new ArrayList<>();
    for (MissingFact f : decision.missingFacts()) {
      missing.add(f.key());
    }
    return missing;
  }

  /**
   * The clauses a decision's reasons cite, each once, in the order of the policy text ({@link
   * ClauseRef#canonical()}); with the clause on job-demand assessment when the project's type was
   * assumed.
   *
   * @param decision the decision
   * @param typeAssumed whether the project type was assumed (always {@code false} for people)
   * @return the clauses' canonical texts
   * @throws NullPointerException if {@code decision} is null
   */
  public static List<String> clauses(Decision decision, boolean typeAssumed) {
    Objects.requireNonNull(decision, "decision");
    Set<ClauseRef> clauses = EnumSet.noneOf(ClauseRef.class);
    if (typeAssumed) {
      clauses.add(ClauseRef.JOB_DEMAND_ASSESSMENT);
    }
    for (Reason r : decision.reasons()) {
      clauses.add(r.clause());
    }
    List<String> texts = new ArrayList<>();
    for (ClauseRef c : clauses) {
      texts.add(c.canonical());
    }
    return texts;
  }

  /**
   * The {@code major} cell of a project's scope outcome: {@code true}, {@code false}, or empty when
   * the outcome is undetermined or the policy is not in force.
   *
   * @param outcome the scope decision's outcome
   * @return the cell
   * @throws NullPointerException if {@code outcome} is null
   */
  public static String major(Outcome outcome) {
    return switch (outcome) {
      case YES -> "true";
      case NO -> "false";
      case UNDETERMINED, NOT_IN_FORCE -> "";
    };
  }
}
