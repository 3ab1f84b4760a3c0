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
 * Working-day deadlines (《民法典》第二百零一条): the trigger day is never counted; the due date is the n-th
 * working day after it. Expected dates are counted by hand from the notices.
 */
class WorkingDayPeriodTest {

  private static final WorkingDayPeriod THIRTY = WorkingDayPeriod.of(30);

  /**
   * Counted by hand from the notices: published Fri 2018-07-06 → due Fri 2018-08-17; published Wed
   * 2018-02-14 or on the holiday Thu 2018-02-15 → both due Tue 2018-04-03 (春节 2018-02-15..21 rests,
   * Sat 2018-02-24 is a make-up day that counts, 清明 starts 2018-04-05). Issue 2: 2025-09-26 →
   * 2025-11-13.
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
   * is 2027-01-13 both ways (元旦 Fri 2027-01-01 is the only weekday of its block, Fri–Sun, as every
   * Friday holiday of the notices 2018–2026). After 2027-01-20: 春节 rests 8 days from 除夕 (the
   * principle 国办发明电〔2024〕12号 states and 2025 and 2026 kept), 02-05..02-12, on 6 weekdays; the 4
   * statutory days (除夕–初三, 国务院令第795号) on a weekend are made up (第六条), so 2 weekend days work, one
   * each side (two on one side would make 7 or 11 working days in a row, more than 第七条's 6). Every
   * such arrangement gives the 30th working day Tue 2027-03-09; resting on the whole block with no
   * make-up day gives Thu 2027-03-11.
   */
  @ParameterizedTest(name = "{0} + 30 → {1} .. {2}")
  @CsvSource({"2026-12-01, 2027-01-13, 2027-01-13", "2027-01-20, 2027-03-09, 2027-03-11"})
  void deadlinesInYearsWithoutANoticeAreProvisionalWithARange(
      LocalDate trigger, LocalDate due, LocalDate latest) {
    Deadline d = THIRTY.after(trigger, ChinaCalendars.provisional());
    assertThat(d.provisional()).isTrue();
    assertThat(d.mayChange()).isTrue();
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
    assertThat(d.overdueStatusAt(lastSecond)).isEqualTo(OverdueStatus.NOT_OVERDUE);
    assertThat(d.overdueStatusAt(Instant.parse("2018-08-17T16:00:00Z")))
        .isEqualTo(OverdueStatus.OVERDUE);
    assertThat(d.mayChange()).isFalse();
  }

  /**
   * A provisional deadline (30 working days after 2027-01-20, due 2027-03-09 at the earliest and
   * 2027-03-11 at the latest, see above) is not overdue before 24:00 on 03-09, possibly overdue
   * until 24:00 on 03-11, and overdue only from then on: its official due date could be as late as
   * 03-11.
   */
  @Test
  void aProvisionalDeadlineIsOverdueOnlyAfterItsLatestDueDate() {
    Deadline d = THIRTY.after(LocalDate.of(2027, 1, 20), ChinaCalendars.provisional());
    assertThat(d.end())
        .isEqualTo(ZonedDateTime.of(2027, 3, 12, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    Instant endOfMarch9 = Instant.parse("2027-03-09T16:00:00Z"); // 2027-03-10T00:00 in Beijing
    Instant endOfMarch11 = Instant.parse("2027-03-11T16:00:00Z");
    assertThat(d.overdueStatusAt(endOfMarch9.minusSeconds(1))).isEqualTo(OverdueStatus.NOT_OVERDUE);
    assertThat(d.overdueStatusAt(endOfMarch9)).isEqualTo(OverdueStatus.POSSIBLY_OVERDUE);
    assertThat(d.overdueStatusAt(endOfMarch11.minusSeconds(1)))
        .isEqualTo(OverdueStatus.POSSIBLY_OVERDUE);
    assertThat(d.isOverdueAt(endOfMarch11.minusSeconds(1))).isFalse();
    assertThat(d.overdueStatusAt(endOfMarch11)).isEqualTo(OverdueStatus.OVERDUE);
    assertThat(d.isOverdueAt(endOfMarch11)).isTrue();
    assertThatThrownBy(() -> d.overdueStatusAt(null)).hasMessage("now");
  }

  /**
   * As known on 2018-12-05, the day before 国办发明电〔2018〕15号 made Sat 2018-12-29 a working day and Mon
   * 2018-12-31 a rest day, a deadline counted on the official calendar into those days is not
   * provisional (the official calendar projects nothing) but may change; it is never certainly
   * overdue on that calendar, only possibly. 5 working days after 2018-12-21 were due Fri 12-28
   * then (the official answer, with 12-29 working, too); 6 were due Mon 12-31 then, Sat 12-29 by
   * today's answer.
   */
  @Test
  void aDeadlineOnLateDecemberDaysOfTheLastKnownYearMayChange() {
    WorkingDayCalendar then = ChinaCalendars.officialAsKnownAt(LocalDate.of(2018, 12, 5));
    Deadline five = WorkingDayPeriod.of(5).after(LocalDate.of(2018, 12, 21), then);
    assertThat(five.due()).isEqualTo(LocalDate.of(2018, 12, 28));
    assertThat(five.mayChange()).isFalse();
    Deadline six = WorkingDayPeriod.of(6).after(LocalDate.of(2018, 12, 21), then);
    assertThat(six.due()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(six.provisional()).isFalse();
    assertThat(six.mayChange()).isTrue();
    assertThat(WorkingDayPeriod.of(6).after(LocalDate.of(2018, 12, 21), ChinaCalendars.official()))
        .satisfies(
            today -> {
              assertThat(today.due()).isEqualTo(LocalDate.of(2018, 12, 29));
              assertThat(today.mayChange()).isFalse();
            });
    Instant longAfter = Instant.parse("2019-06-01T00:00:00Z");
    assertThat(six.overdueStatusAt(longAfter)).isEqualTo(OverdueStatus.POSSIBLY_OVERDUE);
    assertThat(six.isOverdueAt(longAfter)).isFalse();
  }

  @Test
  void aDeadlineBuiltByHandChecksItsFlags() {
    Deadline.Builder b =
        Deadline.builder()
            .trigger(LocalDate.of(2027, 1, 20))
            .period(THIRTY)
            .due(LocalDate.of(2027, 3, 9))
            .latestDue(LocalDate.of(2027, 3, 11))
            .calendarVersion("test")
            .provisional(true);
    assertThat(b.build().mayChange()).isTrue(); // defaults to provisional()
    assertThatThrownBy(() -> b.mayChange(false).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a provisional deadline may change");
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
