package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Provisional years (docs/provisional-deadlines.md): statutory dates of 《全国年节及纪念日放假办法》 as in force
 * that year, and the latest-plausible variant. Expected dates come from the 2027 festival dates
 * (GB/T 33661-2017, docs/festivals.md) (元旦 Fri 01-01; 除夕 Fri 02-05, 初一 Sat 02-06; 清明 Mon 04-05; 劳动节
 * Sat 05-01/Sun 05-02; 端午 Wed 06-09; 中秋 Wed 09-15; 国庆 Fri 10-01..Sun 10-03) and from the notices of
 * 2018–2021.
 */
class ProvisionalCalendarTest {

  private static final WorkingDayCalendar PROVISIONAL = ChinaCalendars.provisional();

  /**
   * A provisional calendar as known the day before 国办发明电〔2025〕7号 (released 2025-11-04): it projects
   * 2026 too, so it is assembled afresh (the shared {@link #PROVISIONAL} is built once per JVM),
   * and it must answer for 2027 exactly as the shared one does.
   */
  private static WorkingDayCalendar beforeThe2026Notice() {
    return ChinaCalendars.builder().knownAt(LocalDate.of(2025, 11, 3)).provisional(true).build();
  }

  /** The last year the festival table has (the projection ends there, at most 2050). */
  static int lastFestivalYear() {
    int y = 2026;
    while (y < ChinaCalendars.PROVISIONAL_LAST_YEAR) {
      try {
        FestivalTable.forYear(y + 1);
      } catch (IllegalArgumentException e) {
        break;
      }
      y++;
    }
    return y;
  }

