package org.employmentlinkage.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.BrokenPolicies;
import org.employmentlinkage.testkit.ForwardingPolicy;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.TestPolicies;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The policy contract suite catches broken stand-ins for the shipped policy: each breaks one law,
 * and the suite, run through the real JUnit Jupiter engine, fails exactly on that invariant; a
 * faithful stand-in passes all eight. (The twin of each is the same stand-in around a policy built
 * the same way, so determinism compares like with like.)
 *
 * <p>The subjects are static nested classes marked {@link Disabled}, so that no build runs them on
 * their own (they fail on purpose); the engine run here switches JUnit's {@code DisabledCondition}
 * off with the documented configuration parameter {@code junit.jupiter.conditions.deactivate}.
 */
class BrokenPolicyContractTest {
  private static final String SUBJECT = "a subject of BrokenPolicyContractTest, which runs it";

  /** A contract over {@code stand-in(shipped policy)}, 500 cases per invariant, seed 1. */
  abstract static class Subject extends LinkagePolicyContract {
    abstract Function<LinkagePolicy, PolicyUnderTest> standIn();

    @Override
    protected LinkagePolicy policy() {
      return TestPolicies.shipped();
    }

    @Override
    protected PolicyUnderTest subject() {
      return standIn().apply(policy());
    }

    @Override
    protected PolicyUnderTest twin() {
      return standIn().apply(policy().toBuilder().build());
    }

    @Override
    protected long seed() {
      return 1;
    }

    @Override
    protected int cases() {
      return 500;
    }
  }

  private static Map<String, String> failedInvariants(Class<?> subject, int[] testsRun) {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter(
                "junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
            .selectors(selectClass(subject))
            .execute();
    testsRun[0] = (int) results.testEvents().finished().count();
    Map<String, String> failed = new TreeMap<>();
    for (Event e : results.testEvents().failed().list()) {
      String law =
          e.getTestDescriptor()
              .getSource()
              .map(s -> ((MethodSource) s).getMethodName())
              .orElseThrow();
      Throwable t = e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
      failed.put(law, String.valueOf(t.getMessage()));
    }
    return failed;
  }

  private static Map<String, String> failedInvariants(Class<?> subject) {
    int[] run = new int[1];
    Map<String, String> failed = failedInvariants(subject, run);
    assertThat(run[0]).isEqualTo(8);
    return failed;
  }

  @Disabled(SUBJECT)
  static class Faithful extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return ForwardingPolicy::new;
    }
  }

  @Test
  void aFaithfulStandInPassesEveryInvariant() {
    assertThat(failedInvariants(Faithful.class)).isEmpty();
  }

  @Disabled(SUBJECT)
  static class ZeroInvestmentIsMajor extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::zeroInvestmentIsMajor;
    }
  }

  @Test
  void monotoneScope() {
    assertThat(failedInvariants(ZeroInvestmentIsMajor.class)).containsOnlyKeys("monotoneScope");
  }

  @Disabled(SUBJECT)
  static class MunicipalRuleOffBefore2019 extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::municipalRuleOffBefore2019;
    }
  }

  @Test
  void wideningOnly() {
    assertThat(failedInvariants(MunicipalRuleOffBefore2019.class)).containsOnlyKeys("wideningOnly");
  }

  @Disabled(SUBJECT)
  static class IssueReasonsCiteWrongClause extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::issueReasonsCiteWrongClause;
    }
  }

  @Test
  void everyReasonCited() {
    assertThat(failedInvariants(IssueReasonsCiteWrongClause.class))
        .containsOnlyKeys("everyReasonCited");
  }

  @Disabled(SUBJECT)
  static class ReasonOrderAlternates extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::reasonOrderAlternates;
    }
  }

  @Test
  void determinism() {
    assertThat(failedInvariants(ReasonOrderAlternates.class)).containsOnlyKeys("determinism");
  }

  @Disabled(SUBJECT)
  static class SurveyCountsTriggerDay extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::surveyCountsTriggerDay;
    }
  }

  @Test
  void deadlineLaws() {
    Map<String, String> failed = failedInvariants(SurveyCountsTriggerDay.class);
    assertThat(failed).containsOnlyKeys("deadlineLaws");
    assertThat(failed.get("deadlineLaws")).startsWith("Property \"deadline laws [");
  }

  @Disabled(SUBJECT)
  static class SeatsByIdIgnoringTiers extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::seatsByIdIgnoringTiers;
    }
  }

  @Test
  void recruitmentOrder() {
    assertThat(failedInvariants(SeatsByIdIgnoringTiers.class)).containsOnlyKeys("recruitmentOrder");
  }

  @Disabled(SUBJECT)
  static class MissingGraduationDateReadAsLongAgo extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::missingGraduationDateReadAsLongAgo;
    }
  }

  @Test
  void missingFactsOnlyWeaken() {
    assertThat(failedInvariants(MissingGraduationDateReadAsLongAgo.class))
        .containsOnlyKeys("missingFactsOnlyWeaken");
  }

  @Disabled(SUBJECT)
  static class ObligationsDropMissingFacts extends Subject {
    @Override
    Function<LinkagePolicy, PolicyUnderTest> standIn() {
      return BrokenPolicies::obligationsDropMissingFacts;
    }
  }

  @Test
  void missingFactsNamed() {
    assertThat(failedInvariants(ObligationsDropMissingFacts.class))
        .containsOnlyKeys("missingFactsNamed");
  }

  /** An invariant overridden without {@code @Test} is not run. */
  @Disabled(SUBJECT)
  static class DeadlineLawsOff extends SurveyCountsTriggerDay {
    @Override
    public void deadlineLaws() {
      // Switched off on purpose (an override without @Test): the test shows how this works.
    }
  }

  @Test
  void anInvariantOverriddenWithoutTestIsNotRun() {
    int[] run = new int[1];
    assertThat(failedInvariants(DeadlineLawsOff.class, run)).isEmpty();
    assertThat(run[0]).isEqualTo(7);
  }
}
