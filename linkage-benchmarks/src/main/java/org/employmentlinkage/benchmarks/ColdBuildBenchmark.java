package org.employmentlinkage.benchmarks;

import java.util.concurrent.TimeUnit;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first call of {@link ChinaCalendars#official()} (and of {@link ChinaCalendars#provisional()})
 * in a fresh JVM: loading linkage's classes, reading the built-in notices and building the arrays.
 *
 * <p>{@link Mode#SingleShotTime} with no warmup and one measurement per fork, so each fork measures
 * exactly one cold build; many forks give the distribution. Nothing in this class touches the
 * calendar before the measured call. The JMH harness has loaded some JDK classes of its own by
 * then, so {@link ColdStart} (a plain main) gives the figure of an application's first call too.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
public class ColdBuildBenchmark {
  /**
   * The official calendar, first call in the JVM.
   *
   * @return the calendar
   */
  @Benchmark
  public WorkingDayCalendar official() {
    return ChinaCalendars.official();
  }

  /**
   * The provisional calendar (official data plus projected years through 2050, with its
   * latest-plausible variant), first call in the JVM.
   *
   * @return the calendar
   */
  @Benchmark
  public WorkingDayCalendar provisional() {
    return ChinaCalendars.provisional();
  }
}
