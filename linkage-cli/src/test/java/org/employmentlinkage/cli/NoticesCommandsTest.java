package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code linkage notices validate | import-holiday-cn | list}. */
class NoticesCommandsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static HolidayNotice official(String number) {
    return ChinaCalendars.officialNotices().stream()
        .filter(n -> n.number().equals(number))
        .findFirst()
        .orElseThrow();
  }

  // ---------------------------------------------------------------- validate

  /**
   * Issue 11 item 4: a notice cannot apply before it is publicly released, so a file whose notice
   * is dated released after today (Beijing) is refused by {@code notices validate} and {@code
   * --notices}, naming the file and the notice, and moves no deadline. "Today" here is
   * 2026-11-30T16:30Z, which is already 2026-12-01 00:30 in Beijing: a notice released on
   * 2026-12-01 is accepted, one released on 2026-12-02 is not.
   */
  @Test
  void aNoticeReleasedAfterTodayIsRefused() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);
    String notice =
        Files.readString(CliRun.resource("hypothetical-2027.txt"), StandardCharsets.UTF_8);
    Path future =
        write("future.txt", notice.replace("released: 2026-11-01", "released: 2026-12-02"));
    Path today = write("today.txt", notice.replace("released: 2026-11-01", "released: 2026-12-01"));

    CliRun.Result v = CliRun.runAt(clock, "notices", "validate", future.toString(), "--json");
    assertThat(v.exitCode()).isEqualTo(2);
    assertThat(v.errorLine())
        .contains(future.toString())
        .contains("测试用假设〔2026〕1号")
        .contains("2026-12-02");
    assertThat(v.json().get("error").get("code").asText()).isEqualTo("BAD_NOTICE_FILE");
    assertThat(v.out()).doesNotContain("\"valid\"");

    CliRun.Result d =
        CliRun.runAt(
            clock, "deadline", "2027-01-20", "30", "--notices", future.toString(), "--lang", "en");
    assertThat(d.exitCode()).isEqualTo(2);
    assertThat(d.errorLine())
        .contains("dated released 2026-12-02, after today (2026-12-01 in Beijing)");
    assertThat(d.out()).isEmpty();

    assertThat(CliRun.runAt(clock, "notices", "validate", today.toString()).exitCode()).isZero();
    CliRun.Result ok =
        CliRun.runAt(
            clock, "deadline", "2027-01-20", "30", "--notices", today.toString(), "--json");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.json().get("due").asText()).isEqualTo("2027-03-10");
  }

  @Test
  void validateAGoodFile() {
    Path file = CliRun.resource("hypothetical-2027.txt");
    CliRun.Result r = CliRun.run("notices", "validate", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("格式正确，共 1 份通知")
        .contains("测试用假设〔2026〕1号（2027年，2026-11-01 发布）")
        .contains("与法定节假日 13 天相符")
        .contains("2018-01-01..2027-12-31");
    JsonNode j = CliRun.run("notices", "validate", file.toString(), "--json").json();
    assertThat(j.get("valid").asBoolean()).isTrue();
    JsonNode n = j.get("notices").get(0);
    assertThat(n.get("number").asText()).isEqualTo("测试用假设〔2026〕1号");
    assertThat(n.get("year").asInt()).isEqualTo(2027);
    assertThat(n.get("amends").isNull()).isTrue();
    // the fixture's comment: 3+9+3+5+1+1+7 rest days, 5 work days, balance 13
    assertThat(n.get("restDays").asInt()).isEqualTo(29);
    assertThat(n.get("workDays").asInt()).isEqualTo(5);
    assertThat(n.get("statutoryBalance").get("value").asInt()).isEqualTo(13);
    assertThat(n.get("statutoryBalance").get("expected").asInt()).isEqualTo(13);
    assertThat(j.get("coverage").get("last").asText()).isEqualTo("2027-12-31");
  }

  /**
   * the State Council notices; docs/festivals.md for 2027, the cheap invariant: per year's notice,
   * (weekday rest days) − (weekend working days) is 11 until 2024 and 13 from 2025; amendments are
   * not checked.
   */
  @Test
  void theBuiltInNoticesPassTheStatutoryBalance() throws IOException {
    Path file = write("official.txt", HolidayNotices.format(ChinaCalendars.officialNotices()));
    CliRun.Result r = CliRun.run("notices", "validate", file.toString(), "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    int checked = 0;
    for (JsonNode n : r.json().get("notices")) {
      JsonNode b = n.get("statutoryBalance");
      if (n.get("amends").isNull()) {
        assertThat(b.get("expected").asInt()).isEqualTo(n.get("year").asInt() >= 2025 ? 13 : 11);
        assertThat(b.get("ok").asBoolean()).as(n.get("number").asText()).isTrue();
        checked++;
      } else {
        assertThat(b.isNull()).isTrue();
      }
    }
    assertThat(checked).isEqualTo(9); // 2018..2026
  }

  @Test
  void aBalanceThatDoesNotAddUpIsAWarningNotAnError() throws IOException {
    Path file =
        write(
            "short.txt",
            """
            notice: 测试用假设〔2026〕2号
            title: 测试（非官方）
            released: 2026-11-01
            year: 2027
            source: https://example.invalid/x
            rest: 2027-01-01 元旦
            """);
    CliRun.Result r = CliRun.run("notices", "validate", file.toString(), "--lang", "en");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("= 1, but there are 13 statutory holidays");
    assertThat(r.err())
        .isEqualTo(
            "linkage: warning: 测试用假设〔2026〕2号: weekday rest days − weekend working days = 1,"
                + " but there are 13 statutory holidays; check it against the official text\n");
  }

  @Test
  void validateReportsFileLineAndReason() throws IOException {
    Path file =
        write(
            "bad.txt",
            """
            notice: X〔2026〕1号
            title: t
            released: 2026-11-01
            year: 2027
            source: https://example.invalid/x
            rest: 2027-02-12..2027-02-05 春节
            """);
    CliRun.Result r = CliRun.run("notices", "validate", file.toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).startsWith("linkage: error: " + file + ":6: range reversed");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_NOTICE_FILE");
  }

  /** docs/notice-format.md: a full-width colon is pointed out. */
  @Test
  void validateRejectsAFullWidthColon() throws IOException {
    Path file = write("colon.txt", "notice： X〔2026〕1号\n");
    CliRun.Result r = CliRun.run("notices", "validate", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).startsWith("linkage: error: " + file + ":1: ");
  }

  @Test
  void validateRejectsNoticesThatContradictTheBuiltInOnes() throws IOException {
    Path file =
        write(
            "2025.txt",
            """
            notice: X〔2024〕99号
            title: t
            released: 2024-12-01
            year: 2025
            source: https://example.invalid/x
            rest: 2025-03-03 测试
            """);
    CliRun.Result r = CliRun.run("notices", "validate", file.toString(), "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine())
        .startsWith("linkage: error: the notices do not fit the built-in notices: two notices")
        .contains("2025");
  }

  @Test
  void validateAMissingFile() {
    CliRun.Result r =
        CliRun.run("notices", "validate", dir.resolve("nope.txt").toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).endsWith("nope.txt：文件不存在");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("FILE_NOT_READABLE");
  }

  @Test
  void validateADirectory() {
    CliRun.Result r = CliRun.run("notices", "validate", dir.toString(), "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine())
        .isEqualTo("linkage: error: cannot read " + dir + ": it is a directory");
  }

  @Test
  void noticesOptionWithABadFileIsBadInput() throws IOException {
    Path file = write("bad.txt", "title: before notice\n");
    CliRun.Result r = CliRun.run("deadline", "2026-12-15", "30", "--notices", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).startsWith("linkage: error: " + file + ":1: ");
  }

  // ---------------------------------------------------------------- list

  @Test
  void listTheBuiltInNotices() {
    CliRun.Result r = CliRun.run("notices", "list", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("coverage").get("first").asText()).isEqualTo("2018-01-01");
    assertThat(j.get("coverage").get("last").asText()).isEqualTo("2026-12-31");
    assertThat(j.get("provisionalFrom").isNull()).isTrue();
    List<String> numbers = new ArrayList<>();
    j.get("notices").forEach(n -> numbers.add(n.get("number").asText()));
    // the State Council notices; docs/festivals.md for 2027, the table of notices, in order of
    // release
    assertThat(numbers)
        .containsExactly(
            "国办发明电〔2017〕12号",
            "国办发明电〔2018〕15号",
            "国办发明电〔2019〕3号",
            "国办发明电〔2019〕16号",
            "国办发明电〔2020〕1号",
            "国办发明电〔2020〕27号",
            "国办发明电〔2021〕11号",
            "国办发明电〔2022〕16号",
            "国办发明电〔2023〕7号",
            "国办发明电〔2024〕12号",
            "国办发明电〔2025〕7号");
    assertThat(j.get("notices").get(4).get("amends").asText()).isEqualTo("国办发明电〔2019〕16号");
    assertThat(CliRun.run("notices", "list").out())
        .contains("国办发明电〔2020〕1号  2020年  2020-01-27 发布")
        .contains("覆盖范围：2018-01-01..2026-12-31");
  }

  @Test
  void listAsKnownAtTheEveOfTheExtension() {
    JsonNode j = CliRun.run("notices", "list", "--as-known-at", "2020-01-26", "--json").json();
    assertThat(j.get("notices").toString())
        .contains("国办发明电〔2019〕16号")
        .doesNotContain("国办发明电〔2020〕1号");
    assertThat(j.get("coverage").get("last").asText()).isEqualTo("2020-12-31");
  }

  @Test
  void listBeforeTheFirstNotice() {
    CliRun.Result r = CliRun.run("notices", "list", "--as-known-at", "2017-01-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("（没有通知）").contains("覆盖范围：空");
  }

  @Test
  void listProvisionalAndUserNotices() {
    JsonNode p = CliRun.run("notices", "list", "--provisional", "--json").json();
    assertThat(p.get("provisionalFrom").asText()).isEqualTo("2027-01-01");
    assertThat(p.get("coverage").get("last").asText()).isEqualTo("2050-12-31");
    String file = CliRun.resource("hypothetical-2027.txt").toString();
    JsonNode u = CliRun.run("notices", "list", "--notices", file, "--provisional", "--json").json();
    assertThat(u.get("provisionalFrom").asText()).isEqualTo("2028-01-01");
    assertThat(u.get("notices").get(11).get("number").asText()).isEqualTo("测试用假设〔2026〕1号");
  }

  // ---------------------------------------------------------------- import-holiday-cn

  /**
   * The fixture lists the days of 国办发明电〔2024〕12号 in holiday-cn's format; the converted text must
   * read back as exactly the built-in notice, and give the same kind to every day of 2025.
   */
  @Test
  void import2025GivesBackTheOfficialNotice() {
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            CliRun.resource("holiday-cn-2025.json").toString(),
            "--number",
            "国办发明电〔2024〕12号",
            "--released",
            "2024-11-12");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("# Converted from the holiday-cn file holiday-cn-2025.json (year 2025)")
        .contains("rest: 2025-01-28..2025-02-04 春节\n")
        .contains("work: 2025-01-26 春节\n")
        .contains("rest: 2025-10-01..2025-10-08 国庆节、中秋节\n");
    List<HolidayNotice> back = HolidayNotices.parse(r.out(), "converted");
    HolidayNotice official = official("国办发明电〔2024〕12号");
    assertThat(back).containsExactly(official);
    // every day of 2025: rest ⇔ HOLIDAY, work on a weekend ⇔ MAKEUP_WORKDAY
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
      DayDeclaration.Kind declared = null;
      for (DayDeclaration dd : back.get(0).declarations()) {
        if (dd.days().contains(d)) {
          declared = dd.kind();
        }
      }
      DayKind kind = ChinaCalendars.official().dayKind(d);
      assertThat(declared == DayDeclaration.Kind.REST)
          .as(d.toString())
          .isEqualTo(kind == DayKind.HOLIDAY);
      assertThat(declared == DayDeclaration.Kind.WORK && d.getDayOfWeek().getValue() >= 6)
          .as(d.toString())
          .isEqualTo(kind == DayKind.MAKEUP_WORKDAY);
    }
  }

  /**
   * holiday-cn's 2018 file repeats 2018-12-29..31, which the 2019 notice declared: they are left
   * out with a warning each, and the rest is the built-in 2018 notice.
   */
  @Test
  void import2018LeavesOutTheNextYearsDays() {
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            CliRun.resource("holiday-cn-2018.json").toString(),
            "--number",
            "国办发明电〔2017〕12号",
            "--released",
            "2017-11-30",
            "--lang",
            "en");
    assertThat(r.exitCode()).isZero();
    assertThat(HolidayNotices.parse(r.out(), "converted"))
        .containsExactly(official("国办发明电〔2017〕12号"));
    assertThat(r.err())
        .isEqualTo(
            "linkage: warning: left out 2018-12-29 (元旦): it belongs to the notice for 2019"
                + " (holiday-cn lists it in both years' files)\n"
                + "linkage: warning: left out 2018-12-30 (元旦): it belongs to the notice for 2019"
                + " (holiday-cn lists it in both years' files)\n"
                + "linkage: warning: left out 2018-12-31 (元旦): it belongs to the notice for 2019"
                + " (holiday-cn lists it in both years' files)\n");
    assertThat(r.out())
        .contains("# Left out (declared by the notice for 2019): 2018-12-29 work 元旦");
  }

  @Test
  void importAnEmptyPlaceholderIsRefused() {
    Path file = CliRun.resource("holiday-cn-placeholder.json");
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            file.toString(),
            "--number",
            "N",
            "--released",
            "2023-10-25",
            "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine())
        .startsWith("linkage: error: holiday-cn-placeholder.json: days: the list is empty")
        .contains("placeholder");
    JsonNode e = r.json().get("error");
    assertThat(e.get("code").asText()).isEqualTo("EMPTY_HOLIDAY_CN_FILE");
    assertThat(e.get("exitCode").asInt()).isEqualTo(2);
  }

  @Test
  void importToAnOutputFileAndRefuseToOverwrite() throws IOException {
    Path out = dir.resolve("notices-2025.txt");
    String[] args = {
      "notices",
      "import-holiday-cn",
      CliRun.resource("holiday-cn-2025.json").toString(),
      "--number",
      "国办发明电〔2024〕12号",
      "--released",
      "2024-11-12",
      "--output",
      out.toString()
    };
    CliRun.Result first = CliRun.run(args);
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo("已写入 " + out + "：国办发明电〔2024〕12号（2025年），放假 6 段，上班 5 天\n");
    assertThat(HolidayNotices.read(out)).containsExactly(official("国办发明电〔2024〕12号"));
    CliRun.Result again = CliRun.run(args);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.errorLine()).contains(out + " 已存在").contains("--force");
    String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    assertThat(CliRun.run(forced).exitCode()).isZero();
  }

  @Test
  void importJsonHasTheSummaryAndTheText() {
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            CliRun.resource("holiday-cn-2025.json").toString(),
            "--number",
            "国办发明电〔2024〕12号",
            "--released",
            "2024-11-12",
            "--json");
    JsonNode j = r.json();
    assertThat(j.get("command").asText()).isEqualTo("notices import-holiday-cn");
    assertThat(j.get("notice").get("year").asInt()).isEqualTo(2025);
    assertThat(j.get("notice").get("source").asText())
        .isEqualTo("https://www.gov.cn/zhengce/content/202411/content_6986382.htm");
    assertThat(j.get("notice").get("statutoryBalance").get("ok").asBoolean()).isTrue();
    assertThat(j.get("restRanges").asInt()).isEqualTo(6);
    assertThat(j.get("workLines").asInt()).isEqualTo(5);
    assertThat(j.get("output").isNull()).isTrue();
    assertThat(HolidayNotices.parse(j.get("text").asText(), "json"))
        .containsExactly(official("国办发明电〔2024〕12号"));
  }

  @Test
  void importWithTitleSourceAndAmends() throws IOException {
    Path file =
        write(
            "amend.json",
            "{\"year\":2027,\"papers\":[],\"days\":[{\"name\":\"春节\",\"date\":\"2027-02-13\","
                + "\"isOffDay\":true},{\"name\":\"春节\",\"date\":\"2027-02-14\",\"isOffDay\":true}]}");
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            file.toString(),
            "--number",
            "测试用假设〔2027〕2号",
            "--released",
            "2027-01-10",
            "--title",
            "测试用假设修订（非官方）",
            "--source",
            "https://example.invalid/amend",
            "--amends",
            "测试用假设〔2026〕1号");
    assertThat(r.exitCode()).isZero();
    HolidayNotice n = HolidayNotices.parse(r.out(), "x").get(0);
    assertThat(n.title()).isEqualTo("测试用假设修订（非官方）");
    assertThat(n.source()).isEqualTo("https://example.invalid/amend");
    assertThat(n.amends()).contains("测试用假设〔2026〕1号");
    assertThat(n.declarations())
        .containsExactly(
            DayDeclaration.rest(LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 14), "春节"));
  }

  @Test
  void importMergedPapersWarns() throws IOException {
    Path file =
        write(
            "merged.json",
            "{\"year\":2020,\"papers\":[\"https://example.invalid/a\",\"https://example.invalid/b\"],"
                + "\"days\":[{\"name\":\"春节\",\"date\":\"2020-01-24\",\"isOffDay\":true}]}");
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            file.toString(),
            "--number",
            "N",
            "--released",
            "2019-11-21");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).startsWith("linkage: warning: merged.json 合并了 2 份文件");
    assertThat(r.out()).contains("source: https://example.invalid/a\n");
  }

  /**
   * Found by {@code HolidayCnFuzzTest}: a left-out day whose name holds a line break (JSON {@code
   * \n}) broke the converted text (exit code 2 with a misleading notice-file error) and would have
   * printed a warning over two lines. The conversion succeeds and the warning is one line.
   */
  @Test
  void importANameWithALineBreak() throws IOException {
    Path file =
        write(
            "broken-name.json",
            "{\"year\":2030,\"papers\":[\"https://example.invalid/a\"],\"days\":["
                + "{\"name\":\"甲\",\"date\":\"2030-01-01\",\"isOffDay\":true},"
                + "{\"name\":\"元旦\\nnotice: x\",\"date\":\"2030-12-31\",\"isOffDay\":true}]}");
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            file.toString(),
            "--number",
            "N",
            "--released",
            "2029-11-21",
            "--lang",
            "en");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "linkage: warning: left out 2030-12-31 (元旦 notice: x): it belongs to the notice for"
                + " 2031 (holiday-cn lists it in both years' files)\n");
    assertThat(HolidayNotices.parse(r.out(), "converted")).hasSize(1);
  }

  @Test
  void importBadFiles() throws IOException {
    record Case(String name, String json, String expected) {}
    List<Case> cases =
        List.of(
            new Case("syntax.json", "{\"year\": 2025,\n \"days\": [}", "syntax.json:2:"),
            new Case("array.json", "[]", "array.json: not a holiday-cn file"),
            new Case("noyear.json", "{\"days\":[]}", "noyear.json: year: missing"),
            new Case("noDays.json", "{\"year\":2025}", "noDays.json: days: missing"),
            new Case(
                "badDate.json",
                "{\"year\":2025,\"papers\":[\"https://x.invalid\"],\"days\":[{\"name\":\"元旦\","
                    + "\"date\":\"2025-02-30\",\"isOffDay\":true}]}",
                "badDate.json: days[0].date: \"2025-02-30\" is not a real day"),
            new Case(
                "twice.json",
                "{\"year\":2025,\"papers\":[\"https://x.invalid\"],\"days\":["
                    + "{\"name\":\"元旦\",\"date\":\"2025-01-01\",\"isOffDay\":true},"
                    + "{\"name\":\"元旦\",\"date\":\"2025-01-01\",\"isOffDay\":false}]}",
                "twice.json: days[1].date: 2025-01-01 is listed twice (also days[0])"),
            new Case(
                "offday.json",
                "{\"year\":2025,\"papers\":[\"https://x.invalid\"],\"days\":["
                    + "{\"name\":\"元旦\",\"date\":\"2025-01-01\",\"isOffDay\":\"yes\"}]}",
                "offday.json: days[0].isOffDay: not true or false"),
            new Case(
                "range.json",
                "{\"year\":2025,\"papers\":[\"https://x.invalid\"],\"days\":["
                    + "{\"name\":\"元旦\",\"date\":\"2024-11-30\",\"isOffDay\":true}]}",
                "range.json: days[0].date: 2024-11-30 is outside the range a notice for 2025 may"
                    + " declare (2024-12-01..2025-12-31)"),
            new Case(
                "nosource.json",
                "{\"year\":2025,\"papers\":[],\"days\":["
                    + "{\"name\":\"元旦\",\"date\":\"2025-01-01\",\"isOffDay\":true}]}",
                "nosource.json: papers: the list is empty, so there is no default source"),
            new Case("dupkey.json", "{\"year\":2025,\"year\":2026,\"days\":[]}", "dupkey.json:1:"));
    for (Case c : cases) {
      Path file = write(c.name(), c.json());
      CliRun.Result r =
          CliRun.run(
              "notices",
              "import-holiday-cn",
              file.toString(),
              "--number",
              "N",
              "--released",
              "2024-11-12",
              "--json");
      assertThat(r.exitCode()).as(c.name()).isEqualTo(2);
      assertThat(r.errorLine()).as(c.name()).startsWith("linkage: error: " + c.expected());
      assertThat(r.json().get("error").get("code").asText())
          .as(c.name())
          .isEqualTo("BAD_HOLIDAY_CN_FILE");
    }
  }

  @Test
  void importNeedsNumberAndReleased() {
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            CliRun.resource("holiday-cn-2025.json").toString(),
            "--lang",
            "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("missing").contains("--number").contains("--released");
  }

  @Test
  void importAFileThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("gbk.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xc4, (byte) 0xe3, '"', '}'});
    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            file.toString(),
            "--number",
            "N",
            "--released",
            "2024-11-12",
            "--lang",
            "en");
    assertThat(r.exitCode()).isEqualTo(2);
    // docs/cli.md, "Files and limits": FILE:LINE: not UTF-8 text, and how to convert it
    assertThat(r.errorLine()).startsWith("linkage: error: " + file + ":1: not UTF-8 text");
  }
}
