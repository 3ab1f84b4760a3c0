package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
 * <p><b>Implementing it.</b> Only {@link #coverage()} and {@link #dayKind(LocalDate)} are abstract;
 * every other method has a default derived from them (as OpenGamma Strata's {@code HolidayCalendar}
 * asks only for {@code isHoliday} and a name): {@link #isWorkingDay} from {@link #dayKind}, the
 * counts by stepping one day at a time, {@link #isProvisional} {@code false}. The defaults are
 * correct but take time proportional to the days stepped; override them for speed. A calendar that
 * projects years without a notice must override {@link #isProvisional} and {@link
 * #latestPlausible()}.
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
   * <p>The default returns {@code dayKind(date).isWorkingDay()}.
   *
   * @param date the date
   * @return {@code true} for a working day
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date} is outside {@link #coverage()}
   */
  default boolean isWorkingDay(LocalDate date) {
    return dayKind(Objects.requireNonNull(date, "date")).isWorkingDay();
  }

  /**
   * Whether the answer for {@code date} is a projection rather than official data: {@code true} for
   * every date of a year for which no notice is known, in a calendar built to project such years,
   * and for the last days of December before such a year that the next notice may still declare
   * (the days of {@link #mayChange}). The provisional dates of a calendar are the covered dates
   * from some date on. Always {@code false} for {@link ChinaCalendars#official()}.
   *
   * <p>The default checks the date (as {@link #dayKind} does) and returns {@code false}, which is
   * right for calendars that project nothing.
   *
   * @param date the date
   * @return {@code true} if the kind of {@code date} is projected
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date} is outside {@link #coverage()}
   */
  default boolean isProvisional(LocalDate date) {
    dayKind(Objects.requireNonNull(date, "date"));
    return false;
  }

  /**
   * Whether the answer for {@code date} may still change when a notice this calendar does not know
   * is published: every {@link #isProvisional provisional} date, and, in a calendar that does not
   * project, the last days of December of its last year that the next year's notice may still
   * declare. A notice for year Y can declare days at the end of Y−1: 国办发明电〔2018〕15号 (for 2019,
   * released 2018-12-06) made Saturday 2018-12-29 a working day and 2018-12-30/31 rest days, and
   * 国办发明电〔2022〕16号 (for 2023, released 2022-12-08) made Saturday 2022-12-31 a rest day. Which days
   * can change depends on the weekday of the next January 1 (see {@code
   * docs/provisional-deadlines.md}); with the built-in notices, whose last year is 2026 and whose
   * next 元旦 falls on a Friday, {@link ChinaCalendars#official()} has no such day, while {@code
   * ChinaCalendars.officialAsKnownAt(2018-12-05)} answers {@code true} for 2018-12-29..31. Unlike
   * {@link #isProvisional}, this flag may be {@code true} on the official calendar; the dates it is
   * true for are the covered dates from some date on.
   *
   * <p>The default returns {@link #isProvisional isProvisional(date)}.
   *
   * @param date the date
   * @return {@code true} if a notice not yet known to this calendar may change the kind of {@code
   *     date}
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date} is outside {@link #coverage()}
   */
  default boolean mayChange(LocalDate date) {
    return isProvisional(date);
  }

  /**
   * Counts working days from {@code date}.
   *
   * <p>For {@code n > 0}, the n-th working day strictly after {@code date}; for {@code n < 0}, the
   * |n|-th working day strictly before {@code date}; for {@code n == 0}, {@code date} itself (even
   * if it is not a working day). {@code date} itself is never counted.
   *
   * <p>The default steps one day at a time with {@link #isWorkingDay}, so it takes time
   * proportional to the days stepped.
   *
   * @param date the start date (day 0)
   * @param n the signed number of working days
   * @return the resulting date
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date}, or the result, is outside {@link #coverage()}
   */
  default LocalDate plusWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    dayKind(date); // rejects a date outside the coverage, even for n == 0
    DateRange coverage = coverage();
    int step = n > 0 ? 1 : -1;
    long left = Math.abs((long) n);
    LocalDate d = date;
    while (left > 0) {
      LocalDate boundary = step > 0 ? coverage.last() : coverage.first();
      if (d.equals(boundary)) {
        throw new OutsideCoverageException(
            "the date "
                + left
                + " more working day(s) "
                + (step > 0 ? "after " : "before ")
                + d
                + " lies outside the calendar's covered range "
                + coverage
                + ". "
                + OutsideCoverageException.HOW_TO_ADD_DATA,
            boundary,
            coverage);
      }
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The number of working days in {@code (startExclusive, endInclusive]}; if {@code endInclusive}
   * is before {@code startExclusive}, minus the number of working days in {@code (endInclusive,
   * startExclusive]}.
   *
   * <p>So {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n} for every {@code n >= 0}, and
   * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
   *
   * <p>The default counts one day at a time with {@link #isWorkingDay}, so it takes time
   * proportional to the days between the two dates.
   *
   * @param startExclusive the start, not counted
   * @param endInclusive the end, counted
   * @return the signed count
   * @throws NullPointerException if an argument is null
   * @throws OutsideCoverageException if a date is outside {@link #coverage()}
   */
  default int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startExclusive, "startExclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    dayKind(startExclusive); // both dates must be covered, even when they are equal
    dayKind(endInclusive);
    boolean reversed = endInclusive.isBefore(startExclusive);
    LocalDate from = reversed ? endInclusive : startExclusive;
    LocalDate to = reversed ? startExclusive : endInclusive;
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return reversed ? -count : count;
  }

  /**
   * The first working day strictly after {@code date}; same as {@code plusWorkingDays(date, 1)}.
   *
   * <p>The default returns {@code plusWorkingDays(date, 1)}.
   *
   * @param date the date
   * @return the next working day
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date}, or the answer, is outside {@link #coverage()}
   */
  default LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * The last working day strictly before {@code date}; same as {@code plusWorkingDays(date, -1)}.
   *
   * <p>The default returns {@code plusWorkingDays(date, -1)}.
   *
   * @param date the date
   * @return the previous working day
   * @throws NullPointerException if {@code date} is null
   * @throws OutsideCoverageException if {@code date}, or the answer, is outside {@link #coverage()}
   */
  default LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

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
   * calendar is provisional: every day that some plausible arrangement rests on is a rest day, and
   * no projected weekend works. Its counts are never earlier than this calendar's, and {@link
   * WorkingDayPeriod} counts the latest plausible due date of a provisional deadline on it.
   *
   * <p>The default returns {@code this}, which is right for calendars with no provisional dates.
   *
   * @return the latest-plausible variant, with the same coverage
   */
  default WorkingDayCalendar latestPlausible() {
    return this;
  }
}
