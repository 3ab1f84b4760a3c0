package org.employmentlinkage.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Factories and combinators of {@link Generator}s: constants, choices, weighted choices, ranges,
 * lists, optional and nullable values, pairs, and the seeded random source.
 *
 * <p>Every generator made here draws only from the {@code RandomGenerator} it is given, and only
 * through {@code nextLong(origin, bound)}, {@code nextInt(origin, bound)}, {@code nextLong()} and
 * {@code nextDouble()}, so that a shrinking engine that controls those calls (the QuickTheories
 * adapter) shrinks the values: a range toward the end nearest zero, a choice toward its first
 * alternative, an optional value toward empty, a list toward its minimum size. Put the simplest
 * alternative first.
 *
 * <p>All methods are static and thread-safe; the generators are stateless and thread-safe.
 */
public final class Generators {
  private Generators() {}

  /**
   * A seeded random source with a fixed, documented algorithm (SplitMix64, with the bounded draws
   * written out), so that a seed gives the same values on every machine and JDK: the source {@link
   * PropertyRunner} and {@link Generator#sample(long, int)} use. Each call returns a new instance;
   * an instance is not thread-safe.
   *
   * @param seed the seed
   * @return a new random source starting from {@code seed}
   */
  public static RandomGenerator random(long seed) {
    return new SplitMix64(seed);
  }

  /**
   * Always {@code value}.
   *
   * @param value the value
   * @param <T> the type of value
   * @return the constant generator
   * @throws NullPointerException if {@code value} is null (use {@link #nullable} for nulls)
   */
  public static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * One of {@code values}, each equally likely; shrinks toward the first. (To choose among
   * generators, pass them as arguments: {@link #oneOf(Generator...)}.)
   *
   * @param values the values, in the order to shrink toward; copied
   * @param <T> the type of value
   * @return the generator
   * @throws NullPointerException if {@code values} or an element is null
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public static <T> Generator<T> oneOf(Collection<? extends T> values) {
    Objects.requireNonNull(values, "values");
    for (T v : values) {
      Objects.requireNonNull(v, "Generators.oneOf: values contains null");
    }
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Generators.oneOf: values must not be empty");
    }
    int size = copy.size();
    return random -> copy.get(random.nextInt(0, size));
  }

  /**
   * A value of one of {@code generators}, each generator equally likely; shrinks toward the first.
   *
   * @param generators the generators, in the order to shrink toward
   * @param <T> the type of value
   * @return the generator
   * @throws NullPointerException if {@code generators} or an element is null
   * @throws IllegalArgumentException if {@code generators} is empty
   */
  @SafeVarargs
  public static <T extends @Nullable Object> Generator<T> oneOf(
      Generator<? extends T>... generators) {
    Objects.requireNonNull(generators, "generators");
    List<Generator<? extends T>> list = new ArrayList<>(generators.length);
    for (Generator<? extends T> g : generators) {
      list.add(Objects.requireNonNull(g, "Generators.oneOf: generators contains null"));
    }
    List<Generator<? extends T>> copy = List.copyOf(list);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Generators.oneOf: generators must not be empty");
    }
    int size = copy.size();
    return random -> copy.get(random.nextInt(0, size)).next(random);
  }

  /**
   * A weighted choice of two generators.
   *
   * @param weight1 the weight of {@code generator1}, not negative
   * @param generator1 the first alternative (the one to shrink toward)
   * @param weight2 the weight of {@code generator2}, not negative
   * @param generator2 the second alternative
   * @param <T> the type of value
   * @return the generator
   * @throws NullPointerException if a generator is null
   * @throws IllegalArgumentException if a weight is negative or both are zero
   */
  public static <T extends @Nullable Object> Generator<T> frequency(
      int weight1,
      Generator<? extends T> generator1,
      int weight2,
      Generator<? extends T> generator2) {
    Objects.requireNonNull(generator1, "generator1");
    Objects.requireNonNull(generator2, "generator2");
    return frequency(
        List.of(new Weighted<T>(weight1, generator1), new Weighted<T>(weight2, generator2)));
  }

