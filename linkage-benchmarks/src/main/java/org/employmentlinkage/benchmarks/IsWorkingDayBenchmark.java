package org.employmentlinkage.benchmarks;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code isWorkingDay} on fixed pseudo-random dates over the whole coverage (2018–2026), every
 * contender on the same dates and the same data ({@link SameData}).
 *
 * <p>ObjectLab Kit runs on the rest days only: it cannot express make-up working weekends, so its
 * answer is wrong on those days; it is measured for its speed, not its answers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class IsWorkingDayBenchmark {
  private WorkingDayCalendar ours;
  private NaiveCalendar naive;
  private ImmutableHolidayCalendar strata;
  private DateCalculator<LocalDate> objectLab;
  private LocalDate[] dates;
  private int i;

  /** Builds the contenders and the dates. */
  @Setup
  public void setUp() {
    ours = SameData.OURS;
    naive = SameData.naive();
    strata = SameData.strata();
    objectLab = SameData.objectLabRestDaysOnly();
    dates = SameData.randomDates(SameData.COVERAGE.first(), SameData.COVERAGE.last(), 0);
  }

  private LocalDate next() {
    return dates[i++ & SameData.MASK];
  }

  /**
   * The harness alone: cycling through the dates and returning one, with no calendar. The other
   * results include this cost.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate harnessBaseline() {
    return next();
  }

  /**
   * Ours.
   *
   * @return the answer
   */
  @Benchmark
  public boolean ours() {
    return ours.isWorkingDay(next());
  }

  /**
   * The naive contender (two hash lookups and a weekday).
   *
   * @return the answer
   */
  @Benchmark
  public boolean naive() {
    return naive.isWorkingDay(next());
  }

  /**
   * Strata's {@code isBusinessDay}.
   *
   * @return the answer
   */
  @Benchmark
  public boolean strata() {
    return strata.isBusinessDay(next());
  }

  /**
   * ObjectLab Kit's {@code isNonWorkingDay}, negated (rest days only, see the class comment).
   *
   * @return the answer
   */
  @Benchmark
  public boolean objectLabRestDaysOnly() {
    return !objectLab.isNonWorkingDay(next());
  }
}
