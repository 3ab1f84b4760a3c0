package org.employmentlinkage.examples;

import java.time.LocalDate;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.WorkingDayPeriod;

/** Prints the 30-working-day deadline of a land-expropriation notice (大政办发〔2018〕83号 二（三）). */
public final class LandNoticeDeadline {
  private LandNoticeDeadline() {}

  /**
   * Entry point.
   *
   * @param args optional publication date (ISO), default 2025-09-26
   */
  public static void main(String[] args) {
    LocalDate published = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2025, 9, 26);
    Deadline d = WorkingDayPeriod.of(30).after(published, ChinaCalendars.official());
    System.out.println("土地征收公告 " + published + " → 摸底调查截止 " + d.due());
  }
}
