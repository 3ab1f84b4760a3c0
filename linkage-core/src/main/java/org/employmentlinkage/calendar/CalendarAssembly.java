package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assembles the arrays of a calendar ({@link ArrayCalendar}) from notices already checked and in
 * order of precedence ({@link NoticeSets#merge}): the declared days (later notices winning), the
 * projection of the years after the last notice ({@link StatutoryHolidays}, {@link FestivalTable}),
 * and the version text.
 *
 * <p>Stateless and thread-safe.
 */
final class CalendarAssembly {

  /**
   * The last year a provisional calendar projects (festival dates are tabulated through this year);
   * {@code ChinaCalendars.PROVISIONAL_LAST_YEAR}.
   */
  static final int PROVISIONAL_LAST_YEAR = 2050;

  private CalendarAssembly() {}

  /**
   * The official calendar from a scan of the built-in notices; its notices are {@link
   * OfficialNotices#list()}, loaded on demand.
   *
   * @param scan the scan of the built-in notices text
   * @return the calendar
   */
  static ArrayCalendar fromScan(OfficialScan scan) {
    StringBuilder version = new StringBuilder();
    appendOfficial(
        version,
        scan.firstNoticeYear,
        scan.lastNoticeYear,
        scan.count,
        scan.lastNumber,
        Objects.requireNonNull(scan.lastReleased));
    return new ArrayCalendar(
        ArrayCalendar.Kind.OFFICIAL,
        null,
        false,
        false,
        scan.minYear,
        scan.maxYear,
        Integer.MAX_VALUE,
        Long.MAX_VALUE,
        scan.declared(scan.minYear, scan.maxYear),
        version.toString(),
        null,
        null);
  }

  /**
   * Builds the arrays of a calendar from merged notices.
   *
   * @param kind how the calendar was requested
   * @param merged the notices, checked and in order of precedence
   * @param projects whether to project the years after the notices
   * @return the calendar
   */
  static ArrayCalendar assemble(
      ArrayCalendar.Kind kind, List<HolidayNotice> merged, boolean projects) {
    return assemble(kind, merged, projects, ArrangementRules.builtIn());
  }

  /**
   * Builds the arrays of a calendar from merged notices, projecting with the given rules (the
   * leave-one-year-out check derives them without one year).
   *
   * @param kind how the calendar was requested
   * @param merged the notices, checked and in order of precedence
   * @param projects whether to project the years after the notices
   * @param rules the rules of the projection
   * @return the calendar
   */
  static ArrayCalendar assemble(
      ArrayCalendar.Kind kind,
      List<HolidayNotice> merged,
      boolean projects,
      ArrangementRules rules) {
    int firstNoticeYear = Integer.MAX_VALUE;
    int lastNoticeYear = Integer.MIN_VALUE;
    for (HolidayNotice n : merged) {
      firstNoticeYear = Math.min(firstNoticeYear, n.year());
      lastNoticeYear = Math.max(lastNoticeYear, n.year());
    }
    List<FestivalTable.Festivals> projected = new ArrayList<>();
    if (projects) {
      int start = merged.isEmpty() ? firstOfficialYear() : lastNoticeYear + 1;
      for (int y = start; y <= PROVISIONAL_LAST_YEAR; y++) {
        FestivalTable.Festivals f;
        try {
          f = FestivalTable.forYear(y);
        } catch (IllegalArgumentException e) {
          break; // the projection ends where the festival table ends
        }
        projected.add(f);
      }
    }
    int firstYear;
    int lastYear;
    if (merged.isEmpty() && projected.isEmpty()) {
      firstYear = 0;
      lastYear = -1;
    } else if (merged.isEmpty()) {
      firstYear = projected.get(0).year();
      lastYear = projected.get(projected.size() - 1).year();
    } else {
      firstYear = firstNoticeYear;
      lastYear = projected.isEmpty() ? lastNoticeYear : projected.get(projected.size() - 1).year();
    }
    byte[] declared = declare(merged, firstYear, lastYear);
    String version = version(merged, projected);
    if (projected.isEmpty()) {
      return new ArrayCalendar(
          kind,
          merged,
          projects,
          false,
          firstYear,
          lastYear,
          Integer.MAX_VALUE,
          Long.MAX_VALUE,
          declared,
          version,
          null,
          null);
    }
    int firstProvisional = projected.get(0).year();
    LocalDate start = LocalDate.of(firstYear, 1, 1);
    LocalDate provisionalTo = LocalDate.of(lastYear, 12, 31);
    boolean knows2024 = knows2024(merged);
    Projection projection =
        Projection.build(
            rules, firstProvisional, lastYear, knows2024, declared, start.toEpochDay());
    LocalDate provisionalFrom = LocalDate.ofEpochDay(projection.provisionalFrom());
    byte[] statutory = declared.clone();
    byte[] latest = declared.clone();
    for (FestivalTable.Festivals f : projected) {
      for (LocalDate d : StatutoryHolidays.statutoryDates(f, knows2024)) {
        mark(statutory, start, DateRange.ofDay(d), provisionalFrom, provisionalTo);
      }
    }
    for (long d : projection.envelope()) {
      LocalDate day = LocalDate.ofEpochDay(d);
      mark(latest, start, DateRange.ofDay(day), provisionalFrom, provisionalTo);
    }
    ArrayCalendar latestCalendar =
        new ArrayCalendar(
            kind,
            merged,
            true,
            true,
            firstYear,
            lastYear,
            firstProvisional,
            projection.provisionalFrom(),
            latest,
            version + "; latest plausible",
            null,
            null);
    return new ArrayCalendar(
        kind,
        merged,
        true,
        false,
        firstYear,
        lastYear,
        firstProvisional,
        projection.provisionalFrom(),
        statutory,
        version,
        latestCalendar,
        projection);
  }

  /**
   * Whether a calendar with these notices knows of the 2024 revision of the 放假办法 (国务院令第795号): it
   * was published on 2024-11-12, the day of the 2025 notice, so a calendar knows of it when one of
   * its notices was released on or after that day.
   *
   * @param merged the notices
   * @return {@code true} if the 2024 revision is known
   */
  static boolean knows2024(List<HolidayNotice> merged) {
    for (HolidayNotice n : merged) {
      if (!n.released().isBefore(ArrangementRules.REVISION_2024_PUBLISHED)) {
        return true;
      }
    }
    return false;
  }

  /** Marks the days of {@code range} within {@code from..to} as rest days. */
  private static void mark(
      byte[] declared, LocalDate start, DateRange range, LocalDate from, LocalDate to) {
    long origin = start.toEpochDay();
    long first = Math.max(Math.max(range.first().toEpochDay(), from.toEpochDay()), origin);
    long last = Math.min(range.last().toEpochDay(), to.toEpochDay());
    for (long e = first; e <= last; e++) {
      declared[(int) (e - origin)] = Days.REST;
    }
  }

  /** The declared kind of each day of {@code firstYear..lastYear}, later notices winning. */
  private static byte[] declare(List<HolidayNotice> merged, int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      return new byte[0];
    }
    long start = LocalDate.of(firstYear, 1, 1).toEpochDay();
    int length = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - start);
    byte[] declared = new byte[length];
    for (HolidayNotice n : merged) {
      for (DayDeclaration d : n.declarations()) {
        byte value = d.kind() == DayDeclaration.Kind.REST ? Days.REST : Days.WORK;
        long first = Math.max(d.days().first().toEpochDay() - start, 0);
        long last = Math.min(d.days().last().toEpochDay() - start, length - 1L);
        for (long i = first; i <= last; i++) {
          declared[(int) i] = value;
        }
      }
    }
    return declared;
  }

  /** The first year of the built-in data (where a calendar without notices projects from). */
  private static int firstOfficialYear() {
    return OfficialNotices.list().get(0).year();
  }

  /** The part of the version text that names the official notices used. */
  private static void appendOfficial(
      StringBuilder sb,
      int firstYear,
      int lastYear,
      int count,
      String lastNumber,
      LocalDate lastReleased) {
    sb.append("CN official ")
        .append(firstYear)
        .append('-')
        .append(lastYear)
        .append(" (")
        .append(count)
        .append(count == 1 ? " notice" : " notices")
        .append(", last ")
        .append(lastNumber)
        .append(" released ")
        .append(lastReleased)
        .append(')');
  }

  /**
   * The version text: the official notices used (years, count, last number and release date), the
   * user notices, and the projected span.
   */
  private static String version(
      List<HolidayNotice> merged, List<FestivalTable.Festivals> projected) {
    List<HolidayNotice> official = new ArrayList<>();
    List<HolidayNotice> user = new ArrayList<>();
    for (HolidayNotice n : merged) {
      (OfficialNotices.list().contains(n) ? official : user).add(n);
    }
    StringBuilder sb = new StringBuilder();
    if (official.isEmpty()) {
      sb.append("CN official: no notice");
    } else {
      HolidayNotice last = official.get(official.size() - 1);
      appendOfficial(
          sb, official.get(0).year(), last.year(), official.size(), last.number(), last.released());
    }
    if (!user.isEmpty()) {
      sb.append("; user notices:");
      for (HolidayNotice n : user) {
        sb.append(' ').append(n.number()).append(" released ").append(n.released());
      }
    }
    if (!projected.isEmpty()) {
      int from = projected.get(0).year();
      int to = projected.get(projected.size() - 1).year();
      sb.append("; provisional ").append(from == to ? String.valueOf(from) : from + "-" + to);
    }
    return sb.toString();
  }
}
