package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cheap load path of the official calendar ({@link OfficialScan}) gives exactly the calendar of
 * the full path (parse, validate, merge, assemble) on the built-in data, and gives up (so that the
 * full path runs and reports) on anything beyond the plain form of the format.
 */
class OfficialScanTest {

  private static byte[] builtInText() throws IOException {
    try (InputStream in =
        OfficialNotices.openResource(
            OfficialNotices.RESOURCE_DIR + OfficialNotices.OFFICIAL_RESOURCE,
            OfficialNotices.OFFICIAL_RESOURCE)) {
      assertThat(in).as("the built-in notices resource").isNotNull();
      return in.readAllBytes();
    }
  }

  private static void assertSameDays(WorkingDayCalendar actual, WorkingDayCalendar expected) {
    assertThat(actual.coverage()).isEqualTo(expected.coverage());
    for (LocalDate d = expected.coverage().first();
        !d.isAfter(expected.coverage().last());
        d = d.plusDays(1)) {
      assertThat(actual.dayKind(d)).as("kind of %s", d).isEqualTo(expected.dayKind(d));
    }
  }

  @Test
  void theScanReadsTheBuiltInNotices() throws IOException {
    // if the scan gave up on the built-in file, official() would silently take the slow path
    assertThat(OfficialScan.scan(builtInText())).isNotNull();
  }

  @Test
  void theScannedCalendarEqualsTheFullPathOnEveryCoveredDate() throws IOException {
    OfficialScan scan = OfficialScan.scan(builtInText());
    assertThat(scan).isNotNull();
    ArrayCalendar fast = CalendarAssembly.fromScan(scan);
    ArrayCalendar full =
        CalendarAssembly.assemble(ArrayCalendar.Kind.OFFICIAL, OfficialNotices.list(), false);
    assertSameDays(fast, full);
    assertThat(fast.version()).isEqualTo(full.version());
    assertThat(fast.workingDayCount()).isEqualTo(full.workingDayCount());
    assertThat(fast.notices()).isEqualTo(full.notices());
    assertThat(fast).isEqualTo(full).hasSameHashCodeAs(full);
    assertThat(ChinaCalendars.official()).isEqualTo(full);
    assertThat(ChinaCalendars.official().version()).isEqualTo(full.version());
  }

  @Test
  void theOfficialCalendarStillListsTheBuiltInNotices() {
    List<HolidayNotice> notices = ChinaCalendars.official().notices();
    assertThat(notices).isEqualTo(ChinaCalendars.officialNotices());
    // the first built-in notice is the one for 2018, the 2020 extension is among them
    assertThat(notices.get(0).number()).isEqualTo("国办发明电〔2017〕12号");
    assertThat(notices).extracting(HolidayNotice::number).contains("国办发明电〔2020〕1号");
  }

  /**
   * A small text with an amendment: the 2020 notice (国办发明电〔2019〕16号) declares Sat 2020-02-01 a
   * working day and the extension (国办发明电〔2020〕1号, released 2020-01-27) makes 2020-01-31..02-02 rest
   * days, so the later declaration wins.
   */
  private static final String AMENDED =
      """
      # comment line
      notice: 国办发明电〔2019〕16号
      title: 国务院办公厅关于2020年部分节假日安排的通知
      released: 2019-11-21
      year: 2020
      source: https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm
      rest: 2020-01-24..2020-01-30 春节
      work: 2020-01-19 春节
      work: 2020-02-01 春节

      notice: 国办发明电〔2020〕1号
      title: 国务院办公厅关于延长2020年春节假期的通知
      released: 2020-01-27
      year: 2020
      source: https://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm
      amends: 国办发明电〔2019〕16号
      rest: 2020-01-31..2020-02-02 春节
      """;

  @Test
  void laterDeclarationsWinAsOnTheFullPath() throws IOException {
    OfficialScan scan = OfficialScan.scan(AMENDED.getBytes(StandardCharsets.UTF_8));
    assertThat(scan).isNotNull();
    assertThat(scan.count).isEqualTo(2);
    assertThat(scan.lastNumber).isEqualTo("国办发明电〔2020〕1号");
    assertThat(scan.lastReleased).isEqualTo(LocalDate.of(2020, 1, 27));
    ArrayCalendar fast = CalendarAssembly.fromScan(scan);
    assertThat(fast.dayKind(LocalDate.of(2020, 2, 1))).isEqualTo(DayKind.HOLIDAY);
    assertThat(fast.dayKind(LocalDate.of(2020, 1, 19))).isEqualTo(DayKind.MAKEUP_WORKDAY);
    assertThat(fast.dayKind(LocalDate.of(2020, 1, 31))).isEqualTo(DayKind.HOLIDAY);
    assertThat(fast.dayKind(LocalDate.of(2020, 2, 3))).isEqualTo(DayKind.WORKDAY);
    List<HolidayNotice> parsed = NoticeText.read(new StringReader(AMENDED), "test");
    ArrayCalendar full =
        CalendarAssembly.assemble(ArrayCalendar.Kind.OTHER, NoticeSets.merge(parsed), false);
    assertSameDays(fast, full);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "# only a comment\n",
        "\uFEFFnotice: N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "released: 2020-01-01\nnotice: N\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\nholiday: x\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nrest：2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-01-01\nrest: 2020-01-01 元旦\n",
        "notice: N\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-1-1\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-01-01\nyear: 20\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-02-30 春节\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01元旦\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-03..2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nwork: 2020-01-04..2020-01-05 春节\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\ntitle:\n",
        "notice: N\u3000\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: \u2003N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
      })
  void theScanGivesUpOnAnythingBeyondThePlainForm(String text) {
    assertThat(OfficialScan.scan(text.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void whitespaceIsWhatTheJdkCallsWhitespace() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(OfficialScan.isWhitespace((char) c))
          .as("U+%04X", c)
          .isEqualTo(Character.isWhitespace((char) c));
    }
  }

  @Test
  void monthLengthsFollowTheGregorianRules() {
    assertThat(ArrayCalendar.lengthOfMonth(2024, 2)).isEqualTo(29); // divisible by 4
    assertThat(ArrayCalendar.lengthOfMonth(2026, 2)).isEqualTo(28);
    assertThat(ArrayCalendar.lengthOfMonth(2100, 2)).isEqualTo(28); // century, not by 400
    assertThat(ArrayCalendar.lengthOfMonth(2000, 2)).isEqualTo(29); // divisible by 400
    int[] lengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; m++) {
      assertThat(ArrayCalendar.lengthOfMonth(2023, m)).as("month %d", m).isEqualTo(lengths[m - 1]);
    }
  }
}
