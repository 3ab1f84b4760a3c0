package org.employmentlinkage.money;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Strategy;

/**
 * {@code QuickTheory.qt()} with QuickTheories' own defaults and system properties ({@code QT_SEED},
 * {@code QT_EXAMPLES}, {@code QT_SHRINKS}), except that a blank value counts as unset.
 *
 * <p>Needed because the parent POM passes {@code QT_SEED} through surefire as an empty string when
 * no {@code -Dqt.seed} is given, and QuickTheories 0.26 then fails with {@code
 * NumberFormatException: For input string: ""}. The defaults (random seed, 1000 examples, 100
 * shrink cycles per example, 10 generate attempts, no guidance) are those of {@code
 * org.quicktheories.core.Configuration.systemStrategy()} in 0.26; a failure reports the seed.
 */
final class Theories {
  private Theories() {}

  static QuickTheory qt() {
    return QuickTheory.qt(
        () -> {
          long seed = property("QT_SEED", System.nanoTime());
          int examples = Math.toIntExact(property("QT_EXAMPLES", 1000));
          int shrinks = Math.toIntExact(property("QT_SHRINKS", examples * 100L));
          return new Strategy(
              Strategy.defaultPRNG(seed),
              examples,
              -1,
              shrinks,
              10,
              new ExceptionReporter(),
              prng -> new NoGuidance());
        });
  }

  private static long property(String name, long otherwise) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? otherwise : Long.parseLong(value.trim());
  }
}
