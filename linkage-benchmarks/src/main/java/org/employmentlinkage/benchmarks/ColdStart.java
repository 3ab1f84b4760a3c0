package org.employmentlinkage.benchmarks;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.WorkingDayCalendar;

/**
 * Times the first call of {@link ChinaCalendars#official()} in a fresh JVM, without JMH (whose
 * harness has loaded and warmed JDK classes before a {@code SingleShotTime} measurement). Run it
 * many times, one JVM each:
 *
 * <pre>
 * for i in $(seq 20); do java -cp linkage-benchmarks/target/benchmarks.jar \
 *     org.employmentlinkage.benchmarks.ColdStart; done
 * </pre>
 *
 * <p>Prints one line: the wall-clock milliseconds of the first call; the milliseconds the main
 * thread was on a CPU during it (Linux {@code /proc/thread-self/schedstat}, which the kernel
 * updates about every millisecond; -1 elsewhere), which is the better figure when other processes
 * compete for the CPUs; and the second call's nanoseconds (the shared instance). Nothing but {@code
 * System.nanoTime} and a {@link FileInputStream} (both loaded by every JVM at start) runs before
 * the measured call.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs the measurement.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long cpu0 = onCpuNanos();
    long start = System.nanoTime();
    WorkingDayCalendar c = ChinaCalendars.official();
    long built = System.nanoTime();
    long cpu1 = onCpuNanos();
    WorkingDayCalendar again = ChinaCalendars.official();
    long second = System.nanoTime();
    if (c != again) {
      throw new AssertionError("official() must return one shared instance");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(
        String.format(
            Locale.ROOT,
            "official() first call: %.2f ms wall, %.2f ms on CPU; second call %d ns; %s",
            (built - start) / 1e6,
            cpu0 < 0 || cpu1 < 0 ? -1.0 : (cpu1 - cpu0) / 1e6,
            second - built,
            c.coverage()));
  }

  /** The nanoseconds this thread has been on a CPU, or -1 if the system does not say. */
  private static long onCpuNanos() {
    try (InputStream in = new FileInputStream("/proc/thread-self/schedstat")) {
      long v = 0;
      for (int b = in.read(); b >= '0' && b <= '9'; b = in.read()) {
        v = v * 10 + (b - '0');
      }
      return v;
    } catch (IOException e) {
      return -1;
    }
  }
}
