package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code linkage workday}. Expected kinds come from the notices' texts (docs/notice-format.md, the
 * State Council notices; docs/festivals.md for 2027), never from running the code.
 */
class WorkdayCommandTest {

  /** The example of the brief and issue 4, field values byte for byte. */
  @Test
  void jsonOfTheIssueExample() {
    CliRun.Result r = CliRun.run("workday", "2025-09-28", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("{\"schema\":\"linkage-cli/2\",\"command\":\"workday\",")
        .contains(
            "\"date\":\"2025-09-28\",\"workingDay\":true,\"kind\":\"MAKEUP_WORKDAY\",\"provisional\":false")
        .endsWith("}\n")
        .doesNotContain("\r");
    JsonNode j = r.json();
    // 国办发明电〔2024〕12号: "9月28日（周日）、10月11日（周六）上班" under 国庆节、中秋节
    assertThat(j.get("weekday").asText()).isEqualTo("SUNDAY");
    assertThat(j.get("declaredBy").get("number").asText()).isEqualTo("国办发明电〔2024〕12号");
    assertThat(j.get("declaredBy").get("released").asText()).isEqualTo("2024-11-12");
    assertThat(j.get("declaredBy").get("declaration").asText()).isEqualTo("WORK");
    assertThat(j.get("declaredBy").get("festival").asText()).isEqualTo("国庆节、中秋节");
    assertThat(j.get("calendarVersion").asText()).contains("CN official 2018-2026");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    // docs/notice-format.md, worked example of the 2025 notice
    "2025-10-04, HOLIDAY, false", // Saturday inside "10月1日至8日放假"
    "2025-05-10, WEEKEND, false", // plain Saturday
    "2025-10-08, HOLIDAY, false", // Wednesday, last day of the range
    "2025-10-11, MAKEUP_WORKDAY, true", // "10月11日（周六）上班"
    "2025-10-09, WORKDAY, true",
    // the State Council notices; docs/festivals.md for 2027: 2024-02-09 (除夕) was not an official
    // rest day
    "2024-02-09, WORKDAY, true",
    // the State Council notices; docs/festivals.md for 2027: the 2020 extension made Saturday
    // 2020-02-01 (a make-up day before) a holiday
    "2020-02-01, HOLIDAY, false",
    // 国办发明电〔2023〕7号: "1月1日放假，与周末连休" declares only 01-01: Sunday 12-31 stays a weekend
    "2023-12-31, WEEKEND, false",
    // 国办发明电〔2018〕15号 (for 2019): rest 2018-12-30..2019-01-01, work Saturday 2018-12-29
    "2018-12-30, HOLIDAY, false",
    "2018-12-29, MAKEUP_WORKDAY, true",
  })
  void kindsFromTheNotices(String date, String kind, boolean working) {
    JsonNode j = CliRun.run("workday", date, "--json").json();
    assertThat(j.get("kind").asText()).isEqualTo(kind);
    assertThat(j.get("workingDay").asBoolean()).isEqualTo(working);
    assertThat(j.get("provisional").asBoolean()).isFalse();
  }

  @Test
  void humanTextInChineseByDefault() {
    CliRun.Result r = CliRun.run("workday", "2025-09-28");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("2025-09-28（星期日）是工作日（调休上班日）")
        .contains("国办发明电〔2024〕12号")
        .contains("国庆节、中秋节上班");
  }

  @Test
  void humanTextInEnglish() {
    CliRun.Result r = CliRun.run("workday", "2025-10-04", "--lang", "en");
    assertThat(r.out())
        .contains("2025-10-04 (Saturday) is not a working day (holiday")
        .contains("Declared by 国办发明电〔2024〕12号")
        .contains("rest day (国庆节、中秋节)");
  }

  @Test
  void aPlainDayIsDeclaredByNoNotice() {
    CliRun.Result r = CliRun.run("workday", "2025-05-10", "--json");
    assertThat(r.json().get("declaredBy").isNull()).isTrue();
    assertThat(CliRun.run("workday", "2025-05-10").out()).contains("没有通知对这一天另作安排");
  }

  @Test
  void chineseAndFullWidthDateFormsAreRead() {
    String iso = CliRun.run("workday", "2025-09-28", "--json").out();
    assertThat(CliRun.run("workday", "2025年9月28日", "--json").out()).isEqualTo(iso);
    assertThat(CliRun.run("workday", "２０２５－０９－２８", "--json").out()).isEqualTo(iso);
  }

