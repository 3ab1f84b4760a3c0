package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The laws of a working-day calendar, checked with QuickTheories, and the fast engine against a
 * naive day loop ({@link NaiveCalendar}) on every covered date.
 */
class WorkingDayCalendarPropertiesTest {

  /** The calendars under test with their naive reference. */
  static Stream<Arguments> calendars() {
    WorkingDayCalendar official = ChinaCalendars.official();
    WorkingDayCalendar knownAt2020 = ChinaCalendars.officialAsKnownAt(LocalDate.of(2020, 1, 26));
    WorkingDayCalendar provisional = ChinaCalendars.provisional();
    return Stream.of(
        Arguments.of("official", official, naive(official)),
        Arguments.of("as known at 2020-01-26", knownAt2020, naive(knownAt2020)),
        Arguments.of(
            "provisional",
            provisional,
            naive(provisional).withRestDays(statutoryDaysAfterTheNotices(provisional))));
  }

  private static NaiveCalendar naive(WorkingDayCalendar cal) {
    return new NaiveCalendar(cal.notices(), cal.coverage().first(), cal.coverage().last());
  }

  /**
   * The statutory holiday dates of 《全国年节及纪念日放假办法》 in each year after the notices, written out here
   * independently of the engine: 2013 revision (国务院令第644号, 2014–2024) 元旦, 春节 初一–初三, 清明, 5/1, 端午,
   * 中秋, 10/1–10/3; 2024 revision (国务院令第795号, from 2025) also 除夕 and 5/2.
   */
  static List<LocalDate> statutoryDaysAfterTheNotices(WorkingDayCalendar cal) {
    int lastNoticeYear = cal.notices().stream().mapToInt(HolidayNotice::year).max().orElseThrow();
    List<LocalDate> days = new ArrayList<>();
    for (int y = lastNoticeYear + 1; y <= cal.coverage().last().getYear(); y++) {
      FestivalTable.Festivals f = FestivalTable.forYear(y);
      days.add(LocalDate.of(y, 1, 1));
      days.add(f.chunjie());
      days.add(f.chunjie().plusDays(1));
      days.add(f.chunjie().plusDays(2));
      days.add(f.qingming());
      days.add(LocalDate.of(y, 5, 1));
      days.add(f.duanwu());
      days.add(f.zhongqiu());
      days.add(LocalDate.of(y, 10, 1));
      days.add(LocalDate.of(y, 10, 2));
      days.add(LocalDate.of(y, 10, 3));
      if (y >= 2025) {
        days.add(f.chuxi());
        days.add(LocalDate.of(y, 5, 2));
      }
    }
    return days;
  }

  private static Gen<LocalDate> dates(WorkingDayCalendar cal) {
    LocalDate first = cal.coverage().first();
    int days = (int) ChronoUnit.DAYS.between(first, cal.coverage().last());
    return integers().between(0, days).map(i -> first.plusDays(i));
  }

