package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayCalendar;

/**
 * One pass over a calendar's coverage: the edge dates of every {@link DateEdge} class and, for
 * every trigger date, the longest working-day period whose deadline stays inside the coverage.
 * Immutable once built.
 */
final class CalendarScan {
  /** The most covered dates a scan accepts (about 2,700 years). */
  public static final int MAX_DAYS = 1_000_000;

  private final LocalDate first;
  private final int days;
  private final int workingDays;
  private final Map<DateEdge, List<LocalDate>> edges;
  private final int[] fitCounting;
  private final int[] fitExcluding;

  private CalendarScan(
      LocalDate first,
      int days,
      int workingDays,
      Map<DateEdge, List<LocalDate>> edges,
      int[] fitCounting,
      int[] fitExcluding) {
    this.first = first;
    this.days = days;
    this.workingDays = workingDays;
    this.edges = edges;
    this.fitCounting = fitCounting;
    this.fitExcluding = fitExcluding;
  }

  /**
   * Scans {@code calendar}.
   *
   * @param calendar the calendar
   * @param where the name of the caller, for messages
   * @return the scan
   * @throws IllegalArgumentException if the coverage is empty or longer than {@link #MAX_DAYS}
   */
  public static CalendarScan of(WorkingDayCalendar calendar, String where) {
    DateRange coverage = Objects.requireNonNull(calendar.coverage(), "calendar.coverage()");
    if (coverage.isEmpty()) {
      throw new IllegalArgumentException(
          where + ": the calendar's coverage is empty, so there is no date to draw");
    }
    long length = coverage.lengthInDays();
    if (length > MAX_DAYS) {
      throw new IllegalArgumentException(
          where
              + ": the calendar's coverage "
              + coverage
              + " has "
              + length
              + " days; at most "
              + MAX_DAYS
              + " are supported");
    }
    int days = (int) length;
    LocalDate first = coverage.first();
    WorkingDayCalendar latest =
        Objects.requireNonNull(calendar.latestPlausible(), "calendar.latestPlausible()");

    DayKind[] kinds = new DayKind[days];
    boolean[] provisional = new boolean[days];
    boolean[] latestWorking = new boolean[days];
    boolean[] latestWorkday = new boolean[days];
    int workingDays = 0;
    for (int i = 0; i < days; i++) {
      LocalDate d = first.plusDays(i);
      kinds[i] = Objects.requireNonNull(calendar.dayKind(d), "calendar.dayKind");
      provisional[i] = calendar.isProvisional(d);
      DayKind latestKind = Objects.requireNonNull(latest.dayKind(d), "latestPlausible().dayKind");
      latestWorking[i] = latestKind.isWorkingDay();
      latestWorkday[i] = latestKind == DayKind.WORKDAY;
      if (kinds[i].isWorkingDay()) {
        workingDays++;
      }
    }

    TreeSet<LocalDate> boundary = new TreeSet<>();
    TreeSet<LocalDate> yearEnd = new TreeSet<>();
    TreeSet<LocalDate> eve = new TreeSet<>();
    TreeSet<LocalDate> block = new TreeSet<>();
    TreeSet<LocalDate> afterBlock = new TreeSet<>();
    TreeSet<LocalDate> makeup = new TreeSet<>();
    TreeSet<LocalDate> redeclared = new TreeSet<>();
    TreeSet<LocalDate> projected = new TreeSet<>();
    TreeSet<LocalDate> projectionBoundary = new TreeSet<>();
    TreeSet<LocalDate> plausibleRest = new TreeSet<>();
    boundary.add(first);
    boundary.add(coverage.last());
    for (int i = 0; i < days; i++) {
      if (kinds[i].isWorkingDay()) {
        boundary.add(first.plusDays(i));
        break;
      }
    }
    for (int i = days - 1; i >= 0; i--) {
      if (kinds[i].isWorkingDay()) {
        boundary.add(first.plusDays(i));
        break;
      }
    }

    for (int i = 0; i < days; i++) {
      LocalDate d = first.plusDays(i);
      if ((d.getMonth() == Month.DECEMBER && d.getDayOfMonth() >= 29)
          || (d.getMonth() == Month.JANUARY && d.getDayOfMonth() <= 3)) {
        yearEnd.add(d);
      }
      if (kinds[i] == DayKind.MAKEUP_WORKDAY) {
        makeup.add(d);
      }
      if (provisional[i]) {
        projected.add(d);
      }
      if (i > 0 && provisional[i] != provisional[i - 1]) {
        projectionBoundary.add(d.minusDays(1));
        projectionBoundary.add(d);
      }
      if (kinds[i].isWorkingDay() && !latestWorking[i]) {
        plausibleRest.add(d);
      }
    }

    // Holiday blocks: maximal runs of non-working days holding at least one HOLIDAY.
    int i = 0;
    while (i < days) {
      if (kinds[i].isWorkingDay()) {
        i++;
        continue;
      }
      int start = i;
      boolean holiday = false;
      while (i < days && !kinds[i].isWorkingDay()) {
        holiday |= kinds[i] == DayKind.HOLIDAY;
        i++;
      }
      int end = i - 1;
      if (holiday) {
        for (int j = start; j <= end; j++) {
          block.add(first.plusDays(j));
        }
        if (start > 0) {
          eve.add(first.plusDays(start - 1L));
        }
        if (end < days - 1) {
          afterBlock.add(first.plusDays(end + 1L));
        }
      }
    }

    // Dates declared by two or more notices: precedence decides them.
    Map<LocalDate, Integer> declaredBy = new HashMap<>();
    for (HolidayNotice notice : calendar.notices()) {
      Set<LocalDate> declared = new HashSet<>();
      for (DayDeclaration declaration : notice.declarations()) {
        declaration.days().days().forEach(declared::add);
      }
      for (LocalDate d : declared) {
        declaredBy.merge(d, 1, Integer::sum);
      }
    }
    declaredBy.forEach(
        (d, count) -> {
          if (count >= 2 && coverage.contains(d)) {
            redeclared.add(d);
          }
        });

    Map<DateEdge, List<LocalDate>> edges = new EnumMap<>(DateEdge.class);
    putIfAny(edges, DateEdge.COVERAGE_BOUNDARY, boundary);
    putIfAny(edges, DateEdge.YEAR_END, yearEnd);
    putIfAny(edges, DateEdge.HOLIDAY_EVE, eve);
    putIfAny(edges, DateEdge.HOLIDAY_BLOCK, block);
    putIfAny(edges, DateEdge.AFTER_HOLIDAY, afterBlock);
    putIfAny(edges, DateEdge.MAKEUP_WORKDAY, makeup);
    putIfAny(edges, DateEdge.REDECLARED, redeclared);
    putIfAny(edges, DateEdge.PROVISIONAL, projected);
    putIfAny(edges, DateEdge.PROVISIONAL_BOUNDARY, projectionBoundary);
    putIfAny(edges, DateEdge.PLAUSIBLE_REST, plausibleRest);

    // For a trigger at index t: working days in (t, last], on the calendar and on its
    // latest-plausible variant, counting make-up days or only plain WORKDAYs.
    int[] fitCounting = new int[days];
    int[] fitExcluding = new int[days];
    int calendarCounting = 0;
    int calendarExcluding = 0;
    int latestCounting = 0;
    int latestExcluding = 0;
    for (int t = days - 1; t >= 0; t--) {
      fitCounting[t] = Math.min(calendarCounting, latestCounting);
      fitExcluding[t] = Math.min(calendarExcluding, latestExcluding);
      if (kinds[t].isWorkingDay()) {
        calendarCounting++;
      }
      if (kinds[t] == DayKind.WORKDAY) {
        calendarExcluding++;
      }
      if (latestWorking[t]) {
        latestCounting++;
      }
      if (latestWorkday[t]) {
        latestExcluding++;
      }
    }
    return new CalendarScan(
        first, days, workingDays, Collections.unmodifiableMap(edges), fitCounting, fitExcluding);
  }

