package org.employmentlinkage.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The naive contender: a {@link HashSet} of rest days, a {@link HashSet} of make-up working days,
 * and day-by-day loops. What an application writes when it has no calendar library.
 *
 * <p>A date is a working day when it is a make-up working day, or it is Monday–Friday and not a
 * rest day. It knows no coverage (every date outside the sets is a plain weekday or weekend).
 */
public final class NaiveCalendar {
  private final Set<LocalDate> restDays;
  private final Set<LocalDate> makeUpWorkingDays;

  /**
   * A naive calendar.
   *
   * @param restDays the declared rest days (weekends inside a holiday block included)
   * @param makeUpWorkingDays the weekend days declared working days
   */
  public NaiveCalendar(Set<LocalDate> restDays, Set<LocalDate> makeUpWorkingDays) {
    this.restDays = new HashSet<>(restDays);
    this.makeUpWorkingDays = new HashSet<>(makeUpWorkingDays);
  }

  /**
   * Whether {@code date} is a working day.
   *
   * @param date the date
   * @return {@code true} for a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    if (makeUpWorkingDays.contains(date)) {
      return true;
    }
    if (restDays.contains(date)) {
      return false;
    }
    DayOfWeek w = date.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }

  /**
   * The n-th working day strictly after {@code date} (strictly before for {@code n < 0}), by
   * stepping one day at a time.
   *
   * @param date the start, not counted
   * @param n the signed number of working days
   * @return the date
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    int step = n > 0 ? 1 : -1;
    int left = Math.abs(n);
    LocalDate d = date;
    while (left > 0) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The working days in {@code (startExclusive, endInclusive]}, negative if the end is before the
   * start, by visiting every day.
   *
   * @param startExclusive the start, not counted
   * @param endInclusive the end, counted
   * @return the signed count
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    if (endInclusive.isBefore(startExclusive)) {
      return -workingDaysBetween(endInclusive, startExclusive);
    }
    int count = 0;
    for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
