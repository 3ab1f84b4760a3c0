package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A working-day calendar (工作日历): which dates are working days, and counting in working days.
 *
 * <p>A date is a working day when it is Monday–Friday and not declared a rest day, or it is a
 * weekend day declared a working day (调休上班). See {@link DayKind} for the exact rules.
 *
 * <p>Every method that takes a date throws {@link OutsideCoverageException} for a date outside
 * {@link #coverage()}, and every method that returns a date throws it when the answer would lie
 * outside the coverage. Nothing is guessed outside the data unless the calendar is provisional, in
 * which case {@link #isProvisional(LocalDate)} says so.
 *
 * <p>Implementations must be immutable and thread-safe. The linkage implementations are also
 * serializable and answer {@link #isWorkingDay}, {@link #plusWorkingDays} and {@link
 * #workingDaysBetween} in constant time without allocating. {@code linkage-testkit} ships a
 * contract test suite for custom implementations.
 */
public interface WorkingDayCalendar {

  /**
   * The dates this calendar can answer for, first and last inclusive; empty for a calendar that
   * knows no notice.
   *
   * <p>Note that the last days of December of the last covered year can still change when the next
   * year's notice is published (precedents: 2018-12-29/31 set by the 2019 notice, 2022-12-31 by the
   * 2023 notice).
   *
   * @return the covered range
   */
  DateRange coverage();

  /**
   * What kind of day {@code date} is.
   *
   * @param date the date
   * @return its kind
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date} is outside {@link #coverage()}
   */
  DayKind dayKind(LocalDate date);

  /**
   * Whether {@code date} is a working day ({@link DayKind#WORKDAY} or {@link
   * DayKind#MAKEUP_WORKDAY}).
   *
   * @param date the date
   * @return {@code true} for a working day
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date} is outside {@link #coverage()}
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Whether the answer for {@code date} is a projection rather than official data: {@code true} for
   * every date of a year for which no notice is known, in a calendar built to project such years.
   * Always {@code false} for {@link ChinaCalendars#official()}.
   *
   * @param date the date
   * @return {@code true} if the kind of {@code date} is projected
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date} is outside {@link #coverage()}
   */
  boolean isProvisional(LocalDate date);

  /**
   * Counts working days from {@code date}.
   *
   * <p>For {@code n > 0}, the n-th working day strictly after {@code date}; for {@code n < 0}, the
   * |n|-th working day strictly before {@code date}; for {@code n == 0}, {@code date} itself (even
   * if it is not a working day). {@code date} itself is never counted.
   *
   * @param date the start date (day 0)
   * @param n the signed number of working days
   * @return the resulting date
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date}, or the result, is outside {@link #coverage()}
   */
  LocalDate plusWorkingDays(LocalDate date, int n);

  /**
   * The number of working days in {@code (startExclusive, endInclusive]}; if {@code endInclusive}
   * is before {@code startExclusive}, minus the number of working days in {@code (endInclusive,
   * startExclusive]}.
   *
   * <p>So {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n} for every {@code n >= 0}, and
   * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
   *
   * @param startExclusive the start, not counted
   * @param endInclusive the end, counted
   * @return the signed count
   * @throws NullPointerException if an argument is null
   * @throws OutsideCoverageException if a date is outside {@link #coverage()}
   */
  int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive);

  /**
   * The first working day strictly after {@code date}; same as {@code plusWorkingDays(date, 1)}.
   *
   * @param date the date
   * @return the next working day
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date}, or the answer, is outside {@link #coverage()}
   */
  LocalDate nextWorkingDay(LocalDate date);

  /**
   * The last working day strictly before {@code date}; same as {@code plusWorkingDays(date, -1)}.
   *
   * @param date the date
   * @return the previous working day
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date}, or the answer, is outside {@link #coverage()}
   */
  LocalDate previousWorkingDay(LocalDate date);

  /**
   * The notices this calendar applies, in ascending order of precedence (release date), so that a
   * later notice overrides an earlier one on the dates they both declare.
   *
   * <p>The default returns an empty list, for calendars not built from notices.
   *
   * @return the notices, unmodifiable
   */
  default List<HolidayNotice> notices() {
    return List.of();
  }

  /**
   * A short, stable text that identifies the data of this calendar, recorded in decisions so that
   * an answer can be reproduced (for example the last notice's number and release date, and whether
   * years are projected).
   *
   * <p>The default returns the implementation's class name.
   *
   * @return the version text
   */
  default String version() {
    return getClass().getName();
  }

  /**
   * The same calendar under the assumption that yields the latest plausible dates where this
   * calendar is provisional: every day of each plausible holiday block is a rest day and no make-up
   * weekend counts. Used by {@link WorkingDayPeriod} to give the range of a provisional deadline.
   *
   * <p>The default returns {@code this}, which is right for calendars with no provisional dates.
   *
   * @return the latest-plausible variant, with the same coverage
   */
  default WorkingDayCalendar latestPlausible() {
    return this;
  }
}
