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
 * {@code plusWorkingDays(d, n)} for n = 30 (the policy's deadline, 大政办发〔2018〕83号 二（三）) and n = 1500
 * (about six years), from fixed pseudo-random working days ({@link SameData#plusStartDates()}, the
 * same for both n and every contender).
 *
 * <p>Strata's {@code shift} and the naive loop give the same answers as ours on these dates
 * (checked by {@code ContendersAgreeTest}). ObjectLab Kit runs on the rest days only: it cannot
 * express make-up working weekends, so it skips them (and a start date that is a make-up working
 * day is first moved to the next working day of its data); its {@code DateCalculator} is a mutable
 * object (set the start date, move, read the current date).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class PlusWorkingDaysBenchmark {
  /** The number of working days to add. */
  @Param({"30", "1500"})
  public int n;

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
    dates = SameData.plusStartDates();
  }

  private LocalDate next() {
    return dates[i++ & SameData.MASK];
  }

  /**
   * Ours.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate ours() {
    return ours.plusWorkingDays(next(), n);
  }

  /**
   * The naive day loop.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate naive() {
    return naive.plusWorkingDays(next(), n);
  }

  /**
   * Strata's {@code shift}.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate strata() {
    return strata.shift(next(), n);
  }

  /**
   * ObjectLab Kit's {@code moveByBusinessDays} (rest days only, see the class comment).
   *
   * @return the date
   */
  @Benchmark
  public LocalDate objectLabRestDaysOnly() {
    objectLab.setStartDate(next());
    return objectLab.moveByBusinessDays(n).getCurrentBusinessDate();
  }
}
