package org.employmentlinkage.testkit.invariants;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Generators;
import org.employmentlinkage.testkit.Property;
import org.employmentlinkage.testkit.PropertyRunner;
import org.jspecify.annotations.Nullable;

/**
 * One invariant of the {@link Invariant catalogue}, ready to run against one policy under test: a
 * {@link Property} that throws when the policy breaks the invariant on a value, and the {@link
 * Generator} of the values to check it on. Make one with {@link PolicyInvariants}.
 *
 * <p>Three ways to run it:
 *
 * <ul>
 *   <li>the plain loop: {@link #check()}, {@link #check(long, int)}, and {@link #reproduce(long)}
 *       for one failing case (or {@link #runner()}, a generic {@link PropertyRunner});
 *   <li>QuickTheories, which shrinks the failing value: {@code
 *       qt().forAll(QuickTheoriesAdapter.gen(invariant.generator())).checkAssert(invariant::verify)};
 *   <li>JUnit: subclass {@code org.employmentlinkage.testkit.junit.LinkagePolicyContract}, one test
 *       per invariant.
 * </ul>
 *
 * <p><b>Failures.</b> A failure of {@link #check()} or {@link #check(long, int)} is an {@link
 * AssertionError} whose message names the invariant (English and 中文) and the policy by its versions
 * (parameters, policy, calendar; never an identity hash), cites the clauses it protects, shows the
 * case number, the run and case seeds and the value, and says how to rerun it: with the system
 * properties {@value PropertyRunner#SEED_PROPERTY} and {@value PropertyRunner#CASES_PROPERTY} when
 * the run took the runner's defaults, else with the seed and number of cases given, and the test
 * that ran it; and how to run that one case alone with {@link #reproduce(long)}. For example:
 *
 * <pre>{@code
 * Invariant "1亿元 itself is major under every region [parameters municipal-defaults, …]" failed
 *     on case 2 of 1000 (run seed 20180706L); case seed 4739595560648379468L.
 *   invariant: ONE_YI_INCLUSIVE, 总投资额1亿元本身在各地区均属重大项目
 *   protects: 大政办发〔2018〕83号 一（一） 建立重大项目建设岗位需求评估制度
 *   value: Scope[project=Project{id=P-2, type=CONSTRUCTION, …}, asOf=2019-09-22]
 *   rerun up to this case: com.example.MyPolicyContractTest#oneYiInclusive with
 *     -Dlinkage.testkit.seed=20180706 -Dlinkage.testkit.cases=2
 *   reproduce this case alone: PolicyInvariants.oneYiInclusive(policy).reproduce(4739595560648379468L)
 *   cause: java.lang.AssertionError: a construction project (建设项目) of exactly 1亿元 …
 * }</pre>
 *
 * <p>Immutable and thread-safe if the policy under test is.
 *
 * @param <T> the type of value checked
 */
public final class PolicyInvariant<T> {
  private final Invariant invariant;
  private final String subject;
  private final Generator<T> generator;
  private final Property<T> property;
  private final boolean ownGenerator;
  private final @Nullable String test;

  PolicyInvariant(
      Invariant invariant, String subject, Generator<T> generator, Property<T> property) {
    this(invariant, subject, generator, property, false, null);
  }

  private PolicyInvariant(
      Invariant invariant,
      String subject,
      Generator<T> generator,
      Property<T> property,
      boolean ownGenerator,
      @Nullable String test) {
    this.invariant = invariant;
    this.subject = subject;
    this.generator = generator;
    this.property = property;
    this.ownGenerator = ownGenerator;
    this.test = test;
  }

  /**
   * Which invariant of the catalogue this is.
   *
   * @return the invariant
   */
  public Invariant invariant() {
    return invariant;
  }

  /**
   * The name failures show: the invariant's title and the policy under test named by its {@link
   * org.employmentlinkage.policy.Versions versions} (parameters, policy, calendar), e.g. {@code
   * monotone scope [parameters municipal-defaults, 大政办发〔2018〕83号/linkage-rules-1, calendar …]}; the
   * same for two policies with the same versions, whatever their classes or identities.
   *
   * @return the name
   */
  public String name() {
    return invariant.title() + " [" + subject + "]";
  }

