package org.employmentlinkage.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;

/**
 * Computes the deadline of a working-day period (DOMAIN.md §2): the trigger day is never counted;
 * the due date is the n-th working day after it.
 *
 * <p>Works with any {@link WorkingDayCalendar} through its public methods. Stateless and
 * thread-safe.
 */
public final class Deadlines {
  private Deadlines() {}

  /**
   * The deadline of {@code period} triggered on {@code trigger}.
   *
   * @param period the period
   * @param trigger day 0
   * @param calendar the calendar
   * @return the deadline
   * @throws NullPointerException if an argument is null
   * @throws org.employmentlinkage.calendar.OutsideCoverageException if the trigger, the due date or
   *     the latest plausible due date is outside the calendar's coverage
   */
  public static Deadline after(
      WorkingDayPeriod period, LocalDate trigger, WorkingDayCalendar calendar) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(calendar, "calendar");
    LocalDate due = due(period, trigger, calendar);
    boolean provisional = false;
    for (LocalDate d = trigger.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
      if (calendar.isProvisional(d)) {
        provisional = true;
        break;
      }
    }
    LocalDate latestDue = due;
    if (provisional) {
      LocalDate latest = due(period, trigger, calendar.latestPlausible());
      latestDue = latest.isAfter(due) ? latest : due;
    }
    return Deadline.builder()
        .trigger(trigger)
        .period(period)
        .due(due)
        .provisional(provisional)
        .latestDue(latestDue)
        .notices(reliedOn(calendar.notices(), trigger, latestDue))
        .calendarVersion(calendar.version())
        .build();
  }

  /** The n-th counted working day after {@code trigger}. */
  private static LocalDate due(WorkingDayPeriod period, LocalDate trigger, WorkingDayCalendar cal) {
    int n = period.workingDays();
    LocalDate plain = cal.plusWorkingDays(trigger, n);
    if (period.countsMakeupWorkdays()) {
      return plain;
    }
    int counted = 0;
    LocalDate d = trigger;
    while (counted < n) {
      d = cal.nextWorkingDay(d);
      if (cal.dayKind(d) != DayKind.MAKEUP_WORKDAY) {
        counted++;
      }
    }
    return d;
  }

  /**
   * The notices a count over {@code (trigger, last]} relies on: those arranging a year it touches,
   * and any notice declaring a day in it, in order of precedence.
   */
  private static List<HolidayNotice> reliedOn(
      List<HolidayNotice> notices, LocalDate trigger, LocalDate last) {
    LocalDate first = trigger.plusDays(1);
    List<HolidayNotice> out = new ArrayList<>();
    for (HolidayNotice n : notices) {
      boolean relied = n.year() >= first.getYear() && n.year() <= last.getYear();
      for (int i = 0; !relied && i < n.declarations().size(); i++) {
        DayDeclaration d = n.declarations().get(i);
        relied = !d.days().last().isBefore(first) && !d.days().first().isAfter(last);
      }
      if (relied) {
        out.add(n);
      }
    }
    return out;
  }
}
