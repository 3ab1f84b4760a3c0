package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** The notice text format: round trip, the worked example of the docs, and every error kind. */
class HolidayNoticesTest {

  /** The 2025 notice (国办发明电〔2024〕12号) as docs/notice-format.md shows it. */
  static final String NOTICE_2025 =
      """
      # 国务院办公厅关于2025年部分节假日安排的通知
      notice: 国办发明电〔2024〕12号
      title: 国务院办公厅关于2025年部分节假日安排的通知
      released: 2024-11-12
      year: 2025
      source: https://www.gov.cn/zhengce/content/202411/content_6986382.htm
      # 一、元旦：1月1日（周三）放假1天，不调休。
      rest: 2025-01-01 元旦
      # 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
      rest: 2025-01-28..2025-02-04 春节
      work: 2025-01-26 春节
      work: 2025-02-08 春节
      # 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
      rest: 2025-04-04..2025-04-06 清明节
      # 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
      rest: 2025-05-01..2025-05-05 劳动节
      work: 2025-04-27 劳动节
      # 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
      rest: 2025-05-31..2025-06-02 端午节
      # 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
      rest: 2025-10-01..2025-10-08 国庆节、中秋节
      work: 2025-09-28 国庆节、中秋节
      work: 2025-10-11 国庆节、中秋节
      """;

  @Test
  void theWorkedExampleOfTheDocsIsTheBuiltIn2025Notice() {
    List<HolidayNotice> parsed = HolidayNotices.parse(NOTICE_2025, "example");
    HolidayNotice builtIn =
        ChinaCalendars.officialNotices().stream()
            .filter(n -> n.year() == 2025)
            .findFirst()
            .orElseThrow();
    assertThat(parsed).containsExactly(builtIn);
  }

  @Test
  void theDocsShowTheSameExample() throws IOException {
    Path doc = Path.of("..", "docs", "notice-format.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    for (String line : NOTICE_2025.split("\n")) {
      if (!line.startsWith("#")) {
        assertThat(text).as("docs/notice-format.md shows " + line).contains(line);
      }
    }
  }

  @Test
  void formatThenParseGivesTheBuiltInNoticesBack() {
    List<HolidayNotice> official = ChinaCalendars.officialNotices();
    String text = HolidayNotices.format(official);
    assertThat(HolidayNotices.parse(text, "formatted")).isEqualTo(official);
    assertThat(HolidayNotices.format(List.of())).startsWith("#");
    assertThat(HolidayNotices.parse(HolidayNotices.format(List.of()), "empty")).isEmpty();
  }

  @Test
  void formatThenParseIsTheIdentityOnGeneratedNotices() {
    qt().forAll(notices())
        .checkAssert(
            list ->
                assertThat(HolidayNotices.parse(HolidayNotices.format(list), "generated"))
                    .isEqualTo(list));
  }

  /** Random valid notices: any year, rest ranges and single work days inside the year window. */
  private static Gen<List<HolidayNotice>> notices() {
    Gen<HolidayNotice> notice =
        integers()
            .between(2000, 2100)
            .zip(
                lists().of(integers().between(0, 395 * 2)).ofSizeBetween(1, 8),
                integers().between(0, 1),
                (year, picks, amends) -> {
                  LocalDate min = LocalDate.of(year - 1, 12, 1);
                  LocalDate max = LocalDate.of(year, 12, 31);
                  List<DayDeclaration> decls = new ArrayList<>();
                  List<LocalDate> used = new ArrayList<>();
                  for (int i = 0; i < picks.size(); i++) {
                    int p = picks.get(i);
                    LocalDate day = min.plusDays(p / 2);
                    if (day.isAfter(max) || used.contains(day)) {
                      continue;
                    }
                    used.add(day);
                    decls.add(
                        p % 2 == 0
                            ? DayDeclaration.rest(day, day, "节日 " + i)
                            : DayDeclaration.work(day, "节" + i));
                  }
                  if (decls.isEmpty()) {
                    decls.add(DayDeclaration.rest(max, max, "元旦"));
                  }
                  HolidayNotice.Builder b = HolidayNotice.builder();
                  b.number("测试〔" + year + "〕" + picks.size() + "号")
                      .title("测试通知 " + year)
                      .released(min.minusDays(picks.get(0)))
                      .year(year)
                      .source("https://example.org/notice/" + year)
                      .amends(amends == 1 ? Optional.of("测试〔" + year + "〕0号") : Optional.empty())
                      .declarations(decls);
                  return (HolidayNotice) b.build();
                });
    return lists().of(notice).ofSizeBetween(0, 4);
  }

