package org.employmentlinkage.testkit.quicktheories;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} that turns each draw into one constrained draw of a QuickTheories
 * {@link RandomnessSource}, so that QuickTheories records, replays and shrinks it. {@code
 * Constraint.between(min, max)} has the shrink point nearest zero within {@code [min, max]}.
 */
final class RandomnessSourceRandom implements RandomGenerator {
  private static final long DOUBLE_UNITS = 1L << 53;
  private static final long FLOAT_UNITS = 1L << 24;
  private static final Constraint WHOLE_INT =
      Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE);

  private final RandomnessSource source;

  RandomnessSourceRandom(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) source.next(WHOLE_INT);
  }

  @Override
  public boolean nextBoolean() {
    return source.next(Constraint.zeroToOne()) == 1;
  }

  @Override
  public double nextDouble() {
    return source.next(Constraint.between(0, DOUBLE_UNITS - 1)) * 0x1.0p-53;
  }

  @Override
  public float nextFloat() {
    return source.next(Constraint.between(0, FLOAT_UNITS - 1)) * 0x1.0p-24f;
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return (int) source.next(Constraint.between(0, bound - 1L));
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException(
          "bound must be greater than origin, was origin " + origin + ", bound " + bound);
    }
    return (int) source.next(Constraint.between(origin, bound - 1L));
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return source.next(Constraint.between(0, bound - 1));
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException(
          "bound must be greater than origin, was origin " + origin + ", bound " + bound);
    }
    return source.next(Constraint.between(origin, bound - 1));
  }
}
