package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The latest-plausible holiday blocks used for provisional years, checked against what the notices
 * 2018–2026 actually did: every weekday a notice made a rest day should lie inside the rule's
 * blocks for that holiday year (weekends are rest days in the latest-plausible reading anyway).
 */
class CalendarPlausibleBlocksTest {

  /**
   * The one exception in the notices 2018–2026: 国办发明电〔2017〕12号 made 劳动节 2018 "4月29日至5月1日", so
   * Monday 2018-04-30 rested; under the 2013 revision the practice was a 3-day 劳动节 block built
   * around 5/1, which the 2025 principles (劳动节 5/1–5/5) no longer produce. Every other holiday of
   * 2018–2026 fits, including the 2019 amendment (5/1–5/4) and the 2020 extension (to 初九 2/2, whose
   * only extra weekday, Fri 1/31, is 初七).
   */
  private static final Set<LocalDate> EXCEPTIONS = Set.of(LocalDate.of(2018, 4, 30));

  @Test
  void theBlocksCoverEveryWeekdayRestDayOfTheNotices2018To2026ButTheListedExceptions() {
    WorkingDayCalendar official = ChinaCalendars.official();
    Set<LocalDate> outside = new TreeSet<>();
    for (int year = 2018; year <= 2026; year++) {
      Set<LocalDate> blocks = new HashSet<>();
      for (DateRange r : StatutoryHolidays.plausibleBlocks(FestivalTable.forYear(year))) {
        r.days().forEach(blocks::add);
      }
      for (HolidayNotice n : official.notices()) {
        if (n.year() != year) {
          continue;
        }
        for (DayDeclaration d : n.declarations()) {
          for (LocalDate day : (Iterable<LocalDate>) d.days().days()::iterator) {
            boolean weekday =
                day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && official.dayKind(day) == DayKind.HOLIDAY && !blocks.contains(day)) {
              outside.add(day);
            }
          }
        }
      }
    }
    assertThat(outside).isEqualTo(EXCEPTIONS);
  }

  /** The weekday rule of a one-day holiday, from the brief and the notices' practice. */
  @ParameterizedTest(name = "{0} ({1}) → {2}..{3}")
  @CsvSource({
    "2018-01-01, Mon, 2017-12-30, 2018-01-01",
    "2019-01-01, Tue, 2018-12-30, 2019-01-01",
    "2020-01-01, Wed, 2020-01-01, 2020-01-01",
    "2026-01-01, Thu, 2026-01-01, 2026-01-03",
    "2021-01-01, Fri, 2021-01-01, 2021-01-03",
    "2022-01-01, Sat, 2022-01-01, 2022-01-03",
    "2023-01-01, Sun, 2022-12-31, 2023-01-02"
  })
  void oneDayHolidaysBecomeThreeDayBlocksByWeekday(
      LocalDate day, String weekday, LocalDate first, LocalDate last) {
    assertThat(day.getDayOfWeek().toString())
        .startsWith(weekday.toUpperCase(java.util.Locale.ROOT));
    assertThat(StatutoryHolidays.threeDayBlock(day)).isEqualTo(DateRange.of(first, last));
  }

  @Test
  void zhongqiuMergesWithGuoqingBetweenSeptember29AndOctober8() {
    // 2020: 中秋 10-01 → 10-01..10-08 (国办发明电〔2019〕16号 did exactly that);
    // 2023: 中秋 09-29 → 09-29..10-06 (国办发明电〔2022〕16号 did exactly that);
    // 2025: 中秋 10-06 → 10-01..10-08 (国办发明电〔2024〕12号 did exactly that).
    assertThat(StatutoryHolidays.plausibleBlocks(FestivalTable.forYear(2020)))
        .contains(DateRange.of(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 8)));
    assertThat(StatutoryHolidays.plausibleBlocks(FestivalTable.forYear(2023)))
        .contains(DateRange.of(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6)));
    assertThat(StatutoryHolidays.plausibleBlocks(FestivalTable.forYear(2025)))
        .contains(DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)));
    // 2026: 中秋 09-25 is separate: Fri → 09-25..09-27, and 国庆 10-01..10-07.
    assertThat(StatutoryHolidays.plausibleBlocks(FestivalTable.forYear(2026)))
        .contains(
            DateRange.of(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27)),
            DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
  }

  @Test
  void statutoryDatesFollowTheRevisionInForce() {
    // 2024: 2013 revision, 11 days; 2025: 2024 revision, 13 days (国务院令第795号).
    assertThat(new HashSet<>(StatutoryHolidays.statutoryDates(FestivalTable.forYear(2024))))
        .hasSize(11)
        .doesNotContain(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 5, 2));
    assertThat(new HashSet<>(StatutoryHolidays.statutoryDates(FestivalTable.forYear(2025))))
        .hasSize(13)
        .contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 5, 2));
    // 2020: 中秋 fell on 国庆 10-01, so the 11 statutory days are 10 dates.
    assertThat(new HashSet<>(StatutoryHolidays.statutoryDates(FestivalTable.forYear(2020))))
        .hasSize(10);
    assertThat(StatutoryHolidays.revision(2024)).contains("国务院令第644号");
    assertThat(StatutoryHolidays.revision(2025)).contains("国务院令第795号");
    // 国务院令第644号 (2013-12-11) took effect on 2014-01-01; no earlier rule is coded.
    assertThat(StatutoryHolidays.revision(2014)).contains("国务院令第644号");
    assertThatThrownBy(() -> StatutoryHolidays.revision(2013))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2013");
  }

  @Test
  void theProvisionalCalendarKnowsItsFirstProvisionalYearAndItsWorkingDays() {
    ArrayCalendar provisional = (ArrayCalendar) Calendars.provisional();
    ArrayCalendar official = (ArrayCalendar) Calendars.official();
    // DOMAIN.md §3: the built-in notices end with 2026, so 2027 is the first projected year.
    assertThat(provisional.firstProvisionalYear()).isEqualTo(2027);
    assertThat(official.firstProvisionalYear()).isGreaterThan(2026);
    LocalDate first = official.coverage().first();
    LocalDate last = official.coverage().last();
    int counted = official.workingDaysBetween(first, last) + (official.isWorkingDay(first) ? 1 : 0);
    assertThat(official.workingDayCount()).isEqualTo(counted);
  }
}
