package org.employmentlinkage.benchmarks;

import org.employmentlinkage.calendar.DayKind;
import org.openjdk.jmh.annotations.Benchmark;

/** Placeholder until the calendar benchmarks land. */
public class DayKindBenchmark {
  /**
   * Reads an enum flag.
   *
   * @return the flag
   */
  @Benchmark
  public boolean workingDayFlag() {
    return DayKind.MAKEUP_WORKDAY.isWorkingDay();
  }
}
