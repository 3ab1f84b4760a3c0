package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Edges of the byte scan of {@link OfficialScan} that the built-in file does not exercise: line
 * breaks (CRLF, none at the end, a blank first line), white space around values, a one-day range,
 * many declarations, and dates and years that are not written in digits. Texts in the plain form
 * give the calendar of the full path; anything else makes the scan give up.
 */
class OfficialScanEdgesTest {

  /**
   * One notice, 国办发明电〔2019〕16号 as in {@code OfficialScanTest} (without its 2020-01-27 extension):
   * rest 2020-01-24..01-30, work 2020-01-19 (a Sunday) and 2020-02-01 (a Saturday).
   */
  private static final String NOTICE =
      "notice: 国办发明电〔2019〕16号\n"
          + "title: 国务院办公厅关于2020年部分节假日安排的通知\n"
          + "released: 2019-11-21\n"
          + "year: 2020\n"
          + "source: https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm\n"
          + "rest: 2020-01-24..2020-01-30 春节\n"
          + "work: 2020-01-19 春节\n"
          + "work: 2020-02-01 春节\n";

  private static void assertScanGivesTheFullPathsCalendar(String text) throws IOException {
    OfficialScan scan = OfficialScan.scan(text.getBytes(StandardCharsets.UTF_8));
    assertThat(scan).as("scan of %s", text).isNotNull();
    ArrayCalendar fast = CalendarAssembly.fromScan(scan);
    List<HolidayNotice> parsed = NoticeText.read(new StringReader(text), "test");
    ArrayCalendar full =
        CalendarAssembly.assemble(ArrayCalendar.Kind.OTHER, NoticeSets.merge(parsed), false);
    assertThat(fast.coverage()).isEqualTo(full.coverage());
    for (LocalDate d = full.coverage().first();
        !d.isAfter(full.coverage().last());
        d = d.plusDays(1)) {
      assertThat(fast.dayKind(d)).as("kind of %s", d).isEqualTo(full.dayKind(d));
    }
    // the days the notice declares, by hand
    assertThat(fast.dayKind(LocalDate.of(2020, 1, 24))).isEqualTo(DayKind.HOLIDAY);
    assertThat(fast.dayKind(LocalDate.of(2020, 1, 30))).isEqualTo(DayKind.HOLIDAY);
    assertThat(fast.dayKind(LocalDate.of(2020, 1, 19))).isEqualTo(DayKind.MAKEUP_WORKDAY);
    assertThat(fast.dayKind(LocalDate.of(2020, 1, 31))).isEqualTo(DayKind.WORKDAY);
  }

  @Test
  void windowsLineBreaksAreLineBreaks() throws IOException {
    assertScanGivesTheFullPathsCalendar(NOTICE.replace("\n", "\r\n"));
  }

  @Test
  void theLastLineNeedsNoLineBreak() throws IOException {
    assertScanGivesTheFullPathsCalendar(NOTICE.strip());
    // a date as the very last bytes of the text
    String releasedLast =
        "notice: 国办发明电〔2019〕16号\n"
            + "year: 2020\n"
            + "rest: 2020-01-24..2020-01-30 春节\n"
            + "work: 2020-01-19 春节\n"
            + "released: 2019-11-21";
    OfficialScan scan = OfficialScan.scan(releasedLast.getBytes(StandardCharsets.UTF_8));
    assertThat(scan).isNotNull();
    assertThat(scan.lastReleased).isEqualTo(LocalDate.of(2019, 11, 21));
  }

  @Test
  void blankLinesAndWhiteSpaceAroundKeysAndValuesAreIgnored() throws IOException {
    assertScanGivesTheFullPathsCalendar("\n" + NOTICE + "\n  ");
    assertScanGivesTheFullPathsCalendar(
        NOTICE.replace("released: 2019-11-21", "  released :\t2019-11-21 \t"));
  }

