package org.employmentlinkage.testkit.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.TestPolicies;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of finding F1, which this catalogue found in linkage-rules: a candidate known
 * only by a pilot zone other than the project's was "undetermined" local when the project's
 * county-level unit was given but definitely not local when it was not, so removing that fact
 * turned an undetermined recruitment plan definite (二（五） "当地"). The rules now answer undetermined
 * in both cases, since pilot zones lie within county-level units.
 */
class LocalityRegressionTest {
  /**
   * F1, minimal: 旅顺口区 with 金普新区, a 2亿元 construction project recruiting one worker on 2022-03-01;
   * one qualified candidate, a bachelor graduating in 2022 (高校毕业生 in the graduation year,
   * docs/adr/0003-policy-as-code.md §4), living in 高新技术产业园区. The candidate might live in 旅顺口区, or
   * in the project's unknown county-level unit: UNDETERMINED with and without the project's
   * county-level unit.
   */
  @Test
  void f1RemovingTheProjectsCountyLevelUnitKeepsTheRecruitmentPlanUndetermined() {
    LocalDate asOf = LocalDate.of(2022, 3, 1);
    Project.Builder project =
        Project.builder()
            .id("P-1")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("2亿元"));
    Project withCounty =
        project.location(Location.of(Region.LUSHUNKOU, Region.JINPU_NEW_AREA)).build();
    Project withoutCounty = project.location(Location.of(Region.JINPU_NEW_AREA)).build();
    Candidate graduate =
        Candidate.of(
            Person.builder()
                .id("C1")
                .education(Education.BACHELOR)
                .graduationDate(LocalDate.of(2022, 6, 30))
                .residence(Region.HIGH_TECH_ZONE)
                .build(),
            true);

    RecruitmentPlan with =
        LinkagePolicies.dalian2018()
            .planRecruitment(LabourDemand.of(withCounty, 1, asOf), List.of(graduate));
    RecruitmentPlan without =
        LinkagePolicies.dalian2018()
            .planRecruitment(LabourDemand.of(withoutCounty, 1, asOf), List.of(graduate));

    assertThat(with.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(with.missingFacts()).containsExactly(MissingFact.PERSON_RESIDENCE);
    assertThat(with.placements().get(0).tier()).isEqualTo(RecruitmentTier.CITY_LABOUR);
    assertThat(without.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(without.missingFacts())
        .containsExactlyInAnyOrder(MissingFact.PERSON_RESIDENCE, MissingFact.PROJECT_COUNTY);

    PolicyInvariant<PolicyQuestion> invariant =
        PolicyInvariants.missingFactsOnlyWeaken(PolicyUnderTest.of(LinkagePolicies.dalian2018()));
    assertThatCode(
            () ->
                invariant.verify(
                    new PolicyQuestion.Recruitment(
                        LabourDemand.of(withCounty, 1, asOf), List.of(graduate))))
        .doesNotThrowAnyException();
  }

  /** F1 under household registration: the same with the candidate's 户籍 in 高新技术产业园区. */
  @Test
  void f1AlsoByHouseholdRegistration() {
    PolicyUnderTest wafangdian = PolicyUnderTest.of(TestPolicies.wafangdian());
    LocalDate asOf = LocalDate.of(2022, 3, 1);
    Project project =
        Project.builder()
            .id("P-1")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("2亿元"))
            .location(Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND))
            .build();
    Candidate soldier =
        Candidate.of(
            Person.builder()
                .id("C1")
                .putCertification("RETIRED_SOLDIER", true)
                .householdRegion(Region.HIGH_TECH_ZONE)
                .build(),
            true);
    assertThatCode(
            () ->
                PolicyInvariants.missingFactsOnlyWeaken(wafangdian)
                    .verify(
                        new PolicyQuestion.Recruitment(
                            LabourDemand.of(project, 1, asOf), List.of(soldier))))
        .doesNotThrowAnyException();
  }

  /**
   * The run that found F1 (seed 7: the generator drew the failing case at case 1,525) now passes on
   * all three test policies.
   */
  @Test
  void theRunThatFoundF1NowPasses() {
    for (var policy :
        List.of(TestPolicies.shipped(), TestPolicies.provisional(), TestPolicies.wafangdian())) {
      PolicyInvariant<PolicyQuestion> invariant =
          PolicyInvariants.missingFactsOnlyWeaken(PolicyUnderTest.of(policy));
      assertThatCode(() -> invariant.check(7, 5_000)).doesNotThrowAnyException();
    }
  }
}