  @Test
  void commentsBlankLinesSpacesAndAByteOrderMarkAreAccepted() {
    String text =
        "\uFEFF# comment\n\n   notice:   国办发明电〔2024〕12号   \n"
            + "  # indented comment\n"
            + "title: 国务院办公厅关于2025年部分节假日安排的通知\r\n"
            + "released: 2024-11-12\n"
            + "year: 2025\n"
            + "source: https://www.gov.cn/zhengce/content/202411/content_6986382.htm\n"
            + "rest: 2025-01-01   元旦\n";
    HolidayNotice n = HolidayNotices.parse(text, "t").get(0);
    assertThat(n.number()).isEqualTo("国办发明电〔2024〕12号");
    assertThat(n.declarations())
        .containsExactly(DayDeclaration.rest(d(2025, 1, 1), d(2025, 1, 1), "元旦"));
  }

  @Test
  void readsFilesAndReaders(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2025.txt");
    Files.writeString(file, NOTICE_2025, StandardCharsets.UTF_8);
    assertThat(HolidayNotices.read(file)).hasSize(1);
    assertThat(HolidayNotices.read(new StringReader(NOTICE_2025), "reader")).hasSize(1);

    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, new byte[] {'n', 'o', 't', 'i', 'c', 'e', ':', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> HolidayNotices.read(bad))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("UTF-8");
  }

  private static final String HEAD =
      """
      notice: 测试〔2027〕1号
      title: 测试通知
      released: 2026-11-01
      year: 2027
      source: https://example.org/2027
      """;

