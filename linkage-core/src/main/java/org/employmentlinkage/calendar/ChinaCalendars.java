package org.employmentlinkage.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mainland-China working-day calendars (中国大陆工作日历).
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
 * <p><b>Precedence.</b> Notices apply in order of release date: on a date two notices both declare,
 * the later one wins (the 2020 extension 国办发明电〔2020〕1号 turned the make-up Saturday 2020-02-01 of
 * 国办发明电〔2019〕16号 into a rest day). Two notices released the same day that disagree on a date, two
 * different notices with one number, an amendment that does not name an earlier notice of its own
 * year, two notices for one year of which neither amends the other, and a gap between the years
 * covered are errors ({@link NoticeFormatException}). The same notice given twice (same number,
 * same content) counts once.
 *
 * <p><b>Coverage</b> is whole years: from the first year with a notice through the last. A calendar
 * answers nothing outside it ({@link OutsideCoverageException}).
 *
 * <p><b>The last days of December can still change.</b> A year's notice may declare days at the end
 * of the previous year: 国办发明电〔2018〕15号 (for 2019) made 2018-12-29 a working day and 2018-12-30/31
 * rest days, and 国办发明电〔2022〕16号 (for 2023) made 2022-12-31 a rest day. So the answers for late
 * December of the last covered year are final only once the next year's notice is out; this is what
 * {@link #officialAsKnownAt(LocalDate)} replays.
 *
 * <p>Calendars are immutable, thread-safe and serializable; building one never changes another, and
 * {@link #official()} is never mutated. This class is thread-safe.
 */
public final class ChinaCalendars {
  /**
   * The last year a provisional calendar projects (festival dates are tabulated through this year).
   */
  public static final int PROVISIONAL_LAST_YEAR = CalendarAssembly.PROVISIONAL_LAST_YEAR;

  private ChinaCalendars() {}

  /**
   * The official calendar: every built-in notice, no projection. Its coverage runs from 2018-01-01
   * to the last day of the last year with a notice (2026-12-31 in this release). Built once, on
   * first use; every call returns the same instance, and a deserialized copy resolves to it.
   *
   * @return the shared official calendar
   */
  public static WorkingDayCalendar official() {
    return Calendars.official();
  }

  /**
   * The official calendar as known at the end of {@code date}: only notices publicly released on
   * gov.cn on or before {@code date}. Before the first notice (2017-11-30) its coverage is empty;
   * on 2020-01-26 it is the 2020 calendar without the Spring Festival extension (released
   * 2020-01-27), from 2020-01-27 with it.
   *
   * @param date the date of knowledge
   * @return the calendar as it could have been known then
   * @throws NullPointerException if {@code date} is null
   */
  public static WorkingDayCalendar officialAsKnownAt(LocalDate date) {
    return Calendars.officialAsKnownAt(date);
  }

  /**
   * The official calendar extended through {@value #PROVISIONAL_LAST_YEAR}: in each year without a
   * notice the statutory holiday dates of 《全国年节及纪念日放假办法》 as in force that year are {@link
   * DayKind#HOLIDAY}, every date of such a year is {@link WorkingDayCalendar#isProvisional
   * provisional}, and nothing else is guessed (no make-up working day, no substitute day 补假). The
   * last days of December before the first such year that its notice may still declare are
   * provisional too (see {@link WorkingDayCalendar#mayChange}; none for 2026, since 2027-01-01 is a
   * Friday).
   *
   * <p>The revision in force: 2013 (国务院令第644号, 2014–2024; 11 days: 元旦 1/1, 春节 正月初一–初三, 清明, 劳动节 5/1,
   * 端午, 中秋, 国庆 10/1–10/3) or 2024 (国务院令第795号, published 2024-11-12, from 2025; 13 days: 春节 除夕–初三
   * and 劳动节 5/1–5/2). A calendar {@link Builder#knownAt known at} a date before 2024-11-12 does not
   * know the 2024 revision and applies the 2013 one to 2025 and later too.
   *
   * <p>Count deadlines on it with {@link WorkingDayPeriod}: a provisional {@link Deadline} gives
   * the earliest and the latest due date any plausible arrangement of the holidays (放假调休) gives, by
   * the practice of the notices 2018–2026 ({@code docs/provisional-deadlines.md}); the calendar's
   * own {@code plusWorkingDays} counts with the statutory dates only, which is not a bound. Its
   * {@link WorkingDayCalendar#latestPlausible()} variant rests on every day some plausible
   * arrangement rests on and works on no projected weekend. The projection ends with the last year
   * of the festival table (GB/T 33661-2017), at most {@value #PROVISIONAL_LAST_YEAR}.
   *
   * @return the shared provisional calendar
   */
  public static WorkingDayCalendar provisional() {
    return Calendars.provisional();
  }

  /**
   * The official calendar plus {@code notices}, with precedence by release date.
   *
   * @param notices notices read with {@link HolidayNotices}
   * @return a new calendar (or a shared one, if the notices add nothing)
   * @throws NullPointerException if {@code notices} or an element is null
   * @throws NoticeFormatException if two notices released the same day disagree on a date, two
   *     different notices share a number, an amendment does not name an earlier notice of its year,
   *     two notices arrange one year without one amending the other, or the years covered would not
   *     be contiguous
   */
  public static WorkingDayCalendar withNotices(Collection<HolidayNotice> notices) {
    return builder().addNotices(notices).build();
  }

  /**
   * The built-in notices, in order of release.
   *
   * @return the notices, unmodifiable
   */
  public static List<HolidayNotice> officialNotices() {
    return OfficialNotices.list();
  }

  /**
   * A builder for combinations: known at a date, extra notices, provisional years.
   *
   * @return a new builder, starting from the built-in notices
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a calendar from the built-in notices, optionally with more notices, as known at a date,
   * and with projected years. Not thread-safe; the calendars it builds are.
   */
  public static final class Builder {
    private final List<HolidayNotice> extra = new ArrayList<>();
    private @Nullable LocalDate knownAt;
    private boolean provisional;
    private @Nullable Clock clock;

    Builder() {}

    /**
     * Uses only the notices (built-in and added) released on or before {@code date}.
     *
     * @param date the date of knowledge
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder knownAt(LocalDate date) {
      this.knownAt = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Adds notices to the built-in ones.
     *
     * @param notices the notices, e.g. read with {@link HolidayNotices#read(java.nio.file.Path)}
     * @return this builder
     * @throws NullPointerException if {@code notices} or an element is null
     */
    public Builder addNotices(Collection<HolidayNotice> notices) {
      Objects.requireNonNull(notices, "notices");
      for (HolidayNotice n : notices) {
        extra.add(Objects.requireNonNull(n, "notices contains null"));
      }
      return this;
    }

    /**
     * Whether to project the years after the last notice through {@value
     * ChinaCalendars#PROVISIONAL_LAST_YEAR} (see {@link ChinaCalendars#provisional()}); the
     * projection starts with the first year the notices lack, which for a calendar as known at an
     * early date may be before 2025 (the revision of 《全国年节及纪念日放假办法》 in force in each projected year
     * applies). Off by default.
     *
     * @param provisional {@code true} to project
     * @return this builder
     */
    public Builder provisional(boolean provisional) {
      this.provisional = provisional;
      return this;
    }

    /**
     * Refuses, when the calendar is built, every added notice released after today: a notice cannot
     * be in force before it is publicly released, and a release date in the future is a mistake in
     * the notice file (a typo, or a date copied from a draft) that would otherwise move deadlines
     * computed today. Today is the date in Beijing (Asia/Shanghai) at {@code clock}'s instant, read
     * once by {@link #build()}. The built-in notices are not checked (all were released by
     * 2025-11-04); to replay an earlier date use {@link #knownAt(LocalDate)}, which drops the
     * notices released after it instead. Without a clock, no release date is checked.
     *
     * <p>{@link HolidayNotices#releasedAfter(Collection, LocalDate)} finds the same notices without
     * building a calendar, e.g. to warn about them when a file is validated.
     *
     * @param clock the clock "today" comes from (inject it, as {@code LinkagePolicy} does)
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar (a shared instance when it has the same data as one)
     * @throws NoticeFormatException if the notices contradict each other or leave a gap between
     *     years (see {@link ChinaCalendars#withNotices(Collection)}), or, when a {@link
     *     #clock(Clock) clock} is set, if an added notice was released after today (Beijing time)
     */
    public WorkingDayCalendar build() {
      Clock c = clock;
      if (c != null) {
        refuseFutureReleases(extra, c.instant());
      }
      return Calendars.build(extra, knownAt, provisional);
    }
  }

  /**
   * Throws if a notice is released after the Beijing date of {@code now}: a notice released on day
   * D is in force from the start of D in Beijing, so it is in the future when that instant is after
   * {@code now} (which also works for instants without a date, such as {@link Instant#MAX}).
   */
  private static void refuseFutureReleases(List<HolidayNotice> notices, Instant now) {
    for (HolidayNotice n : notices) {
      if (n.released().atStartOfDay(Deadline.BEIJING).toInstant().isAfter(now)) {
        throw new NoticeFormatException(
            NoticeSets.SET_SOURCE,
            0,
            "notice "
                + n.number()
                + " is dated released "
                + n.released()
                + ", after today ("
                + today(now)
                + " in Beijing, from the clock): a notice cannot apply before it is publicly"
                + " released, and it would move today's deadlines; correct its 'released:' line"
                + " (the date it was published on gov.cn)");
      }
    }
  }

  private static String today(Instant now) {
    try {
      return LocalDate.ofInstant(now, Deadline.BEIJING).toString();
    } catch (java.time.DateTimeException e) {
      return now.toString();
    }
  }
}
