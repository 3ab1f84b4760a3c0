package org.employmentlinkage.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.openjdk.jol.info.GraphLayout;

/**
 * The memory footprint of the official calendar, measured with JOL ({@code
 * GraphLayout.parseInstance(...).totalSize()}: every object reachable from the calendar, shallow
 * sizes summed, on this JVM's layout).
 *
 * <pre>
 * java -Djdk.attach.allowAttachSelf=true -cp linkage-benchmarks/target/benchmarks.jar \
 *     org.employmentlinkage.benchmarks.Footprint
 * </pre>
 *
 * <p>Prints the size of the calendar as {@code official()} returns it, then of the calendar with
 * the notices it applies ({@code notices()}: titles, sources, declarations), then JOL's table by
 * class.
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Runs the measurement.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    WorkingDayCalendar official = ChinaCalendars.official();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    GraphLayout calendar = GraphLayout.parseInstance(official);
    out.println("official() as returned: " + calendar.totalSize() + " bytes");
    GraphLayout withNotices = GraphLayout.parseInstance(official, official.notices());
    out.println("official() with notices(): " + withNotices.totalSize() + " bytes");
    out.println(withNotices.toFootprint());
  }
}
