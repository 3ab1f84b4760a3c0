package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The calendar generators: the edges derived from the calendar agree with the notices, every edge
 * class is actually drawn often (counted by classifying draws independently, with the calendar's
 * own answers), and trigger/period pairs always fit the coverage.
 *
 * <p>Expected dates come from the notice texts: 国办发明电〔2024〕12号 for 2025 (as quoted in
 * docs/notice-format.md), 国办发明电〔2018〕15号 and its amendment 国办发明电〔2019〕3号 for 2019, 国办发明电〔2019〕16号
 * and the extension 国办发明电〔2020〕1号 for 2020; 2027 dates from the State Council notices;
 * docs/festivals.md for 2027 and the projection rules in the javadoc of {@code
 * ChinaCalendars.provisional()}.
 */
class CalendarGeneratorsTest {
  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final WorkingDayCalendar PROVISIONAL = ChinaCalendars.provisional();

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static List<LocalDate> in2025(List<LocalDate> dates) {
    return dates.stream().filter(d -> d.getYear() == 2025).toList();
  }

  @Test
  void theEdgesOfTheOfficialCalendarAreThoseOfTheNotices() {
    CalendarGenerators g = CalendarGenerators.of(OFFICIAL);
    // 2025: 1月26日（周日）、2月8日（周六）、4月27日（周日）、9月28日（周日）、10月11日（周六）上班.
    assertThat(in2025(g.datesOf(DateEdge.MAKEUP_WORKDAY)))
        .containsExactly(
            d(2025, 1, 26), d(2025, 2, 8), d(2025, 4, 27), d(2025, 9, 28), d(2025, 10, 11));
    // 2025 rest ranges: 1/1 (Wed); 1/28..2/4; 4/4..4/6; 5/1..5/5; 5/31..6/2; 10/1..10/8. Each is
    // preceded by a working day and followed by one (2/5 Wed, 4/7 Mon, 5/6 Tue, 6/3 Tue, 10/9 Thu).
    // 国办发明电〔2025〕7号: "元旦：1月1日（周四）至3日（周六）" makes Wed 2025-12-31 an eve too.
    assertThat(in2025(g.datesOf(DateEdge.HOLIDAY_EVE)))
        .containsExactly(
            d(2025, 1, 27),
            d(2025, 4, 3),
            d(2025, 4, 30),
            d(2025, 5, 30),
            d(2025, 9, 30),
            d(2025, 12, 31));
    assertThat(g.datesOf(DateEdge.HOLIDAY_EVE)).contains(d(2024, 12, 31));
    assertThat(in2025(g.datesOf(DateEdge.AFTER_HOLIDAY)))
        .containsExactly(
            d(2025, 1, 2),
            d(2025, 2, 5),
            d(2025, 4, 7),
            d(2025, 5, 6),
            d(2025, 6, 3),
            d(2025, 10, 9));
    assertThat(g.datesOf(DateEdge.HOLIDAY_BLOCK))
        .contains(d(2025, 10, 4)) // a Saturday inside 10月1日至8日
        .contains(d(2025, 5, 31), d(2025, 6, 2))
        .doesNotContain(d(2025, 9, 28), d(2025, 10, 9), d(2025, 5, 10));
    assertThat(in2025(g.datesOf(DateEdge.HOLIDAY_BLOCK))).hasSize(1 + 8 + 3 + 5 + 3 + 8);
    // Declared by two notices: 2019-05-01 (国办发明电〔2018〕15号 and its amendment 〔2019〕3号) and
    // 2020-02-01 (a make-up Saturday in 〔2019〕16号, a rest day in the extension 〔2020〕1号).
    assertThat(g.datesOf(DateEdge.REDECLARED)).containsExactly(d(2019, 5, 1), d(2020, 2, 1));
    // 2018-01-01 (a Monday) is 元旦, so the first covered working day is 2018-01-02; 2026-12-31 is
    // a Thursday and a working day.
    assertThat(g.datesOf(DateEdge.COVERAGE_BOUNDARY))
        .containsExactly(d(2018, 1, 1), d(2018, 1, 2), d(2026, 12, 31));
    assertThat(g.datesOf(DateEdge.YEAR_END))
        .contains(d(2018, 12, 29), d(2022, 12, 31), d(2023, 1, 3))
        .doesNotContain(d(2018, 12, 28), d(2023, 1, 4))
        .hasSize(3 + 8 * 6 + 3);
    assertThat(g.edges())
        .doesNotContain(
            DateEdge.PROVISIONAL, DateEdge.PROVISIONAL_BOUNDARY, DateEdge.PLAUSIBLE_REST);
    assertThatThrownBy(() -> g.edgeDates(DateEdge.PROVISIONAL))
        .hasMessageStartingWith(
            "CalendarGenerators.edgeDates: the calendar has no PROVISIONAL date; it has [");
  }

