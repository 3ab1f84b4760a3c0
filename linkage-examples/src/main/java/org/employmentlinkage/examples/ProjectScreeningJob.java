package org.employmentlinkage.examples;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.ScopeDecision;

/**
 * Embedding example: a batch job that uses the library directly (no command line): screen a list of
 * projects for 一（一） on a date, in parallel (a {@link LinkagePolicy} is thread-safe and lock-free),
 * and report the major projects by rule and the undetermined ones with the facts to ask for. The
 * {@code linkage batch} command does the same on CSV files, streaming.
 */
public final class ProjectScreeningJob {
  private ProjectScreeningJob() {}

  /**
   * One project's result.
   *
   * @param projectId the project
   * @param outcome whether it is a major project
   * @param rule the rule that makes it major, or {@link ScopeBasis#NONE}
   * @param missingFacts the keys of the facts to ask for when undetermined
   */
  public record Result(
      String projectId, Outcome outcome, ScopeBasis rule, List<String> missingFacts) {
    /**
     * Checks the arguments.
     *
     * @param projectId the project
     * @param outcome whether it is a major project
     * @param rule the rule, or {@link ScopeBasis#NONE}
     * @param missingFacts the keys of the missing facts
     * @throws NullPointerException if an argument is null
     */
    public Result {
      Objects.requireNonNull(projectId, "projectId");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(missingFacts, "missingFacts");
    }
  }

  /**
   * What the screening found.
   *
   * @param results every project's result, in the order given
   * @param counts the number of projects per outcome
   */
  public record Screening(List<Result> results, Map<Outcome, Long> counts) {
    /**
     * Checks the arguments.
     *
     * @param results the results
     * @param counts the counts
     * @throws NullPointerException if an argument is null
     */
    public Screening {
      Objects.requireNonNull(results, "results");
      Objects.requireNonNull(counts, "counts");
    }
  }

  /**
   * Screens projects.
   *
   * @param projects the projects
   * @param policy the policy
   * @param asOf the date to judge on
   * @return the screening
   * @throws NullPointerException if an argument or a project is null
   */
  public static Screening screen(
      Collection<Project> projects, LinkagePolicy policy, LocalDate asOf) {
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    for (Project p : projects) {
      Objects.requireNonNull(p, "ProjectScreeningJob.screen: projects contains null");
    }
    List<Result> results =
        projects.parallelStream()
            .map(
                p -> {
                  ScopeDecision d = policy.classify(p, asOf);
                  return new Result(
                      p.id(),
                      d.outcome(),
                      d.basis(),
                      d.missingFacts().stream().map(MissingFact::key).toList());
                })
            .toList();
    Map<Outcome, Long> counts =
        results.stream()
            .collect(
                Collectors.groupingBy(
                    Result::outcome, () -> new EnumMap<>(Outcome.class), Collectors.counting()));
    return new Screening(results, counts);
  }
}
