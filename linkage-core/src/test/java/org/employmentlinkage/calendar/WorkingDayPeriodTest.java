package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working-day deadlines (DOMAIN.md §2): the trigger day is never counted; the due date is the n-th
 * working day after it. Expected dates are counted by hand from the notices.
 */
class WorkingDayPeriodTest {

  private static final WorkingDayPeriod THIRTY = WorkingDayPeriod.of(30);

  /**
   * DOMAIN.md §2: published Fri 2018-07-06 → due Fri 2018-08-17; published Wed 2018-02-14 or on the
   * holiday Thu 2018-02-15 → both due Tue 2018-04-03 (春节 2018-02-15..21 rests, Sat 2018-02-24 is a
   * make-up day that counts, 清明 starts 2018-04-05). Issue 2: 2025-09-26 → 2025-11-13.
   */
  @ParameterizedTest(name = "{0} + 30 → {1}")
  @CsvSource({
    "2018-07-06, 2018-08-17",
    "2018-02-14, 2018-04-03",
    "2018-02-15, 2018-04-03",
    "2025-09-26, 2025-11-13"
  })
  void thirtyWorkingDaysAfterTheNotice(LocalDate trigger, LocalDate due) {
    Deadline d = THIRTY.after(trigger, ChinaCalendars.official());
    assertThat(d.trigger()).isEqualTo(trigger);
    assertThat(d.period()).isEqualTo(THIRTY);
    assertThat(d.due()).isEqualTo(due);
    assertThat(d.provisional()).isFalse();
    assertThat(d.latestDue()).isEqualTo(due);
    assertThat(d.calendarVersion()).isEqualTo(ChinaCalendars.official().version());
  }

  @Test
  void theIssueExampleReliesOnThe2025Notice() {
    Deadline d = THIRTY.after(LocalDate.of(2025, 9, 26), ChinaCalendars.official());
    assertThat(d.notices()).extracting(HolidayNotice::number).containsExactly("国办发明电〔2024〕12号");
    assertThat(d.notices().get(0).released()).isEqualTo(LocalDate.of(2024, 11, 12));
  }

  @Test
  void noticesIncludeANoticeOfTheNextYearThatDeclaresACountedDay() {
    // (2018-12-20, 2018-12-29]: 7 working days, the last one the make-up Saturday 2018-12-29 that
    // 国办发明电〔2018〕15号 (for 2019) declared.
    Deadline d =
        WorkingDayPeriod.of(7).after(LocalDate.of(2018, 12, 20), ChinaCalendars.official());
    assertThat(d.due()).isEqualTo(LocalDate.of(2018, 12, 29));
    assertThat(d.notices())
        .extracting(HolidayNotice::number)
        .containsExactly("国办发明电〔2017〕12号", "国办发明电〔2018〕15号");
    // Into 2019: every notice arranging 2019 (the notice and its amendment) counts.
    Deadline e =
        WorkingDayPeriod.of(8).after(LocalDate.of(2018, 12, 20), ChinaCalendars.official());
    assertThat(e.due()).isEqualTo(LocalDate.of(2019, 1, 2));
    assertThat(e.notices())
        .extracting(HolidayNotice::number)
        .containsExactly("国办发明电〔2017〕12号", "国办发明电〔2018〕15号", "国办发明电〔2019〕3号");
  }

  /**
   * Excluding make-up working days: 2025-09-28 and 2025-10-11 (国办发明电〔2024〕12号) no longer count, so
   * the 30th day moves from Thu 2025-11-13 to Mon 2025-11-17; for 2018-02-14 the make-up Saturday
   * 2018-02-24 no longer counts, so the 30th day is Wed 2018-04-04.
   */
  @ParameterizedTest(name = "{0} + 30 without make-up days → {1}")
  @CsvSource({"2025-09-26, 2025-11-17", "2018-02-14, 2018-04-04", "2018-07-06, 2018-08-17"})
  void makeUpDaysCanBeExcluded(LocalDate trigger, LocalDate due) {
    WorkingDayPeriod p = THIRTY.excludingMakeupWorkdays();
    assertThat(p.countsMakeupWorkdays()).isFalse();
    assertThat(p.after(trigger, ChinaCalendars.official()).due()).isEqualTo(due);
  }

