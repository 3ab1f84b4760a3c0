package org.employmentlinkage.testkit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link Property} over values drawn from a {@link Generator}, in a plain loop, without any
 * test engine: for a {@code main} method, a JUnit or TestNG test, or a batch check.
 *
 * <pre>{@code
 * PropertyRunner.forAll("due date is a working day", generators.triggeredPeriods())
 *     .seed(42)
 *     .cases(10_000)
 *     .check(p -> {
 *       if (!calendar.isWorkingDay(p.deadlineOn(calendar).due())) {
 *         throw new AssertionError("not a working day");
 *       }
 *     });
 * }</pre>
 *
 * <p><b>Seeds.</b> A run with seed {@code s} gives each case its own <em>case seed</em> (the
 * sequence of {@link Generators#random(long) SplitMix64} seeded with {@code s}) and draws the
 * case's value from a fresh random source with that seed. So a failing case is reproduced alone
 * with {@link #reproduce(long, Property)} and its case seed, and {@link Generator#sample(long,
 * int)} with the run seed gives the same values. The algorithm is fixed, so seeds reproduce across
 * machines and JDKs.
 *
 * <p><b>Failure.</b> The first failing case stops the run with an {@link AssertionError} whose
 * message names the property, the case number, the run seed, the case seed and how to reproduce it,
 * and the value's {@code toString()} (cut after {@value #MAX_VALUE_TEXT} characters); its cause is
 * what the property (or the generator) threw. No shrinking is done: for shrinking, use the
 * QuickTheories adapter.
 *
 * <p><b>Defaults.</b> Seed {@value #DEFAULT_SEED} and {@value #DEFAULT_CASES} cases, unless the
 * system properties {@value #SEED_PROPERTY} or {@value #CASES_PROPERTY} are set (for exploring with
 * other seeds in CI); {@link #seed(long)} and {@link #cases(int)} win over both. Nothing depends on
 * the clock.
 *
 * <p>Immutable and thread-safe; {@link #check} runs on the calling thread.
 *
 * @param <T> the type of value
 */
public final class PropertyRunner<T extends @Nullable Object> {
  /** The seed of a runner when neither {@link #seed(long)} nor {@value #SEED_PROPERTY} sets one. */
  public static final long DEFAULT_SEED = 20180706L;

  /** The number of cases when neither {@link #cases(int)} nor {@value #CASES_PROPERTY} sets one. */
  public static final int DEFAULT_CASES = 1_000;

  /** The system property that sets the default seed (a decimal {@code long}). */
  public static final String SEED_PROPERTY = "linkage.testkit.seed";

  /** The system property that sets the default number of cases (a positive decimal {@code int}). */
  public static final String CASES_PROPERTY = "linkage.testkit.cases";

  /** The most characters of a value's {@code toString()} a failure message shows. */
  public static final int MAX_VALUE_TEXT = 1_000;

  private final String name;
  private final Generator<T> generator;
  private final @Nullable Long seed;
  private final @Nullable Integer cases;

  private PropertyRunner(
      String name, Generator<T> generator, @Nullable Long seed, @Nullable Integer cases) {
    this.name = name;
    this.generator = generator;
    this.seed = seed;
    this.cases = cases;
  }

  /**
   * A runner of the property called {@code name} over values of {@code generator}.
   *
   * @param name the property's name, shown in failures
   * @param generator the generator of the values
   * @param <T> the type of value
   * @return the runner, with the default seed and number of cases
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static <T extends @Nullable Object> PropertyRunner<T> forAll(
      String name, Generator<T> generator) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(generator, "generator");
    if (name.isBlank()) {
      throw new IllegalArgumentException("PropertyRunner.forAll: name must not be blank");
    }
    return new PropertyRunner<>(name, generator, null, null);
  }

  /**
   * The same runner with another seed.
   *
   * @param seed the run seed
   * @return the new runner
   */
  public PropertyRunner<T> seed(long seed) {
    return new PropertyRunner<>(name, generator, seed, cases);
  }

  /**
   * The same runner with another number of cases.
   *
   * @param cases the number of cases, at least 1
   * @return the new runner
   * @throws IllegalArgumentException if {@code cases} is less than 1
   */
  public PropertyRunner<T> cases(int cases) {
    if (cases < 1) {
      throw new IllegalArgumentException(
          "PropertyRunner.cases: cases must be at least 1, was " + cases);
    }
    return new PropertyRunner<>(name, generator, seed, cases);
  }

  /**
   * The run seed: the one set with {@link #seed(long)}, else {@link #defaultSeed()}.
   *
   * @return the seed
   * @throws IllegalArgumentException if no seed was set and the system property {@value
   *     #SEED_PROPERTY} is set but not a decimal {@code long}
   */
  public long seed() {
    return seed != null ? seed : defaultSeed();
  }

  /**
   * The default seed: the system property {@value #SEED_PROPERTY} if set, else {@value
   * #DEFAULT_SEED}.
   *
   * @return the default seed
   * @throws IllegalArgumentException if the system property is set but not a decimal {@code long}
   */
  public static long defaultSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_SEED;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "system property " + SEED_PROPERTY + " must be a decimal long, was \"" + value + "\"", e);
    }
  }

  /**
   * The number of cases: the one set with {@link #cases(int)}, else {@link #defaultCases()}.
   *
   * @return the number of cases
   * @throws IllegalArgumentException if no number was set and the system property {@value
   *     #CASES_PROPERTY} is set but not a positive decimal {@code int}
   */
  public int cases() {
    return cases != null ? cases : defaultCases();
  }

  /**
   * The default number of cases: the system property {@value #CASES_PROPERTY} if set, else {@value
   * #DEFAULT_CASES}.
   *
   * @return the default number of cases
   * @throws IllegalArgumentException if the system property is set but not a positive decimal
   *     {@code int}
   */
  public static int defaultCases() {
    String value = System.getProperty(CASES_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_CASES;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "system property " + CASES_PROPERTY + " must be a positive int, was \"" + value + "\"",
          e);
    }
    if (parsed < 1) {
      throw new IllegalArgumentException(
          "system property " + CASES_PROPERTY + " must be a positive int, was \"" + value + "\"");
    }
    return parsed;
  }

  /**
   * Checks {@code property} on {@link #cases()} values drawn with {@link #seed()}, stopping at the
   * first failure.
   *
   * @param property the property
   * @throws NullPointerException if {@code property} is null
   * @throws AssertionError if the property fails on a case, or the generator throws: the message
   *     names the property, the case, the run and case seeds and the value; the cause is what was
   *     thrown
   */
  public void check(Property<? super T> property) {
    Objects.requireNonNull(property, "property");
    long runSeed = seed();
    int total = cases();
    SplitMix64 caseSeeds = new SplitMix64(runSeed);
    for (int i = 1; i <= total; i++) {
      long caseSeed = caseSeeds.nextLong();
      runCase(property, caseSeed, "case " + i + " of " + total + " (run seed " + runSeed + "L)");
    }
  }

  /**
   * Checks {@code property} on the one value drawn with {@code caseSeed}, the case seed a failure
   * message printed: the value is {@code generator.next(Generators.random(caseSeed))}.
   *
   * @param caseSeed the case seed from a failure message
   * @param property the property
   * @throws NullPointerException if {@code property} is null
   * @throws AssertionError if the property fails on that value, or the generator throws, with the
   *     same kind of message as {@link #check(Property)}
   */
  public void reproduce(long caseSeed, Property<? super T> property) {
    Objects.requireNonNull(property, "property");
    runCase(property, caseSeed, "the case reproduced from its seed");
  }

  private void runCase(Property<? super T> property, long caseSeed, String which) {
    T value;
    try {
      value = generator.next(new SplitMix64(caseSeed));
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError(
          "Property \""
              + name
              + "\": the generator failed on "
              + which
              + "; case seed "
              + caseSeed
              + "L.\n"
              + reproduceHint(caseSeed)
              + "\n  cause: "
              + e,
          e);
    }
    try {
      property.check(value);
    } catch (Exception | AssertionError e) {
      throw new AssertionError(
          "Property \""
              + name
              + "\" failed on "
              + which
              + "; case seed "
              + caseSeed
              + "L.\n  value: "
              + Texts.show(value, MAX_VALUE_TEXT)
              + "\n"
              + reproduceHint(caseSeed)
              + "\n  cause: "
              + e,
          e);
    }
  }

  private static String reproduceHint(long caseSeed) {
    return "  reproduce this case alone: PropertyRunner.forAll(name, generator).reproduce("
        + caseSeed
        + "L, property)";
  }

  /**
   * The property's name, and the seed and number of cases if set (else {@code default}).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PropertyRunner[\""
        + name
        + "\", seed "
        + (seed == null ? "default" : seed + "L")
        + ", "
        + (cases == null ? "default" : cases.toString())
        + " cases]";
  }
}
