package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes the dates of a working-day deadline (《民法典》第二百零一条: the trigger day is never counted; the
 * due date is the n-th working day after it) for {@link WorkingDayPeriod}.
 *
 * <p>On linkage's own calendars ({@link ArrayCalendar}) a provisional deadline's due date is the
 * earliest any plausible arrangement of the projected years gives ({@link Projection#earliest}) and
 * its latest due date is counted on {@link WorkingDayCalendar#latestPlausible()}; a deadline that
 * touches no projected day takes the constant-time count and nothing else. Any other {@link
 * WorkingDayCalendar} is used through its public methods: the due date is its own count, the latest
 * due date the count on its {@code latestPlausible()}. Stateless and thread-safe.
 */
final class Deadlines {
  private Deadlines() {}

  /**
   * The dates of a deadline.
   *
   * @param due the due date (the earliest plausible one if provisional)
   * @param latestDue the latest plausible due date
   * @param provisional whether a counted day is projected
   * @param mayChange whether a counted day may change with a notice the calendar does not know
   * @param notices the notices the count relied on, in order of precedence
   */
  record Result(
      LocalDate due,
      LocalDate latestDue,
      boolean provisional,
      boolean mayChange,
      List<HolidayNotice> notices) {}

  /**
   * The dates of a period of {@code workingDays} working days triggered on {@code trigger}.
   *
   * @param workingDays the number of working days, at least 1
   * @param countMakeupWorkdays whether make-up working weekends count
   * @param trigger day 0
   * @param calendar the calendar
   * @return the dates
   * @throws NullPointerException if an argument is null
   * @throws OutsideCoverageException if the trigger, the due date or the latest plausible due date
   *     is outside the calendar's coverage
   */
  static Result after(
      int workingDays,
      boolean countMakeupWorkdays,
      LocalDate trigger,
      WorkingDayCalendar calendar) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(calendar, "calendar");
    if (calendar instanceof ArrayCalendar array) {
      return after(workingDays, countMakeupWorkdays, trigger, array);
    }
    LocalDate due = due(workingDays, countMakeupWorkdays, trigger, calendar);
    boolean provisional = false;
    for (LocalDate d = trigger.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
      if (calendar.isProvisional(d)) {
        provisional = true;
        break;
      }
    }
    LocalDate latestDue = due;
    if (provisional) {
      LocalDate latest = due(workingDays, countMakeupWorkdays, trigger, calendar.latestPlausible());
      latestDue = latest.isAfter(due) ? latest : due;
    }
    boolean mayChange = provisional;
    for (LocalDate d = trigger.plusDays(1);
        !mayChange && !d.isAfter(latestDue);
        d = d.plusDays(1)) {
      mayChange = calendar.mayChange(d);
    }
    return new Result(
        due, latestDue, provisional, mayChange, reliedOn(calendar.notices(), trigger, latestDue));
  }

  /** The same on linkage's own calendar: constant time unless the deadline is provisional. */
  private static Result after(
      int workingDays, boolean countMakeupWorkdays, LocalDate trigger, ArrayCalendar calendar) {
    // the latest count; on a calendar that projects nothing the latest variant is the calendar
    LocalDate latest = due(workingDays, countMakeupWorkdays, trigger, calendar.latestPlausible());
    // the provisional days are the covered days from provisionalFrom() on
    boolean provisional = latest.toEpochDay() >= calendar.provisionalFrom();
    LocalDate due = latest;
    if (provisional) {
      Projection projection = calendar.projection();
      due =
          projection != null
              ? projection.earliest(trigger, workingDays, countMakeupWorkdays, calendar, latest)
              : due(workingDays, countMakeupWorkdays, trigger, calendar);
    }
    boolean mayChange = calendar.mayChangeOnOrAfter(latest);
    return new Result(
        due, latest, provisional, mayChange, reliedOn(calendar.notices(), trigger, latest));
  }

  /** The n-th counted working day after {@code trigger}. */
  private static LocalDate due(
      int n, boolean countMakeupWorkdays, LocalDate trigger, WorkingDayCalendar cal) {
    LocalDate plain = cal.plusWorkingDays(trigger, n);
    if (countMakeupWorkdays) {
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