  /**
   * The values the invariant is checked on by default.
   *
   * @return the generator
   */
  public Generator<T> generator() {
    return generator;
  }

  /**
   * The check of one value: returns normally when the policy keeps the invariant on it, throws an
   * {@link AssertionError} saying what it broke otherwise.
   *
   * @return the property
   */
  public Property<T> property() {
    return property;
  }

  /**
   * The same invariant checked on values of another generator (e.g. one made from {@link
   * org.employmentlinkage.testkit.PolicyGenerators} methods for the cases you care about).
   *
   * @param generator the generator
   * @return the new invariant
   * @throws NullPointerException if {@code generator} is null
   */
  public PolicyInvariant<T> withGenerator(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return new PolicyInvariant<>(invariant, subject, generator, property, true, test);
  }

  /**
   * The same invariant, whose failures name {@code test} as the test to rerun, e.g. {@code
   * com.example.MyPolicyContractTest#monotoneScope} ({@code LinkagePolicyContract} does this). By
   * default a failure names the method that called {@link #check()} or {@link #check(long, int)}.
   *
   * @param test the test, as {@code class#method}
   * @return the new invariant
   * @throws NullPointerException if {@code test} is null
   * @throws IllegalArgumentException if {@code test} is blank
   */
  public PolicyInvariant<T> inTest(String test) {
    Objects.requireNonNull(test, "test");
    if (test.isBlank()) {
      throw new IllegalArgumentException("PolicyInvariant.inTest: test must not be blank");
    }
    return new PolicyInvariant<>(invariant, subject, generator, property, ownGenerator, test);
  }

  /**
   * A generic runner of {@link #property()} over {@link #generator()}, named {@link #name()}, with
   * the runner's default seed and number of cases. Its failures are the runner's: they neither cite
   * the clauses nor say how to rerun an invariant; {@link #check()} does both.
   *
   * @return the runner
   */
  public PropertyRunner<T> runner() {
    return PropertyRunner.forAll(name(), generator);
  }

  /**
   * Checks the invariant with the runner's default seed and number of cases ({@link
   * PropertyRunner#defaultSeed()}, {@link PropertyRunner#defaultCases()}, so the system properties
   * {@value PropertyRunner#SEED_PROPERTY} and {@value PropertyRunner#CASES_PROPERTY} set them); a
   * failure says which values of those properties rerun it up to the failing case. Case {@code i}
   * is the value {@code generator().sample(seed, i).get(i - 1)}, exactly as {@link PropertyRunner}
   * draws it.
   *
   * @throws AssertionError if the policy breaks the invariant on a case, or the generator throws
   *     (see the class description for the message); the cause is what was thrown
   * @throws IllegalArgumentException if a system property for the defaults is malformed
   */
  public void check() {
    run(PropertyRunner.defaultSeed(), PropertyRunner.defaultCases(), true, caller());
  }

  /**
   * Checks the invariant on {@code cases} values drawn with {@code seed}; a failure says which seed
   * and number of cases rerun it up to the failing case.
   *
   * @param seed the run seed
   * @param cases the number of cases, at least 1
   * @throws AssertionError if the policy breaks the invariant on a case, or the generator throws
   *     (see the class description for the message); the cause is what was thrown
   * @throws IllegalArgumentException if {@code cases} is less than 1
   */
  public void check(long seed, int cases) {
    if (cases < 1) {
      throw new IllegalArgumentException(
          "PolicyInvariant.check: cases must be at least 1, was " + cases);
    }
    run(seed, cases, false, caller());
  }

  /**
   * Checks the one value drawn with {@code caseSeed}, the case seed a failure printed: the value is
   * {@code generator().next(Generators.random(caseSeed))}.
   *
   * @param caseSeed the case seed from a failure message
   * @throws AssertionError if the policy breaks the invariant on that value, or the generator
   *     throws, with the same kind of message as {@link #check()}
   */
  public void reproduce(long caseSeed) {
    runCase(caseSeed, "the case reproduced from its seed", null);
  }

