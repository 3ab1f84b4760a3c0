package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The mainland-China working-day calendars.
 *
 * <ul>
 *   <li>{@link #official()}: the built-in State Council notices (2018 through 2026), nothing else.
 *   <li>{@link #officialAsKnownAt(LocalDate)}: only the notices publicly released by a date, to
 *       replay what a system would have answered then.
 *   <li>{@link #provisional()}: the official calendar extended through {@value
 *       #PROVISIONAL_LAST_YEAR} with flagged projections for years without a notice.
 *   <li>{@link #withNotices(Collection)}: the official calendar plus notices the user loaded, so a
 *       new year can be added the day its notice is published, without a new release.
 *   <li>{@link #builder()}: any combination of the above.
 * </ul>
 *
 * <p>Calendars are immutable, thread-safe and serializable; building one never changes another, and
 * {@link #official()} is never mutated.
 */
public final class ChinaCalendars {
  /**
   * The last year a provisional calendar projects (festival dates are tabulated through this year).
   */
  public static final int PROVISIONAL_LAST_YEAR = 2050;

  private ChinaCalendars() {}

  /**
   * The official calendar: every built-in notice, no projection. Its coverage runs from 2018-01-01
   * to the last day of the last year with a notice.
   *
   * @return the shared official calendar
   */
  public static WorkingDayCalendar official() {
    return NotYetImplemented.fail();
  }

  /**
   * The official calendar as known at the end of {@code date}: only notices publicly released on or
   * before {@code date}. Before the first notice (2017-11-30) its coverage is empty.
   *
   * @param date the date of knowledge
   * @return the calendar as it could have been known then
   * @throws NullPointerException if {@code date} is null
   */
  public static WorkingDayCalendar officialAsKnownAt(LocalDate date) {
    return NotYetImplemented.fail();
  }

  /**
   * The official calendar extended through {@value #PROVISIONAL_LAST_YEAR}: in each year without a
   * notice the statutory holiday dates of 《全国年节及纪念日放假办法》 as in force that year are {@link
   * DayKind#HOLIDAY}, every date of such a year is {@link WorkingDayCalendar#isProvisional
   * provisional}, and nothing else is guessed.
   *
   * @return the shared provisional calendar
   */
  public static WorkingDayCalendar provisional() {
    return NotYetImplemented.fail();
  }

  /**
   * The official calendar plus {@code notices}, with precedence by release date.
   *
   * @param notices notices read with {@link HolidayNotices}
   * @return a new calendar
   * @throws NullPointerException if {@code notices} or an element is null
   * @throws NoticeFormatException if two notices released the same day disagree on a date, or the
   *     years covered would not be contiguous
   */
  public static WorkingDayCalendar withNotices(Collection<HolidayNotice> notices) {
    return NotYetImplemented.fail();
  }

  /**
   * The built-in notices, in order of release.
   *
   * @return the notices, unmodifiable
   */
  public static List<HolidayNotice> officialNotices() {
    return NotYetImplemented.fail();
  }

  /**
   * A builder for combinations: known at a date, extra notices, provisional years.
   *
   * @return a new builder, starting from the built-in notices
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a calendar. Not thread-safe; the calendars it builds are. */
  public static final class Builder {
    Builder() {}
  }
}