  /** Each malformed text, the line reported and a part of the reason. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          rest: 2027-01-01 元旦\\nholiday: 2027-01-02 元旦 | 7 | unknown key 'holiday'
          Rest: 2027-01-01 元旦                        | 6 | keys are lower case
          rest 2027-01-01 元旦                         | 6 | expected 'key: value'
          rest：2027-01-01 元旦                        | 6 | full-width
          rest: 2027-13-01 元旦                        | 6 | bad date '2027-13-01'
          rest: 2027-02-30 元旦                        | 6 | no such day
          rest: 27-1-1 元旦                            | 6 | expected YYYY-MM-DD
          rest: 2027-01-03..2027-01-01 元旦            | 6 | range reversed
          rest: 2027-01-01                             | 6 | missing festival name
          rest:                                        | 6 | empty value for 'rest'
          work: 2027-01-02..2027-01-03 元旦            | 6 | 'work' takes one date
          rest: 2026-11-30 元旦                        | 6 | outside the dates a notice for 2027 may declare (2026-12-01..2027-12-31)
          rest: 2028-01-01 元旦                        | 6 | outside the dates a notice for 2027 may declare
          rest: 2027-01-01..2027-01-03 元旦\\nwork: 2027-01-02 元旦 | 7 | 2027-01-02 is declared both a rest day and a working day
          title: again\\nrest: 2027-01-01 元旦         | 6 | duplicate key 'title' in notice 测试〔2027〕1号 (first on line 2)
          year: 2028\\nrest: 2027-01-01 元旦           | 6 | duplicate key 'year'
          amends: 测试〔2027〕1号\\nrest: 2027-01-01 元旦 | 6 | cannot amend itself
          """)
  void malformedLinesNameSourceLineAndReason(String tail, int line, String reason) {
    String text = HEAD + tail.replace("\\n", "\n") + "\n";
    assertThatThrownBy(() -> HolidayNotices.parse(text, "bad.txt"))
        .isInstanceOfSatisfying(
            NoticeFormatException.class,
            e -> {
              assertThat(e.source()).isEqualTo("bad.txt");
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.reason()).contains(reason);
              assertThat(e.getMessage()).startsWith("bad.txt:" + line + ": ");
            });
  }

  @Test
  void aNoticeWithoutDaysIsAnErrorNotAYearWithoutHolidays() {
    // holiday-cn publishes placeholder files {"year": 2027, "papers": [], "days": []} before a
    // notice is out; converted naively they become a notice that declares nothing.
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD, "2027.txt"))
        .isInstanceOfSatisfying(
            NoticeFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.reason()).contains("declares no days").contains("placeholder");
            });
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD + "\nnotice: 测试〔2027〕2号\n", "x.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining("x.txt:1:");
  }

  @ParameterizedTest(name = "missing {0}")
  @CsvSource({"title", "released", "year", "source"})
  void aMissingFieldIsNamed(String field) {
    StringBuilder sb = new StringBuilder();
    for (String l : HEAD.split("\n")) {
      if (!l.startsWith(field + ":")) {
        sb.append(l).append('\n');
      }
    }
    sb.append("rest: 2027-01-01 元旦\n");
    assertThatThrownBy(() -> HolidayNotices.parse(sb.toString(), "m.txt"))
        .isInstanceOfSatisfying(
            NoticeFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.reason()).contains("missing '" + field + "'");
            });
  }

  @Test
  void otherMalformedTexts() {
    assertThatThrownBy(() -> HolidayNotices.parse("title: x\n", "t"))
        .hasMessage("t:1: 'title' before the first 'notice:' line");
    // The same number twice is read as two notices (so that format/parse is a round trip for any
    // list); combining them into a calendar keeps identical ones once and rejects different ones.
    assertThat(
            HolidayNotices.parse(
                HEAD + "rest: 2027-01-01 元旦\n" + HEAD + "rest: 2027-01-01 元旦\n", "t"))
        .hasSize(2);
    assertThatThrownBy(
            () ->
                HolidayNotices.parse(HEAD.replace("2027\n", "27\n") + "rest: 2027-01-01 x\n", "t"))
        .hasMessageContaining("t:4: bad year '27'");
    assertThatThrownBy(
            () ->
                HolidayNotices.parse(
                    HEAD.replace("https://example.org/2027", "gov.cn page")
                        + "rest: 2027-01-01 x\n",
                    "t"))
        .hasMessageContaining("t:5: source must be an absolute URL");
    assertThatThrownBy(
            () ->
                HolidayNotices.parse(
                    HEAD.replace("year: 2027", "year: 1900") + "rest: 1900-01-01 x\n", "t"))
        .hasMessageContaining("t:4: year 1900 is outside 1950..2999");
  }

  @Test
  void theBuilderAppliesTheSameRules() {
    HolidayNotice.Builder ok = builder2027();
    ok.addDeclaration(DayDeclaration.rest(d(2027, 1, 1), d(2027, 1, 1), "元旦"));
    assertThat(ok.build().declarations()).hasSize(1);

    assertThatThrownBy(() -> builder2027().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declares no days");
    HolidayNotice.Builder outside = builder2027();
    outside.addDeclaration(DayDeclaration.work(d(2026, 11, 29), "元旦"));
    assertThatThrownBy(outside::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-12-01..2027-12-31");
    HolidayNotice.Builder both = builder2027();
    both.addDeclaration(DayDeclaration.rest(d(2027, 1, 1), d(2027, 1, 3), "元旦"));
    both.addDeclaration(DayDeclaration.work(d(2027, 1, 3), "元旦"));
    assertThatThrownBy(both::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-01-03 is declared both a rest day and a working day");
    HolidayNotice.Builder blank = builder2027();
    blank.title(" ");
    blank.addDeclaration(DayDeclaration.rest(d(2027, 1, 1), d(2027, 1, 1), "元旦"));
    assertThatThrownBy(blank::build).hasMessageContaining("title must not be blank");
    HolidayNotice.Builder twoLines = builder2027();
    twoLines.title("a\nb");
    twoLines.addDeclaration(DayDeclaration.rest(d(2027, 1, 1), d(2027, 1, 1), "元旦"));
    assertThatThrownBy(twoLines::build).hasMessageContaining("title must be one line");
  }

  @Test
  void declarationsRejectBadInput() {
    assertThatThrownBy(() -> DayDeclaration.rest(d(2027, 1, 2), d(2027, 1, 1), "元旦"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before first");
    assertThatThrownBy(() -> DayDeclaration.rest(d(2027, 1, 1), d(2027, 1, 1), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("festival must not be blank");
    assertThatThrownBy(() -> DayDeclaration.work(d(2027, 1, 1), " 元旦"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("festival must be one line");
    assertThatThrownBy(() -> DayDeclaration.work(null, "元旦"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> HolidayNotices.parse(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> HolidayNotices.parse("", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sourceName");
    assertThatThrownBy(() -> HolidayNotices.read((Path) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("file");
    assertThatThrownBy(() -> HolidayNotices.format(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("notices");
    List<HolidayNotice> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> HolidayNotices.format(withNull))
        .isInstanceOf(NullPointerException.class);
  }

  private static HolidayNotice.Builder withNewYear(HolidayNotice.Builder b, int year) {
    b.addDeclaration(DayDeclaration.rest(d(year, 1, 1), d(year, 1, 1), "元旦"));
    return b;
  }

  @Test
  void theBuilderChecksEveryTextField() {
    HolidayNotice.Builder number = withNewYear(builder2027(), 2027);
    number.number(" ");
    assertThatThrownBy(number::build).hasMessageContaining("number must not be blank");
    HolidayNotice.Builder source = withNewYear(builder2027(), 2027);
    source.source(" https://example.org/2027");
    assertThatThrownBy(source::build).hasMessageContaining("source must be one line");
    HolidayNotice.Builder relative = withNewYear(builder2027(), 2027);
    relative.source("www.gov.cn/zhengce/content/202411/content_6986382.htm");
    assertThatThrownBy(relative::build).hasMessageContaining("source must be an absolute URL");
    HolidayNotice.Builder amends = withNewYear(builder2027(), 2027);
    amends.amends("测试〔2026〕1号\r");
    assertThatThrownBy(amends::build).hasMessageContaining("amends must be one line");
    HolidayNotice.Builder twoLineNumber = withNewYear(builder2027(), 2027);
    twoLineNumber.number("测试\r〔2027〕1号");
    assertThatThrownBy(twoLineNumber::build).hasMessageContaining("number must be one line");
  }

  /** The format accepts the years 1950..2999 (docs/notice-format.md), both ends included. */
  @Test
  void theYearsOfTheFormatAre1950Through2999() {
    for (int year : new int[] {1950, 2999}) {
      HolidayNotice.Builder b = withNewYear(builder2027(), year);
      b.year(year).released(d(year - 1, 11, 1));
      assertThat(b.build().year()).isEqualTo(year);
    }
    for (int year : new int[] {1949, 3000}) {
      HolidayNotice.Builder b = withNewYear(builder2027(), year);
      b.year(year).released(d(year - 1, 11, 1));
      assertThatThrownBy(b::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("year " + year + " is outside 1950..2999");
    }
  }

  @Test
  void aConflictNamesBothDeclarationsCountingFromOne() {
    HolidayNotice.Builder both = builder2027();
    both.addDeclaration(DayDeclaration.rest(d(2027, 1, 1), d(2027, 1, 1), "元旦"));
    both.addDeclaration(DayDeclaration.rest(d(2027, 2, 5), d(2027, 2, 11), "春节"));
    both.addDeclaration(DayDeclaration.work(d(2027, 2, 6), "春节"));
    assertThatThrownBy(both::build)
        .hasMessageContaining("2027-02-06 is declared both a rest day and a working day")
        .hasMessageContaining("(declarations 2 and 3)");
  }

  @Test
  void aLineMustStartWithItsKey() {
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD + ": 2027-01-01 元旦\n", "k.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("k.txt:6: unknown key ''");
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD + "：rest 2027-01-01 元旦\n", "k.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("k.txt:6: ")
        .hasMessageContaining("full-width '：'");
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD + "rest: ..2027-01-01 元旦\n", "k.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("k.txt:6: bad date '':");
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD + "rest: 2027-01-01.. 元旦\n", "k.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("k.txt:6: bad date '':");
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD + "rest: 2027-0/-01 元旦\n", "k.txt"))
        .hasMessageContaining("expected YYYY-MM-DD");
    assertThatThrownBy(() -> HolidayNotices.parse(HEAD + "rest: 2027-01-0: 元旦\n", "k.txt"))
        .hasMessageContaining("expected YYYY-MM-DD");
    assertThatThrownBy(
            () -> HolidayNotices.parse(HEAD.replace("year: 2027", "year: 202/"), "k.txt"))
        .hasMessageContaining("bad year '202/'");
    assertThatThrownBy(
            () -> HolidayNotices.parse(HEAD.replace("year: 2027", "year: 202:"), "k.txt"))
        .hasMessageContaining("bad year '202:'");
  }

  private static HolidayNotice.Builder builder2027() {
    HolidayNotice.Builder b = HolidayNotice.builder();
    b.number("测试〔2027〕1号")
        .title("测试通知")
        .released(d(2026, 11, 1))
        .year(2027)
        .source("https://example.org/2027");
    return b;
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** A reader that never ends: {@code filler} forever, like {@code /dev/zero}. */
  private static java.io.Reader endless(String filler) {
    return new java.io.Reader() {
      private int i;

      @Override
      public int read(char[] buf, int off, int len) {
        for (int k = 0; k < len; k++) {
          buf[off + k] = filler.charAt(i++ % filler.length());
        }
        return len;
      }

      @Override
      public void close() {}
    };
  }

  /** Issue 12, item 9: a line without end is refused at its 1,001st character, naming the line. */
  @Test
  void anEndlessLineIsRefusedAtTheLineLimit() {
    assertThatThrownBy(() -> HolidayNotices.read(endless("x"), "endless.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("endless.txt:1:")
        .hasMessageContaining("1000 characters");
  }

  /** Issue 12, item 9: endless short lines are refused at the text limit. */
  @Test
  void anEndlessTextIsRefusedAtTheTextLimit() {
    assertThatThrownBy(() -> HolidayNotices.read(endless("# comment\n"), "comments.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("comments.txt:")
        .hasMessageContaining(String.valueOf(HolidayNotices.MAX_TEXT_CHARACTERS));
  }

  /** Issue 12, item 9: {@code /dev/zero} (NUL bytes, no line break) fails fast, not by OOM. */
  @Test
  void devZeroIsRefused() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");
    assertThatThrownBy(() -> HolidayNotices.read(zero))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining("1000 characters");
  }

  /** The limits are not off by one: a line of exactly 1,000 characters is read. */
  @Test
  void aLineOfExactlyTheLimitIsRead() {
    String longComment = "#" + "注".repeat(HolidayNotices.MAX_LINE_CHARACTERS - 1) + "\n";
    assertThat(HolidayNotices.parse(longComment + NOTICE_2025, "long.txt"))
        .singleElement()
        .satisfies(n -> assertThat(n.number()).isEqualTo("国办发明电〔2024〕12号"));
    assertThatThrownBy(() -> HolidayNotices.parse("#" + longComment + NOTICE_2025, "long.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("long.txt:1:");
  }

  /** Line breaks of every kind still count lines as before (\n, \r\n, a lone \r). */
  @Test
  void lineBreaksOfEveryKindCountLines() {
    String crlf = NOTICE_2025.replace("\n", "\r\n");
    String cr = NOTICE_2025.replace("\n", "\r");
    assertThat(HolidayNotices.parse(crlf, "crlf.txt"))
        .isEqualTo(HolidayNotices.parse(NOTICE_2025, "lf.txt"));
    assertThat(HolidayNotices.parse(cr, "cr.txt"))
        .isEqualTo(HolidayNotices.parse(NOTICE_2025, "lf.txt"));
    assertThatThrownBy(() -> HolidayNotices.parse("\r\n\r\nnotice x\r\n", "bad.txt"))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageStartingWith("bad.txt:3:");
  }
}
