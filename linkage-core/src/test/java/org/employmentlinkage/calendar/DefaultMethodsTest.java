package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The default methods of {@link WorkingDayCalendar}, on a calendar that implements only {@code
 * coverage()} and {@code dayKind(LocalDate)} (the kinds of the official calendar). Expected dates
 * come from the notices: 国办发明电〔2017〕12号 (2018) and 国办发明电〔2024〕12号 (2025: "10月1日至8日放假调休";
 * "9月28日（周日）、10月11日（周六）上班").
 */
class DefaultMethodsTest {

  /** Only the two abstract methods. */
  private static final WorkingDayCalendar MINIMAL =
      new WorkingDayCalendar() {
        private final WorkingDayCalendar official = ChinaCalendars.official();

        @Override
        public DateRange coverage() {
          return official.coverage();
        }

        @Override
        public DayKind dayKind(LocalDate date) {
          return official.dayKind(date);
        }
      };

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void countsFollowTheNotices() {
    // 30 working days after Friday 2018-07-06 (no holiday in between): Friday 2018-08-17
    assertThat(MINIMAL.plusWorkingDays(d(2018, 7, 6), 30)).isEqualTo(d(2018, 8, 17));
    // 30 working days after 2025-09-26: Sun 09-28 works, 10-01..10-08 rest, Sat 10-11 works
    assertThat(MINIMAL.plusWorkingDays(d(2025, 9, 26), 30)).isEqualTo(d(2025, 11, 13));
    assertThat(MINIMAL.workingDaysBetween(d(2025, 9, 26), d(2025, 11, 13))).isEqualTo(30);
    assertThat(MINIMAL.workingDaysBetween(d(2025, 11, 13), d(2025, 9, 26))).isEqualTo(-30);
    assertThat(MINIMAL.plusWorkingDays(d(2025, 11, 13), -30)).isEqualTo(d(2025, 9, 26));
    assertThat(MINIMAL.plusWorkingDays(d(2025, 10, 4), 0)).isEqualTo(d(2025, 10, 4));
  }

  @Test
  void nextAndPreviousSkipTheHolidayAndTakeTheMakeUpDays() {
    assertThat(MINIMAL.nextWorkingDay(d(2025, 9, 27))).isEqualTo(d(2025, 9, 28));
    assertThat(MINIMAL.nextWorkingDay(d(2025, 9, 30))).isEqualTo(d(2025, 10, 9));
    assertThat(MINIMAL.previousWorkingDay(d(2025, 10, 9))).isEqualTo(d(2025, 9, 30));
    assertThat(MINIMAL.nextWorkingDay(d(2025, 10, 10))).isEqualTo(d(2025, 10, 11));
    assertThat(MINIMAL.isWorkingDay(d(2025, 9, 28))).isTrue();
    assertThat(MINIMAL.isWorkingDay(d(2025, 10, 4))).isFalse();
    assertThat(MINIMAL.isProvisional(d(2025, 10, 4))).isFalse();
    assertThat(MINIMAL.latestPlausible()).isSameAs(MINIMAL);
    assertThat(MINIMAL.notices()).isEmpty();
  }

  @Test
  void theDefaultsRefuseDatesAndAnswersOutsideTheCoverage() {
    LocalDate last = d(2026, 12, 31);
    LocalDate first = d(2018, 1, 1);
    assertThatThrownBy(() -> MINIMAL.plusWorkingDays(last.plusDays(1), 0))
        .isInstanceOf(OutsideCoverageException.class);
    assertThatThrownBy(() -> MINIMAL.isProvisional(first.minusDays(1)))
        .isInstanceOf(OutsideCoverageException.class);
    assertThatThrownBy(() -> MINIMAL.workingDaysBetween(last.plusDays(1), last.plusDays(1)))
        .isInstanceOf(OutsideCoverageException.class);
    assertThatThrownBy(() -> MINIMAL.nextWorkingDay(last))
        .isInstanceOf(OutsideCoverageException.class)
        .hasMessageContaining("2018-01-01..2026-12-31")
        .hasMessageContaining(OutsideCoverageException.HOW_TO_ADD_DATA)
        .extracting(e -> ((OutsideCoverageException) e).date())
        .isEqualTo(last);
    // 2018-01-01 is a rest day (元旦), so there is no working day before it in the coverage
    assertThatThrownBy(() -> MINIMAL.previousWorkingDay(d(2018, 1, 2)))
        .isInstanceOf(OutsideCoverageException.class)
        .extracting(e -> ((OutsideCoverageException) e).date())
        .isEqualTo(first);
    assertThatThrownBy(() -> MINIMAL.plusWorkingDays(first, Integer.MIN_VALUE))
        .isInstanceOf(OutsideCoverageException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void theDefaultsRejectNullWithTheParameterName() {
    assertThatThrownBy(() -> MINIMAL.isWorkingDay(null)).hasMessage("date");
    assertThatThrownBy(() -> MINIMAL.plusWorkingDays(null, 1)).hasMessage("date");
    assertThatThrownBy(() -> MINIMAL.workingDaysBetween(null, d(2020, 1, 1)))
        .hasMessage("startExclusive");
    assertThatThrownBy(() -> MINIMAL.workingDaysBetween(d(2020, 1, 1), null))
        .hasMessage("endInclusive");
  }
}
