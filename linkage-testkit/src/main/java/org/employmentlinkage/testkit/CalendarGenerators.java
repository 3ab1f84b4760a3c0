package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Edge-biased generators of dates, working-day counts and trigger/period pairs for one {@link
 * WorkingDayCalendar} (工作日历).
 *
 * <p>The edges are derived from the calendar itself, never hard-coded: {@link #of} walks the
 * coverage once and records, for every {@link DateEdge} class, the dates that belong to it (the eve
 * of, the days inside and the day after every holiday block; make-up working weekends; the days
 * around each new year; the first and last covered (working) day; dates two notices declare;
 * provisional dates and where they start; dates the latest-plausible variant rests). So the same
 * code tests {@code ChinaCalendars.official()}, a calendar as known at a date, a provisional one,
 * one with a user's notices, or a custom implementation.
 *
 * <p><b>Bias.</b> {@link #dates()} draws an edge date in {@value #EDGE_SHARE_PERCENT} % of draws:
 * first a class, uniformly among the classes this calendar has dates for, then a date of that
 * class, uniformly; the other draws are uniform over the coverage. {@link #workingDayCounts()} and
 * {@link #triggeredPeriods()} document their own shares.
 *
 * <p>Immutable and thread-safe; the generators are stateless. Building one calls the calendar about
 * three times per covered date; reuse it.
 */
public final class CalendarGenerators {
  /** The percentage of {@link #dates()} draws that are edge dates: {@value}. */
  public static final int EDGE_SHARE_PERCENT = 50;

  /** The most covered dates a calendar may have here: {@value} (about 2,700 years). */
  public static final int MAX_COVERAGE_DAYS = CalendarScan.MAX_DAYS;

  /** The 30 working days of 大政办发〔2018〕83号 二（三）: "在土地征收公告发布后30个工作日内". */
  private static final int POLICY_PERIOD = 30;

  private final WorkingDayCalendar calendar;
  private final CalendarScan scan;
  private final DateRange coverage;

  private CalendarGenerators(WorkingDayCalendar calendar, CalendarScan scan) {
    this.calendar = calendar;
    this.scan = scan;
    this.coverage = calendar.coverage();
  }

  /**
   * The generators for {@code calendar}, with its edges derived from its answers.
   *
   * @param calendar the calendar
   * @return the generators
   * @throws NullPointerException if {@code calendar} is null
   * @throws IllegalArgumentException if the calendar's coverage is empty (there is no date to draw)
   *     or has more than {@value #MAX_COVERAGE_DAYS} days
   */
  public static CalendarGenerators of(WorkingDayCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new CalendarGenerators(calendar, CalendarScan.of(calendar, "CalendarGenerators.of"));
  }

  /**
   * The calendar these generators are for.
   *
   * @return the calendar
   */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * The edge classes this calendar has dates for ({@link DateEdge#COVERAGE_BOUNDARY} always; {@link
   * DateEdge#PROVISIONAL} only for a calendar with provisional dates, and so on).
   *
   * @return the classes, an unmodifiable set
   */
  public Set<DateEdge> edges() {
    return scan.edges().keySet();
  }

  /**
   * The dates of one edge class, derived from the calendar.
   *
   * @param edge the class
   * @return the dates in ascending order, an unmodifiable list; empty if the calendar has none
   * @throws NullPointerException if {@code edge} is null
   */
  public List<LocalDate> datesOf(DateEdge edge) {
    Objects.requireNonNull(edge, "edge");
    return scan.edges().getOrDefault(edge, List.of());
  }

  /**
   * Dates of the coverage, an edge date in {@value #EDGE_SHARE_PERCENT} % of draws (see the class
   * description); shrinks toward the first covered date.
   *
   * @return the generator
   */
  public Generator<LocalDate> dates() {
    return dates(EDGE_SHARE_PERCENT / 100.0);
  }

  /**
   * Dates of the coverage, an edge date with probability {@code edgeShare}: a class uniformly among
   * the classes with dates, then a date of it uniformly; otherwise uniform over the coverage.
   *
   * @param edgeShare the probability of an edge date, from 0 to 1
   * @return the generator
   * @throws IllegalArgumentException if {@code edgeShare} is not within 0..1
   */
  public Generator<LocalDate> dates(double edgeShare) {
    if (!(edgeShare >= 0 && edgeShare <= 1)) {
      throw new IllegalArgumentException(
          "CalendarGenerators.dates: edgeShare must be within 0..1, was " + edgeShare);
    }
    return biasedDates(scan.days() - 1, edgeShare);
  }

  /**
   * Dates uniformly over the coverage; shrinks toward the first covered date.
   *
   * @return the generator
   */
  public Generator<LocalDate> uniformDates() {
    return biasedDates(scan.days() - 1, 0);
  }

  /**
   * Dates of one edge class, uniformly.
   *
   * @param edge the class
   * @return the generator
   * @throws NullPointerException if {@code edge} is null
   * @throws IllegalArgumentException if the calendar has no date of that class (see {@link
   *     #edges()})
   */
  public Generator<LocalDate> edgeDates(DateEdge edge) {
    List<LocalDate> dates = datesOf(edge);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException(
          "CalendarGenerators.edgeDates: the calendar has no " + edge + " date; it has " + edges());
    }
    return Generators.oneOf(dates);
  }

  /**
   * Dates outside the coverage, for checking that a calendar refuses them: the day just before the
   * first and just after the last covered date (1/3 of draws), dates up to 400 days beyond either
   * end (1/3), and {@link LocalDate#MIN} or {@link LocalDate#MAX} (1/3), where such dates exist.
   *
   * @return the generator
   * @throws IllegalStateException if the coverage runs from {@link LocalDate#MIN} to {@link
   *     LocalDate#MAX}
   */
  public Generator<LocalDate> datesOutsideCoverage() {
    LocalDate first = coverage.first();
    LocalDate last = coverage.last();
    List<LocalDate> adjacent = new ArrayList<>();
    List<Generator<LocalDate>> beyond = new ArrayList<>();
    List<LocalDate> extremes = new ArrayList<>();
    if (first.isAfter(LocalDate.MIN)) {
      LocalDate before = first.minusDays(1);
      adjacent.add(before);
      long room = ChronoUnit.DAYS.between(LocalDate.MIN, before);
      long reach = Math.min(400, room);
      beyond.add(Generators.longs(0, reach).map(before::minusDays));
      extremes.add(LocalDate.MIN);
    }
    if (last.isBefore(LocalDate.MAX)) {
      LocalDate after = last.plusDays(1);
      adjacent.add(after);
      long room = ChronoUnit.DAYS.between(after, LocalDate.MAX);
      long reach = Math.min(400, room);
      beyond.add(Generators.longs(0, reach).map(after::plusDays));
      extremes.add(LocalDate.MAX);
    }
    if (adjacent.isEmpty()) {
      throw new IllegalStateException(
          "CalendarGenerators.datesOutsideCoverage: the coverage "
              + coverage
              + " holds every date");
    }
    return Generators.oneOf(
        Generators.oneOf(adjacent), equallyLikely(beyond), Generators.oneOf(extremes));
  }

  /**
   * Signed numbers of working days, as for {@code plusWorkingDays(date, n)}: 0 (1/8 of draws), ±1
   * (1/8), ±2..10 (1/4), ±30 (1/4; the 30 working days of 大政办发〔2018〕83号 二（三）), and ±11..W (1/4),
   * where W is the number of working days in the coverage; negative half the time. Many of these,
   * added to a date, leave the coverage: expect {@link
   * org.employmentlinkage.calendar.OutsideCoverageException}, or use {@link #triggeredPeriods()}.
   * Shrinks toward 0.
   *
   * @return the generator
   */
  public Generator<Integer> workingDayCounts() {
    int large = Math.max(11, scan.workingDays());
    Generator<Integer> magnitude =
        Generators.frequency(
            List.of(
                new Weighted<>(1, Generators.constant(0)),
                new Weighted<>(1, Generators.constant(1)),
                new Weighted<>(2, Generators.integers(2, 10)),
                new Weighted<>(2, Generators.constant(POLICY_PERIOD)),
                new Weighted<>(2, Generators.integers(11, large))));
    return Generators.zip(Generators.booleans(), magnitude, (negative, n) -> negative ? -n : n);
  }

  /**
   * Trigger dates with a working-day period whose deadline (and, for a provisional calendar, the
   * latest plausible due date) lies inside the coverage, so {@link
   * TriggeredPeriod#deadlineOn(WorkingDayCalendar)} never throws for this calendar.
   *
   * <ul>
   *   <li>Three periods in four count make-up working days ({@code WorkingDayPeriod.of(n)}, the
   *       default), one in four excludes them ({@code excludingMakeupWorkdays()}).
   *   <li>The trigger is drawn like {@link #dates()} (edge dates half the time) among the dates
   *       that leave room for at least one working day.
   *   <li>The length n is 30 (3/10 of draws, when 30 fits), 1 (1/10), 2..10 (2/10), the longest
   *       period that fits, whose deadline is the last countable covered day (1/10), or uniform
   *       from 1 to the longest (3/10).
   * </ul>
   *
   * @return the generator
   * @throws IllegalStateException if no covered date leaves room for a period of one working day (a
   *     calendar with at most one working day)
   */
  public Generator<TriggeredPeriod> triggeredPeriods() {
    Generator<TriggeredPeriod> counting = triggered(false);
    Generator<TriggeredPeriod> excluding = triggered(true);
    if (counting == null) {
      throw new IllegalStateException(
          "CalendarGenerators.triggeredPeriods: no date of the coverage "
              + coverage
              + " is followed by a covered working day");
    }
    return excluding == null ? counting : Generators.frequency(3, counting, 1, excluding);
  }

  private @Nullable Generator<TriggeredPeriod> triggered(boolean excludingMakeupWorkdays) {
    int lastTrigger = scan.lastTriggerIndex(excludingMakeupWorkdays);
    if (lastTrigger < 0) {
      return null;
    }
    LocalDate first = scan.first();
    return biasedDates(lastTrigger, EDGE_SHARE_PERCENT / 100.0)
        .flatMap(
            trigger -> {
              int longest =
                  scan.longestPeriodAfter(
                      (int) ChronoUnit.DAYS.between(first, trigger), excludingMakeupWorkdays);
              return periodLengths(longest)
                  .map(
                      n -> {
                        WorkingDayPeriod period = WorkingDayPeriod.of(n);
                        return new TriggeredPeriod(
                            trigger,
                            excludingMakeupWorkdays ? period.excludingMakeupWorkdays() : period);
                      });
            });
  }

  private static Generator<Integer> periodLengths(int longest) {
    List<Weighted<Integer>> lengths = new ArrayList<>();
    lengths.add(new Weighted<>(1, Generators.constant(1)));
    if (longest >= POLICY_PERIOD) {
      lengths.add(new Weighted<>(3, Generators.constant(POLICY_PERIOD)));
    }
    if (longest >= 2) {
      lengths.add(new Weighted<>(2, Generators.integers(2, Math.min(10, longest))));
    }
    lengths.add(new Weighted<>(1, Generators.constant(longest)));
    lengths.add(new Weighted<>(3, Generators.integers(1, longest)));
    return Generators.frequency(lengths);
  }

  /** Dates with index 0..maxIndex: an edge date with probability edgeShare, else uniform. */
  private Generator<LocalDate> biasedDates(int maxIndex, double edgeShare) {
    LocalDate first = scan.first();
    Generator<LocalDate> uniform = Generators.integers(0, maxIndex).map(first::plusDays);
    List<List<LocalDate>> edgeLists = scan.edgeListsUpTo(maxIndex);
    int edgeWeight = (int) Math.round(edgeShare * 1000);
    if (edgeWeight == 0 || edgeLists.isEmpty()) {
      return uniform;
    }
    List<Generator<LocalDate>> byClass = new ArrayList<>();
    for (List<LocalDate> dates : edgeLists) {
      byClass.add(Generators.oneOf(dates));
    }
    Generator<LocalDate> edge = equallyLikely(byClass);
    return edgeWeight == 1000
        ? edge
        : Generators.frequency(1000 - edgeWeight, uniform, edgeWeight, edge);
  }

  private static <T> Generator<T> equallyLikely(List<Generator<T>> generators) {
    List<Weighted<T>> alternatives = new ArrayList<>();
    for (Generator<T> g : generators) {
      alternatives.add(new Weighted<>(1, g));
    }
    return Generators.frequency(alternatives);
  }

  /**
   * A short description: the calendar's version and coverage.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CalendarGenerators[" + calendar.version() + ", coverage " + coverage + "]";
  }
}
