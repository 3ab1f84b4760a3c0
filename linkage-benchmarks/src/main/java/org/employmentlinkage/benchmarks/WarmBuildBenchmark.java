package org.employmentlinkage.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
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
 * The work of a build once the JVM is warm, to set against {@link ColdBuildBenchmark}: parsing the
 * built-in notices text (all notices 2018–2026, validated) and building a new calendar from the
 * official notices plus one user notice (merge, precedence checks, arrays).
 *
 * <p>The user notice is a hypothetical fixture for 2027 (one rest day, 元旦 on 2027-01-01), not data:
 * no 2027 notice had been published when this was written. A calendar with the official data alone
 * cannot be rebuilt through the API (the builder returns the shared instance).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class WarmBuildBenchmark {
  private static final String RESOURCE = "org/employmentlinkage/calendar/official-notices.txt";

  private static final String HYPOTHETICAL_2027 =
      """
      notice: 国办发明电〔2026〕99号
      title: 基准测试用的假设通知（不是数据）
      released: 2026-11-30
      year: 2027
      source: https://example.org/hypothetical-benchmark-fixture
      rest: 2027-01-01 元旦
      """;

  private String officialText = "";
  private List<HolidayNotice> userNotices = List.of();

  /** Reads the built-in notices text and parses the user notice. */
  @Setup
  public void setUp() {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      officialText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    userNotices = HolidayNotices.parse(HYPOTHETICAL_2027, "benchmark fixture");
  }

  /**
   * Parses the built-in notices text.
   *
   * @return the notices
   */
  @Benchmark
  public List<HolidayNotice> parseOfficialText() {
    return HolidayNotices.parse(officialText, RESOURCE);
  }

  /**
   * Builds the official calendar plus the hypothetical 2027 notice.
   *
   * @return the calendar
   */
  @Benchmark
  public WorkingDayCalendar buildWithUserNotice() {
    return ChinaCalendars.withNotices(userNotices);
  }
}
