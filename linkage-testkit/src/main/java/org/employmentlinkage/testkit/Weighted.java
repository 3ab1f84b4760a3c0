package org.employmentlinkage.testkit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A generator with a weight, for {@link Generators#frequency(java.util.List)}: an alternative with
 * weight 3 is drawn three times as often as one with weight 1.
 *
 * <p>Immutable and thread-safe if the generator is.
 *
 * @param weight the relative weight, not negative (0 means never drawn)
 * @param generator the generator drawn with that weight
 * @param <T> the type of value
 */
public record Weighted<T extends @Nullable Object>(int weight, Generator<? extends T> generator) {
  /**
   * Checks the arguments.
   *
   * @param weight the relative weight, not negative (0 means never drawn)
   * @param generator the generator drawn with that weight
   * @throws IllegalArgumentException if {@code weight} is negative
   * @throws NullPointerException if {@code generator} is null
   */
  public Weighted {
    if (weight < 0) {
      throw new IllegalArgumentException("Weighted: weight must not be negative, was " + weight);
    }
    Objects.requireNonNull(generator, "generator");
  }
}
