package org.employmentlinkage.testkit.junit;

import java.lang.reflect.Method;
import java.util.Objects;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.PropertyRunner;
import org.employmentlinkage.testkit.invariants.Invariant;
import org.employmentlinkage.testkit.invariants.PolicyInvariant;
import org.employmentlinkage.testkit.invariants.PolicyInvariants;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link Invariant catalogue of policy invariants} as a JUnit Jupiter test suite: subclass it
 * in your tests, supply the policy you configured, and every invariant is checked, one test each.
 *
 * <pre>{@code
 * class MyPolicyContractTest extends LinkagePolicyContract {
 *   @Override
 *   protected LinkagePolicy policy() {
 *     return LinkagePolicy.builder().addWidening(myWidening).build();
 *   }
 * }
 * }</pre>
 *
 * <p>Each invariant runs on {@link #cases()} values drawn with {@link #seed()} from {@link
 * org.employmentlinkage.testkit.PolicyGenerators} for the policy (biased toward its thresholds,
 * widened regions, validity and calendar). A failure names the invariant and the policy by its
 * versions, cites the clauses the invariant protects, shows the case, its seeds and the value, and
 * says how to rerun it (see {@link PolicyInvariant}): when neither {@link #seed()} nor {@link
 * #cases()} is overridden, by this test method with the system properties {@value
 * PropertyRunner#SEED_PROPERTY} and {@value PropertyRunner#CASES_PROPERTY}, e.g. {@code ./mvnw test
 * -Dtest='MyPolicyContractTest#monotoneScope' -Dlinkage.testkit.seed=20180706
 * -Dlinkage.testkit.cases=17}. To leave out an invariant that does not apply, override its method
 * without {@code @Test} and say why in a comment.
 *
 * <p><b>A stand-in for the policy.</b> Override {@link #subject()} to check something that stands
 * in for the policy (a caching layer of your service, say) rather than the policy itself; {@link
 * #twin()} and {@link #municipal()} give the policies determinism and widening-only compare with.
 * Determinism compares the subject with its twin, so the twin must be the same kind of stand-in: if
 * you override {@code subject()} but not {@code twin()}, the twin is derived from your subject, by
 * calling {@code subject()} a second time (which builds a second stand-in if your {@code subject()}
 * builds one, and is the subject itself if it returns a shared instance), never the bare policy,
 * whose decisions your stand-in need not equal. Override {@code twin()} to give another stand-in
 * built the same way, e.g. around {@code policy().toBuilder().build()}.
 *
 * <p>JUnit creates a new instance for each invariant; each instance calls {@link #subject()} once
 * (twice for determinism when the twin is derived). Instances are not shared between threads.
 */
public abstract class LinkagePolicyContract {
  private @Nullable PolicyUnderTest subject;

  /** For subclasses. */
  protected LinkagePolicyContract() {}

  /**
   * The policy under test.
   *
   * @return the policy
   */
  protected abstract LinkagePolicy policy();

  /**
   * What the invariants question: by default {@code PolicyUnderTest.of(policy())}.
   *
   * @return the policy under test
   */
  protected PolicyUnderTest subject() {
    return PolicyUnderTest.of(Objects.requireNonNull(policy(), "policy() returned null"));
  }

  /**
   * A policy built the same way as the subject, for {@link Invariant#DETERMINISM}: by default
   * {@code PolicyUnderTest.of(policy().toBuilder().build())}; but if a subclass overrides {@link
   * #subject()} and not this method, the twin is derived from the subject: another call of {@code
   * subject()}.
   *
   * @return the twin
   */
  protected PolicyUnderTest twin() {
    if (subjectOverriddenWithoutTwin()) {
      return Objects.requireNonNull(subject(), "subject() returned null");
    }
    return PolicyUnderTest.of(
        Objects.requireNonNull(policy(), "policy() returned null").toBuilder().build());
  }

  /** Whether a subclass overrides {@code subject()} but no class below this one {@code twin()}. */
  private boolean subjectOverriddenWithoutTwin() {
    boolean subjectOverridden = false;
    for (Class<?> c = getClass(); c != LinkagePolicyContract.class; c = c.getSuperclass()) {
      if (declares(c, "twin")) {
        return false;
      }
      subjectOverridden |= declares(c, "subject");
    }
    return subjectOverridden;
  }

  private static boolean declares(Class<?> c, String method) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == 0 && !m.isSynthetic()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The municipal policy the subject must only widen, for {@link Invariant#WIDENING_ONLY}: by
   * default {@link PolicyInvariants#municipalCounterpart(PolicyUnderTest)} of the subject (the
   * document's defaults with the subject's validity and calendar).
   *
   * @return the municipal policy
   */
  protected PolicyUnderTest municipal() {
    return PolicyInvariants.municipalCounterpart(under());
  }

  /**
   * The run seed; override to explore other cases.
   *
   * @return the seed, {@link PropertyRunner#defaultSeed()} by default (the system property {@value
   *     PropertyRunner#SEED_PROPERTY}, else {@value PropertyRunner#DEFAULT_SEED})
   */
  protected long seed() {
    return PropertyRunner.defaultSeed();
  }

  /**
   * The number of cases per invariant.
   *
   * @return the number of cases, {@link PropertyRunner#defaultCases()} by default (the system
   *     property {@value PropertyRunner#CASES_PROPERTY}, else {@value
   *     PropertyRunner#DEFAULT_CASES})
   */
  protected int cases() {
    return PropertyRunner.defaultCases();
  }

  /** {@link Invariant#MONOTONE_SCOPE} (一（一）). */
  @Test
  @DisplayName("monotone scope: more investment never un-majors a project (一（一）)")
  public void monotoneScope() {
    run(PolicyInvariants.monotoneScope(under()), "monotoneScope");
  }

  /** {@link Invariant#WIDENING_ONLY} (一（一）). */
  @Test
  @DisplayName("widening only: major under the municipal policy stays major (一（一）)")
  public void wideningOnly() {
    run(PolicyInvariants.wideningOnly(under(), municipal()), "wideningOnly");
  }

  /** {@link Invariant#ONE_YI_INCLUSIVE} (一（一）). */
  @Test
  @DisplayName("1亿元 itself is major under every region: 以上 includes the number (一（一）)")
  public void oneYiInclusive() {
    run(PolicyInvariants.oneYiInclusive(under()), "oneYiInclusive");
  }

  /** {@link Invariant#EVERY_REASON_CITED} (every clause). */
  @Test
  @DisplayName("every reason and duty cites a clause of the document")
  public void everyReasonCited() {
    run(PolicyInvariants.everyReasonCited(under()), "everyReasonCited");
  }

  /** {@link Invariant#DETERMINISM} (every clause). */
  @Test
  @DisplayName("determinism: equal inputs, equal decisions, also from a policy built the same way")
  public void determinism() {
    run(PolicyInvariants.determinism(under(), twin()), "determinism");
  }

  /** {@link Invariant#DEADLINE_LAWS} (二（三）). */
  @Test
  @DisplayName("deadline laws: 30 working days after the 土地征收公告 (二（三）)")
  public void deadlineLaws() {
    run(PolicyInvariants.deadlineLaws(under()), "deadlineLaws");
  }

  /** {@link Invariant#RECRUITMENT_ORDER} (二（五）). */
  @Test
  @DisplayName("recruitment order: local priority groups first, shortfall external (二（五）)")
  public void recruitmentOrder() {
    run(PolicyInvariants.recruitmentOrder(under()), "recruitmentOrder");
  }

  /** {@link Invariant#MISSING_FACTS_ONLY_WEAKEN} (every clause). */
  @Test
  @DisplayName("undetermined never turns definite by removing facts")
  public void missingFactsOnlyWeaken() {
    run(PolicyInvariants.missingFactsOnlyWeaken(under()), "missingFactsOnlyWeaken");
  }

  /** {@link Invariant#MISSING_FACTS_NAMED} (every clause). */
  @Test
  @DisplayName("every answer names its missing facts and versions")
  public void missingFactsNamed() {
    run(PolicyInvariants.missingFactsNamed(under()), "missingFactsNamed");
  }

  private PolicyUnderTest under() {
    PolicyUnderTest s = subject;
    if (s == null) {
      s = Objects.requireNonNull(subject(), "subject() returned null");
      subject = s;
    }
    return s;
  }

  private void run(PolicyInvariant<?> invariant, String method) {
    PolicyInvariant<?> named = invariant.inTest(getClass().getName() + "#" + method);
    if (overridden("seed") || overridden("cases")) {
      named.check(seed(), cases());
    } else {
      named.check();
    }
  }

  private boolean overridden(String method) {
    for (Class<?> c = getClass(); c != LinkagePolicyContract.class; c = c.getSuperclass()) {
      if (declares(c, method)) {
        return true;
      }
    }
    return false;
  }
}