  /**
   * Into 2027 (no notice yet): counted days are provisional. After 2026-12-01, the 30th working day
   * is 2027-01-13 both ways (元旦 Fri 2027-01-01 is the only weekday of its block). After 2027-01-20:
   * statutory dates only (除夕 Fri 02-05 to 初三 Mon 02-08 under the 2024 revision) give Fri
   * 2027-03-05; the latest plausible 春节 block 除夕..初七 (02-05..02-12) gives Thu 2027-03-11.
   */
  @ParameterizedTest(name = "{0} + 30 → {1} .. {2}")
  @CsvSource({"2026-12-01, 2027-01-13, 2027-01-13", "2027-01-20, 2027-03-05, 2027-03-11"})
  void deadlinesInYearsWithoutANoticeAreProvisionalWithARange(
      LocalDate trigger, LocalDate due, LocalDate latest) {
    Deadline d = THIRTY.after(trigger, ChinaCalendars.provisional());
    assertThat(d.provisional()).isTrue();
    assertThat(d.due()).isEqualTo(due);
    assertThat(d.latestDue()).isEqualTo(latest);
    assertThat(d.calendarVersion()).contains("provisional 2027");
  }

  @Test
  void aDeadlineThatCountsNoProvisionalDayIsNotProvisional() {
    Deadline d = THIRTY.after(LocalDate.of(2026, 9, 1), ChinaCalendars.provisional());
    assertThat(d.provisional()).isFalse();
    assertThat(d.due())
        .isEqualTo(THIRTY.after(LocalDate.of(2026, 9, 1), ChinaCalendars.official()).due());
  }

  @Test
  void theOfficialCalendarRefusesToGuess() {
    assertThatThrownBy(() -> THIRTY.after(LocalDate.of(2026, 12, 15), ChinaCalendars.official()))
        .isInstanceOf(OutsideCoverageException.class)
        .hasMessageContaining("2018-01-01..2026-12-31")
        .hasMessageContaining(OutsideCoverageException.HOW_TO_ADD_DATA);
    assertThatThrownBy(() -> THIRTY.after(LocalDate.of(2017, 12, 1), ChinaCalendars.official()))
        .isInstanceOf(OutsideCoverageException.class);
    assertThatThrownBy(
            () ->
                THIRTY
                    .excludingMakeupWorkdays()
                    .after(LocalDate.of(2026, 12, 15), ChinaCalendars.official()))
        .isInstanceOf(OutsideCoverageException.class);
  }

  @Test
  void theCountingRuleIsCitedByTheTriggerDate() {
    WorkingDayCalendar cal = ChinaCalendars.official();
    assertThat(THIRTY.after(LocalDate.of(2020, 12, 31), cal).countingRule())
        .isEqualTo("《中华人民共和国民法总则》第二百零一条");
    assertThat(THIRTY.after(LocalDate.of(2021, 1, 1), cal).countingRule())
        .isEqualTo("《中华人民共和国民法典》第二百零一条");
  }

  @Test
  void thePeriodEndsAtMidnightBeijingTimeAfterTheDueDate() {
    Deadline d = THIRTY.after(LocalDate.of(2018, 7, 6), ChinaCalendars.official());
    ZonedDateTime end = d.end();
    assertThat(end)
        .isEqualTo(ZonedDateTime.of(2018, 8, 18, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    Instant lastSecond = Instant.parse("2018-08-17T15:59:59Z"); // 23:59:59 in Beijing
    assertThat(d.isOverdueAt(lastSecond)).isFalse();
    assertThat(d.isOverdueAt(Instant.parse("2018-08-17T16:00:00Z"))).isTrue();
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> WorkingDayPeriod.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> THIRTY.after(null, ChinaCalendars.official()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("trigger");
    assertThatThrownBy(() -> THIRTY.after(LocalDate.of(2020, 1, 1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
    assertThatThrownBy(
            () ->
                WorkingDayPeriod.of(Integer.MAX_VALUE)
                    .after(LocalDate.of(2020, 1, 1), ChinaCalendars.official()))
        .isInstanceOf(OutsideCoverageException.class);
  }

  @Test
  void deadlinesAreSerializableValues() throws Exception {
    Deadline d = THIRTY.after(LocalDate.of(2027, 1, 20), ChinaCalendars.provisional());
    assertThat(ChinaCalendarsTest.roundTrip(d)).isEqualTo(d);
    assertThat(ChinaCalendarsTest.roundTrip(THIRTY.excludingMakeupWorkdays()))
        .isEqualTo(THIRTY.excludingMakeupWorkdays())
        .isNotEqualTo(THIRTY);
  }
}
