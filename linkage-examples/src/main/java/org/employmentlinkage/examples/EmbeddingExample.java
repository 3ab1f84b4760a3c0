package org.employmentlinkage.examples;

import java.time.LocalDate;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;

/**
 * The README's embedding example: the lines between {@code README:begin} and {@code README:end} are
 * the snippet the README shows (a test checks that they are the same, and that the README's Java
 * compiles). A fictional 1.2亿元 construction project in 瓦房店市 is a major project (一（一）), and its
 * 征收土地公告 of 2025-09-26 starts the 30-working-day survey of 二（三）, due 2025-11-13.
 *
 * <p>Prints {@code major 2025-11-13 大政办发〔2018〕83号 二（三）}. The scope answer is read with a {@code
 * switch} on the outcome: an undetermined answer (facts missing) is not a "no".
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // README:begin
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    Project project =
        Project.builder()
            .id("WFD-2025-001")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("1.2亿元"))
            .location(Location.of(Region.WAFANGDIAN))
            .build();
    LocalDate published = LocalDate.of(2025, 9, 26); // 征收土地公告 published (day 0)
    String major =
        switch (policy.classify(project, published).outcome()) {
          case YES -> "major";
          case NO -> "not major";
          case UNDETERMINED -> "undetermined: facts missing";
          case NOT_IN_FORCE -> "not in force";
        };
    ObligationDecision duties =
        policy.obligations(ProjectEvent.landExpropriationNotice(project, published));
    Duty survey = duties.duty(DutyCode.LAND_SURVEY_AND_DATABASES).orElseThrow();
    System.out.println(major + " " + survey.due().orElseThrow() + " " + survey.clause());
    // README:end
  }
}
