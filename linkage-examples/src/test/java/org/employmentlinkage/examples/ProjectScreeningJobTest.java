package org.employmentlinkage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.ScopeBasis;
import org.junit.jupiter.api.Test;

/**
 * The batch-job example, on the edges of 一（一） ("总投资额在1亿元以上建设项目", inclusive: README.md, "Decisions
 * you should know").
 */
class ProjectScreeningJobTest {
  private static Project p(String id, ProjectType type, String investment) {
    Project.Builder b = Project.builder().id(id).type(type).location(Location.of(Region.JINZHOU));
    if (investment != null) {
      b.totalInvestment(Money.parse(investment));
    }
    return b.build();
  }

  @Test
  void screensInParallelAndKeepsTheOrder() {
    List<Project> projects =
        List.of(
            p("exactly-1yi", ProjectType.CONSTRUCTION, "100000000"),
            p("one-fen-below", ProjectType.CONSTRUCTION, "99999999.99"),
            p("not-construction", ProjectType.OTHER, "5亿元"),
            p("no-investment", ProjectType.CONSTRUCTION, null));
    ProjectScreeningJob.Screening s =
        ProjectScreeningJob.screen(
            projects, LinkagePolicies.dalian2018(), LocalDate.of(2025, 10, 1));
    assertThat(s.results())
        .extracting(ProjectScreeningJob.Result::projectId)
        .containsExactly("exactly-1yi", "one-fen-below", "not-construction", "no-investment");
    assertThat(s.results())
        .extracting(ProjectScreeningJob.Result::outcome)
        .containsExactly(Outcome.YES, Outcome.NO, Outcome.NO, Outcome.UNDETERMINED);
    assertThat(s.results().get(0).rule()).isEqualTo(ScopeBasis.MUNICIPAL_THRESHOLD);
    assertThat(s.results().get(3).missingFacts()).containsExactly("project.totalInvestment");
    assertThat(s.counts())
        .containsEntry(Outcome.YES, 1L)
        .containsEntry(Outcome.NO, 2L)
        .containsEntry(Outcome.UNDETERMINED, 1L);
  }
}
