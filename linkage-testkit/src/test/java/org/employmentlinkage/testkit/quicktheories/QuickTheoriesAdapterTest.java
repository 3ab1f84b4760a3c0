package org.employmentlinkage.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.employmentlinkage.testkit.quicktheories.QuickTheoriesAdapter.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.testkit.CalendarGenerators;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Generators;
import org.employmentlinkage.testkit.MoneyGenerators;
import org.employmentlinkage.testkit.TriggeredPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.core.Reporter;
import org.quicktheories.impl.Constraint;

/**
 * The adapter keeps QuickTheories' shrinking: a failing property is reported with the smallest
 * counterexample, found by shrinking the draws our generators made.
 */
class QuickTheoriesAdapterTest {

  /** Records what QuickTheories reports instead of throwing. */
  private static final class Recorder implements Reporter {
    Object smallest;
    int falsifications;

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        Throwable cause,
        List<Object> examples,
        AsString<Object> toString) {
      this.smallest = smallest;
      falsifications++;
    }

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        List<Object> examples,
        AsString<Object> toString) {
      this.smallest = smallest;
      falsifications++;
    }

    @Override
    public void valuesExhausted(int examples) {}
  }

  private static QuickTheory qt(Recorder recorder) {
    return QuickTheory.qt().withFixedSeed(20180706L).withExamples(1000).withReporter(recorder);
  }

  @Test
  void aPropertyFailingFromThirtyShrinksToExactlyThirty() {
    Recorder r = new Recorder();
    qt(r).forAll(gen(Generators.integers(0, 10_000))).check(n -> n < 30);
    assertThat(r.falsifications).isEqualTo(1);
    assertThat(r.smallest).isEqualTo(30);
  }

  @Test
  void aDatePropertyShrinksToTheFirstFailingDate() {
    Recorder r = new Recorder();
    CalendarGenerators g = CalendarGenerators.of(ChinaCalendars.official());
    qt(r).forAll(gen(g.uniformDates())).check(d -> d.isBefore(LocalDate.of(2020, 1, 1)));
    assertThat(r.smallest).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void aListPropertyShrinksToTheSmallestFailingList() {
    Recorder r = new Recorder();
    Generator<List<Integer>> lists = Generators.listOf(Generators.integers(0, 100), 0, 20);
    qt(r).forAll(gen(lists)).check(list -> list.stream().allMatch(n -> n < 30));
    assertThat(r.smallest).isEqualTo(List.of(30));
  }

  @Test
  void theEdgeBiasedAmountsShrinkToExactlyOneYi() {
    // 大政办发〔2018〕83号 一（一）: 1亿元以上 is a major project. A property "no amount reaches 1亿元"
    // fails first at exactly 100000000.00 元: shrinking a choice among the edge amounts moves
    // toward the first ones and stops at the smallest that still fails.
    Recorder r = new Recorder();
    qt(r)
        .forAll(gen(MoneyGenerators.amounts()))
        .check(m -> !m.isAtLeast(MoneyGenerators.MUNICIPAL_THRESHOLD));
    assertThat(r.smallest).isEqualTo(Money.parse("100000000.00"));
  }

  @Test
  void theEdgeBiasedGeneratorsRunAndShrinkUnderQuickTheories() {
    WorkingDayCalendar cal = ChinaCalendars.official();
    CalendarGenerators g = CalendarGenerators.of(cal);
    List<TriggeredPeriod> seen = new ArrayList<>();
    QuickTheory.qt()
        .withFixedSeed(5)
        .withExamples(300)
        .forAll(gen(g.triggeredPeriods()))
        .check(
            p -> {
              seen.add(p);
              return cal.isWorkingDay(p.deadlineOn(cal).due());
            });
    assertThat(seen).hasSizeGreaterThan(250);
    assertThat(seen.stream().map(p -> p.period().workingDays()).distinct().count())
        .isGreaterThan(20);

    // A property that fails on every make-up working day: the shrunk counterexample is still one.
    Recorder r = new Recorder();
    qt(r)
        .forAll(gen(g.dates()))
        .check(d -> cal.dayKind(d) != org.employmentlinkage.calendar.DayKind.MAKEUP_WORKDAY);
    assertThat(r.smallest).isInstanceOf(LocalDate.class);
    assertThat(cal.dayKind((LocalDate) r.smallest))
        .isEqualTo(org.employmentlinkage.calendar.DayKind.MAKEUP_WORKDAY);
  }

  @Test
  void aFixedSeedGivesTheSameExamples() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Generator<Integer> g = Generators.integers(-500, 500);
    QuickTheory.qt().withFixedSeed(9).withExamples(100).forAll(gen(g)).check(first::add);
    QuickTheory.qt().withFixedSeed(9).withExamples(100).forAll(gen(g)).check(second::add);
    assertThat(first).isEqualTo(second).hasSizeGreaterThan(90);
    assertThat(first.stream().distinct().count()).isGreaterThan(50);
  }

  /** A randomness source that records constraints and answers with a fixed choice. */
  private static final class FakeSource implements RandomnessSource {
    final List<Constraint> asked = new ArrayList<>();
    final boolean answerMax;

    FakeSource(boolean answerMax) {
      this.answerMax = answerMax;
    }

    @Override
    public long next(Constraint c) {
      asked.add(c);
      // The largest (or smallest) allowed value, found through the public allowed() test.
      return answerMax ? largestAllowed(c) : smallestAllowed(c);
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void registerFailedAssumption() {}
  }

  /** Binary search of the upper end of a constraint's range through allowed(). */
  private static long largestAllowed(Constraint c) {
    long lo = anyAllowed(c);
    long hi = Long.MAX_VALUE;
    if (c.allowed(hi)) {
      return hi;
    }
    while (Long.compareUnsigned(hi - lo, 1) > 0) {
      long mid = lo + ((hi - lo) >>> 1);
      if (c.allowed(mid)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long smallestAllowed(Constraint c) {
    long hi = anyAllowed(c);
    long lo = Long.MIN_VALUE;
    if (c.allowed(lo)) {
      return lo;
    }
    while (Long.compareUnsigned(hi - lo, 1) > 0) {
      long mid = lo + ((hi - lo) >>> 1);
      if (c.allowed(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static long anyAllowed(Constraint c) {
    if (c.allowed(0)) {
      return 0;
    }
    for (int k = 0; k < 63; k++) {
      if (c.allowed(1L << k)) {
        return 1L << k;
      }
      if (c.allowed(-(1L << k))) {
        return -(1L << k);
      }
    }
    throw new AssertionError("no probe value allowed");
  }

  @Test
  void everyDrawBecomesOneConstraintWithTheDrawsExactRange() {
    FakeSource max = new FakeSource(true);
    RandomGenerator r = QuickTheoriesAdapter.asRandomGenerator(max);
    assertThat(r.nextLong(-5, 10)).isEqualTo(9);
    assertThat(r.nextInt(3, 7)).isEqualTo(6);
    assertThat(r.nextInt(4)).isEqualTo(3);
    assertThat(r.nextLong(8)).isEqualTo(7);
    assertThat(r.nextBoolean()).isTrue();
    assertThat(r.nextDouble()).isLessThan(1.0).isGreaterThan(0.9999999);
    assertThat(r.nextFloat()).isLessThan(1.0f).isGreaterThan(0.999f);
    assertThat(r.nextLong()).isEqualTo(Long.MAX_VALUE);
    assertThat(r.nextInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(max.asked).hasSize(9);

    FakeSource min = new FakeSource(false);
    RandomGenerator r2 = QuickTheoriesAdapter.asRandomGenerator(min);
    assertThat(r2.nextLong(-5, 10)).isEqualTo(-5);
    assertThat(r2.nextInt(3, 7)).isEqualTo(3);
    assertThat(r2.nextBoolean()).isFalse();
    assertThat(r2.nextDouble()).isZero();
    assertThat(r2.nextLong()).isEqualTo(Long.MIN_VALUE);
    assertThat(r2.nextInt()).isEqualTo(Integer.MIN_VALUE);

    assertThatThrownBy(() -> r.nextLong(3, 3)).hasMessageContaining("origin 3, bound 3");
    assertThatThrownBy(() -> r.nextInt(0)).hasMessageContaining("positive, was 0");
    assertThatThrownBy(() -> QuickTheoriesAdapter.gen(null))
        .isInstanceOf(NullPointerException.class);
  }
}
