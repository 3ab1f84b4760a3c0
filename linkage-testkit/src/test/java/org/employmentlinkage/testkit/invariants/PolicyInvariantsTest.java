package org.employmentlinkage.testkit.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.employmentlinkage.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.PolicyGenerators;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.TestPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invariant of the catalogue against the shipped policy, a policy with the provisional
 * calendar, a hypothetical widened Wafangdian policy and a policy with the other alternative of
 * every configurable reading, {@value #CASES} cases each (with a seed of its own per policy).
 */
class PolicyInvariantsTest {
  static final int CASES = 5_000;

  static Stream<Arguments> subjects() {
    List<Arguments> list = new ArrayList<>();
    List<LinkagePolicy> policies =
        List.of(
            TestPolicies.shipped(),
            TestPolicies.provisional(),
            TestPolicies.wafangdian(),
            TestPolicies.otherReadings());
    List<String> names = List.of("shipped", "provisional", "wafangdian", "other-readings");
    for (int p = 0; p < policies.size(); p++) {
      for (PolicyInvariant<?> invariant : PolicyInvariants.all(policies.get(p))) {
        list.add(Arguments.of(names.get(p), invariant.invariant(), invariant, 1000L + p));
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "{1} holds for the {0} policy")
  @MethodSource("subjects")
  void holds(String policy, Invariant which, PolicyInvariant<?> invariant, long seed) {
    invariant.check(seed, CASES);
  }

  @Test
  void allListsTheCatalogueInOrder() {
    List<PolicyInvariant<?>> all = PolicyInvariants.all(TestPolicies.shipped());
    assertThat(all).extracting(PolicyInvariant::invariant).containsExactly(Invariant.values());
    assertThat(all.get(0).name())
        .isEqualTo(
            "monotone scope [parameters municipal-defaults, 大政办发〔2018〕83号/linkage-rules-1, calendar "
                + TestPolicies.shipped().calendar().version()
                + "]")
        .isEqualTo(all.get(0).toString());
    assertThat(Invariant.MONOTONE_SCOPE.clauses()).containsExactly(ClauseRef.JOB_DEMAND_ASSESSMENT);
    assertThat(Invariant.ONE_YI_INCLUSIVE.clauses())
        .containsExactly(ClauseRef.JOB_DEMAND_ASSESSMENT);
    assertThat(Invariant.DEADLINE_LAWS.clauses()).containsExactly(ClauseRef.LAND_EXPROPRIATION);
    assertThat(Invariant.RECRUITMENT_ORDER.clauses())
        .containsExactly(ClauseRef.PROJECT_CONSTRUCTION);
    assertThat(Invariant.DETERMINISM.clauses()).containsExactly(ClauseRef.values());
    for (Invariant i : Invariant.values()) {
      assertThat(i.title()).isNotBlank();
      assertThat(i.zh()).isNotBlank();
    }
  }

  @Test
  void theMunicipalCounterpartHasTheValidityAndCalendarButNoWidening() {
    PolicyUnderTest wafangdian = PolicyUnderTest.of(TestPolicies.wafangdian());
    PolicyUnderTest municipal = PolicyInvariants.municipalCounterpart(wafangdian);
    assertThat(municipal.widenings()).isEmpty();
    assertThat(municipal.validity()).isEqualTo(wafangdian.validity());
    assertThat(municipal.calendar()).isSameAs(wafangdian.calendar());
  }

  /** The QuickTheories way: the adapter's Gen and {@code verify} as the assertion. */
  @Test
  void runsUnderQuickTheories() {
    PolicyUnderTest shipped = PolicyUnderTest.of(TestPolicies.shipped());
    PolicyInvariant<InvestmentIncrease> monotone = PolicyInvariants.monotoneScope(shipped);
    AtomicInteger checked = new AtomicInteger();
    qt().withFixedSeed(2018L)
        .withExamples(2_000)
        .forAll(gen(monotone.generator()))
        .checkAssert(
            v -> {
              checked.incrementAndGet();
              monotone.verify(v);
            });
    PolicyInvariant<ProjectEvent> deadlines =
        PolicyInvariants.deadlineLaws(PolicyUnderTest.of(TestPolicies.provisional()));
    qt().withFixedSeed(2018L)
        .withExamples(2_000)
        .forAll(gen(deadlines.generator()))
        .checkAssert(
            e -> {
              checked.incrementAndGet();
              deadlines.verify(e);
            });
    // QuickTheories may skip a draw it has already tried; nearly all 2 x 2,000 examples run.
    assertThat(checked.get()).isBetween(3_900, 4_000);
  }

  /**
   * QuickTheories shrinks the counterexample of a broken policy: a construction project of exactly
   * 0元 counted major shrinks to the increase from 0元 to 0.01元 (the first alternative of each draw).
   */
  @Test
  void quickTheoriesShrinksACounterexample() {
    PolicyInvariant<InvestmentIncrease> monotone =
        PolicyInvariants.monotoneScope(
            org.employmentlinkage.testkit.BrokenPolicies.zeroInvestmentIsMajor(
                TestPolicies.shipped()));
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(2018L)
                    .withExamples(2_000)
                    .forAll(gen(monotone.generator()))
                    .checkAssert(monotone::verify))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("monotone scope")
        .hasMessageContaining("with total investment 0.00 the project is YES")
        .hasMessageContaining("with more, 0.01, it is NO");
  }

  @Test
  void generatorsCanBeReplaced() {
    PolicyUnderTest shipped = PolicyUnderTest.of(TestPolicies.shipped());
    PolicyInvariant<PolicyQuestion> cited = PolicyInvariants.everyReasonCited(shipped);
    PolicyInvariant<PolicyQuestion> standingOnly =
        cited.withGenerator(
            PolicyGenerators.of(shipped).standingDutyQuestions().map(q -> (PolicyQuestion) q));
    assertThat(standingOnly.invariant()).isEqualTo(Invariant.EVERY_REASON_CITED);
    assertThat(standingOnly.generator().sample(1, 20))
        .allMatch(q -> q instanceof PolicyQuestion.StandingDuties);
    standingOnly.check(1, 200);
  }
}
