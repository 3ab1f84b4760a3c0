package org.employmentlinkage.calendar;

/**
 * What kind of day a date is in the mainland-China working-day calendar.
 *
 * <p>Rules (fixed by the library's design):
 *
 * <ul>
 *   <li>{@link #HOLIDAY} (节假日/放假日) is any day a notice declares a rest day, including a weekend day
 *       inside a notice's stated range ("10月1日至8日放假" makes Saturday 2025-10-04 a holiday; the 2020
 *       extension makes Saturday 2020-02-01 one), and, in a provisional year, a statutory holiday
 *       date of 《全国年节及纪念日放假办法》.
 *   <li>{@link #MAKEUP_WORKDAY} (调休上班日) is a Saturday or Sunday that a notice declares a working
 *       day.
 *   <li>{@link #WEEKEND} (周末) is any other Saturday or Sunday, including one a notice only mentions
 *       as "与周末连休".
 *   <li>{@link #WORKDAY} (工作日) is any other Monday to Friday.
 * </ul>
 */
public enum DayKind {
  /** An ordinary Monday–Friday working day (工作日). */
  WORKDAY(true),
  /** A Saturday or Sunday declared a working day by a notice (调休上班日). */
  MAKEUP_WORKDAY(true),
  /** A Saturday or Sunday that is not declared anything (周末). */
  WEEKEND(false),
  /** A declared rest day (节假日/放假日), whatever its weekday. */
  HOLIDAY(false);

  private final boolean workingDay;

  DayKind(boolean workingDay) {
    this.workingDay = workingDay;
  }

  /**
   * Whether a day of this kind is a working day (工作日).
   *
   * @return {@code true} for {@link #WORKDAY} and {@link #MAKEUP_WORKDAY}
   */
  public boolean isWorkingDay() {
    return workingDay;
  }
}
