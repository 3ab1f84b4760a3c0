package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in data against the official texts: every notice's edge days (from the resource {@code
 * official-edge-days.txt}, transcribed from the notices), the notices' identities, the invariant of
 * the statutory day count, and the calendars as known at the release dates.
 */
class OfficialNoticesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  record EdgeDay(LocalDate date, DayKind kind, String notice, String why) {
    @Override
    public String toString() {
      return date + " " + date.getDayOfWeek() + " " + kind + " (" + notice + " " + why + ")";
    }
  }

  static List<EdgeDay> edgeDays() throws IOException {
    List<EdgeDay> rows = new ArrayList<>();
    try (InputStream in = OfficialNoticesTest.class.getResourceAsStream("official-edge-days.txt")) {
      assertThat(in).as("official-edge-days.txt").isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        rows.add(
            new EdgeDay(
                LocalDate.parse(f[0].strip()),
                DayKind.valueOf(f[1].strip()),
                f[2].strip(),
                f[3].strip()));
      }
    }
    return rows;
  }

  static Stream<EdgeDay> edgeDayRows() throws IOException {
    return edgeDays().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeDayRows")
  void everyNoticeEdgeDayHasTheKindTheNoticeGives(EdgeDay row) {
    assertThat(OFFICIAL.dayKind(row.date())).as(row.toString()).isEqualTo(row.kind());
    assertThat(OFFICIAL.isWorkingDay(row.date()))
        .as(row.toString())
        .isEqualTo(row.kind().isWorkingDay());
    assertThat(OFFICIAL.isProvisional(row.date())).isFalse();
  }

  @Test
  void theEdgeDayTableIsConsistentWithTheWeekdays() throws IOException {
    // A guard on the transcription itself: only a weekend can be WEEKEND or MAKEUP_WORKDAY, only a
    // weekday can be WORKDAY, and every row cites a built-in notice.
    Set<String> numbers = new HashSet<>();
    ChinaCalendars.officialNotices().forEach(n -> numbers.add(n.number()));
    List<EdgeDay> rows = edgeDays();
    assertThat(rows).hasSizeGreaterThan(300);
    for (EdgeDay row : rows) {
      boolean weekend =
          row.date().getDayOfWeek() == DayOfWeek.SATURDAY
              || row.date().getDayOfWeek() == DayOfWeek.SUNDAY;
      if (row.kind() == DayKind.WEEKEND || row.kind() == DayKind.MAKEUP_WORKDAY) {
        assertThat(weekend).as(row.toString()).isTrue();
      }
      if (row.kind() == DayKind.WORKDAY) {
        assertThat(weekend).as(row.toString()).isFalse();
      }
      assertThat(numbers).as(row.toString()).contains(row.notice());
    }
  }

  @Test
  void theBuiltInNoticesAreThoseOfDomainSection3InOrderOfRelease() {
    // The numbers and release dates as published on gov.cn (the notices' official texts).
    List<String> expected =
        List.of(
            "国办发明电〔2017〕12号 2017-11-30 2018 -",
            "国办发明电〔2018〕15号 2018-12-06 2019 -",
            "国办发明电〔2019〕3号 2019-03-22 2019 国办发明电〔2018〕15号",
            "国办发明电〔2019〕16号 2019-11-21 2020 -",
            "国办发明电〔2020〕1号 2020-01-27 2020 国办发明电〔2019〕16号",
            "国办发明电〔2020〕27号 2020-11-25 2021 -",
            "国办发明电〔2021〕11号 2021-10-25 2022 -",
            "国办发明电〔2022〕16号 2022-12-08 2023 -",
            "国办发明电〔2023〕7号 2023-10-25 2024 -",
            "国办发明电〔2024〕12号 2024-11-12 2025 -",
            "国办发明电〔2025〕7号 2025-11-04 2026 -");
    assertThat(ChinaCalendars.officialNotices())
        .extracting(
            n -> n.number() + " " + n.released() + " " + n.year() + " " + n.amends().orElse("-"))
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          国办发明电〔2017〕12号 | 国务院办公厅关于2018年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm
          国办发明电〔2018〕15号 | 国务院办公厅关于2019年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm
          国办发明电〔2019〕3号  | 国务院办公厅关于调整2019年劳动节假期安排的通知 | https://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm
          国办发明电〔2019〕16号 | 国务院办公厅关于2020年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm
          国办发明电〔2020〕1号  | 国务院办公厅关于延长2020年春节假期的通知 | https://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm
          国办发明电〔2020〕27号 | 国务院办公厅关于2021年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm
          国办发明电〔2021〕11号 | 国务院办公厅关于2022年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm
          国办发明电〔2022〕16号 | 国务院办公厅关于2023年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm
          国办发明电〔2023〕7号  | 国务院办公厅关于2024年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/202310/content_6911527.htm
          国办发明电〔2024〕12号 | 国务院办公厅关于2025年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/202411/content_6986382.htm
          国办发明电〔2025〕7号  | 国务院办公厅关于2026年部分节假日安排的通知 | https://www.gov.cn/zhengce/content/202511/content_7047090.htm
          """)
  void everyNoticeHasItsTitleAndGovCnSource(String number, String title, String source) {
    HolidayNotice n =
        ChinaCalendars.officialNotices().stream()
            .filter(x -> x.number().equals(number))
            .findFirst()
            .orElseThrow();
    assertThat(n.title()).isEqualTo(title);
    assertThat(n.source()).isEqualTo(source);
  }

  @Test
  void coverageIsTheWholeYears2018Through2026() {
    assertThat(OFFICIAL.coverage())
        .isEqualTo(DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThatThrownBy(() -> OFFICIAL.dayKind(LocalDate.of(2017, 12, 31)))
        .isInstanceOf(OutsideCoverageException.class);
    assertThatThrownBy(() -> OFFICIAL.dayKind(LocalDate.of(2027, 1, 1)))
        .isInstanceOf(OutsideCoverageException.class);
  }

  /**
   * Per holiday year, (weekday rest days) − (weekend working days) = the number of statutory days
   * of 《全国年节及纪念日放假办法》: 11 under the 2013 revision (2018–2024), 13 under the 2024 revision (2025–).
   * The days of a holiday year are the days its notices declare (including late December of the
   * year before), with the kind the calendar gives them after all amendments.
   *
   * <p>2020 is the exception, 13: the extension 国办发明电〔2020〕1号 added a weekday rest day (Fri 1/31)
   * and turned the make-up Saturday 2/1 into a rest day, so it removed one weekend working day. As
   * known before the extension, 2020 counts 11. 2019 stays at 11 after its amendment: 国办发明电〔2019〕3号
   * added two weekday rest days (5/2, 5/3) and two make-up Sundays (4/28, 5/5).
   */
  @Test
  void weekdayRestDaysMinusWeekendWorkingDaysIsTheStatutoryCount() {
    Map<Integer, Integer> expected = new TreeMap<>();
    for (int y = 2018; y <= 2024; y++) {
      expected.put(y, 11);
    }
    expected.put(2020, 13);
    expected.put(2025, 13);
    expected.put(2026, 13);
    assertThat(statutoryBalance(OFFICIAL)).isEqualTo(expected);

    Map<Integer, Integer> before =
        statutoryBalance(ChinaCalendars.officialAsKnownAt(d(2020, 1, 26)));
    assertThat(before).containsEntry(2020, 11).containsEntry(2019, 11);
    Map<Integer, Integer> original2019 =
        statutoryBalance(ChinaCalendars.officialAsKnownAt(d(2019, 3, 21)));
    assertThat(original2019).containsEntry(2019, 11);
  }

  private static Map<Integer, Integer> statutoryBalance(WorkingDayCalendar cal) {
    Map<Integer, Set<LocalDate>> daysByYear = new TreeMap<>();
    for (HolidayNotice n : cal.notices()) {
      for (DayDeclaration d : n.declarations()) {
        d.days()
            .days()
            .forEach(day -> daysByYear.computeIfAbsent(n.year(), y -> new HashSet<>()).add(day));
      }
    }
    Map<Integer, Integer> balance = new TreeMap<>();
    daysByYear.forEach(
        (year, days) -> {
          int count = 0;
          for (LocalDate day : days) {
            boolean weekend =
                day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            DayKind k = cal.dayKind(day);
            if (!weekend && k == DayKind.HOLIDAY) {
              count++;
            } else if (weekend && k == DayKind.MAKEUP_WORKDAY) {
              count--;
            }
          }
          balance.put(year, count);
        });
    return balance;
  }

  @ParameterizedTest(name = "known at {0}: {1} is {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2018-12-05 | 2018-12-29 | WEEKEND        | before 国办发明电〔2018〕15号: a plain Saturday
          2018-12-05 | 2018-12-31 | WORKDAY        | before 国办发明电〔2018〕15号: a plain Monday
          2018-12-06 | 2018-12-29 | MAKEUP_WORKDAY | 国办发明电〔2018〕15号 一: 2018年12月29日（星期六）上班
          2018-12-06 | 2018-12-31 | HOLIDAY        | 国办发明电〔2018〕15号 一: 2018年12月30日至2019年1月1日
          2019-03-21 | 2019-04-28 | WEEKEND        | before 国办发明电〔2019〕3号: a plain Sunday
          2019-03-21 | 2019-05-02 | WORKDAY        | before 国办发明电〔2019〕3号: 劳动节 was 5月1日 only
          2019-03-21 | 2019-05-04 | WEEKEND        | before 国办发明电〔2019〕3号: a plain Saturday
          2019-03-21 | 2019-05-05 | WEEKEND        | before 国办发明电〔2019〕3号: a plain Sunday
          2019-03-22 | 2019-04-28 | MAKEUP_WORKDAY | 国办发明电〔2019〕3号: 4月28日（星期日）上班
          2019-03-22 | 2019-05-02 | HOLIDAY        | 国办发明电〔2019〕3号: 5月1日至4日
          2019-03-22 | 2019-05-04 | HOLIDAY        | 国办发明电〔2019〕3号: Saturday inside 5月1日至4日
          2019-03-22 | 2019-05-05 | MAKEUP_WORKDAY | 国办发明电〔2019〕3号: 5月5日（星期日）上班
          2020-01-26 | 2020-01-31 | WORKDAY        | before 国办发明电〔2020〕1号: a plain Friday
          2020-01-26 | 2020-02-01 | MAKEUP_WORKDAY | 国办发明电〔2019〕16号 二: 2月1日（星期六）上班
          2020-01-26 | 2020-02-02 | WEEKEND        | before 国办发明电〔2020〕1号: a plain Sunday
          2020-01-27 | 2020-01-31 | HOLIDAY        | 国办发明电〔2020〕1号: 延长至2月2日
          2020-01-27 | 2020-02-01 | HOLIDAY        | 国办发明电〔2020〕1号 overrides the make-up Saturday
          2020-01-27 | 2020-02-02 | HOLIDAY        | 国办发明电〔2020〕1号: 2月2日（星期日）
          2022-12-07 | 2022-12-31 | WEEKEND        | before 国办发明电〔2022〕16号: a plain Saturday
          2022-12-08 | 2022-12-31 | HOLIDAY        | 国办发明电〔2022〕16号 一: 2022年12月31日至2023年1月2日
          """)
  void asKnownAtReplaysTheReleases(LocalDate knownAt, LocalDate date, DayKind kind, String why) {
    assertThat(ChinaCalendars.officialAsKnownAt(knownAt).dayKind(date)).as(why).isEqualTo(kind);
  }

  @ParameterizedTest(name = "known at {0}: coverage {1}..{2}")
  @CsvSource({
    "2017-11-30, 2018-01-01, 2018-12-31",
    "2018-12-05, 2018-01-01, 2018-12-31",
    "2018-12-06, 2018-01-01, 2019-12-31",
    "2019-11-20, 2018-01-01, 2019-12-31",
    "2019-11-21, 2018-01-01, 2020-12-31",
    "2025-11-03, 2018-01-01, 2025-12-31",
    "2025-11-04, 2018-01-01, 2026-12-31",
    "2099-01-01, 2018-01-01, 2026-12-31"
  })
  void asKnownAtCoversTheYearsWhoseNoticeWasOut(
      LocalDate knownAt, LocalDate first, LocalDate last) {
    assertThat(ChinaCalendars.officialAsKnownAt(knownAt).coverage())
        .isEqualTo(DateRange.of(first, last));
  }

  @Test
  void beforeTheFirstNoticeTheCoverageIsEmptyAndEveryDateThrows() {
    WorkingDayCalendar none = ChinaCalendars.officialAsKnownAt(d(2017, 11, 29));
    assertThat(none.coverage().isEmpty()).isTrue();
    assertThat(none.notices()).isEmpty();
    for (LocalDate date : List.of(d(2017, 11, 29), d(2018, 1, 2), d(2026, 6, 1))) {
      assertThatThrownBy(() -> none.isWorkingDay(date))
          .isInstanceOf(OutsideCoverageException.class)
          .hasMessageContaining("(empty)")
          .hasMessageContaining(OutsideCoverageException.HOW_TO_ADD_DATA);
      assertThatThrownBy(() -> none.plusWorkingDays(date, 0))
          .isInstanceOf(OutsideCoverageException.class);
      assertThatThrownBy(() -> none.workingDaysBetween(date, date))
          .isInstanceOf(OutsideCoverageException.class);
    }
  }

  @Test
  void asKnownAtTodayIsTheSharedOfficialCalendar() {
    assertThat(ChinaCalendars.officialAsKnownAt(d(2030, 1, 1))).isSameAs(OFFICIAL);
    assertThat(ChinaCalendars.officialAsKnownAt(d(2020, 1, 26)))
        .isSameAs(ChinaCalendars.officialAsKnownAt(d(2019, 11, 21)));
  }

  @Test
  void theOfficialCalendarIsSharedAndProjectsNothing() {
    assertThat(ChinaCalendars.official()).isSameAs(OFFICIAL);
    assertThat(OFFICIAL.latestPlausible()).isSameAs(OFFICIAL);
    assertThat(OFFICIAL.notices()).isEqualTo(ChinaCalendars.officialNotices());
    assertThat(OFFICIAL.version())
        .isEqualTo("CN official 2018-2026 (11 notices, last 国办发明电〔2025〕7号 released 2025-11-04)");
    OFFICIAL.coverage().days().forEach(day -> assertThat(OFFICIAL.isProvisional(day)).isFalse());
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
