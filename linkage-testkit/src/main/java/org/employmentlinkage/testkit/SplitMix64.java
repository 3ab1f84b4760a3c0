package org.employmentlinkage.testkit;

import java.util.random.RandomGenerator;

/**
 * The testkit's seeded random source: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014; the 64-bit finaliser of Vigna's {@code
 * splitmix64.c}), with every method a generator calls written out here, so that a seed gives the
 * same values on every JDK and every machine.
 *
 * <p>{@link java.util.SplittableRandom} uses the same idea, but its javadoc promises identical
 * sequences only within one program execution, and the JDK's bounded methods ({@code
 * RandomGenerator.nextLong(origin, bound)}) are implementation details that may change between
 * releases. A seed printed by a failing test must reproduce the case on another machine.
 *
 * <p>Not thread-safe: each run or case makes its own instance.
 */
final class SplitMix64 implements RandomGenerator {
  /** The odd increment: 2^64 divided by the golden ratio. */
  private static final long GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  /**
   * A source starting from {@code seed}.
   *
   * @param seed any value
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * The finaliser of SplitMix64 (variant 13 of Stafford's mixers): a bijection of {@code long} that
   * spreads every input bit over the output.
   *
   * @param z the value to mix
   * @return the mixed value
   */
  public static long mix(long z) {
    long x = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  @Override
  public long nextLong() {
    state += GAMMA;
    return mix(state);
  }

  @Override
  public int nextInt() {
    return (int) (nextLong() >>> 32);
  }

  @Override
  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  @Override
  public float nextFloat() {
    return (nextLong() >>> 40) * 0x1.0p-24f;
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return (int) bounded(0, bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException(
          "bound must be greater than origin, was origin " + origin + ", bound " + bound);
    }
    return (int) bounded(origin, bound);
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return bounded(0, bound);
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException(
          "bound must be greater than origin, was origin " + origin + ", bound " + bound);
    }
    return bounded(origin, bound);
  }

  /** Uniform in {@code [origin, bound)}, {@code origin < bound}, without modulo bias. */
  private long bounded(long origin, long bound) {
    long n = bound - origin;
    if (n > 0) {
      // Draw u uniformly from [0, 2^63) and reject the top 2^63 mod n values, so that every
      // residue is equally likely.
      long rejected = (Long.MAX_VALUE % n + 1) % n;
      long u = nextLong() >>> 1;
      while (u > Long.MAX_VALUE - rejected) {
        u = nextLong() >>> 1;
      }
      return origin + u % n;
    }
    // The range holds more than 2^63 - 1 values: at least half of all longs fall in it.
    long r = nextLong();
    while (r < origin || r >= bound) {
      r = nextLong();
    }
    return r;
  }
}
