package org.employmentlinkage.cli.holidaycn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.junit.jupiter.api.Test;

/** The conversion rules of {@link HolidayCnImport}, on files written in holiday-cn's format. */
class HolidayCnImportTest {
  private static final HolidayCnImport.Settings SETTINGS =
      new HolidayCnImport.Settings("测试〔2000〕1号", LocalDate.of(2019, 11, 21), null, null, null);

  /** A holiday-cn file: {@code days} as "name date on|off" triples. */
  private static HolidayCnFile file(int year, List<String> papers, String... days) {
    List<HolidayCnFile.Day> list = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      String[] p = days[i].split(" ", 3);
      list.add(new HolidayCnFile.Day(p[0], LocalDate.parse(p[1]), p[2].equals("off"), i));
    }
    return new HolidayCnFile(year, papers, list);
  }

  private static List<String> range(String name, String first, String last) {
    List<String> out = new ArrayList<>();
    for (LocalDate d = LocalDate.parse(first);
        !d.isAfter(LocalDate.parse(last));
        d = d.plusDays(1)) {
      out.add(name + " " + d + " off");
    }
    return out;
  }

  /**
   * holiday-cn's 2020 file merges 国办发明电〔2019〕16号 and the extension 国办发明电〔2020〕1号 (its papers list
   * both). Built here from those two official texts: 春节 rest 01-24..01-30 extended to 02-02, so the
   * make-up Saturday 02-01 is gone. The converted notice declares their combined effect, which
   * gives every day of 2020 the kind the built-in calendar gives it.
   */
  @Test
  void aMergedFileGivesTheCombinedEffect() {
    List<String> days = new ArrayList<>();
    days.add("元旦 2020-01-01 off");
    days.add("春节 2020-01-19 on");
    days.addAll(range("春节", "2020-01-24", "2020-02-02"));
    days.addAll(range("清明节", "2020-04-04", "2020-04-06"));
    days.add("劳动节 2020-04-26 on");
    days.addAll(range("劳动节", "2020-05-01", "2020-05-05"));
    days.add("劳动节 2020-05-09 on");
    days.addAll(range("端午节", "2020-06-25", "2020-06-27"));
    days.add("端午节 2020-06-28 on");
    days.add("国庆节、中秋节 2020-09-27 on");
    days.addAll(range("国庆节、中秋节", "2020-10-01", "2020-10-08"));
    days.add("国庆节、中秋节 2020-10-10 on");
    HolidayCnFile f =
        file(
            2020,
            List.of(
                "https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm",
                "https://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm"),
            days.toArray(String[]::new));
    HolidayCnImport.Conversion c = HolidayCnImport.convert(f, "2020.json", SETTINGS);
    assertThat(c.mergedPapers()).isEqualTo(2);
    assertThat(c.text()).contains("# The file merges 2 documents");
    HolidayNotice n = c.notice();
    assertThat(n.source())
        .isEqualTo("https://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm");
    assertThat(n.title()).isEqualTo("国务院办公厅关于2020年部分节假日安排的通知");
    assertThat(n.declarations())
        .contains(DayDeclaration.rest(LocalDate.of(2020, 1, 24), LocalDate.of(2020, 2, 2), "春节"));
    for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() == 2020; d = d.plusDays(1)) {
      assertThat(kind(n, d)).as(d.toString()).isEqualTo(ChinaCalendars.official().dayKind(d));
    }
  }

  /** The kind a single notice gives a date, by the rules of {@link DayKind}. */
  private static DayKind kind(HolidayNotice n, LocalDate d) {
    boolean weekend =
        d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    for (DayDeclaration dd : n.declarations()) {
      if (dd.days().contains(d)) {
        return dd.kind() == DayDeclaration.Kind.REST
            ? DayKind.HOLIDAY
            : weekend ? DayKind.MAKEUP_WORKDAY : DayKind.WORKDAY;
      }
    }
    return weekend ? DayKind.WEEKEND : DayKind.WORKDAY;
  }

  @Test
  void aGapOrAnotherNameEndsARestRange() {
    HolidayCnFile f =
        file(
            2030,
            List.of("https://example.invalid/p"),
            "甲 2030-01-01 off",
            "甲 2030-01-02 off",
            "甲 2030-01-04 off",
            "乙 2030-01-05 off",
            "乙 2030-01-06 off");
    assertThat(HolidayCnImport.convert(f, "f.json", SETTINGS).notice().declarations())
        .containsExactly(
            DayDeclaration.rest(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 2), "甲"),
            DayDeclaration.rest(LocalDate.of(2030, 1, 4), LocalDate.of(2030, 1, 4), "甲"),
            DayDeclaration.rest(LocalDate.of(2030, 1, 5), LocalDate.of(2030, 1, 6), "乙"));
  }

  /** Festivals in the order of their first day; within one, rest ranges before working days. */
  @Test
  void linesAreGroupedByFestival() {
    HolidayCnFile f =
        file(
            2030,
            List.of("https://example.invalid/p"),
            "乙 2030-02-10 on",
            "甲 2030-01-01 off",
            "乙 2030-02-12 off",
            "乙 2030-02-20 on");
    assertThat(HolidayCnImport.convert(f, "f.json", SETTINGS).notice().declarations())
        .containsExactly(
            DayDeclaration.rest(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), "甲"),
            DayDeclaration.rest(LocalDate.of(2030, 2, 12), LocalDate.of(2030, 2, 12), "乙"),
            DayDeclaration.work(LocalDate.of(2030, 2, 10), "乙"),
            DayDeclaration.work(LocalDate.of(2030, 2, 20), "乙"));
  }

  /**
   * Days of the previous December are this notice's (国办发明电〔2018〕15号 declares 2018-12-29..31 for
   * 2019); days of the file's own December named 元旦 are the next notice's and are left out.
   */
  @Test
  void decemberDays() {
    HolidayCnFile f =
        file(
            2019,
            List.of("https://example.invalid/p"),
            "元旦 2018-12-29 on",
            "元旦 2018-12-30 off",
            "元旦 2018-12-31 off",
            "元旦 2019-01-01 off",
            "元旦 2019-12-31 off");
    HolidayCnImport.Conversion c = HolidayCnImport.convert(f, "2019.json", SETTINGS);
    assertThat(c.notice().declarations())
        .containsExactly(
            DayDeclaration.rest(LocalDate.of(2018, 12, 30), LocalDate.of(2019, 1, 1), "元旦"),
            DayDeclaration.work(LocalDate.of(2018, 12, 29), "元旦"));
    assertThat(c.leftOut())
        .extracting(HolidayCnFile.Day::date)
        .containsExactly(LocalDate.of(2019, 12, 31));
  }

  @Test
  void settingsThatBreakTheNoticeRulesAreRejected() {
    HolidayCnFile f = file(2030, List.of("https://example.invalid/p"), "甲 2030-01-01 off");
    HolidayCnImport.Settings blank =
        new HolidayCnImport.Settings(" ", LocalDate.of(2029, 11, 1), null, null, null);
    assertThatThrownBy(() -> HolidayCnImport.convert(f, "f.json", blank))
        .isInstanceOf(IllegalArgumentException.class);
    HolidayCnImport.Settings badSource =
        new HolidayCnImport.Settings("N", LocalDate.of(2029, 11, 1), null, "not a url", null);
    assertThatThrownBy(() -> HolidayCnImport.convert(f, "f.json", badSource))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
  }

  /**
   * Found by {@code HolidayCnFuzzTest}: text from the file is written into comment lines of the
   * converted text (the papers, the names of left-out days), and a line break in it ended the
   * comment, so the rest was read as notice lines ({@code NoticeFormatException}, or worse, an
   * extra notice). Such text is now escaped in the comments.
   */
  @Test
  void lineBreaksInCommentedTextDoNotAddLines() {
    HolidayCnFile f =
        new HolidayCnFile(
            2030,
            List.of("https://example.invalid/p", "https://example.invalid/q\nnotice: 假〔2030〕9号"),
            List.of(
                new HolidayCnFile.Day("甲", LocalDate.of(2030, 1, 1), true, 0),
                new HolidayCnFile.Day("元旦\ntitle: x\r", LocalDate.of(2030, 12, 31), true, 1)));
    HolidayCnImport.Conversion c = HolidayCnImport.convert(f, "a\nb.json", SETTINGS);
    assertThat(HolidayNotices.parse(c.text(), "converted")).containsExactly(c.notice());
    assertThat(c.notice().declarations())
        .containsExactly(
            DayDeclaration.rest(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), "甲"));
    assertThat(c.leftOut()).extracting(HolidayCnFile.Day::name).containsExactly("元旦\ntitle: x\r");
    assertThat(c.text())
        .contains("# holiday-cn paper: https://example.invalid/q\\nnotice: 假〔2030〕9号\n")
        .contains("rest 元旦\\ntitle: x\\r\n")
        .contains("holiday-cn file a\\nb.json (year 2030)");
  }

  @Test
  void defaultTitle() {
    assertThat(HolidayCnImport.defaultTitle(2025)).isEqualTo("国务院办公厅关于2025年部分节假日安排的通知");
  }
}