  private static void putIfAny(
      Map<DateEdge, List<LocalDate>> edges, DateEdge edge, Set<LocalDate> dates) {
    if (!dates.isEmpty()) {
      edges.put(edge, List.copyOf(dates));
    }
  }

  /**
   * The first covered date.
   *
   * @return the first date
   */
  public LocalDate first() {
    return first;
  }

  /**
   * The number of covered dates.
   *
   * @return at least 1
   */
  public int days() {
    return days;
  }

  /**
   * The number of working days in the coverage.
   *
   * @return the count
   */
  public int workingDays() {
    return workingDays;
  }

  /**
   * The edge dates by class; only classes with dates are present.
   *
   * @return the unmodifiable map of sorted, unmodifiable lists
   */
  public Map<DateEdge, List<LocalDate>> edges() {
    return edges;
  }

  /**
   * The longest period (in working days) that fits after the trigger at {@code index}.
   *
   * @param index the trigger's index from the first covered date
   * @param excludingMakeupWorkdays whether the period skips make-up working days
   * @return the longest period, 0 if none fits
   */
  public int longestPeriodAfter(int index, boolean excludingMakeupWorkdays) {
    return excludingMakeupWorkdays ? fitExcluding[index] : fitCounting[index];
  }

  /**
   * The last index a trigger may have so that a period of one working day fits.
   *
   * @param excludingMakeupWorkdays whether the period skips make-up working days
   * @return the index, or -1 if no trigger fits
   */
  public int lastTriggerIndex(boolean excludingMakeupWorkdays) {
    int[] fit = excludingMakeupWorkdays ? fitExcluding : fitCounting;
    // fit is non-increasing: binary search for the last index with fit >= 1.
    int lo = 0;
    int hi = days - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (fit[mid] >= 1) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last;
  }

  /**
   * The edge dates of every class at or before the date at {@code maxIndex}.
   *
   * @param maxIndex the largest index kept
   * @return the classes with dates left, and their dates
   */
  public List<List<LocalDate>> edgeListsUpTo(int maxIndex) {
    LocalDate last = first.plusDays(maxIndex);
    List<List<LocalDate>> lists = new ArrayList<>();
    for (List<LocalDate> dates : edges.values()) {
      List<LocalDate> kept = dates.stream().filter(d -> !d.isAfter(last)).toList();
      if (!kept.isEmpty()) {
        lists.add(kept);
      }
    }
    return lists;
  }
}
