package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory holiday dates (法定节假日) of a year without a notice, as a provisional calendar answers
 * them; the plausible blocks and make-up days around them are {@link ArrangementRules}'.
 *
 * <p>The statutory dates of 《全国年节及纪念日放假办法》 as in force that year: the 2013 revision (国务院令第644号, in
 * force 2014-01-01..2024-12-31; 11 days: 元旦 1/1, 春节 正月初一–初三, 清明, 劳动节 5/1, 端午, 中秋, 国庆 10/1–10/3) or
 * the 2024 revision (国务院令第795号, published 2024-11-12, in force from 2025-01-01; 13 days: 元旦, 春节
 * 除夕–初三, 清明, 劳动节 5/1–5/2, 端午, 中秋, 国庆 10/1–10/3). No make-up day (调休) and no substitute day (补假) is
 * guessed.
 *
 * <p>Stateless and thread-safe.
 */
final class StatutoryHolidays {

  /** The first year of the 2013 revision (国务院令第644号, in force from 2014-01-01). */
  static final int REVISION_2013_FROM = 2014;

  /** The first year of the 2024 revision (国务院令第795号, in force from 2025-01-01). */
  static final int REVISION_2024_FROM = 2025;

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
   * The statutory holiday dates of {@code year} under the revision in force that year, as far as a
   * calendar knows: one that does not know of the 2024 revision (published on 2024-11-12 with the
   * 2025 notice) applies the 2013 revision to 2025 and later too.
   *
   * @param f the festival dates of the year
   * @param knows2024 whether the 2024 revision is known
   * @return the dates, possibly with repeats (中秋 can fall on 10/1–10/3)
   * @throws IllegalArgumentException for years before 2014
   */
  static List<LocalDate> statutoryDates(FestivalTable.Festivals f, boolean knows2024) {
    int year = f.year();
    revision(year); // rejects years without a rule
    boolean rev2024 = year >= REVISION_2024_FROM && knows2024;
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
}
