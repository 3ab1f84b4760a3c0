package org.employmentlinkage.testkit;

/**
 * The classes of dates where working-day answers tend to go wrong (边界日期), which {@link
 * CalendarGenerators} derives from the calendar it is given (its {@code dayKind}, {@code
 * isProvisional}, {@code latestPlausible()} and {@code notices()}) and draws more often than
 * others.
 *
 * <p>A <em>holiday block</em> (放假期间) here is a maximal run of consecutive non-working days that
 * holds at least one {@link org.employmentlinkage.calendar.DayKind#HOLIDAY HOLIDAY}: the stated
 * holiday range with any weekend days joined to it ("与周末连休").
 */
public enum DateEdge {
  /**
   * The first and last covered date, and the first and last covered working day (覆盖范围边界): where
   * answers start to throw {@link org.employmentlinkage.calendar.OutsideCoverageException}.
   */
  COVERAGE_BOUNDARY,

  /**
   * December 29 to January 3 around each new year (年末年初) inside the coverage: a year's notice may
   * declare the last days of the previous December (the 2019 notice made 2018-12-29 a working day
   * and 2018-12-30/31 rest days; the 2023 notice made 2022-12-31 a rest day), and 元旦 falls here.
   */
  YEAR_END,

  /** The day before each holiday block (节前最后一个工作日), a working day unless the coverage starts. */
  HOLIDAY_EVE,

  /** Every day inside a holiday block (放假期间), weekend days joined to it included. */
  HOLIDAY_BLOCK,

  /** The day after each holiday block (节后第一个工作日). */
  AFTER_HOLIDAY,

  /** Every make-up working weekend day (调休上班日, {@code DayKind.MAKEUP_WORKDAY}). */
  MAKEUP_WORKDAY,

  /**
   * Every covered date that two or more of the calendar's notices declare, where precedence by
   * release date decides (the 2020 Spring Festival extension 国办发明电〔2020〕1号 over 国办发明电〔2019〕16号; the
   * 2019 劳动节 amendment 国办发明电〔2019〕3号 over 国办发明电〔2018〕15号).
   */
  REDECLARED,

  /** Every date the calendar answers provisionally (推算年份, {@code isProvisional} true). */
  PROVISIONAL,

  /**
   * The dates on both sides of each change of {@code isProvisional}: the last official date and the
   * first projected one.
   */
  PROVISIONAL_BOUNDARY,

  /**
   * Every date that is a working day in the calendar but a rest day in its {@code
   * latestPlausible()} variant (the plausible holiday blocks of projected years): where the
   * earliest and the latest plausible due date of a provisional deadline part.
   */
  PLAUSIBLE_REST
}