  /** docs/notice-format.md: the late-December caveat, replayed with --as-known-at. */
  @Test
  void asKnownAtReplaysTheLateDecemberChangeOf2018() {
    assertThat(
            CliRun.run("workday", "2018-12-31", "--as-known-at", "2018-12-05", "--json")
                .json()
                .get("kind")
                .asText())
        .isEqualTo("WORKDAY");
    JsonNode after =
        CliRun.run("workday", "2018-12-31", "--as-known-at", "2018-12-06", "--json").json();
    assertThat(after.get("kind").asText()).isEqualTo("HOLIDAY");
    assertThat(after.get("declaredBy").get("number").asText()).isEqualTo("国办发明电〔2018〕15号");
  }

  @Test
  void a2027DateNeedsDataThatIsNotThere() {
    CliRun.Result r = CliRun.run("workday", "2027-03-01");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.errorLine())
        .contains("2027-03-01")
        .contains("2018-01-01..2026-12-31")
        .contains("--provisional")
        .contains("--notices FILE");
  }

  @Test
  void a2027DateNeedsDataThatIsNotThereInEnglishAndJson() {
    CliRun.Result r = CliRun.run("workday", "2027-03-01", "--json", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.errorLine())
        .isEqualTo(
            "linkage: error: 2027-03-01 is outside the calendar data (2018-01-01..2026-12-31): no"
                + " State Council holiday notice arranges its year. Add --provisional for a flagged"
                + " projection, or --notices FILE to load the year's notice");
    JsonNode e = r.json().get("error");
    assertThat(r.json().get("command").asText()).isEqualTo("workday");
    assertThat(e.get("code").asText()).isEqualTo("OUTSIDE_COVERAGE");
    assertThat(e.get("exitCode").asInt()).isEqualTo(3);
    assertThat(e.get("date").asText()).isEqualTo("2027-03-01");
    assertThat(e.get("coverage").get("last").asText()).isEqualTo("2026-12-31");
  }

  /**
   * the State Council notices; docs/festivals.md for 2027: 除夕 Fri 2027-02-05, 初一 Sat 02-06; under
   * the 2024 revision 春节 is 除夕–初三 (02-05..02-08), and the latest plausible block is 除夕–初七
   * (02-05..02-12).
   */
  @ParameterizedTest(name = "{0}: {1}, at the latest {2}")
  @CsvSource({
    "2027-02-08, HOLIDAY, HOLIDAY", // 初三, Monday: statutory
    "2027-02-10, WORKDAY, HOLIDAY", // 初五, Wednesday: only in the plausible block
    "2027-03-03, WORKDAY, WORKDAY",
  })
  void provisional2027(String date, String kind, String latest) {
    CliRun.Result r = CliRun.run("workday", date, "--provisional", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("provisional").asBoolean()).isTrue();
    assertThat(j.get("kind").asText()).isEqualTo(kind);
    assertThat(j.get("latestPlausibleKind").asText()).isEqualTo(latest);
    assertThat(j.get("declaredBy").isNull()).isTrue();
    assertThat(CliRun.run("workday", date, "--provisional").out()).contains("临时推算");
  }

  @Test
  void aUserNoticeFileCovers2027() {
    String file = CliRun.resource("hypothetical-2027.txt").toString();
    JsonNode j = CliRun.run("workday", "2027-02-10", "--notices", file, "--json").json();
    assertThat(j.get("kind").asText()).isEqualTo("HOLIDAY");
    assertThat(j.get("provisional").asBoolean()).isFalse();
    assertThat(j.get("declaredBy").get("number").asText()).isEqualTo("测试用假设〔2026〕1号");
    assertThat(j.get("calendarVersion").asText()).contains("user notices: 测试用假设〔2026〕1号");
    JsonNode work = CliRun.run("workday", "2027-02-20", "--notices", file, "--json").json();
    assertThat(work.get("kind").asText()).isEqualTo("MAKEUP_WORKDAY");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2025-02-30, not a real day",
    "2025-13-01, not a real day",
    "2025/09/28, not a date",
    "28.09.2025, not a date",
    "tomorrow, not a date",
    "2025-9-28, not a date",
  })
  void badDatesAreUsageErrors(String date, String reason) {
    CliRun.Result r = CliRun.run("workday", date, "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    // the rule, never the value typed (docs/cli.md, "Exit codes and errors")
    assertThat(r.errorLine())
        .contains("DATE: " + reason)
        .doesNotContain(date)
        .contains("(see 'linkage workday --help')");
  }

  @Test
  void badDateInChinese() {
    assertThat(CliRun.run("workday", "2025-02-29").errorLine())
        .isEqualTo("linkage: error: DATE: 不是真实存在的日期（见 linkage workday --help）");
  }

  @Test
  void missingDate() {
    CliRun.Result r = CliRun.run("workday", "--lang", "en", "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("missing DATE");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("USAGE");
  }
}