  @Test
  void theProvisionalCalendarAddsItsProjection() {
    CalendarGenerators g = CalendarGenerators.of(PROVISIONAL);
    assertThat(g.edges()).containsAll(EnumSet.allOf(DateEdge.class));
    assertThat(g.datesOf(DateEdge.PROVISIONAL))
        .hasSize((int) DateRange.of(d(2027, 1, 1), d(2050, 12, 31)).lengthInDays());
    assertThat(g.datesOf(DateEdge.PROVISIONAL_BOUNDARY))
        .containsExactly(d(2026, 12, 31), d(2027, 1, 1));
    // 2027: 除夕 Fri 02-05 .. 初三 Mon 02-08 are statutory (2024 revision); the plausible block runs
    // 除夕..初七 (Fri 02-12), so Tue 02-09 .. Fri 02-12 are working days that may turn out rest days.
    assertThat(g.datesOf(DateEdge.PLAUSIBLE_REST))
        .contains(d(2027, 2, 9), d(2027, 2, 10), d(2027, 2, 11), d(2027, 2, 12))
        .doesNotContain(d(2027, 2, 8), d(2027, 2, 15))
        .allSatisfy(d -> assertThat(PROVISIONAL.isProvisional(d)).isTrue());
    assertThat(g.datesOf(DateEdge.COVERAGE_BOUNDARY)).contains(d(2050, 12, 31));
  }

  /** Which edge classes a date belongs to, worked out from the calendar's answers alone. */
  private static Set<DateEdge> classify(WorkingDayCalendar cal, LocalDate d) {
    Set<DateEdge> edges = EnumSet.noneOf(DateEdge.class);
    DateRange cov = cal.coverage();
    LocalDate firstWorking = cov.first();
    while (!cal.isWorkingDay(firstWorking)) {
      firstWorking = firstWorking.plusDays(1);
    }
    LocalDate lastWorking = cov.last();
    while (!cal.isWorkingDay(lastWorking)) {
      lastWorking = lastWorking.minusDays(1);
    }
    if (d.equals(cov.first())
        || d.equals(cov.last())
        || d.equals(firstWorking)
        || d.equals(lastWorking)) {
      edges.add(DateEdge.COVERAGE_BOUNDARY);
    }
    if ((d.getMonth() == Month.DECEMBER && d.getDayOfMonth() >= 29)
        || (d.getMonth() == Month.JANUARY && d.getDayOfMonth() <= 3)) {
      edges.add(DateEdge.YEAR_END);
    }
    if (cal.dayKind(d) == DayKind.MAKEUP_WORKDAY) {
      edges.add(DateEdge.MAKEUP_WORKDAY);
    }
    if (!cal.isWorkingDay(d) && restRunHasHoliday(cal, d)) {
      edges.add(DateEdge.HOLIDAY_BLOCK);
    }
    if (cal.isWorkingDay(d)
        && d.isBefore(cov.last())
        && !cal.isWorkingDay(d.plusDays(1))
        && restRunHasHoliday(cal, d.plusDays(1))) {
      edges.add(DateEdge.HOLIDAY_EVE);
    }
    if (cal.isWorkingDay(d)
        && d.isAfter(cov.first())
        && !cal.isWorkingDay(d.minusDays(1))
        && restRunHasHoliday(cal, d.minusDays(1))) {
      edges.add(DateEdge.AFTER_HOLIDAY);
    }
    if (cal.isProvisional(d)) {
      edges.add(DateEdge.PROVISIONAL);
    }
    if ((d.isAfter(cov.first()) && cal.isProvisional(d.minusDays(1)) != cal.isProvisional(d))
        || (d.isBefore(cov.last()) && cal.isProvisional(d.plusDays(1)) != cal.isProvisional(d))) {
      edges.add(DateEdge.PROVISIONAL_BOUNDARY);
    }
    if (cal.isWorkingDay(d) && !cal.latestPlausible().isWorkingDay(d)) {
      edges.add(DateEdge.PLAUSIBLE_REST);
    }
    return edges;
  }