  private void run(long seed, int cases, boolean defaults, String caller) {
    RandomGenerator caseSeeds = Generators.random(seed);
    for (int i = 1; i <= cases; i++) {
      long caseSeed = caseSeeds.nextLong();
      String rerun =
          defaults
              ? caller
                  + " with -D"
                  + PropertyRunner.SEED_PROPERTY
                  + "="
                  + seed
                  + " -D"
                  + PropertyRunner.CASES_PROPERTY
                  + "="
                  + i
              : caller
                  + " with seed "
                  + seed
                  + "L, cases "
                  + i
                  + ": check("
                  + seed
                  + "L, "
                  + i
                  + "), or seed() and cases() of a LinkagePolicyContract";
      runCase(caseSeed, "case " + i + " of " + cases + " (run seed " + seed + "L)", rerun);
    }
  }

  private String caller() {
    if (test != null) {
      return test;
    }
    String self = PolicyInvariant.class.getName();
    Optional<String> frame =
        StackWalker.getInstance()
            .walk(
                s ->
                    s.filter(f -> !f.getClassName().equals(self))
                        .map(f -> f.getClassName() + "#" + f.getMethodName())
                        .findFirst());
    return frame.orElse("the test");
  }

  private void runCase(long caseSeed, String which, @Nullable String rerun) {
    T value;
    try {
      value = generator.next(Generators.random(caseSeed));
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError(
          "Invariant \""
              + name()
              + "\": the generator failed on "
              + which
              + "; case seed "
              + caseSeed
              + "L.\n"
              + about(null)
              + hints(caseSeed, rerun)
              + "\n  cause: "
              + e,
          e);
    }
    try {
      property.check(value);
    } catch (Exception | AssertionError e) {
      throw new AssertionError(
          "Invariant \""
              + name()
              + "\" failed on "
              + which
              + "; case seed "
              + caseSeed
              + "L.\n"
              + about(value)
              + "  value: "
              + FailureText.show(value, FailureText.MAX_VALUE_TEXT)
              + "\n"
              + hints(caseSeed, rerun)
              + "\n  cause: "
              + e,
          e);
    }
  }

  private String about(@Nullable Object value) {
    return "  invariant: "
        + invariant.name()
        + ", "
        + invariant.zh()
        + "\n  protects: "
        + FailureText.clauses(invariant, value)
        + "\n";
  }

  private String hints(long caseSeed, @Nullable String rerun) {
    String made = "PolicyInvariants." + factoryName() + "(policy)";
    if (ownGenerator) {
      made += ".withGenerator(yourGenerator)";
    }
    return (rerun == null ? "" : "  rerun up to this case: " + rerun + "\n")
        + "  reproduce this case alone: "
        + made
        + ".reproduce("
        + caseSeed
        + "L)";
  }

  /** The name of the {@link PolicyInvariants} factory: {@code MONOTONE_SCOPE} → monotoneScope. */
  private String factoryName() {
    String constant = invariant.name().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < constant.length(); i++) {
      char c = constant.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /**
   * Checks one value, for engines that take an assertion such as QuickTheories' {@code
   * checkAssert}.
   *
   * @param value the value
   * @throws NullPointerException if {@code value} is null
   * @throws AssertionError if the policy breaks the invariant on {@code value}: the message names
   *     the invariant, says what broke and cites the clauses the invariant protects; the cause is
   *     what the property threw
   */
  public void verify(T value) {
    Objects.requireNonNull(value, "value");
    try {
      property.check(value);
    } catch (Exception | AssertionError e) {
      throw new AssertionError(
          name()
              + ": "
              + e.getMessage()
              + "\n  invariant: "
              + invariant.name()
              + ", "
              + invariant.zh()
              + "\n  protects: "
              + FailureText.clauses(invariant, value),
          e);
    }
  }

  /**
   * The name.
   *
   * @return {@link #name()}
   */
  @Override
  public String toString() {
    return name();
  }
}
