package org.employmentlinkage.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A source of values drawn from a seeded random source: a plain function, so it plugs into any
 * property engine or a plain loop.
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Draws the next value.
   *
   * @param random the randomness to draw from
   * @return a value
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
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return random -> f.apply(next(random));
  }
}
