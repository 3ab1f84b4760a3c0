package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;

/**
 * A trigger date with a working-day period counted from it, such as the publication date of a
 * 土地征收公告 and the 30 working days of 大政办发〔2018〕83号 二（三）; drawn by {@link
 * CalendarGenerators#triggeredPeriods()} so that the deadline lies inside the calendar's coverage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trigger the trigger date (day 0, never counted)
 * @param period the period
 */
public record TriggeredPeriod(LocalDate trigger, WorkingDayPeriod period) {
  /**
   * Checks the arguments.
   *
   * @param trigger the trigger date (day 0, never counted)
   * @param period the period
   * @throws NullPointerException if an argument is null
   */
  public TriggeredPeriod {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(period, "period");
  }

  /**
   * The deadline of this period on {@code calendar}: {@code period().after(trigger(), calendar)}.
   *
   * @param calendar the calendar to count with
   * @return the deadline
   * @throws NullPointerException if {@code calendar} is null
   * @throws org.employmentlinkage.calendar.OutsideCoverageException if the deadline does not fit in
   *     the calendar's coverage (it always fits the calendar the pair was drawn for)
   */
  public Deadline deadlineOn(WorkingDayCalendar calendar) {
    return period.after(trigger, calendar);
  }
}
