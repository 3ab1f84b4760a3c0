package org.employmentlinkage.testkit.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.BrokenPolicies;
import org.employmentlinkage.testkit.ForwardingPolicy;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.TestPolicies;
import org.junit.jupiter.api.Test;

/**
 * Each invariant fails on a deliberately broken stand-in for the shipped policy, with a message
 * that names the invariant, the case and what broke; a faithful stand-in keeps every invariant.
 */
class BrokenPoliciesTest {
  private static final LinkagePolicy SHIPPED = TestPolicies.shipped();
  private static final int CASES = 2_000;

  private static String failure(PolicyInvariant<?> invariant) {
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> invariant.check(1, CASES));
    assertThat(e).as("%s fails", invariant.name()).isNotNull();
    assertThat(e.getMessage())
        .startsWith("Invariant \"" + invariant.name() + "\" failed on case ")
        .contains("case seed ")
        .contains(
            "\n  invariant: " + invariant.invariant().name() + ", " + invariant.invariant().zh())
        .contains("\n  protects: ")
        .doesNotContain("@");
    return String.valueOf(e.getCause().getMessage());
  }

  @Test
  void aFaithfulStandInKeepsEveryInvariant() {
    ForwardingPolicy faithful = new ForwardingPolicy(SHIPPED);
    for (PolicyInvariant<?> invariant : PolicyInvariants.all(faithful, faithful)) {
      invariant.check(1, CASES);
    }
  }

  @Test
  void monotoneScope() {
    assertThat(
            failure(PolicyInvariants.monotoneScope(BrokenPolicies.zeroInvestmentIsMajor(SHIPPED))))
        .contains("with total investment 0.00 the project is YES")
        .contains(", it is NO");
  }

  @Test
  void wideningOnly() {
    assertThat(
            failure(
                PolicyInvariants.wideningOnly(BrokenPolicies.municipalRuleOffBefore2019(SHIPPED))))
        .contains("the municipal policy answers YES (MUNICIPAL_THRESHOLD)")
        .contains("but the widened one NO (NONE)");
  }

  @Test
  void wideningOnlyByTheMunicipalRule() {
    assertThat(
            failure(
                PolicyInvariants.wideningOnly(
                    BrokenPolicies.municipalBasisReportedAsRegionalBefore2019(SHIPPED))))
        .contains("the municipal policy answers YES (MUNICIPAL_THRESHOLD)")
        .contains("but the widened one YES (REGIONAL_THRESHOLD)");
  }

  /**
   * 一（一） "总投资额在1亿元以上": an exclusive threshold fails the boundary invariant, with a message that
   * cites the clause and says why 1亿元 itself is major.
   */
  @Test
  void oneYiInclusive() {
    PolicyInvariant<?> invariant =
        PolicyInvariants.oneYiInclusive(BrokenPolicies.exclusiveThreshold(SHIPPED));
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> invariant.check(1, CASES));
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .startsWith("Invariant \"1亿元 itself is major under every region [parameters ")
        .contains("\n  protects: 大政办发〔2018〕83号 一（一） 建立重大项目建设岗位需求评估制度\n");
    assertThat(e.getCause().getMessage())
        .startsWith("a construction project (建设项目) of exactly 1亿元 (100000000.00元) at ")
        .contains(" is NO (NONE) [")
        .contains("SCOPE_BELOW_MUNICIPAL_THRESHOLD")
        .contains("大政办发〔2018〕83号 一（一） \"总投资额在1亿元以上建设项目\" includes 1亿元 itself")
        .contains("《民法典》第一千二百五十九条");
  }

  @Test
  void everyReasonCited() {
    assertThat(
            failure(
                PolicyInvariants.everyReasonCited(
                    BrokenPolicies.issueReasonsCiteWrongClause(SHIPPED))))
        .contains("cites 大政办发〔2018〕83号 三（八）, which does not govern this question")
        .contains("大政办发〔2018〕83号 三 末段（服务专员）");
    assertThat(
            failure(PolicyInvariants.everyReasonCited(BrokenPolicies.placeholderInText(SHIPPED))))
        .contains("has a blank or unfilled text")
        .contains("{0}");
  }

  @Test
  void determinism() {
    assertThat(failure(PolicyInvariants.determinism(BrokenPolicies.reasonOrderAlternates(SHIPPED))))
        .contains("asking the same question again gave another decision");
  }

  /** Equal across two policies built the same way: a twin with another parameters label differs. */
  @Test
  void determinismAcrossTwoPolicies() {
    PolicyUnderTest relabelled =
        PolicyUnderTest.of(SHIPPED.toBuilder().parametersVersion("relabelled").build());
    assertThat(failure(PolicyInvariants.determinism(PolicyUnderTest.of(SHIPPED), relabelled)))
        .contains("asking a policy built the same way gave another decision")
        .contains("relabelled");
    PolicyInvariants.determinism(
            PolicyUnderTest.of(SHIPPED), PolicyUnderTest.of(SHIPPED.toBuilder().build()))
        .check(1, CASES);
  }

  @Test
  void deadlineLaws() {
    assertThat(
            failure(PolicyInvariants.deadlineLaws(BrokenPolicies.surveyCountsTriggerDay(SHIPPED))))
        .contains("duty LAND_SURVEY_AND_DATABASES has the deadline");
    assertThat(
            failure(
                PolicyInvariants.deadlineLaws(BrokenPolicies.decemberDueDateUndetermined(SHIPPED))))
        .contains("has no due date, but the calendar covers the period");
  }

  @Test
  void recruitmentOrder() {
    assertThat(
            failure(
                PolicyInvariants.recruitmentOrder(BrokenPolicies.seatsByIdIgnoringTiers(SHIPPED))))
        .containsAnyOf("is seated while a qualified local priority candidate waits", "seat order ");
    assertThat(
            failure(
                PolicyInvariants.recruitmentOrder(
                    BrokenPolicies.seatsAnUnqualifiedCandidate(SHIPPED))))
        .contains("does not meet the requirements but is seated");
  }

  @Test
  void missingFactsOnlyWeaken() {
    assertThat(
            failure(
                PolicyInvariants.missingFactsOnlyWeaken(
                    BrokenPolicies.missingGraduationDateReadAsLongAgo(SHIPPED))))
        .containsPattern("is YES with the fact but NO without it");
  }

  @Test
  void missingFactsNamed() {
    assertThat(
            failure(
                PolicyInvariants.missingFactsNamed(
                    BrokenPolicies.obligationsDropMissingFacts(SHIPPED))))
        .contains("the decision is UNDETERMINED but names no missing fact");
  }

  @Test
  void verifyNamesTheInvariant() {
    PolicyInvariant<InvestmentIncrease> monotone =
        PolicyInvariants.monotoneScope(BrokenPolicies.zeroInvestmentIsMajor(SHIPPED));
    InvestmentIncrease failing =
        monotone.generator().sample(1, CASES).stream()
            .filter(
                c -> {
                  try {
                    monotone.verify(c);
                    return false;
                  } catch (AssertionError e) {
                    return true;
                  }
                })
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> monotone.verify(failing))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(monotone.name() + ": with total investment 0.00")
        .hasCauseInstanceOf(AssertionError.class);
  }
}
