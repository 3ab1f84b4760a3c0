package org.employmentlinkage.testkit.junit;

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
 * widened regions, validity and calendar). A failure names the invariant, the case, its seed and
 * the value (see {@link PropertyRunner}). To leave out an invariant that does not apply, override
 * its method without {@code @Test} and say why in a comment.
 *
 * <p>Override {@link #subject()} to check something that stands in for the policy (a caching layer
 * of your service, say) rather than the policy itself; {@link #twin()} and {@link #municipal()}
 * give the policies determinism and widening-only compare with.
 *
 * <p>JUnit creates a new instance for each invariant; each instance calls {@link #subject()} once.
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
   * A policy built the same way, for {@link Invariant#DETERMINISM}: by default {@code
   * policy().toBuilder().build()}.
   *
   * @return the twin
   */
  protected PolicyUnderTest twin() {
    return PolicyUnderTest.of(
        Objects.requireNonNull(policy(), "policy() returned null").toBuilder().build());
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
    run(PolicyInvariants.monotoneScope(under()));
  }

  /** {@link Invariant#WIDENING_ONLY} (一（一）). */
  @Test
  @DisplayName("widening only: major under the municipal policy stays major (一（一）)")
  public void wideningOnly() {
    run(PolicyInvariants.wideningOnly(under(), municipal()));
  }

  /** {@link Invariant#EVERY_REASON_CITED} (every clause). */
  @Test
  @DisplayName("every reason and duty cites a clause of the document")
  public void everyReasonCited() {
    run(PolicyInvariants.everyReasonCited(under()));
  }

  /** {@link Invariant#DETERMINISM} (every clause). */
  @Test
  @DisplayName("determinism: equal inputs, equal decisions, also from a policy built the same way")
  public void determinism() {
    run(PolicyInvariants.determinism(under(), twin()));
  }

  /** {@link Invariant#DEADLINE_LAWS} (二（三）). */
  @Test
  @DisplayName("deadline laws: 30 working days after the 土地征收公告 (二（三）)")
  public void deadlineLaws() {
    run(PolicyInvariants.deadlineLaws(under()));
  }

  /** {@link Invariant#RECRUITMENT_ORDER} (二（五）). */
  @Test
  @DisplayName("recruitment order: local priority groups first, shortfall external (二（五）)")
  public void recruitmentOrder() {
    run(PolicyInvariants.recruitmentOrder(under()));
  }

  /** {@link Invariant#MISSING_FACTS_ONLY_WEAKEN} (every clause). */
  @Test
  @DisplayName("undetermined never turns definite by removing facts")
  public void missingFactsOnlyWeaken() {
    run(PolicyInvariants.missingFactsOnlyWeaken(under()));
  }

  /** {@link Invariant#MISSING_FACTS_NAMED} (every clause). */
  @Test
  @DisplayName("every answer names its missing facts and versions")
  public void missingFactsNamed() {
    run(PolicyInvariants.missingFactsNamed(under()));
  }

  private PolicyUnderTest under() {
    PolicyUnderTest s = subject;
    if (s == null) {
      s = Objects.requireNonNull(subject(), "subject() returned null");
      subject = s;
    }
    return s;
  }

  private void run(PolicyInvariant<?> invariant) {
    invariant.check(seed(), cases());
  }
}
