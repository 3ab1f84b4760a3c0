package org.employmentlinkage.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A source of values drawn from a seeded random source (生成器): a plain function of a {@link
 * RandomGenerator}, so it plugs into any property engine or a plain loop.
 *
 * <p>A generator must draw all its randomness from the {@code random} it is given (never from a
 * clock, a static {@code Random} or the machine), so that the same random source in the same state
 * gives the same value; then a seed reproduces a case, and a shrinking engine (the QuickTheories
 * adapter in {@code org.employmentlinkage.testkit.quicktheories}) can replay and shrink draws.
 * Every generator of this package is stateless and thread-safe; a {@code RandomGenerator} is not,
 * so give each thread its own.
 *
 * <p>Compose generators with {@link #map}, {@link #flatMap}, {@link #filter} and the factories of
 * {@link Generators}; draw a reproducible sample with {@link #sample(long, int)}; run a property
 * over many draws with {@link PropertyRunner}.
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Generator<T extends @Nullable Object> {
  /** How many draws {@link #filter(Predicate)} tries before it gives up: {@value}. */
  int DEFAULT_FILTER_TRIES = 1_000;

  /**
   * Draws the next value.
   *
   * @param random the randomness to draw from
   * @return a value
   * @throws NullPointerException if {@code random} is null (the generators of this library throw
   *     it; an implementation should)
   */
  T next(RandomGenerator random);

  /**
   * A generator of {@code f} applied to this generator's values.
   *
   * @param f the mapping
   * @param <R> the mapped type
   * @return the mapped generator
   * @throws NullPointerException if {@code f} is null
   */
  default <R extends @Nullable Object> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random));
  }

  /**
   * A generator that draws a value from this generator, then a value from the generator {@code f}
   * makes of it: for values that depend on each other, such as a date and a number of working days
   * that stays inside a calendar's coverage.
   *
   * @param f makes the second generator from the first value; must not return null
   * @param <R> the type of the final value
   * @return the chained generator
   * @throws NullPointerException if {@code f} is null (and, when drawing, if {@code f} returns
   *     null)
   */
  default <R extends @Nullable Object> Generator<R> flatMap(
      Function<? super T, ? extends Generator<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return random -> {
      Generator<? extends R> next =
          Objects.requireNonNull(f.apply(next(random)), "flatMap: f returned a null generator");
      return next.next(random);
    };
  }

  /**
   * The values of this generator that pass {@code predicate}, trying up to {@value
   * #DEFAULT_FILTER_TRIES} draws for each value. Filter only for rare exclusions; to narrow a
   * range, generate the narrower range directly.
   *
   * @param predicate the test a value must pass
   * @return the filtered generator; its {@code next} throws {@link IllegalStateException} if
   *     {@value #DEFAULT_FILTER_TRIES} consecutive draws fail {@code predicate}
   * @throws NullPointerException if {@code predicate} is null
   */
  default Generator<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, DEFAULT_FILTER_TRIES);
  }

  /**
   * The values of this generator that pass {@code predicate}, trying up to {@code maxTries} draws
   * for each value.
   *
   * @param predicate the test a value must pass
   * @param maxTries the most draws for one value, at least 1
   * @return the filtered generator; its {@code next} throws {@link IllegalStateException}, naming
   *     the number of tries and the last rejected value, if {@code maxTries} consecutive draws fail
   *     {@code predicate}
   * @throws NullPointerException if {@code predicate} is null
   * @throws IllegalArgumentException if {@code maxTries} is less than 1
   */
  default Generator<T> filter(Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException(
          "Generator.filter: maxTries must be at least 1, was " + maxTries);
    }
    return random -> {
      T last = null;
      for (int i = 0; i < maxTries; i++) {
        T value = next(random);
        if (predicate.test(value)) {
          return value;
        }
        last = value;
      }
      throw new IllegalStateException(
          "Generator.filter: none of "
              + maxTries
              + " consecutive draws passed the predicate (last rejected: "
              + Texts.show(last, 200)
              + "); generate such values directly instead of filtering, or loosen the predicate");
    };
  }

  /**
   * Draws {@code count} values reproducibly: the same seed gives the same list on every machine and
   * JDK. Value {@code i} is drawn from {@link Generators#random(long)} seeded with the {@code i}-th
   * case seed of {@code seed}, exactly as {@link PropertyRunner} draws case {@code i + 1} of a run
   * with that seed; so {@code sample(seed, n).get(i)} is the value a failing run reports for that
   * case.
   *
   * @param seed the seed
   * @param count the number of values, not negative
   * @return the values, an unmodifiable list (it holds nulls if this generator makes them)
   * @throws IllegalArgumentException if {@code count} is negative
   */
  default List<T> sample(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "Generator.sample: count must not be negative, was " + count);
    }
    SplitMix64 caseSeeds = new SplitMix64(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(new SplitMix64(caseSeeds.nextLong())));
    }
    return Collections.unmodifiableList(values);
  }
}
