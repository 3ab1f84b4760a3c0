package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plausible arrangements of projected years, on cases counted by hand from the notices and the
 * rules of {@code docs/provisional-deadlines.md}, and a sample of the replay of 2019–2026 that runs
 * with every test run (the whole replay is {@link ProvisionalBacktestTest}).
 */
class ProjectionTest {

  /**
   * A provisional calendar from the built-in notices released by {@code knownAt}, with rules
   * derived afresh (not the shared instances: under PIT a mutant must be run, not answered from a
   * cache).
   */
  private static ArrayCalendar fresh(LocalDate knownAt) {
    List<HolidayNotice> known = new ArrayList<>();
    for (HolidayNotice n : OfficialNotices.list()) {
      if (!n.released().isAfter(knownAt)) {
        known.add(n);
      }
    }
    return CalendarAssembly.assemble(
        ArrayCalendar.Kind.OTHER,
        NoticeSets.merge(known),
        true,
        ArrangementRules.derive(OfficialNotices.list(), y -> true));
  }

  /** The provisional calendar as known the day before the 2026 notice (国办发明电〔2025〕7号). */
  private static WorkingDayCalendar before2026() {
    return fresh(LocalDate.of(2025, 11, 3));
  }

  /**
   * 2026 春节 as known on 2025-11-03 (2024 revision; 除夕 Mon 02-16). Only one year shows a Monday 除夕
   * under that revision, so both observed blocks apply: 2025's from 除夕 to 初七 (02-16..02-23) and
   * 2026's from the weekend day before 除夕 (02-15..02-23); either rests on 6 weekdays against 4
   * statutory days, so 2 make-up days. Both before or both after make 7 or 11 working days in a
   * row, more than 6 (第七条), so one before and one after: before 02-15 or 02-14 (block from 除夕) or
   * 02-14 or 02-08 (block from 02-15), after 02-28 or 03-01: 3 × 2 distinct arrangements. 2027 春节
   * (除夕 Fri 02-05; both blocks are 02-05..02-12, a Thursday not being a weekend): one make-up day
   * before (01-30 or 01-31) and one after (02-13 or 02-14), 4 arrangements.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"2026-02-18, 6", "2027-02-08, 4"})
  void theSpringFestivalArrangementsAreCountedByHand(LocalDate inside, int arrangements) {
    ArrayCalendar cal =
        (ArrayCalendar) (inside.getYear() == 2026 ? before2026() : ChinaCalendars.provisional());
    Projection p = cal.projection();
    assertThat(p).isNotNull();
    assertThat(p.arrangementsAt(inside)).isEqualTo(arrangements);
    // a Wednesday in May lies in no group (劳动节 ends by 05-05 and its make-up days by 05-10)
    assertThat(p.arrangementsAt(LocalDate.of(inside.getYear(), 5, 20))).isZero();
  }

  /**
   * Deadlines around 2026 春节 as known on 2025-11-03, counted by hand over the 6 arrangements above
   * (the latest: every day of 02-15..02-23 rests, no make-up day works). The official answers
   * (国办发明电〔2025〕7号: 02-14 and 02-28 work) lie inside each range.
   *
   * <ul>
   *   <li>5 after Fri 02-06: with 02-08 working, 02-08..02-12 → 02-12; else 02-09..02-13 → 02-13.
   *   <li>1 after Fri 02-13: 02-14 if it works, else 02-15 or Tue 02-24 (the trigger lies in the
   *       group).
   *   <li>1 after Sat 02-14: Sun 02-15 if it works (block from 除夕), else Tue 02-24.
   *   <li>5 after Tue 02-24: with 02-28 working, 02-25..02-28 and 03-02 → 03-02; with 03-01, 02-25,
   *       26, 27, 03-01, 03-02 → 03-02; the latest, without either, 03-03.
   * </ul>
   */
  @ParameterizedTest(name = "{1} after {0}: {2}..{3}, officially {4}")
  @CsvSource({
    "2026-02-06, 5, 2026-02-12, 2026-02-13, 2026-02-13",
    "2026-02-13, 1, 2026-02-14, 2026-02-24, 2026-02-14",
    "2026-02-14, 1, 2026-02-15, 2026-02-24, 2026-02-24",
    "2026-02-24, 5, 2026-03-02, 2026-03-03, 2026-03-02"
  })
  void deadlinesAroundTheSpringFestivalOf2026AsKnownBeforeItsNotice(
      LocalDate trigger, int n, LocalDate due, LocalDate latest, LocalDate official) {
    Deadline d = WorkingDayPeriod.of(n).after(trigger, before2026());
    assertThat(d.provisional()).isTrue();
    assertThat(d.due()).isEqualTo(due);
    assertThat(d.latestDue()).isEqualTo(latest);
    assertThat(ChinaCalendars.official().plusWorkingDays(trigger, n)).isEqualTo(official);
  }

  /**
   * Without make-up days counted, the 2027 春节 arrangements all rest on the same weekdays
   * (02-05..02-12), so 30 working days after 2027-01-20 are due on 03-11 both ways: Jan 21–22,
   * 25–29, Feb 1–4, 15–19, 22–26, Mar 1–5, 8–11.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2027-01-20"})
  void withoutMakeUpDaysTheRangeClosesAfterTheBlock(LocalDate trigger) {
    Deadline d =
        WorkingDayPeriod.of(30)
            .excludingMakeupWorkdays()
            .after(trigger, ChinaCalendars.provisional());
    assertThat(d.provisional()).isTrue();
    assertThat(d.due()).isEqualTo(LocalDate.of(2027, 3, 11));
    assertThat(d.latestDue()).isEqualTo(LocalDate.of(2027, 3, 11));
  }

  /**
   * A sample of the replay (every 5th trigger, periods 1, 4, 7, … 58) for four years, with every
   * test run (PIT included): no official due date outside the range, no wrong answer unflagged,
   * mean width at most 3 working days.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2019, 2020, 2025, 2026})
  void aSampleOfTheReplayHoldsEveryOfficialDueDate(int year) {
    Backtest.YearFigures f = Backtest.replay(year, ProjectionTest::fresh, 5, 3, Backtest.MAX_N);
    assertThat(f.count()).isGreaterThan(1000);
    assertThat(f.misses()).as(f.firstMiss()).isZero();
    assertThat(f.unflaggedWrong()).isZero();
    assertThat(f.meanWidth()).isLessThanOrEqualTo(3.0);
    assertThat(f.provisional()).isPositive();
  }
}
