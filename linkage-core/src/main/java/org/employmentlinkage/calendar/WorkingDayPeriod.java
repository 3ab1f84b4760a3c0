package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.jspecify.annotations.Nullable;

/**
 * A period counted in working days (以工作日计算的期间), such as the 30 working days of 大政办发〔2018〕83号 二（三）:
 * "在土地征收公告发布后30个工作日内".
 *
 * <p>Counting follows 《民法典》第二百零一条 (《民法总则》第二百零一条 before 2021-01-01): the trigger day is never
 * counted, whatever kind of day it is; the due date is the n-th working day after it, inclusive;
 * the period ends at 24:00 Beijing time on the due date. Make-up working weekends (调休上班) count as
 * working days by default, since no statute says otherwise; {@link #excludingMakeupWorkdays()}
 * gives the other reading.
 *
 * <p>Immutable, thread-safe and serializable. Serialized form: the number of working days and
 * whether make-up working weekends count, read back through {@link #of(int)} (fewer than one
 * working day is an {@link InvalidObjectException}); a stream of the class itself is refused.
 */
public final class WorkingDayPeriod implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The number of working days, at least 1. */
  private final int workingDays;

  /** Whether make-up working weekends count. */
  private final boolean countMakeupWorkdays;

  private WorkingDayPeriod(int workingDays, boolean countMakeupWorkdays) {
    this.workingDays = workingDays;
    this.countMakeupWorkdays = countMakeupWorkdays;
  }

  /**
   * A period of {@code workingDays} working days, counting make-up working weekends.
   *
   * @param workingDays the number of working days, at least 1
   * @return the period
   * @throws IllegalArgumentException if {@code workingDays} is less than 1
   */
  public static WorkingDayPeriod of(int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException(
          "WorkingDayPeriod: workingDays must be at least 1, was " + workingDays);
    }
    return new WorkingDayPeriod(workingDays, true);
  }

  /**
   * The same period, but make-up working weekends (调休上班日) are not counted.
   *
   * @return the period that skips make-up working days
   */
  public WorkingDayPeriod excludingMakeupWorkdays() {
    return new WorkingDayPeriod(workingDays, false);
  }

  /**
   * The number of working days.
   *
   * @return the length of the period
   */
  public int workingDays() {
    return workingDays;
  }

  /**
   * Whether make-up working weekends count (the default).
   *
   * @return {@code true} unless built with {@link #excludingMakeupWorkdays()}
   */
  public boolean countsMakeupWorkdays() {
    return countMakeupWorkdays;
  }

  /**
   * The deadline of this period triggered on {@code trigger} (day 0, never counted).
   *
   * <p>The due date is the n-th working day after {@code trigger} ({@link
   * WorkingDayCalendar#plusWorkingDays}), skipping make-up working days if this period {@link
   * #excludingMakeupWorkdays() excludes} them. If a day the count may reach is {@link
   * WorkingDayCalendar#isProvisional provisional}, the deadline is provisional: on linkage's
   * calendars ({@link ChinaCalendars}) its {@link Deadline#due() due date} is then the earliest and
   * its {@link Deadline#latestDue() latest due date} the latest that any plausible arrangement of
   * the projected holidays gives ({@code docs/provisional-deadlines.md}); on another calendar the
   * due date is the calendar's own count and the latest due date the count on {@link
   * WorkingDayCalendar#latestPlausible()}. {@link Deadline#mayChange()} is set when a day the count
   * may reach {@link WorkingDayCalendar#mayChange may change}. {@link Deadline#notices()} lists the
   * calendar's notices that arrange a year touched by {@code (trigger, latestDue]} or declare a day
   * in it.
   *
   * <p>For example, with {@link ChinaCalendars#official()}, 30 working days after Friday 2018-07-06
   * are due on Friday 2018-08-17, and after 2025-09-26 on 2025-11-13 (relying on 国办发明电〔2024〕12号).
   *
   * @param trigger the trigger date, e.g. the publication date of a 土地征收公告
   * @param calendar the calendar to count with
   * @return the deadline, provisional (with its latest plausible due date) if a day the count may
   *     reach is provisional
   * @throws NullPointerException if an argument is null
   * @throws OutsideCoverageException if the trigger, the due date or (for a provisional deadline)
   *     the latest plausible due date is outside the calendar's coverage
   */
  public Deadline after(LocalDate trigger, WorkingDayCalendar calendar) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(calendar, "calendar");
    Deadlines.Result r = Deadlines.after(workingDays, countMakeupWorkdays, trigger, calendar);
    return Deadline.builder()
        .trigger(trigger)
        .period(this)
        .due(r.due())
        .provisional(r.provisional())
        .mayChange(r.mayChange())
        .latestDue(r.latestDue())
        .notices(r.notices())
        .calendarVersion(calendar.version())
        .build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WorkingDayPeriod other
        && other.workingDays == workingDays
        && other.countMakeupWorkdays == countMakeupWorkdays;
  }

  @Override
  public int hashCode() {
    return workingDays * 2 + (countMakeupWorkdays ? 1 : 0);
  }

  @Override
  public String toString() {
    return workingDays + " working days" + (countMakeupWorkdays ? "" : " (make-up days excluded)");
  }

  /**
   * Writes the serialized form instead of this period.
   *
   * @return the serialized form
   */
  @Serial
  private Object writeReplace() {
    return new SerializedForm(workingDays, countMakeupWorkdays);
  }

  /**
   * Refuses a stream of the period itself.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(WorkingDayPeriod.class);
  }

  /** The serialized form: the number of working days and whether make-up working weekends count. */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /** The number of working days; at least 1 when read. */
    private final int workingDays;

    /** Whether make-up working weekends count. */
    private final boolean countMakeupWorkdays;

    SerializedForm(int workingDays, boolean countMakeupWorkdays) {
      this.workingDays = workingDays;
      this.countMakeupWorkdays = countMakeupWorkdays;
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, WorkingDayPeriod.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          WorkingDayPeriod.class,
          () -> {
            WorkingDayPeriod p = of(workingDays);
            return countMakeupWorkdays ? p : p.excludingMakeupWorkdays();
          });
    }
  }
}