  @Test
  void aOneDayRangeIsARange() throws IOException {
    OfficialScan scan =
        OfficialScan.scan(
            (NOTICE + "rest: 2020-04-04..2020-04-04 清明节\n").getBytes(StandardCharsets.UTF_8));
    assertThat(scan).isNotNull();
    byte[] days = scan.declared(2020, 2020);
    // 2020-04-04 is day 94 of the leap year 2020 (31 + 29 + 31 + 4), index 94
    assertThat(days[94]).isEqualTo(Days.REST);
    assertThat(days[93]).isEqualTo(Days.NONE);
    assertThat(days[95]).isEqualTo(Days.NONE);
  }

  /**
   * {@code declared(firstYear, lastYear)} gives the days of those years only: declarations before
   * or after them are cut off. The text declares 2020-01-24..01-30 and, in a second notice,
   * 2021-01-01..01-03 (元旦, 国办发明电〔2020〕27号).
   */
  @Test
  void declaredDaysAreCutToTheYearsAskedFor() {
    String twoYears =
        NOTICE
            + "notice: 国办发明电〔2020〕27号\n"
            + "released: 2020-11-25\n"
            + "year: 2021\n"
            + "rest: 2021-01-01..2021-01-03 元旦\n";
    OfficialScan scan = OfficialScan.scan(twoYears.getBytes(StandardCharsets.UTF_8));
    assertThat(scan).isNotNull();
    byte[] only2020 = scan.declared(2020, 2020);
    assertThat(only2020).hasSize(366);
    assertThat(only2020[365]).isEqualTo(Days.NONE); // 2020-12-31
    assertThat(only2020[23]).isEqualTo(Days.REST); // 2020-01-24
    byte[] only2021 = scan.declared(2021, 2021);
    assertThat(only2021).hasSize(365);
    assertThat(only2021[0]).isEqualTo(Days.REST);
    assertThat(only2021[2]).isEqualTo(Days.REST);
    assertThat(only2021[3]).isEqualTo(Days.NONE);
  }

  /**
   * The scan keeps declarations in arrays of 256 that grow when full: exactly 256, and 300, single
   * days are all kept. Each declares one day of 2020 from January 1, every other day a working day.
   */
  @Test
  void manyDeclarationsAreAllKept() {
    for (int count : new int[] {256, 300}) {
      StringBuilder text = new StringBuilder("notice: N\nreleased: 2019-11-21\nyear: 2020\n");
      LocalDate day = LocalDate.of(2020, 1, 1);
      for (int i = 0; i < count; i++) {
        text.append(i % 2 == 0 ? "rest: " : "work: ").append(day.plusDays(i)).append(" 春节\n");
      }
      OfficialScan scan = OfficialScan.scan(text.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(scan).isNotNull();
      byte[] days = scan.declared(2020, 2020);
      assertThat(days).hasSize(366);
      for (int i = 0; i < 366; i++) {
        byte expected = i >= count ? Days.NONE : i % 2 == 0 ? Days.REST : Days.WORK;
        assertThat(days[i]).as("%d declarations, day %d", count, i).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a year or a date not written in digits
        "notice: N\nreleased: 2020-01-01\nyear: 2O20\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2O20-01-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-0:-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-01-0:\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020/01/01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        // a notice without a year or a release date, followed by another
        "notice: A\nyear: 2020\nrest: 2020-01-01 元旦\n"
            + "notice: B\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: A\nreleased: 2020-01-01\nrest: 2020-01-01 元旦\n"
            + "notice: B\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        // a value of white space only; a last line without a colon or a line break
        "notice:  \nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\n",
        "notice: N\nreleased: 2020-01-01\nyear: 2020\nrest: 2020-01-01 元旦\nno colon",
      })
  void theScanGivesUpOnTextsThatAreNotInThePlainForm(String text) {
    assertThat(OfficialScan.scan(text.getBytes(StandardCharsets.UTF_8))).isNull();
  }
}
