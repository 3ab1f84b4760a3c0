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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Counting working days over a short span (30 calendar days) and a long one (3000 calendar days,
 * about eight years), from fixed pseudo-random start dates: a constant time shows the count is O(1)
 * in the span.
 *
 * <p>Ours counts {@code (start, end]}. Strata's {@code daysBetween} and ObjectLab's {@code
 * getNumberOfBusinessDaysBetween} count {@code [start, end)}, so they get the dates one day later
 * (precomputed, so no contender allocates in the harness), which counts the same days. ObjectLab
 * Kit runs on the rest days only (it cannot express make-up working weekends).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class WorkingDaysBetweenBenchmark {
  /** The span in calendar days. */
  @Param({"30", "3000"})
  public int span;

  private WorkingDayCalendar ours;
  private NaiveCalendar naive;
  private ImmutableHolidayCalendar strata;
  private DateCalculator<LocalDate> objectLab;
  private LocalDate[] starts;
  private LocalDate[] ends;
  private LocalDate[] startsPlusOne;
  private LocalDate[] endsPlusOne;
  private int i;

  /** Builds the contenders and the date pairs. */
  @Setup
  public void setUp() {
    ours = SameData.OURS;
    naive = SameData.naive();
    strata = SameData.strata();
    objectLab = SameData.objectLabRestDaysOnly();
    starts =
        SameData.randomDates(
            SameData.COVERAGE.first(), SameData.COVERAGE.last().minusDays(span + 1L), 2);
    ends = new LocalDate[SameData.DATES];
    startsPlusOne = new LocalDate[SameData.DATES];
    endsPlusOne = new LocalDate[SameData.DATES];
    for (int k = 0; k < SameData.DATES; k++) {
      ends[k] = starts[k].plusDays(span);
      startsPlusOne[k] = starts[k].plusDays(1);
      endsPlusOne[k] = ends[k].plusDays(1);
    }
  }

  /**
   * Ours.
   *
   * @return the count
   */
  @Benchmark
  public int ours() {
    int k = i++ & SameData.MASK;
    return ours.workingDaysBetween(starts[k], ends[k]);
  }

  /**
   * The naive day loop.
   *
   * @return the count
   */
  @Benchmark
  public int naive() {
    int k = i++ & SameData.MASK;
    return naive.workingDaysBetween(starts[k], ends[k]);
  }

  /**
   * Strata's {@code daysBetween}.
   *
   * @return the count
   */
  @Benchmark
  public int strata() {
    int k = i++ & SameData.MASK;
    return strata.daysBetween(startsPlusOne[k], endsPlusOne[k]);
  }

  /**
   * ObjectLab Kit's {@code getNumberOfBusinessDaysBetween} (rest days only).
   *
   * @return the count
   */
  @Benchmark
  public int objectLabRestDaysOnly() {
    int k = i++ & SameData.MASK;
    return objectLab.getNumberOfBusinessDaysBetween(startsPlusOne[k], endsPlusOne[k]);
  }
}
