package org.employmentlinkage.testkit.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Generators;
import org.employmentlinkage.testkit.MoneyGenerators;
import org.employmentlinkage.testkit.PolicyGenerators;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.Weighted;

/**
 * The invariants of the {@link Invariant catalogue}, made runnable for a policy you configured
 * yourself (政策不变式).
 *
 * <pre>{@code
 * LinkagePolicy policy = LinkagePolicy.builder().addWidening(myWidening).build();
 * for (PolicyInvariant<?> invariant : PolicyInvariants.all(policy)) {
 *   invariant.check(42, 5_000);
 * }
 * }</pre>
 *
 * <p>Each factory takes the {@link PolicyUnderTest} to question and draws its values from {@link
 * PolicyGenerators#of(PolicyUnderTest)}, so amounts, regions and dates are biased toward that
 * policy's own thresholds, widened regions, validity and calendar. Replace the values with {@link
 * PolicyInvariant#withGenerator}.
 *
 * <p>All methods are static and thread-safe.
 */
public final class PolicyInvariants {
  private PolicyInvariants() {}

  /**
   * Every invariant of the catalogue for {@code policy}, in catalogue order: determinism compares
   * it with {@code policy.toBuilder().build()}, widening-only with {@link
   * #municipalCounterpart(PolicyUnderTest) its municipal counterpart}.
   *
   * @param policy the policy
   * @return one invariant per {@link Invariant}, an unmodifiable list
   * @throws NullPointerException if {@code policy} is null
   */
  public static List<PolicyInvariant<?>> all(LinkagePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return all(PolicyUnderTest.of(policy), PolicyUnderTest.of(policy.toBuilder().build()));
  }