  /**
   * A weighted choice of three generators.
   *
   * @param weight1 the weight of {@code generator1}, not negative
   * @param generator1 the first alternative (the one to shrink toward)
   * @param weight2 the weight of {@code generator2}, not negative
   * @param generator2 the second alternative
   * @param weight3 the weight of {@code generator3}, not negative
   * @param generator3 the third alternative
   * @param <T> the type of value
   * @return the generator
   * @throws NullPointerException if a generator is null
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  public static <T extends @Nullable Object> Generator<T> frequency(
      int weight1,
      Generator<? extends T> generator1,
      int weight2,
      Generator<? extends T> generator2,
      int weight3,
      Generator<? extends T> generator3) {
    Objects.requireNonNull(generator1, "generator1");
    Objects.requireNonNull(generator2, "generator2");
    Objects.requireNonNull(generator3, "generator3");
    return frequency(
        List.of(
            new Weighted<T>(weight1, generator1),
            new Weighted<T>(weight2, generator2),
            new Weighted<T>(weight3, generator3)));
  }

  /**
   * A weighted choice: alternative {@code i} is drawn with probability {@code weight_i / (sum of
   * weights)}; shrinks toward the first alternative with a positive weight.
   *
   * @param alternatives the weighted generators, in the order to shrink toward; copied
   * @param <T> the type of value
   * @return the generator
   * @throws NullPointerException if {@code alternatives} or an element is null
   * @throws IllegalArgumentException if {@code alternatives} is empty or all weights are zero
   */
  public static <T extends @Nullable Object> Generator<T> frequency(
      List<? extends Weighted<? extends T>> alternatives) {
    Objects.requireNonNull(alternatives, "alternatives");
    for (Weighted<? extends T> w : alternatives) {
      Objects.requireNonNull(w, "Generators.frequency: alternatives contains null");
    }
    List<Weighted<? extends T>> copy = List.copyOf(alternatives);
    long total = 0;
    for (Weighted<? extends T> w : copy) {
      total += w.weight(); // at most 2^31 alternatives of at most 2^31 - 1: no overflow
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "Generators.frequency: at least one weight must be positive, were "
              + copy.stream().map(Weighted::weight).toList());
    }
    int n = copy.size();
    long[] cumulative = new long[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += copy.get(i).weight();
      cumulative[i] = sum;
    }
    long bound = total;
    return random -> {
      long r = random.nextLong(0, bound);
      int i = 0;
      while (r >= cumulative[i]) {
        i++;
      }
      return copy.get(i).generator().next(random);
    };
  }

  /**
   * Whole numbers from {@code min} to {@code max}, both inclusive, uniformly; shrinks toward the
   * bound nearest zero (zero itself when the range holds it).
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Generator<Integer> integers(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException(
          "Generators.integers: max (" + max + ") must not be less than min (" + min + ")");
    }
    long bound = (long) max + 1;
    return random -> (int) random.nextLong(min, bound);
  }

  /**
   * Whole numbers from {@code min} to {@code max}, both inclusive, uniformly; shrinks toward the
   * bound nearest zero (zero itself when the range holds it).
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Generator<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException(
          "Generators.longs: max (" + max + ") must not be less than min (" + min + ")");
    }
    if (max < Long.MAX_VALUE) {
      long bound = max + 1;
      return random -> random.nextLong(min, bound);
    }
    if (min > Long.MIN_VALUE) {
      long origin = min - 1;
      return random -> random.nextLong(origin, max) + 1;
    }
    return RandomGenerator::nextLong;
  }

  /**
   * {@code false} or {@code true}, equally likely; shrinks toward {@code false}.
   *
   * @return the generator
   */
  public static Generator<Boolean> booleans() {
    return random -> random.nextLong(0, 2) == 1;
  }

  /**
   * Lists of {@code minSize} to {@code maxSize} values of {@code element} (size uniform); shrinks
   * toward shorter lists.
   *
   * @param element the generator of the elements
   * @param minSize the smallest size, not negative
   * @param maxSize the largest size, at least {@code minSize}
   * @param <T> the type of element
   * @return the generator of unmodifiable lists (holding nulls if {@code element} makes them)
   * @throws NullPointerException if {@code element} is null
   * @throws IllegalArgumentException if {@code minSize} is negative or {@code maxSize < minSize}
   */
  public static <T extends @Nullable Object> Generator<List<T>> listOf(
      Generator<? extends T> element, int minSize, int maxSize) {
    Objects.requireNonNull(element, "element");
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "Generators.listOf: need 0 <= minSize <= maxSize, were minSize "
              + minSize
              + ", maxSize "
              + maxSize);
    }
    long bound = (long) maxSize + 1;
    return random -> {
      int size = (int) random.nextLong(minSize, bound);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(element.next(random));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /**
   * A value of {@code generator} with probability {@code presentProbability}, otherwise empty (a
   * missing fact); shrinks toward empty.
   *
   * @param generator the generator of present values; must not make null
   * @param presentProbability the probability of a present value, from 0 to 1
   * @param <T> the type of value
   * @return the generator; its {@code next} throws {@link NullPointerException} if {@code
   *     generator} makes null
   * @throws NullPointerException if {@code generator} is null
   * @throws IllegalArgumentException if {@code presentProbability} is not within 0..1
   */
  public static <T> Generator<Optional<T>> optional(
      Generator<? extends T> generator, double presentProbability) {
    Objects.requireNonNull(generator, "generator");
    checkProbability("Generators.optional", "presentProbability", presentProbability);
    double absent = 1 - presentProbability;
    return random ->
        random.nextDouble() < absent
            ? Optional.empty()
            : Optional.of(
                Objects.requireNonNull(
                    generator.next(random), "Generators.optional: the generator made null"));
  }

  /**
   * Null with probability {@code nullProbability}, otherwise a value of {@code generator}; shrinks
   * toward null.
   *
   * @param generator the generator of the other values
   * @param nullProbability the probability of null, from 0 to 1
   * @param <T> the type of value
   * @return the generator
   * @throws NullPointerException if {@code generator} is null
   * @throws IllegalArgumentException if {@code nullProbability} is not within 0..1
   */
  @SuppressWarnings(
      "NullAway") // NullAway (without JSpecify mode) does not see Generator<@Nullable T>
  public static <T extends @Nullable Object> Generator<@Nullable T> nullable(
      Generator<? extends T> generator, double nullProbability) {
    Objects.requireNonNull(generator, "generator");
    checkProbability("Generators.nullable", "nullProbability", nullProbability);
    return random -> random.nextDouble() < nullProbability ? null : generator.next(random);
  }

  /**
   * Pairs of values of two generators, drawn first {@code a} then {@code b}, combined by {@code f}.
   *
   * @param a the first generator
   * @param b the second generator
   * @param f combines the two values
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @param <R> the type of the combination
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, R extends @Nullable Object>
      Generator<R> zip(
          Generator<? extends A> a,
          Generator<? extends B> b,
          BiFunction<? super A, ? super B, ? extends R> f) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(f, "f");
    return random -> {
      A first = a.next(random);
      B second = b.next(random);
      return f.apply(first, second);
    };
  }

  private static void checkProbability(String where, String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(where + ": " + name + " must be within 0..1, was " + p);
    }
  }
}
