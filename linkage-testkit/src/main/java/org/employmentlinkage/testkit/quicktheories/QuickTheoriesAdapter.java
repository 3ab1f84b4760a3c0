package org.employmentlinkage.testkit.quicktheories;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.employmentlinkage.testkit.Generator;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Turns linkage {@link Generator}s into QuickTheories {@link Gen}s.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesAdapter.gen(CalendarGenerators.of(calendar).triggeredPeriods()))
 *     .check(p -> calendar.isWorkingDay(p.deadlineOn(calendar).due()));
 * }</pre>
 *
 * <p><b>Shrinking.</b> Each draw a generator makes from its {@link RandomGenerator} becomes one
 * call of {@link RandomnessSource#next} with the draw's exact range, which QuickTheories records
 * and later replays with smaller numbers. So QuickTheories shrinks linkage's generators as it
 * shrinks its own: a range toward the end nearest zero, a choice toward its first alternative, a
 * list toward fewer elements, an optional value toward empty. The mapping:
 *
 * <table>
 *   <caption>RandomGenerator calls and the QuickTheories constraints they become</caption>
 *   <tr><th>call</th><th>constraint</th><th>shrinks toward</th></tr>
 *   <tr><td>{@code nextLong(origin, bound)}, {@code nextInt(origin, bound)}, {@code
 *       nextLong(bound)}, {@code nextInt(bound)}</td><td>{@code between(origin, bound - 1)}</td>
 *       <td>the value nearest 0 in the range</td></tr>
 *   <tr><td>{@code nextLong()}, {@code nextInt()}</td><td>the whole type</td><td>0</td></tr>
 *   <tr><td>{@code nextBoolean()}</td><td>{@code between(0, 1)}</td><td>{@code false}</td></tr>
 *   <tr><td>{@code nextDouble()}, {@code nextFloat()}</td><td>{@code between(0, 2^53 - 1)}
 *       (2^24 - 1 for float), scaled to [0, 1)</td><td>0.0</td></tr>
 * </table>
 *
 * <p>Other {@code RandomGenerator} methods use the JDK's default implementations on top of these.
 * The first examples QuickTheories tries are every draw at its shrink target, then at its minimum,
 * then at its maximum, so the simplest alternative of every choice is tried first.
 *
 * <p>This class is thread-safe; the {@code Gen}s are stateless.
 */
public final class QuickTheoriesAdapter {
  private QuickTheoriesAdapter() {}

  /**
   * A QuickTheories {@link Gen} drawing from {@code generator}, shrinkable by QuickTheories.
   *
   * @param generator the linkage generator
   * @param <T> the type of value
   * @return the {@code Gen}
   * @throws NullPointerException if {@code generator} is null
   */
  public static <T extends @Nullable Object> Gen<T> gen(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return source -> generator.next(new RandomnessSourceRandom(source));
  }

  /**
   * A {@link RandomGenerator} whose draws are draws of {@code source}, as described in the class
   * description: for writing a QuickTheories {@code Gen} by hand with code written against {@code
   * RandomGenerator}. Not thread-safe (nor is {@code source}).
   *
   * @param source QuickTheories' randomness source, as passed to {@link Gen#generate}
   * @return the random generator
   * @throws NullPointerException if {@code source} is null
   */
  public static RandomGenerator asRandomGenerator(RandomnessSource source) {
    return new RandomnessSourceRandom(Objects.requireNonNull(source, "source"));
  }
}