  /**
   * Every invariant of the catalogue for {@code policy}, in catalogue order: determinism compares
   * it with {@code twin}, widening-only with {@link #municipalCounterpart(PolicyUnderTest) its
   * municipal counterpart}; the values of all of them come from one {@link PolicyGenerators}.
   *
   * @param policy the policy under test
   * @param twin a policy built the same way (may be {@code policy} itself)
   * @return one invariant per {@link Invariant}, an unmodifiable list
   * @throws NullPointerException if an argument is null
   */
  public static List<PolicyInvariant<?>> all(PolicyUnderTest policy, PolicyUnderTest twin) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(twin, "twin");
    PolicyGenerators g = PolicyGenerators.of(policy);
    List<PolicyInvariant<?>> list = new ArrayList<>();
    list.add(monotoneScope(g));
    list.add(wideningOnly(g, municipalCounterpart(policy)));
    list.add(oneYiInclusive(g));
    list.add(everyReasonCited(g));
    list.add(determinism(g, twin));
    list.add(deadlineLaws(g));
    list.add(recruitmentOrder(g));
    list.add(missingFactsOnlyWeaken(g));
    list.add(missingFactsNamed(g));
    return List.copyOf(list);
  }

  /**
   * The municipal policy {@code policy} widens: the document's defaults, no regional widening, with
   * {@code policy}'s validity window and calendar.
   *
   * @param policy the policy under test
   * @return the municipal counterpart
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyUnderTest municipalCounterpart(PolicyUnderTest policy) {
    Objects.requireNonNull(policy, "policy");
    return PolicyUnderTest.of(
        LinkagePolicy.builder().validity(policy.validity()).calendar(policy.calendar()).build());
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * {@link Invariant#MONOTONE_SCOPE}: with every other fact the same, more total investment never
   * lowers the scope answer (YES over UNDETERMINED over NO), and never changes whether the policy
   * is in force. Values: a scope question whose project's investment is drawn from {@link
   * PolicyGenerators#amounts()}, and a higher amount: one 分 more (1/5 of draws), a threshold at or
   * above it or {@link Money#MAX} (1/5), the amount plus another amount of {@code amounts()} (2/5,
   * at most {@code Money.MAX}), or uniformly up to {@code Money.MAX} (1/5).
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<InvestmentIncrease> monotoneScope(PolicyUnderTest policy) {
    return monotoneScope(generators(policy));
  }

  private static PolicyInvariant<InvestmentIncrease> monotoneScope(PolicyGenerators g) {
    PolicyUnderTest policy = g.policy();
    Generator<Money> amounts = g.amounts();
    List<Money> thresholds = g.thresholds();
    Generator<InvestmentIncrease> values =
        g.scopeQuestions()
            .flatMap(
                q ->
                    amounts.flatMap(
                        x -> {
                          Project p =
                              Project.builder().from(q.project()).totalInvestment(x).build();
                          PolicyQuestion.Scope withX = new PolicyQuestion.Scope(p, q.asOf());
                          return higher(x, thresholds, amounts)
                              .map(h -> new InvestmentIncrease(withX, h));
                        }));
    return new PolicyInvariant<>(
        Invariant.MONOTONE_SCOPE,
        FailureText.policyName(policy),
        values,
        c -> MonotoneScopeCheck.check(policy, c));
  }

  private static Generator<Money> higher(
      Money x, List<Money> thresholds, Generator<Money> amounts) {
    TreeSet<Money> edges = new TreeSet<>();
    for (Money t : thresholds) {
      if (t.compareTo(x) >= 0) {
        edges.add(t);
      }
    }
    edges.add(Money.MAX);
    Generator<Money> oneFenMore =
        Generators.constant(x.compareTo(Money.MAX) < 0 ? x.plus(Money.ofFen(1)) : x);
    Generator<Money> plusAmount =
        amounts.map(d -> d.compareTo(Money.MAX.minus(x)) > 0 ? Money.MAX : x.plus(d));
    return Generators.frequency(
        List.of(
            new Weighted<>(1, oneFenMore),
            new Weighted<>(1, Generators.oneOf(edges)),
            new Weighted<>(2, plusAmount),
            new Weighted<>(1, MoneyGenerators.amountsBetween(x, Money.MAX))));
  }

  /**
   * {@link Invariant#WIDENING_ONLY} against {@link #municipalCounterpart(PolicyUnderTest) the
   * municipal counterpart} of {@code widened}.
   *
   * @param widened the policy with regional widenings
   * @return the invariant
   * @throws NullPointerException if {@code widened} is null
   */
  public static PolicyInvariant<PolicyQuestion.Scope> wideningOnly(PolicyUnderTest widened) {
    Objects.requireNonNull(widened, "widened");
    return wideningOnly(generators(widened), municipalCounterpart(widened));
  }

  /**
   * {@link Invariant#WIDENING_ONLY}: where {@code municipal} answers YES, {@code widened} answers
   * YES (by {@code MUNICIPAL_THRESHOLD} when the municipal one does), and where {@code municipal}
   * cannot decide, {@code widened} does not answer NO. Values: scope questions of {@link
   * PolicyGenerators#scopeQuestions()} for {@code widened} (its thresholds and regions).
   *
   * @param widened the policy with regional widenings
   * @param municipal the policy it widens
   * @return the invariant
   * @throws NullPointerException if an argument is null
   */
  public static PolicyInvariant<PolicyQuestion.Scope> wideningOnly(
      PolicyUnderTest widened, PolicyUnderTest municipal) {
    Objects.requireNonNull(widened, "widened");
    Objects.requireNonNull(municipal, "municipal");
    return wideningOnly(generators(widened), municipal);
  }

  private static PolicyInvariant<PolicyQuestion.Scope> wideningOnly(
      PolicyGenerators g, PolicyUnderTest municipal) {
    PolicyUnderTest widened = g.policy();
    return new PolicyInvariant<>(
        Invariant.WIDENING_ONLY,
        FailureText.policyName(widened) + "; widening: " + FailureText.policyName(municipal),
        g.scopeQuestions(),
        q -> WideningOnlyCheck.check(widened, municipal, q));
  }

  /**
   * {@link Invariant#ONE_YI_INCLUSIVE}: a construction project (建设项目) whose total investment is
   * exactly 1亿元 (100,000,000.00元) is a 重大项目 wherever it lies and whatever its other facts, on every
   * date the policy is in force; a date outside the validity window is not checked. The check sets
   * the question's project to a construction project of exactly 1亿元 (so any scope questions can be
   * given with {@link PolicyInvariant#withGenerator}). Values: scope questions of {@link
   * PolicyGenerators#scopeQuestions()} (dates biased toward the policy's edges) whose project is
   * such a project: in 3 of 4 draws at a location of {@link PolicyGenerators#locations()} (every
   * county-level unit and pilot zone, the widened ones in half of the draws), in 1 of 4 at no known
   * location.
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<PolicyQuestion.Scope> oneYiInclusive(PolicyUnderTest policy) {
    return oneYiInclusive(generators(policy));
  }

  private static PolicyInvariant<PolicyQuestion.Scope> oneYiInclusive(PolicyGenerators g) {
    PolicyUnderTest policy = g.policy();
    Generator<Optional<Location>> locations =
        Generators.frequency(
            3, g.locations().map(Optional::of), 1, Generators.constant(Optional.empty()));
    Generator<PolicyQuestion.Scope> values =
        Generators.zip(
            g.scopeQuestions(),
            locations,
            (q, l) ->
                new PolicyQuestion.Scope(
                    Project.builder()
                        .from(OneYiInclusiveCheck.atOneYi(q.project()))
                        .location(l)
                        .build(),
                    q.asOf()));
    return new PolicyInvariant<>(
        Invariant.ONE_YI_INCLUSIVE,
        FailureText.policyName(policy),
        values,
        q -> OneYiInclusiveCheck.check(policy, q));
  }

  /**
   * {@link Invariant#EVERY_REASON_CITED}. Values: questions of every kind ({@link
   * PolicyGenerators#questions()}).
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<PolicyQuestion> everyReasonCited(PolicyUnderTest policy) {
    return everyReasonCited(generators(policy));
  }

  private static PolicyInvariant<PolicyQuestion> everyReasonCited(PolicyGenerators g) {
    PolicyUnderTest policy = g.policy();
    return new PolicyInvariant<>(
        Invariant.EVERY_REASON_CITED,
        FailureText.policyName(policy),
        g.questions(),
        q -> EveryReasonCitedCheck.check(policy, q));
  }

  /**
   * {@link Invariant#DETERMINISM} of {@code policy} alone: asking twice and asking with an equal
   * copy of the inputs give equal decisions.
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<PolicyQuestion> determinism(PolicyUnderTest policy) {
    return determinism(generators(policy), policy);
  }

  /**
   * {@link Invariant#DETERMINISM}: asking {@code policy} twice, asking it with an equal copy of the
   * inputs (rebuilt, with set and map elements inserted in reverse order), and asking {@code twin}
   * all give equal decisions. Values: questions of every kind ({@link
   * PolicyGenerators#questions()}).
   *
   * @param policy the policy under test
   * @param twin a policy built the same way, e.g. {@code PolicyUnderTest.of(
   *     linkagePolicy.toBuilder().build())}
   * @return the invariant
   * @throws NullPointerException if an argument is null
   */
  public static PolicyInvariant<PolicyQuestion> determinism(
      PolicyUnderTest policy, PolicyUnderTest twin) {
    Objects.requireNonNull(twin, "twin");
    return determinism(generators(policy), twin);
  }

  private static PolicyInvariant<PolicyQuestion> determinism(
      PolicyGenerators g, PolicyUnderTest twin) {
    PolicyUnderTest policy = g.policy();
    return new PolicyInvariant<>(
        Invariant.DETERMINISM,
        FailureText.policyName(policy),
        g.questions(),
        q -> DeterminismCheck.check(policy, twin, q));
  }

  /**
   * {@link Invariant#DEADLINE_LAWS} on the policy's own calendar. Values: land-expropriation
   * notices (3/4 of draws; trigger dates from {@link PolicyGenerators#dates()}: holiday eves and
   * blocks, make-up working weekends, year ends, the validity start, the end of the calendar's
   * coverage and beyond) and events of every kind (1/4).
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<ProjectEvent> deadlineLaws(PolicyUnderTest policy) {
    return deadlineLaws(generators(policy));
  }

  private static PolicyInvariant<ProjectEvent> deadlineLaws(PolicyGenerators g) {
    PolicyUnderTest policy = g.policy();
    Generator<ProjectEvent> events =
        Generators.frequency(
            3, g.events(ProjectEventKind.LAND_EXPROPRIATION_NOTICE), 1, g.events());
    return new PolicyInvariant<>(
        Invariant.DEADLINE_LAWS,
        FailureText.policyName(policy),
        events,
        e -> DeadlineLawsCheck.check(policy, e));
  }

  /**
   * {@link Invariant#RECRUITMENT_ORDER}. Whether a candidate is certainly a local priority
   * candidate is judged independently of the plan: qualified, in a 重点群体 by the policy's own {@code
   * personGroups}, and living and registered where the project is (local by residence and by
   * household registration alike, whichever the policy uses). Values: {@link
   * PolicyGenerators#recruitmentQuestions()}.
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<PolicyQuestion.Recruitment> recruitmentOrder(
      PolicyUnderTest policy) {
    return recruitmentOrder(generators(policy));
  }

  private static PolicyInvariant<PolicyQuestion.Recruitment> recruitmentOrder(PolicyGenerators g) {
    PolicyUnderTest policy = g.policy();
    return new PolicyInvariant<>(
        Invariant.RECRUITMENT_ORDER,
        FailureText.policyName(policy),
        g.recruitmentQuestions(),
        q -> RecruitmentOrderCheck.check(policy, q));
  }

  /**
   * {@link Invariant#MISSING_FACTS_ONLY_WEAKEN}: each question is compared with every question that
   * has one fact fewer ({@link PolicyQuestion#withOneFactRemoved()}), and along one chain of
   * removals down to no facts, step by step. Values: questions of every kind ({@link
   * PolicyGenerators#questions()}).
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<PolicyQuestion> missingFactsOnlyWeaken(PolicyUnderTest policy) {
    return missingFactsOnlyWeaken(generators(policy));
  }

  private static PolicyInvariant<PolicyQuestion> missingFactsOnlyWeaken(PolicyGenerators g) {
    PolicyUnderTest policy = g.policy();
    return new PolicyInvariant<>(
        Invariant.MISSING_FACTS_ONLY_WEAKEN,
        FailureText.policyName(policy),
        g.questions(),
        q -> MissingFactsOnlyWeakenCheck.check(policy, q));
  }

  /**
   * {@link Invariant#MISSING_FACTS_NAMED}. Values: questions of every kind ({@link
   * PolicyGenerators#questions()}).
   *
   * @param policy the policy under test
   * @return the invariant
   * @throws NullPointerException if {@code policy} is null
   */
  public static PolicyInvariant<PolicyQuestion> missingFactsNamed(PolicyUnderTest policy) {
    return missingFactsNamed(generators(policy));
  }

  private static PolicyInvariant<PolicyQuestion> missingFactsNamed(PolicyGenerators g) {
    PolicyUnderTest policy = g.policy();
    return new PolicyInvariant<>(
        Invariant.MISSING_FACTS_NAMED,
        FailureText.policyName(policy),
        g.questions(),
        q -> MissingFactsNamedCheck.check(policy, q));
  }

  private static PolicyGenerators generators(PolicyUnderTest policy) {
    return PolicyGenerators.of(Objects.requireNonNull(policy, "policy"));
  }
}