  @Test
  void theProjectionRunsFromTheFirstYearWithoutANoticeToTheEndOfTheFestivalTable() {
    int last = lastFestivalYear();
    assertThat(last).isGreaterThanOrEqualTo(2027);
    assertThat(PROVISIONAL.coverage())
        .isEqualTo(DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(last, 12, 31)));
    assertThat(PROVISIONAL.version())
        .startsWith("CN official 2018-2026 (11 notices")
        .contains("; provisional 2027");
    assertThat(PROVISIONAL.notices()).isEqualTo(ChinaCalendars.officialNotices());
  }

  @Test
  void theProjectionReaches2050OnceTheFestivalTableDoes() {
    assumeTrue(lastFestivalYear() == 2050, "the GB/T 33661-2017 festival table covers 2050");
    assertThat(PROVISIONAL.coverage().last()).isEqualTo(LocalDate.of(2050, 12, 31));
    assertThat(PROVISIONAL.version()).endsWith("; provisional 2027-2050");
  }

  @Test
  void officialYearsAreUnchangedAndProjectedYearsAreProvisional() {
    WorkingDayCalendar official = ChinaCalendars.official();
    official
        .coverage()
        .days()
        .forEach(
            d -> {
              assertThat(PROVISIONAL.dayKind(d)).as(d.toString()).isEqualTo(official.dayKind(d));
              assertThat(PROVISIONAL.isProvisional(d)).isFalse();
            });
    LocalDate.of(2027, 1, 1)
        .datesUntil(PROVISIONAL.coverage().last().plusDays(1))
        .forEach(d -> assertThat(PROVISIONAL.isProvisional(d)).as(d.toString()).isTrue());
  }

  @Test
  void projectedYearsHaveNoMakeUpDays() {
    LocalDate.of(2027, 1, 1)
        .datesUntil(PROVISIONAL.coverage().last().plusDays(1))
        .forEach(
            d -> {
              DayKind k = PROVISIONAL.dayKind(d);
              DayKind latest = PROVISIONAL.latestPlausible().dayKind(d);
              boolean weekend =
                  d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
              assertThat(k).isNotEqualTo(DayKind.MAKEUP_WORKDAY);
              assertThat(latest).isNotEqualTo(DayKind.MAKEUP_WORKDAY);
              if (weekend) {
                assertThat(k.isWorkingDay()).isFalse();
              }
              // The latest variant rests on every day the earliest one rests.
              if (!k.isWorkingDay()) {
                assertThat(latest.isWorkingDay()).as(d.toString()).isFalse();
              }
            });
  }

  /** 2027 under the 2024 revision (国务院令第795号), statutory dates only. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "2026-12-31, WORKDAY, last day of 2026 (official data)",
    "2027-01-01, HOLIDAY, 元旦 (Fri)",
    "2027-01-02, WEEKEND, Saturday: no block guessed",
    "2027-01-04, WORKDAY, Monday",
    "2027-02-04, WORKDAY, Thursday before 除夕",
    "2027-02-05, HOLIDAY, 除夕 (Fri): a statutory day from 2025",
    "2027-02-06, HOLIDAY, 初一 (Sat)",
    "2027-02-07, HOLIDAY, 初二 (Sun)",
    "2027-02-08, HOLIDAY, 初三 (Mon)",
    "2027-02-09, WORKDAY, 初四 (Tue): no 补假 guessed",
    "2027-04-05, HOLIDAY, 清明 (Mon)",
    "2027-05-01, HOLIDAY, 劳动节 (Sat)",
    "2027-05-02, HOLIDAY, 劳动节 second day (Sun), from 2025",
    "2027-05-03, WORKDAY, Monday: no 补假 guessed",
    "2027-06-09, HOLIDAY, 端午 (Wed)",
    "2027-09-15, HOLIDAY, 中秋 (Wed)",
    "2027-10-01, HOLIDAY, 国庆 (Fri)",
    "2027-10-03, HOLIDAY, 国庆 third day (Sun)",
    "2027-10-04, WORKDAY, Monday: no 补假 guessed",
    "2027-12-31, WORKDAY, Friday"
  })
  void year2027HasTheStatutoryDatesOnly(LocalDate date, DayKind kind, String why) {
    assertThat(PROVISIONAL.dayKind(date)).as(why).isEqualTo(kind);
    if (date.getYear() == 2027) {
      assertThat(beforeThe2026Notice().dayKind(date)).as(why).isEqualTo(kind);
    }
  }

  /**
   * 2027 under the latest-plausible reading: 元旦 Fri → Fri–Sun; 春节 除夕..初七 (02-05..02-12); 清明 Mon →
   * Sat–Mon; 劳动节 05-01..05-05; 端午 and 中秋 on a Wednesday → that day alone; 国庆 10-01..10-07 (中秋 09-15
   * is not in 09-29..10-08); no make-up working day.
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "2027-01-01, HOLIDAY, 元旦 block Fri–Sun",
    "2027-01-03, HOLIDAY, 元旦 block Fri–Sun",
    "2027-01-04, WORKDAY, after the block",
    "2027-02-04, WORKDAY, before 除夕",
    "2027-02-05, HOLIDAY, 除夕: first day of 春节 除夕..初七",
    "2027-02-09, HOLIDAY, 初四 inside the block",
    "2027-02-12, HOLIDAY, 初七 (Fri): last day of the block",
    "2027-02-13, WEEKEND, Saturday after the block: no make-up day",
    "2027-02-15, WORKDAY, Monday after",
    "2027-04-03, HOLIDAY, 清明 Mon → Sat–Mon",
    "2027-04-05, HOLIDAY, 清明 (Mon)",
    "2027-04-06, WORKDAY, Tuesday after",
    "2027-04-30, WORKDAY, Friday before 劳动节",
    "2027-05-03, HOLIDAY, 劳动节 05-01..05-05",
    "2027-05-05, HOLIDAY, last day of 劳动节",
    "2027-05-06, WORKDAY, Thursday after",
    "2027-06-08, WORKDAY, Tuesday before 端午 (Wed alone)",
    "2027-06-09, HOLIDAY, 端午 (Wed) alone",
    "2027-06-10, WORKDAY, Thursday after",
    "2027-09-15, HOLIDAY, 中秋 (Wed) alone",
    "2027-09-16, WORKDAY, Thursday after",
    "2027-09-30, WORKDAY, Thursday before 国庆",
    "2027-10-07, HOLIDAY, 国庆 10-01..10-07",
    "2027-10-08, WORKDAY, Friday after: no 8th day without 中秋",
    "2027-10-09, WEEKEND, Saturday: no make-up day"
  })
  void year2027LatestPlausible(LocalDate date, DayKind kind, String why) {
    assertThat(PROVISIONAL.latestPlausible().dayKind(date)).as(why).isEqualTo(kind);
    assertThat(PROVISIONAL.latestPlausible().isProvisional(date)).isTrue();
    assertThat(beforeThe2026Notice().latestPlausible().dayKind(date)).as(why).isEqualTo(kind);
  }

  /**
   * A 元旦 on a Monday rests Sat–Mon, so the latest plausible reading reaches back into December, as
   * the notice for 2018 did (国办发明电〔2017〕12号: 2017-12-30..2018-01-01). 2029-01-01 is a Monday.
   */
  @Test
  void aNewYearBlockReachesBackIntoTheProjectedDecember() {
    for (WorkingDayCalendar cal : new WorkingDayCalendar[] {PROVISIONAL, beforeThe2026Notice()}) {
      assertThat(LocalDate.of(2029, 1, 1).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(cal.dayKind(LocalDate.of(2028, 12, 30))).isEqualTo(DayKind.WEEKEND);
      assertThat(cal.latestPlausible().dayKind(LocalDate.of(2028, 12, 30)))
          .isEqualTo(DayKind.HOLIDAY);
      assertThat(cal.latestPlausible().dayKind(LocalDate.of(2028, 12, 31)))
          .isEqualTo(DayKind.HOLIDAY);
      assertThat(cal.latestPlausible().dayKind(LocalDate.of(2028, 12, 29)))
          .isEqualTo(DayKind.WORKDAY);
    }
  }

  /**
   * The projection ends with 2050, but the 元旦 of 2051 (a Sunday) would rest Sat 2050-12-31..Mon, as
   * 元旦 2023 (a Sunday) did: 国办发明电〔2022〕16号, "2022年12月31日至2023年1月2日放假".
   */
  @Test
  void theLastProjectedDecemberMeetsTheNextNewYearBlock() {
    assumeTrue(lastFestivalYear() == 2050, "the festival table covers 2050");
    assertThat(LocalDate.of(2051, 1, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    for (WorkingDayCalendar cal : new WorkingDayCalendar[] {PROVISIONAL, beforeThe2026Notice()}) {
      assertThat(cal.dayKind(LocalDate.of(2050, 12, 31))).isEqualTo(DayKind.WEEKEND);
      assertThat(cal.latestPlausible().dayKind(LocalDate.of(2050, 12, 31)))
          .isEqualTo(DayKind.HOLIDAY);
      assertThat(cal.latestPlausible().dayKind(LocalDate.of(2050, 12, 30)))
          .isEqualTo(DayKind.WORKDAY);
    }
  }

  @Test
  void aFreshProjectionEndsWhereTheSharedOneDoes() {
    WorkingDayCalendar fresh = beforeThe2026Notice();
    assertThat(fresh.coverage().last()).isEqualTo(LocalDate.of(lastFestivalYear(), 12, 31));
    assertThat(fresh.isProvisional(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(fresh.isProvisional(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(fresh.latestPlausible().coverage()).isEqualTo(fresh.coverage());
    assertThat(fresh.version())
        .startsWith("CN official 2018-2025 (10 notices")
        .contains("; provisional 2026");
  }

  @Test
  void theLatestVariantDiffersOnlyOnProvisionalDates() {
    WorkingDayCalendar latest = PROVISIONAL.latestPlausible();
    assertThat(latest.coverage()).isEqualTo(PROVISIONAL.coverage());
    assertThat(latest.notices()).isEqualTo(PROVISIONAL.notices());
    assertThat(latest.latestPlausible()).isSameAs(latest);
    ChinaCalendars.official()
        .coverage()
        .days()
        .forEach(d -> assertThat(latest.dayKind(d)).isEqualTo(PROVISIONAL.dayKind(d)));
  }

  /**
   * As known at 2020-01-26, a provisional calendar projects 2021 onwards under the 2013 revision
   * (国务院令第644号: 春节 from 初一, 劳动节 one day), 2025 included: the 2024 revision (国务院令第795号) was
   * published only on 2024-11-12, with the 2025 notice. 2021 festival dates from 国办发明电〔2020〕27号 (除夕
   * 02-11, 清明 04-04, 端午 06-14, 中秋 09-21); 2025 from 国办发明电〔2024〕12号 (除夕 01-28).
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "2020-01-31, WORKDAY, official 2020 before the extension; not provisional",
    "2021-01-01, HOLIDAY, 元旦 (Fri)",
    "2021-02-11, WORKDAY, 除夕 (Thu): not a statutory day before 2025",
    "2021-02-12, HOLIDAY, 初一 (Fri)",
    "2021-02-15, WORKDAY, Monday 初四: no 补假 for 初二/初三 on the weekend",
    "2021-04-05, WORKDAY, Monday after 清明 (Sun 04-04): no 补假",
    "2021-05-03, WORKDAY, Monday: 劳动节 is one day under the 2013 revision",
    "2021-06-14, HOLIDAY, 端午 (Mon)",
    "2021-09-21, HOLIDAY, 中秋 (Tue)",
    "2025-01-28, WORKDAY, 除夕 (Tue): statutory only under the 2024 revision, unknown in 2020",
    "2025-05-02, WORKDAY, 劳动节 second day (Fri): the same",
    "2025-05-01, HOLIDAY, 劳动节 (Thu)"
  })
  void anEarlyProjectionUsesTheRevisionInForceEachYear(LocalDate date, DayKind kind, String why) {
    WorkingDayCalendar cal =
        ChinaCalendars.builder().knownAt(LocalDate.of(2020, 1, 26)).provisional(true).build();
    assertThat(cal.dayKind(date)).as(why).isEqualTo(kind);
    assertThat(cal.isProvisional(date)).isEqualTo(date.getYear() > 2020);
  }

  /**
   * A calendar that knows the 2025 notice (released 2024-11-12, the day 国务院令第795号 was published)
   * projects 2026 under the 2024 revision; one known the day before projects 2025 and 2026 under
   * the 2013 revision. 2026: 除夕 Mon 02-16, 劳动节 Fri 05-01 (国办发明电〔2025〕7号).
   */
  @Test
  void theRevisionOf2024IsKnownFromTheDayItWasPublished() {
    WorkingDayCalendar before =
        ChinaCalendars.builder().knownAt(LocalDate.of(2024, 11, 11)).provisional(true).build();
    WorkingDayCalendar on =
        ChinaCalendars.builder().knownAt(LocalDate.of(2024, 11, 12)).provisional(true).build();
    assertThat(before.dayKind(LocalDate.of(2026, 2, 16))).isEqualTo(DayKind.WORKDAY);
    assertThat(on.dayKind(LocalDate.of(2026, 2, 16))).isEqualTo(DayKind.HOLIDAY);
    assertThat(before.dayKind(LocalDate.of(2026, 5, 4))).isEqualTo(DayKind.WORKDAY);
    assertThat(on.isProvisional(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(before.isProvisional(LocalDate.of(2025, 1, 1))).isTrue();
  }

  /**
   * The late-December days that the first projected year's notice may declare are provisional too.
   * As known at 2018-12-05 (the day before 国办发明电〔2018〕15号): 2019-01-01 is a Tuesday, and every
   * Tuesday holiday of the notices rested Sunday to Tuesday with the Saturday before working (2019
   * 元旦, 2021 中秋, 2022 清明, 2024 中秋), so 2018-12-29..31 are provisional, 12-28 is not; the latest
   * plausible reading rests on 12-30 and 12-31. As known at 2022-12-07: 2023-01-01 is a Sunday,
   * every Sunday holiday rested Saturday to Monday (2021 清明, 2023 元旦, 2026 清明), so only Saturday
   * 2022-12-31 is provisional. Today 2027-01-01 is a Friday (Friday holidays rest Friday to
   * Sunday): no day of December 2026 is provisional.
   */
  @Test
  void lateDecemberDaysTheNextNoticeMayDeclareAreProvisional() {
    WorkingDayCalendar in2018 =
        ChinaCalendars.builder().knownAt(LocalDate.of(2018, 12, 5)).provisional(true).build();
    assertThat(in2018.isProvisional(LocalDate.of(2018, 12, 28))).isFalse();
    assertThat(in2018.isProvisional(LocalDate.of(2018, 12, 29))).isTrue();
    assertThat(in2018.isProvisional(LocalDate.of(2018, 12, 31))).isTrue();
    assertThat(in2018.dayKind(LocalDate.of(2018, 12, 31))).isEqualTo(DayKind.WORKDAY);
    assertThat(in2018.latestPlausible().dayKind(LocalDate.of(2018, 12, 31)))
        .isEqualTo(DayKind.HOLIDAY);
    assertThat(in2018.latestPlausible().dayKind(LocalDate.of(2018, 12, 28)))
        .isEqualTo(DayKind.WORKDAY);
    WorkingDayCalendar in2022 =
        ChinaCalendars.builder().knownAt(LocalDate.of(2022, 12, 7)).provisional(true).build();
    assertThat(in2022.isProvisional(LocalDate.of(2022, 12, 30))).isFalse();
    assertThat(in2022.isProvisional(LocalDate.of(2022, 12, 31))).isTrue();
    assertThat(in2022.latestPlausible().dayKind(LocalDate.of(2022, 12, 31)))
        .isEqualTo(DayKind.HOLIDAY);
    assertThat(PROVISIONAL.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(PROVISIONAL.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
  }

  /**
   * In a calendar that does not project, the same days may change ({@code mayChange}) but are not
   * provisional, as the contract of {@link WorkingDayCalendar#isProvisional} requires of the
   * official calendar.
   */
  @Test
  void lateDecemberDaysMayChangeOnTheOfficialCalendarAsKnownThen() {
    WorkingDayCalendar in2018 = ChinaCalendars.officialAsKnownAt(LocalDate.of(2018, 12, 5));
    assertThat(in2018.mayChange(LocalDate.of(2018, 12, 28))).isFalse();
    for (int day = 29; day <= 31; day++) {
      LocalDate d = LocalDate.of(2018, 12, day);
      assertThat(in2018.mayChange(d)).as(d.toString()).isTrue();
      assertThat(in2018.isProvisional(d)).as(d.toString()).isFalse();
    }
    WorkingDayCalendar in2022 = ChinaCalendars.officialAsKnownAt(LocalDate.of(2022, 12, 7));
    assertThat(in2022.mayChange(LocalDate.of(2022, 12, 30))).isFalse();
    assertThat(in2022.mayChange(LocalDate.of(2022, 12, 31))).isTrue();
    // the day the notice came out, nothing of that December can change any more
    assertThat(
            ChinaCalendars.officialAsKnownAt(LocalDate.of(2022, 12, 8))
                .mayChange(LocalDate.of(2022, 12, 31)))
        .isFalse();
    WorkingDayCalendar official = ChinaCalendars.official();
    official.coverage().days().forEach(d -> assertThat(official.mayChange(d)).isFalse());
    assertThat(official.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void withoutAnyNoticeTheProjectionStartsWithTheFirstYearOfTheBuiltInData() {
    WorkingDayCalendar cal =
        ChinaCalendars.builder().knownAt(LocalDate.of(2017, 6, 1)).provisional(true).build();
    assertThat(cal.coverage().first()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(cal.notices()).isEmpty();
    assertThat(cal.isProvisional(LocalDate.of(2018, 1, 1))).isTrue();
    // 2018 under the 2013 revision: 初一 is Fri 02-16; 除夕 Thu 02-15 is a working day.
    assertThat(cal.dayKind(LocalDate.of(2018, 2, 15))).isEqualTo(DayKind.WORKDAY);
    assertThat(cal.dayKind(LocalDate.of(2018, 2, 16))).isEqualTo(DayKind.HOLIDAY);
    assertThat(cal.version()).startsWith("CN official: no notice; provisional 2018");
  }
}
