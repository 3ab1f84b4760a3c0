package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.TreeSet;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.cli.CliJson;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one notice that a person checks against the official text: rest days, working
 * days, and the balance (weekday rest days − weekend working days), which for a year's notice
 * equals the number of statutory holidays of 《全国年节及纪念日放假办法》 in force (the State Council notices;
 * docs/festivals.md for 2027).
 *
 * @param notice the notice
 * @param restDays the dates declared rest days
 * @param workDays the dates declared working days
 * @param weekdayRestDays rest days falling Monday–Friday
 * @param weekendWorkDays working days falling on a Saturday or Sunday (make-up working days)
 * @param expectedBalance the statutory holiday count the balance should equal, or null when it does
 *     not apply (an amendment, or a year before 2014)
 */
record NoticeSummary(
    HolidayNotice notice,
    int restDays,
    int workDays,
    int weekdayRestDays,
    int weekendWorkDays,
    @Nullable Integer expectedBalance) {

  /**
   * The statutory holiday days per year: 11 under the 2013 revision of 《全国年节及纪念日放假办法》 (国务院令第644号,
   * in force 2014-01-01 to 2024-12-31), 13 under the 2024 revision (国务院令第795号, from 2025-01-01).
   * Earlier revisions are not checked.
   */
  static @Nullable Integer statutoryDays(int year) {
    if (year >= 2025) {
      return 13;
    }
    return year >= 2014 ? 11 : null;
  }

  static NoticeSummary of(HolidayNotice n) {
    TreeSet<LocalDate> rest = new TreeSet<>();
    TreeSet<LocalDate> work = new TreeSet<>();
    for (DayDeclaration d : n.declarations()) {
      for (LocalDate day = d.days().first(); !day.isAfter(d.days().last()); day = day.plusDays(1)) {
        (d.kind() == DayDeclaration.Kind.REST ? rest : work).add(day);
      }
    }
    int weekdayRest = 0;
    for (LocalDate d : rest) {
      weekdayRest += weekend(d) ? 0 : 1;
    }
    int weekendWork = 0;
    for (LocalDate d : work) {
      weekendWork += weekend(d) ? 1 : 0;
    }
    Integer expected = n.amends().isPresent() ? null : statutoryDays(n.year());
    return new NoticeSummary(n, rest.size(), work.size(), weekdayRest, weekendWork, expected);
  }

  int balance() {
    return weekdayRestDays - weekendWorkDays;
  }

  /** Whether the balance check applies and fails. */
  boolean balanceMismatch() {
    return expectedBalance != null && balance() != expectedBalance;
  }

  ObjectNode toJson() {
    ObjectNode o = CliJson.object();
    o.put("number", notice.number());
    o.put("title", notice.title());
    o.put("year", notice.year());
    o.put("released", CliJson.date(notice.released()));
    if (notice.amends().isPresent()) {
      o.put("amends", notice.amends().get());
    } else {
      o.putNull("amends");
    }
    o.put("source", notice.source());
    o.put("restDays", restDays);
    o.put("workDays", workDays);
    o.put("weekdayRestDays", weekdayRestDays);
    o.put("weekendWorkDays", weekendWorkDays);
    if (expectedBalance == null) {
      o.putNull("statutoryBalance");
    } else {
      ObjectNode b = o.putObject("statutoryBalance");
      b.put("value", balance());
      b.put("expected", expectedBalance);
      b.put("ok", !balanceMismatch());
    }
    return o;
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
