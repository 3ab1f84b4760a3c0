package org.employmentlinkage.testkit.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.employmentlinkage.testkit.KnownFindings;
import org.employmentlinkage.testkit.PolicyGenerators;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.TestPolicies;
import org.junit.jupiter.api.Test;

/**
 * KNOWN FAILURES of the shipped rules, for the lead to decide on (see {@link KnownFindings}). These
 * tests pass while the finding exists and fail once linkage-rules is changed: then remove them and
 * the {@code KnownFindings} tolerance.
 */
class KnownFindingsTest {
  /**
   * F1, minimal: 旅顺口区 with 金普新区, a 2亿元 construction project recruiting one worker on 2022-03-01;
   * one qualified candidate, a bachelor graduating in 2022 (高校毕业生 in the graduation year, DOMAIN.md
   * §4), living in 高新技术产业园区. With the project's county-level unit the plan is UNDETERMINED (the
   * candidate might live in 旅顺口区); without it, YES (definitely not local).
   */
  @Test
  void f1RemovingTheProjectsCountyLevelUnitMakesTheRecruitmentPlanDefinite() {
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
    // Actual: definite with less information. Expected by the contract: UNDETERMINED (or YES both
    // times, if the rule decides that a pilot zone other than the project's is never local).
    assertThat(without.outcome()).isEqualTo(Outcome.YES);
    assertThat(without.missingFacts()).isEmpty();

    PolicyInvariant<PolicyQuestion> invariant =
        PolicyInvariants.missingFactsOnlyWeaken(PolicyUnderTest.of(LinkagePolicies.dalian2018()));
    assertThatThrownBy(
            () ->
                invariant.verify(
                    new PolicyQuestion.Recruitment(
                        LabourDemand.of(withCounty, 1, asOf), List.of(graduate))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the decision is UNDETERMINED with the fact but YES without it");
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
    assertThatThrownBy(
            () ->
                PolicyInvariants.missingFactsOnlyWeaken(wafangdian)
                    .verify(
                        new PolicyQuestion.Recruitment(
                            LabourDemand.of(project, 1, asOf), List.of(soldier))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the decision is UNDETERMINED with the fact but YES without it");
  }

  /** The catalogue's own generator finds F1 on all three test policies, and nothing else first. */
  @Test
  void theCatalogueFindsF1() {
    for (var policy :
        List.of(TestPolicies.shipped(), TestPolicies.provisional(), TestPolicies.wafangdian())) {
      PolicyInvariant<PolicyQuestion> invariant =
          PolicyInvariants.missingFactsOnlyWeaken(PolicyUnderTest.of(policy));
      KnownFindings.assertFailsWithF1(invariant.generator(), () -> invariant.check(7, 30_000));
    }
  }

  /** Without the shape of F1, the generator still draws every kind of question. */
  @Test
  void excludingF1KeepsEveryKindOfQuestion() {
    PolicyGenerators g = PolicyGenerators.of(LinkagePolicies.dalian2018());
    List<PolicyQuestion> sample = KnownFindings.withoutF1(g.questions()).sample(1, 2_000);
    assertThat(sample).noneMatch(KnownFindings::hasF1Shape);
    assertThat(sample)
        .anyMatch(q -> q instanceof PolicyQuestion.Recruitment r && r.candidates().size() > 3);
    assertThat(sample.stream().map(q -> q.getClass().getSimpleName()).distinct())
        .containsExactlyInAnyOrder(
            "Scope", "Groups", "Recruitment", "Subsidies", "Obligations", "StandingDuties");
  }
}