  private static Gen<Integer> counts() {
    return integers().between(-2600, 2600);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void dayKindEqualsTheNaiveReferenceOnEveryCoveredDate(
      String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    cal.coverage()
        .days()
        .forEach(
            d -> {
              assertThat(cal.dayKind(d)).as(name + " " + d).isEqualTo(ref.dayKind(d));
              assertThat(cal.isWorkingDay(d)).as(name + " " + d).isEqualTo(ref.isWorkingDay(d));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void plusWorkingDaysEqualsTheNaiveLoop(String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    qt().forAll(dates(cal), counts())
        .checkAssert(
            (d, n) -> {
              LocalDate expected = ref.plusWorkingDays(d, n);
              if (expected == null) {
                assertThatThrownBy(() -> cal.plusWorkingDays(d, n))
                    .isInstanceOf(OutsideCoverageException.class);
              } else {
                assertThat(cal.plusWorkingDays(d, n)).isEqualTo(expected);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void workingDaysBetweenEqualsTheNaiveLoop(
      String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    qt().forAll(dates(cal), dates(cal))
        .checkAssert(
            (a, b) ->
                assertThat(cal.workingDaysBetween(a, b)).isEqualTo(ref.workingDaysBetween(a, b)));
  }

  /** A date and a count whose answer lies inside the coverage (by the naive reference). */
  record Step(LocalDate date, int n) {}

  /**
   * Valid steps, uniformly over (date, target working day): the count is whatever reaches the
   * target from the date.
   */
  private static Gen<Step> steps(WorkingDayCalendar cal, NaiveCalendar ref) {
    List<LocalDate> working = ref.workingDays();
    return dates(cal)
        .zip(
            integers().between(0, working.size() - 1),
            (d, j) -> {
              int before = ref.workingDaysBefore(d);
              int upTo = before + (ref.isWorkingDay(d) ? 1 : 0);
              int n = j >= upTo ? j - upTo + 1 : j < before ? j - before : 0;
              return new Step(d, n);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void theResultOfANonZeroCountIsAWorkingDayStrictlyOnTheRightSide(
      String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    qt().forAll(steps(cal, ref))
        .checkAssert(
            s -> {
              LocalDate r = cal.plusWorkingDays(s.date(), s.n());
              assertThat(r).isEqualTo(ref.plusWorkingDays(s.date(), s.n()));
              if (s.n() != 0) {
                assertThat(cal.isWorkingDay(r)).isTrue();
                assertThat(s.n() > 0 ? r.isAfter(s.date()) : r.isBefore(s.date())).isTrue();
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void countingBackUndoesCountingForwardFromAWorkingDay(
      String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    List<LocalDate> working = ref.workingDays();
    qt().forAll(
            integers().between(0, working.size() - 1), integers().between(0, working.size() - 1))
        .checkAssert(
            (i, j) -> {
              LocalDate d = working.get(i);
              int n = j - i;
              assertThat(cal.plusWorkingDays(d, n)).isEqualTo(working.get(j));
              assertThat(cal.plusWorkingDays(cal.plusWorkingDays(d, n), -n)).isEqualTo(d);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void plusWorkingDaysIsMonotoneInNAndInTheDate(
      String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    qt().forAll(steps(cal, ref), integers().between(0, 40))
        .checkAssert(
            (s, k) -> {
              LocalDate d = s.date();
              int n = s.n();
              LocalDate r = cal.plusWorkingDays(d, n);
              if (ref.plusWorkingDays(d, n + k) != null) {
                LocalDate further = cal.plusWorkingDays(d, n + k);
                assertThat(further).isAfterOrEqualTo(r);
                assertThat(k == 0 || further.isAfter(r)).isTrue();
              }
              LocalDate later = d.plusDays(k);
              if (ref.covers(later) && ref.plusWorkingDays(later, n) != null) {
                assertThat(cal.plusWorkingDays(later, n)).isAfterOrEqualTo(r);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void workingDaysBetweenInvertsPlusAndIsAntisymmetric(
      String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    qt().forAll(steps(cal, ref))
        .checkAssert(
            s -> {
              if (s.n() >= 0) {
                assertThat(cal.workingDaysBetween(s.date(), cal.plusWorkingDays(s.date(), s.n())))
                    .isEqualTo(s.n());
              }
            });
    qt().forAll(dates(cal), dates(cal))
        .checkAssert(
            (a, b) ->
                assertThat(cal.workingDaysBetween(a, b)).isEqualTo(-cal.workingDaysBetween(b, a)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void nextAndPreviousAreOneStep(String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    qt().forAll(dates(cal))
        .checkAssert(
            d -> {
              LocalDate next = ref.plusWorkingDays(d, 1);
              LocalDate previous = ref.plusWorkingDays(d, -1);
              if (next != null) {
                assertThat(cal.nextWorkingDay(d)).isEqualTo(next);
              } else {
                assertThatThrownBy(() -> cal.nextWorkingDay(d))
                    .isInstanceOf(OutsideCoverageException.class);
              }
              if (previous != null) {
                assertThat(cal.previousWorkingDay(d)).isEqualTo(previous);
              } else {
                assertThatThrownBy(() -> cal.previousWorkingDay(d))
                    .isInstanceOf(OutsideCoverageException.class);
              }
              assertThat(cal.plusWorkingDays(d, 0)).isEqualTo(d);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void extremeCountsLeaveTheCoverageWithoutOverflow(
      String name, WorkingDayCalendar cal, NaiveCalendar ref) {
    qt().forAll(dates(cal), integers().between(0, 5))
        .checkAssert(
            (d, k) -> {
              for (int n : new int[] {Integer.MAX_VALUE - k, Integer.MIN_VALUE + k}) {
                assertThatThrownBy(() -> cal.plusWorkingDays(d, n))
                    .isInstanceOf(OutsideCoverageException.class)
                    .hasMessageContaining(cal.coverage().toString())
                    .hasMessageContaining(d.toString())
                    .hasMessageContaining(OutsideCoverageException.HOW_TO_ADD_DATA);
              }
            });
  }
}
