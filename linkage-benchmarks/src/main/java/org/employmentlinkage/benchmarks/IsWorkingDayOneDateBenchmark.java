package org.employmentlinkage.benchmarks;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
 * {@code isWorkingDay} on one date held in a field: the cheapest harness JMH allows, for comparison
 * with figures measured that way. {@link IsWorkingDayBenchmark} cycles through 1,024 dates, which
 * is closer to real use but adds about 1.5 ns of harness to every contender.
 *
 * <p>The three dates come from 国办发明电〔2023〕7号 (released 2023-10-25), 劳动节 2024: 4月30日 is an ordinary
 * working day, 5月1日 a rest day, 5月11日（星期六） a make-up working day. Same data as every other
 * benchmark ({@link SameData}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class IsWorkingDayOneDateBenchmark {
  /** The date asked about (ISO). */
  @Param({"2024-04-30", "2024-05-01", "2024-05-11"})
  public String day;

  private WorkingDayCalendar ours;
  private ImmutableHolidayCalendar strata;
  private LocalDate date;

  /** Builds the contenders and parses the date. */
  @Setup
  public void setUp() {
    ours = SameData.OURS;
    strata = SameData.strata();
    date = LocalDate.parse(day);
  }

  /**
   * The harness alone: returning the date, with no calendar. The other results include this cost.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate harnessBaseline() {
    return date;
  }

  /**
   * Ours.
   *
   * @return the answer
   */
  @Benchmark
  public boolean ours() {
    return ours.isWorkingDay(date);
  }

  /**
   * Strata's {@code isBusinessDay}.
   *
   * @return the answer
   */
  @Benchmark
  public boolean strata() {
    return strata.isBusinessDay(date);
  }
}