  /** Whether the run of rest days around {@code d} (a rest day) holds a HOLIDAY. */
  private static boolean restRunHasHoliday(WorkingDayCalendar cal, LocalDate d) {
    DateRange cov = cal.coverage();
    for (LocalDate x = d; cov.contains(x) && !cal.isWorkingDay(x); x = x.plusDays(1)) {
      if (cal.dayKind(x) == DayKind.HOLIDAY) {
        return true;
      }
    }
    for (LocalDate x = d; cov.contains(x) && !cal.isWorkingDay(x); x = x.minusDays(1)) {
      if (cal.dayKind(x) == DayKind.HOLIDAY) {
        return true;
      }
    }
    return false;
  }

  private static Map<DateEdge, Integer> countEdges(WorkingDayCalendar cal, List<LocalDate> draws) {
    Map<DateEdge, Integer> counts = new EnumMap<>(DateEdge.class);
    for (LocalDate d : draws) {
      for (DateEdge e : classify(cal, d)) {
        counts.merge(e, 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  void everyEdgeClassIsDrawnOftenFromTheProvisionalCalendar() {
    CalendarGenerators g = CalendarGenerators.of(PROVISIONAL);
    int draws = 20_000;
    List<LocalDate> biased = g.dates().sample(1, draws);
    Map<DateEdge, Integer> counts = countEdges(PROVISIONAL, biased);
    // Each of the 10 classes gets at least 1/2 × 1/10 of the draws (5 %, 1,000 draws; the standard
    // deviation is about 31): require 4 %. (REDECLARED is checked on its two known dates, which the
    // independent classifier does not know about.)
    int minimum = draws * 4 / 100;
    for (DateEdge e : EnumSet.complementOf(EnumSet.of(DateEdge.REDECLARED, DateEdge.PROVISIONAL))) {
      assertThat(counts.getOrDefault(e, 0)).as("draws in %s", e).isGreaterThan(minimum);
    }
    long redeclared =
        biased.stream().filter(d -> d.equals(d(2019, 5, 1)) || d.equals(d(2020, 2, 1))).count();
    assertThat(redeclared).isGreaterThan(minimum);
    // Uniform draws would hit a make-up day, an eve or the coverage boundary far less often.
    Map<DateEdge, Integer> uniform = countEdges(PROVISIONAL, g.uniformDates().sample(1, draws));
    assertThat(uniform.getOrDefault(DateEdge.MAKEUP_WORKDAY, 0)).isLessThan(draws / 100);
    assertThat(uniform.getOrDefault(DateEdge.COVERAGE_BOUNDARY, 0)).isLessThan(draws / 100);
    assertThat(uniform.getOrDefault(DateEdge.HOLIDAY_EVE, 0)).isLessThan(draws * 3 / 100);
    // The provisional years are 24 of 33: uniform draws land there most of the time anyway.
    assertThat(counts.get(DateEdge.PROVISIONAL)).isGreaterThan(draws / 2);
  }

  @Test
  void everyEdgeClassIsDrawnOftenFromTheOfficialCalendar() {
    CalendarGenerators g = CalendarGenerators.of(OFFICIAL);
    int draws = 20_000;
    List<LocalDate> biased = g.dates().sample(2, draws);
    Map<DateEdge, Integer> counts = countEdges(OFFICIAL, biased);
    // 7 classes: at least 1/2 × 1/7 ≈ 7 % each; require 5 %.
    int minimum = draws * 5 / 100;
    for (DateEdge e :
        List.of(
            DateEdge.COVERAGE_BOUNDARY,
            DateEdge.YEAR_END,
            DateEdge.HOLIDAY_EVE,
            DateEdge.HOLIDAY_BLOCK,
            DateEdge.AFTER_HOLIDAY,
            DateEdge.MAKEUP_WORKDAY)) {
      assertThat(counts.getOrDefault(e, 0)).as("draws in %s", e).isGreaterThan(minimum);
    }
    assertThat(counts).doesNotContainKeys(DateEdge.PROVISIONAL, DateEdge.PLAUSIBLE_REST);
    assertThat(biased).allSatisfy(d -> assertThat(OFFICIAL.coverage().contains(d)).isTrue());
    // Only edges, or none at all.
    assertThat(g.dates(1).sample(3, 2000))
        .allSatisfy(
            d ->
                assertThat(
                        classify(OFFICIAL, d).isEmpty()
                            && !g.datesOf(DateEdge.REDECLARED).contains(d))
                    .isFalse());
    assertThat(g.dates(0).sample(3, 500)).isEqualTo(g.uniformDates().sample(3, 500));
    assertThatThrownBy(() -> g.dates(1.01))
        .hasMessage("CalendarGenerators.dates: edgeShare must be within 0..1, was 1.01");
  }

  @Test
  void edgeDatesDrawOnlyTheirClass() {
    CalendarGenerators g = CalendarGenerators.of(OFFICIAL);
    for (DateEdge e : g.edges()) {
      assertThat(g.edgeDates(e).sample(4, 300))
          .allSatisfy(d -> assertThat(g.datesOf(e)).contains(d));
    }
    assertThat(g.edgeDates(DateEdge.MAKEUP_WORKDAY).sample(4, 300))
        .allSatisfy(d -> assertThat(OFFICIAL.dayKind(d)).isEqualTo(DayKind.MAKEUP_WORKDAY));
  }

  @Test
  void workingDayCountsFollowTheDocumentedShares() {
    CalendarGenerators g = CalendarGenerators.of(OFFICIAL);
    int draws = 40_000;
    List<Integer> counts = g.workingDayCounts().sample(5, draws);
    long zero = counts.stream().filter(n -> n == 0).count();
    long one = counts.stream().filter(n -> Math.abs(n) == 1).count();
    long small = counts.stream().filter(n -> Math.abs(n) >= 2 && Math.abs(n) <= 10).count();
    long thirty = counts.stream().filter(n -> Math.abs(n) == 30).count();
    long large = counts.stream().filter(n -> Math.abs(n) >= 11 && Math.abs(n) != 30).count();
    long negative = counts.stream().filter(n -> n < 0).count();
    // Documented: 1/8, 1/8, 1/4, 1/4, 1/4 (a large draw is 30 with probability about 1/2244).
    assertThat(zero).isBetween(4_700L, 5_300L);
    assertThat(one).isBetween(4_700L, 5_300L);
    assertThat(small).isBetween(9_600L, 10_400L);
    assertThat(thirty).isBetween(9_600L, 10_400L);
    assertThat(large).isBetween(9_600L, 10_400L);
    assertThat(negative).isBetween((draws - zero) / 2 - 600, (draws - zero) / 2 + 600);
    // Working days in the coverage: 2018-01-01 is 元旦, so (2018-01-01, 2026-12-31] holds them all.
    int workingDays = OFFICIAL.workingDaysBetween(d(2018, 1, 1), d(2026, 12, 31));
    assertThat(counts).allSatisfy(n -> assertThat(Math.abs(n)).isLessThanOrEqualTo(workingDays));
  }

  @Test
  void triggeredPeriodsAlwaysFitTheCoverage() {
    WorkingDayCalendar withUserNotices =
        ChinaCalendars.builder().addNotices(TestNotices.fictitious()).build();
    for (WorkingDayCalendar cal : List.of(OFFICIAL, PROVISIONAL, withUserNotices)) {
      CalendarGenerators g = CalendarGenerators.of(cal);
      List<TriggeredPeriod> pairs = g.triggeredPeriods().sample(6, 3000);
      int thirty = 0;
      int excluding = 0;
      int atTheEnd = 0;
      for (TriggeredPeriod p : pairs) {
        Deadline deadline = p.deadlineOn(cal); // never OutsideCoverageException
        assertThat(cal.coverage().contains(deadline.latestDue())).isTrue();
        if (p.period().workingDays() == 30) {
          thirty++;
        }
        if (!p.period().countsMakeupWorkdays()) {
          excluding++;
        }
        if (cal.workingDaysBetween(deadline.latestDue(), cal.coverage().last()) == 0) {
          atTheEnd++;
        }
      }
      // 30 in 3/10 of draws (when it fits); excluding make-up days 1/4 (sd about 24).
      assertThat(thirty).as("%s", cal.version()).isGreaterThan(750);
      assertThat(excluding).as("%s", cal.version()).isBetween(650, 850);
      // The longest period that fits ends on the last countable day (1/10 of draws).
      assertThat(atTheEnd).as("%s", cal.version()).isGreaterThan(200);
    }
  }

  @Test
  void datesOutsideTheCoverageAreOutsideAndReachBothEnds() {
    CalendarGenerators g = CalendarGenerators.of(OFFICIAL);
    List<LocalDate> outside = g.datesOutsideCoverage().sample(7, 3000);
    assertThat(outside).noneMatch(OFFICIAL.coverage()::contains);
    assertThat(outside)
        .contains(d(2017, 12, 31), d(2027, 1, 1), LocalDate.MIN, LocalDate.MAX)
        .anyMatch(d -> d.getYear() == 2016)
        .anyMatch(d -> d.getYear() == 2027 && d.getMonthValue() > 6);
  }

  @Test
  void generatorsAreReproducibleAcrossInstances() {
    Predicate<List<? extends LocalDate>> nonTrivial =
        list -> list.stream().distinct().count() > 100;
    List<LocalDate> a = CalendarGenerators.of(PROVISIONAL).dates().sample(8, 500);
    List<LocalDate> b = CalendarGenerators.of(ChinaCalendars.provisional()).dates().sample(8, 500);
    assertThat(a).isEqualTo(b).matches(nonTrivial);
    assertThat(CalendarGenerators.of(OFFICIAL).triggeredPeriods().sample(8, 200))
        .isEqualTo(CalendarGenerators.of(OFFICIAL).triggeredPeriods().sample(8, 200));
  }

  @Test
  void badCalendarsAreRejected() {
    WorkingDayCalendar empty = ChinaCalendars.officialAsKnownAt(d(2017, 6, 1));
    assertThatThrownBy(() -> CalendarGenerators.of(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CalendarGenerators.of: the calendar's coverage is empty, so there is no date to draw");
    assertThatThrownBy(() -> CalendarGenerators.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(CalendarGenerators.of(OFFICIAL).toString())
        .isEqualTo(
            "CalendarGenerators[" + OFFICIAL.version() + ", coverage 2018-01-01..2026-12-31]");
  }
}
