package org.employmentlinkage.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The rest days of a year without a notice, as projected by a provisional calendar (DOMAIN.md §3).
 *
 * <ul>
 *   <li>{@link #statutoryDates earliest}: only the statutory holiday dates of 《全国年节及纪念日放假办法》 as in
 *       force that year: the 2013 revision (国务院令第644号, in force 2014-01-01..2024-12-31; 11 days: 元旦
 *       1/1, 春节 正月初一–初三, 清明, 劳动节 5/1, 端午, 中秋, 国庆 10/1–10/3) or the 2024 revision (国务院令第795号, in
 *       force from 2025-01-01; 13 days: 元旦, 春节 除夕–初三, 清明, 劳动节 5/1–5/2, 端午, 中秋, 国庆 10/1–10/3). No
 *       make-up day (调休) and no substitute day (补假) is guessed.
 *   <li>{@link #plausibleBlocks latest plausible}: every day of each plausible holiday block, as
 *       the principles stated in the 2025 notice (国办发明电〔2024〕12号) and the practice of the notices
 *       2018–2026 allow: 春节 8 days from 除夕 (除夕..初七); 劳动节 5/1–5/5; 国庆 10/1–10/7, or 8 days with 中秋
 *       when 中秋 falls in 9/29..10/8 (中秋..中秋+7 if 中秋 is before 10/1, else 10/1–10/8); every other
 *       holiday (元旦, 清明, 端午, 中秋 alone) a 3-day block by the weekday of its statutory date (Mon:
 *       Sat–Mon; Tue: Sun–Tue; Wed: that day alone; Thu: Thu–Sat; Fri: Fri–Sun; Sat: Sat–Mon; Sun:
 *       Sat–Mon).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class StatutoryHolidays {

  /** The first year of the 2013 revision (国务院令第644号, in force from 2014-01-01). */
  static final int REVISION_2013_FROM = 2014;

  /** The first year of the 2024 revision (国务院令第795号, in force from 2025-01-01). */
  static final int REVISION_2024_FROM = 2025;

  private static final MonthDay EARLIEST_MERGED_ZHONGQIU = MonthDay.of(9, 29);
  private static final MonthDay LATEST_MERGED_ZHONGQIU = MonthDay.of(10, 8);

  private StatutoryHolidays() {}

  /**
   * The revision of 《全国年节及纪念日放假办法》 in force in {@code year}.
   *
   * @param year the year
   * @return a short citation
   * @throws IllegalArgumentException for years before 2014, for which no rule is coded
   */
  static String revision(int year) {
    if (year >= REVISION_2024_FROM) {
      return "《全国年节及纪念日放假办法》2024年修订（国务院令第795号）";
    }
    if (year >= REVISION_2013_FROM) {
      return "《全国年节及纪念日放假办法》2013年修订（国务院令第644号）";
    }
    throw new IllegalArgumentException(
        "no statutory holiday rule is coded for " + year + " (the rules start with 2014)");
  }

  /**
   * The statutory holiday dates of {@code year} under the revision in force that year.
   *
   * @param f the festival dates of the year
   * @return the dates, possibly with repeats (中秋 can fall on 10/1–10/3)
   * @throws IllegalArgumentException for years before 2014
   */
  static List<LocalDate> statutoryDates(FestivalTable.Festivals f) {
    int year = f.year();
    revision(year); // rejects years without a rule
    boolean rev2024 = year >= REVISION_2024_FROM;
    List<LocalDate> days = new ArrayList<>();
    days.add(LocalDate.of(year, 1, 1));
    if (rev2024) {
      days.add(f.chuxi());
    }
    days.add(f.chunjie());
    days.add(f.chunjie().plusDays(1));
    days.add(f.chunjie().plusDays(2));
    days.add(f.qingming());
    days.add(LocalDate.of(year, 5, 1));
    if (rev2024) {
      days.add(LocalDate.of(year, 5, 2));
    }
    days.add(f.duanwu());
    days.add(f.zhongqiu());
    days.add(LocalDate.of(year, 10, 1));
    days.add(LocalDate.of(year, 10, 2));
    days.add(LocalDate.of(year, 10, 3));
    return days;
  }

  /**
   * The latest plausible holiday blocks of {@code year}'s holidays (not including the 元旦 block of
   * the next year, which may reach into the last days of December: see {@link #threeDayBlock}).
   *
   * @param f the festival dates of the year
   * @return the blocks, each a range of rest days
   */
  static List<DateRange> plausibleBlocks(FestivalTable.Festivals f) {
    int year = f.year();
    List<DateRange> blocks = new ArrayList<>();
    blocks.add(threeDayBlock(LocalDate.of(year, 1, 1)));
    blocks.add(DateRange.of(f.chuxi(), f.chunjie().plusDays(6)));
    blocks.add(threeDayBlock(f.qingming()));
    blocks.add(DateRange.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 5)));
    blocks.add(threeDayBlock(f.duanwu()));
    LocalDate zhongqiu = f.zhongqiu();
    LocalDate oct1 = LocalDate.of(year, 10, 1);
    MonthDay zq = MonthDay.from(zhongqiu);
    if (zq.isBefore(EARLIEST_MERGED_ZHONGQIU) || zq.isAfter(LATEST_MERGED_ZHONGQIU)) {
      blocks.add(threeDayBlock(zhongqiu));
      blocks.add(DateRange.of(oct1, LocalDate.of(year, 10, 7)));
    } else if (zhongqiu.isBefore(oct1)) {
      blocks.add(DateRange.of(zhongqiu, zhongqiu.plusDays(7)));
    } else {
      blocks.add(DateRange.of(oct1, LocalDate.of(year, 10, 8)));
    }
    return blocks;
  }

  /**
   * The 3-day block of a one-day holiday by the weekday of its statutory date: Mon → Sat–Mon, Tue →
   * Sun–Tue (the Saturday before is a make-up day, which the latest plausible reading does not
   * count), Wed → that day alone, Thu → Thu–Sat, Fri → Fri–Sun, Sat → Sat–Mon, Sun → Sat–Mon.
   *
   * @param day the statutory date
   * @return the block
   */
  static DateRange threeDayBlock(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return switch (dow) {
      case MONDAY, TUESDAY -> DateRange.of(day.minusDays(2), day);
      case WEDNESDAY -> DateRange.ofDay(day);
      case THURSDAY, FRIDAY, SATURDAY -> DateRange.of(day, day.plusDays(2));
      case SUNDAY -> DateRange.of(day.minusDays(1), day.plusDays(1));
    };
  }
}
