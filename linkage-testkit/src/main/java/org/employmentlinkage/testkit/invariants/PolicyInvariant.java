package org.employmentlinkage.testkit.invariants;

import java.util.Objects;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Property;
import org.employmentlinkage.testkit.PropertyRunner;

/**
 * One invariant of the {@link Invariant catalogue}, ready to run against one policy under test: a
 * {@link Property} that throws when the policy breaks the invariant on a value, and the {@link
 * Generator} of the values to check it on. Make one with {@link PolicyInvariants}.
 *
 * <p>Three ways to run it:
 *
 * <ul>
 *   <li>the plain runner: {@link #check()}, {@link #check(long, int)}, or {@link #runner()} for
 *       more control; a failure names the invariant, the case and its seed;
 *   <li>QuickTheories, which shrinks the failing value: {@code
 *       qt().forAll(QuickTheoriesAdapter.gen(invariant.generator())).checkAssert(invariant::verify)};
 *   <li>JUnit: subclass {@code org.employmentlinkage.testkit.junit.LinkagePolicyContract}, one test
 *       per invariant.
 * </ul>
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

  PolicyInvariant(
      Invariant invariant, String subject, Generator<T> generator, Property<T> property) {
    this.invariant = invariant;
    this.subject = subject;
    this.generator = generator;
    this.property = property;
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
   * The name failures show: the invariant's title and the policy under test, e.g. {@code monotone
   * scope [LinkagePolicy[大政办发〔2018〕83号/linkage-rules-1, municipal-defaults, ...]]}.
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
    return new PolicyInvariant<>(invariant, subject, generator, property);
  }

  /**
   * A runner of {@link #property()} over {@link #generator()}, named {@link #name()}, with the
   * runner's default seed and number of cases.
   *
   * @return the runner
   */
  public PropertyRunner<T> runner() {
    return PropertyRunner.forAll(name(), generator);
  }

  /**
   * Checks the invariant with the runner's default seed and number of cases ({@link
   * PropertyRunner#defaultSeed()}, {@link PropertyRunner#defaultCases()}).
   *
   * @throws AssertionError if the policy breaks the invariant on a case (see {@link
   *     PropertyRunner#check})
   * @throws IllegalArgumentException if a system property for the defaults is malformed
   */
  public void check() {
    runner().check(property);
  }

  /**
   * Checks the invariant on {@code cases} values drawn with {@code seed}.
   *
   * @param seed the run seed
   * @param cases the number of cases, at least 1
   * @throws AssertionError if the policy breaks the invariant on a case (see {@link
   *     PropertyRunner#check})
   * @throws IllegalArgumentException if {@code cases} is less than 1
   */
  public void check(long seed, int cases) {
    runner().seed(seed).cases(cases).check(property);
  }

  /**
   * Checks one value, for engines that take an assertion such as QuickTheories' {@code
   * checkAssert}.
   *
   * @param value the value
   * @throws NullPointerException if {@code value} is null
   * @throws AssertionError if the policy breaks the invariant on {@code value}: the message names
   *     the invariant; the cause is what the property threw
   */
  public void verify(T value) {
    Objects.requireNonNull(value, "value");
    try {
      property.check(value);
    } catch (Exception | AssertionError e) {
      throw new AssertionError(name() + ": " + e.getMessage(), e);
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
