package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * History as the oracle for provisional deadlines: for each holiday year Y of 2019–2026, the
 * provisional calendar as known the day before Y's notice was released ({@code
 * ChinaCalendars.builder().knownAt(release - 1).provisional(true)}), every trigger from November 1
 * of Y−1 to November 30 of Y and every period of 1 to 60 working days, against today's official
 * answer (every built-in notice, the 2020 Spring Festival extension 国办发明电〔2020〕1号 included).
 * Required: no official due date outside {@code [due, latestDue]}, no wrong due date without a flag
 * ({@code provisional} or {@code mayChange}), and a mean range width, {@code
 * workingDaysBetween(due, latestDue)} on the provisional calendar, of at most 3 working days.
 *
 * <p>The leave-one-year-out variant derives the rules from the notices of every year but Y and
 * tests them on Y; its figures are printed and reported in {@code docs/provisional-deadlines.md},
 * and only its absence of unflagged wrong answers is required (the rules cannot foresee a practice
 * no other year shows, such as 2024's 除夕 as a working day).
 *
 * <p>About 190,000 deadlines a pass, a few seconds. PIT does not run this class for every mutant
 * ({@code excludedTestClasses} in the root POM's {@code pit} profile).
 */
class ProvisionalBacktestTest {

  @Test
  void inSampleNoOfficialDueDateFallsOutsideTheRangeAndNoWrongAnswerIsUnflagged() {
    List<Backtest.YearFigures> years = Backtest.inSampleYears();
    System.out.println("Provisional deadlines, in sample:\n" + Backtest.table(years));
    assertThat(years).hasSize(Backtest.LAST_YEAR - Backtest.FIRST_YEAR + 1);
    long count = 0;
    long width = 0;
    long provisional = 0;
    for (Backtest.YearFigures f : years) {
      assertThat(f.count()).as("%d compared", f.year()).isGreaterThan(20_000);
      assertThat(f.misses()).as("%d: %s", f.year(), f.firstMiss()).isZero();
      assertThat(f.unflaggedWrong()).as("%d unflagged wrong", f.year()).isZero();
      assertThat(f.provisional()).as("%d provisional", f.year()).isPositive();
      count += f.count();
      width += f.widthSum();
      provisional += f.provisional();
    }
    assertThat((double) width / count).as("mean width, every deadline").isLessThanOrEqualTo(3.0);
    assertThat((double) width / provisional)
        .as("mean width, provisional deadlines")
        .isLessThanOrEqualTo(3.0);
  }

  @Test
  void leaveOneYearOutHasNoUnflaggedWrongAnswer() {
    List<Backtest.YearFigures> years = Backtest.leaveOneOutYears();
    System.out.println("Provisional deadlines, leave one year out:\n" + Backtest.table(years));
    for (Backtest.YearFigures f : years) {
      assertThat(f.unflaggedWrong()).as("%d unflagged wrong", f.year()).isZero();
    }
  }

  /**
   * The 2020 extension counts like any other day. As known on 2019-11-20, 5 working days after Thu
   * 2020-01-23: officially 01-24..02-02 rested (国办发明电〔2019〕16号 and 〔2020〕1号), so Mon 02-03 to Fri
   * 02-07 are the five, due Fri 2020-02-07; the range must hold it.
   */
  @Test
  void theSpringFestivalExtensionOf2020LiesInsideTheRange() {
    Deadline d =
        WorkingDayPeriod.of(5)
            .after(LocalDate.of(2020, 1, 23), Backtest.inSample(LocalDate.of(2019, 11, 20)));
    assertThat(d.provisional()).isTrue();
    assertThat(d.due()).isBeforeOrEqualTo(LocalDate.of(2020, 2, 7));
    assertThat(d.latestDue()).isAfterOrEqualTo(LocalDate.of(2020, 2, 7));
  }

  /**
   * As known on 2018-12-05, the last days of 2018 were not final: 6 working days after Fri
   * 2018-12-21 were officially due Sat 12-29 (国办发明电〔2018〕15号 made it a working day), not Mon 12-31
   * as the 2018 notice alone said. The provisional deadline is flagged and its range holds 12-29.
   */
  @Test
  void theLateDecemberOf2018IsFlaggedAndInsideTheRange() {
    Deadline d =
        WorkingDayPeriod.of(6)
            .after(LocalDate.of(2018, 12, 21), Backtest.inSample(LocalDate.of(2018, 12, 5)));
    assertThat(d.provisional()).isTrue();
    assertThat(d.mayChange()).isTrue();
    assertThat(d.due()).isBeforeOrEqualTo(LocalDate.of(2018, 12, 29));
    assertThat(d.latestDue()).isAfterOrEqualTo(LocalDate.of(2018, 12, 29));
  }
}
