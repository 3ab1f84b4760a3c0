package org.employmentlinkage.testkit;

import org.jspecify.annotations.Nullable;

/**
 * A property of one value (性质): a check that returns normally when the value satisfies it and
 * throws otherwise (an {@link AssertionError} from any assertion library, or any other exception).
 * Run it over many drawn values with {@link PropertyRunner}.
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Property<T extends @Nullable Object> {
  /**
   * Checks {@code value}.
   *
   * @param value the value
   * @throws Exception (or an {@link AssertionError}) if {@code value} does not satisfy the property
   */
  void check(T value) throws Exception;
}
