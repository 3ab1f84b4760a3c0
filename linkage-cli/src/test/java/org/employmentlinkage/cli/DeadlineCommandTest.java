package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code linkage deadline}. Expected due dates come from README.md ("Decisions you should know")
 * and the State Council notices and the notices' texts, counted by hand; never from running the
 * code.
 */
class DeadlineCommandTest {

  /** The example of the brief and issue 4, field values byte for byte. */
  @Test
  void jsonOfTheIssueExample() {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26", "30", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("{\"schema\":\"linkage-cli/2\",\"command\":\"deadline\",")
        .contains(
            "\"trigger\":\"2025-09-26\",\"workingDays\":30,\"due\":\"2025-11-13\","
                + "\"provisional\":false,\"mayChange\":false,"
                + "\"notices\":[{\"number\":\"国办发明电〔2024〕12号\",\"released\":\"2024-11-12\"}]")
        .doesNotContain("latestDue")
        .endsWith("}\n");
    JsonNode j = r.json();
    // the period ends at 24:00 Beijing time on the due date
    assertThat(j.get("end").asText()).isEqualTo("2025-11-14T00:00:00+08:00");
    assertThat(j.get("countsMakeupWorkdays").asBoolean()).isTrue();
    assertThat(j.get("countingRule").asText()).isEqualTo("《中华人民共和国民法典》第二百零一条");
    assertThat(j.get("calendarVersion").asText()).startsWith("CN official 2018-2026");
  }

  /** README.md, "Decisions you should know", "Reading of 公告发布后30个工作日内". */
  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2018-07-06, 30, 2018-08-17", // published Fri 2018-07-06
    "2018-02-14, 30, 2018-04-03", // Wed 2018-02-14, eve of the Spring Festival
    "2018-02-15, 30, 2018-04-03", // on the holiday itself: day 0 whatever its kind
    "2025-09-26, 30, 2025-11-13", // docs/notice-format.md
    "2025-09-30, 1, 2025-10-09", // the day after the 2025-10-01..08 block
  })
  void dueDates(String trigger, int n, String due) {
    JsonNode j = CliRun.run("deadline", trigger, String.valueOf(n), "--json").json();
    assertThat(j.get("due").asText()).isEqualTo(due);
    assertThat(j.get("provisional").asBoolean()).isFalse();
  }

  @Test
  void beforeTheCivilCodeTheGeneralRulesAreCited() {
    JsonNode j = CliRun.run("deadline", "2018-07-06", "30", "--json").json();
    assertThat(j.get("countingRule").asText()).isEqualTo("《中华人民共和国民法总则》第二百零一条");
    assertThat(j.get("notices").get(0).get("number").asText()).isEqualTo("国办发明电〔2017〕12号");
  }

  /**
   * Without the make-up days 2025-09-28 (Sun) and 2025-10-11 (Sat) of 国办发明电〔2024〕12号, two more
   * working days are needed after Thu 2025-11-13: Fri 11-14 and Mon 11-17.
   */
  @Test
  void excludingMakeupWorkdays() {
    JsonNode j =
        CliRun.run("deadline", "2025-09-26", "30", "--exclude-makeup-workdays", "--json").json();
    assertThat(j.get("due").asText()).isEqualTo("2025-11-17");
    assertThat(j.get("countsMakeupWorkdays").asBoolean()).isFalse();
    assertThat(CliRun.run("deadline", "2025-09-26", "30", "--exclude-makeup-workdays").out())
        .contains("调休上班日不计入");
  }

  @Test
  void humanTextInChinese() {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26", "30");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("触发日：2025-09-26（星期五），当日不计入")
        .contains("期间：30 个工作日（调休上班日计入）")
        .contains("截止日：2025-11-13（星期四），至北京时间 24:00")
        .contains("《中华人民共和国民法典》第二百零一条")
        .contains("依据通知：国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》（2024-11-12 发布）");
  }

  @Test
  void humanTextInEnglish() {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26", "30", "--lang=en");
    assertThat(r.out())
        .contains("Trigger: 2025-09-26 (Friday), not counted")
        .contains("Due: 2025-11-13 (Thursday), until 24:00 Beijing time")
        .contains("Notice relied on: 国办发明电〔2024〕12号");
  }

  /** 30 working days after 2026-12-15 end in January 2027: no notice for 2027 yet. */
  @Test
  void aDeadlineThatRunsInto2027NeedsDataThatIsNotThere() {
    CliRun.Result r = CliRun.run("deadline", "2026-12-15", "30");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.errorLine())
        .contains("2026-12-31")
        .contains("--provisional")
        .contains("--notices FILE");
  }

  /**
   * 2027 春节: 8 days from 除夕 (02-05..02-12, the principle of 国办发明电〔2024〕12号) on 6 weekdays, the 4
   * statutory days of 国务院令第795号 made up (第六条), so 2 weekend days work, one on each side (第七条: at
   * most 6 working days in a row). Earliest: Jan 21–22, 25–29, one make-up day, Feb 1–4, one
   * make-up day, 15–19, 22–26, Mar 1–5, 8–9 → Tue 2027-03-09. Latest plausible: the whole block
   * rests, no make-up day: … Feb 15–19, 22–26, Mar 1–5, 8–11 → Thu 03-11.
   */
  @Test
  void provisional2027GivesTheRange() {
    CliRun.Result r = CliRun.run("deadline", "2027-01-20", "30", "--provisional", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "\"trigger\":\"2027-01-20\",\"workingDays\":30,\"due\":\"2027-03-09\","
                + "\"latestDue\":\"2027-03-11\",\"provisional\":true,\"mayChange\":true,"
                + "\"notices\":[]");
    JsonNode j = r.json();
    assertThat(j.get("latestEnd").asText()).isEqualTo("2027-03-12T00:00:00+08:00");
    assertThat(j.get("calendarVersion").asText()).contains("provisional 2027");
    assertThat(CliRun.run("deadline", "2027-01-20", "30", "--provisional").out())
        .contains(
            "截止日（临时推算）：请按 2027-03-09（星期二）安排（最早可能的截止日）；最晚可能的截止日为 2027-03-11（星期四），该日北京时间 24:00 之后才算逾期")
        .contains("--notices FILE");
    assertThat(CliRun.run("deadline", "2027-01-20", "30", "--provisional", "--lang", "en").out())
        .contains(
            "plan by 2027-03-09 (Tuesday) (the earliest plausible due date); the latest plausible"
                + " due date is 2027-03-11 (Thursday), overdue only after 24:00 Beijing time on it");
    assertThat(j.get("mayChange").asBoolean()).isTrue();
  }

  /**
   * Late December is not final (issue 11 item 3). As known on 2018-12-05, the day before
   * 国办发明电〔2018〕15号 (the 2019 notice, released 2018-12-06), Saturday 2018-12-29 was a weekend day
   * and Monday 2018-12-31 a working day, so 5 working days after Monday 2018-12-24 were Dec 25, 26,
   * 27, 28, 31 → 2018-12-31. The notice then made 2018-12-29 a working day and 12-30.. 2019-01-01
   * rest days, so the official count is Dec 25, 26, 27, 28, 29 → Saturday 2018-12-29: the earlier
   * answer had to say that it may change.
   */
  @Test
  void lateDecemberBeforeTheNextNoticeMayChange() {
    CliRun.Result then =
        CliRun.run("deadline", "2018-12-24", "5", "--as-known-at", "2018-12-05", "--json");
    assertThat(then.exitCode()).isZero();
    JsonNode j = then.json();
    assertThat(j.get("due").asText()).isEqualTo("2018-12-31");
    assertThat(j.get("provisional").asBoolean()).isFalse();
    assertThat(j.get("mayChange").asBoolean()).isTrue();
    assertThat(
            CliRun.run("deadline", "2018-12-24", "5", "--as-known-at", "2018-12-05", "--lang", "en")
                .out())
        .contains("May change: the count relies on late-December days");
    assertThat(CliRun.run("deadline", "2018-12-24", "5", "--as-known-at", "2018-12-05").out())
        .contains("可能变动：");

    JsonNode now = CliRun.run("deadline", "2018-12-24", "5", "--json").json();
    assertThat(now.get("due").asText()).isEqualTo("2018-12-29");
    assertThat(now.get("mayChange").asBoolean()).isFalse();
    assertThat(CliRun.run("deadline", "2018-12-24", "5", "--lang", "en").out())
        .doesNotContain("May change");

    JsonNode day =
        CliRun.run("workday", "2018-12-29", "--as-known-at", "2018-12-05", "--json").json();
    assertThat(day.get("workingDay").asBoolean()).isFalse();
    assertThat(day.get("mayChange").asBoolean()).isTrue();
    assertThat(CliRun.run("workday", "2018-12-29", "--json").json().get("mayChange").asBoolean())
        .isFalse();
  }

  /** The error suggests only --notices when --provisional is already on (beyond 2050). */
  @Test
  void beyondTheProjection() {
    CliRun.Result r = CliRun.run("workday", "2051-03-01", "--provisional", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.errorLine()).contains("--notices FILE").doesNotContain("Add --provisional");
  }

  /**
   * With the hypothetical 2027 file (春节 rest 02-05..02-13, work Sat 02-20): Jan 21–22, 25–29, Feb
   * 1–4 (11), Feb 15–19 (16), Sat 02-20 (17), 22–26 (22), Mar 1–5 (27), 8–10 (30) → Wed 2027-03-10.
   */
  @Test
  void aUserNoticeFileGivesAnExactDueDate() {
    String file = CliRun.resource("hypothetical-2027.txt").toString();
    JsonNode j = CliRun.run("deadline", "2027-01-20", "30", "--notices", file, "--json").json();
    assertThat(j.get("due").asText()).isEqualTo("2027-03-10");
    assertThat(j.get("provisional").asBoolean()).isFalse();
    assertThat(j.has("latestDue")).isFalse();
    assertThat(j.get("notices").toString())
        .isEqualTo("[{\"number\":\"测试用假设〔2026〕1号\",\"released\":\"2026-11-01\"}]");
  }

  /** docs/cli.md, "Files and limits": N is from 1 to 10,000; the value typed is not quoted. */
  @ParameterizedTest(name = "N = {0}")
  @CsvSource({"0", "-5", "10001", "2147483647", "-1101011990"})
  void aPeriodHasFromOneToTenThousandWorkingDays(String n) {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26", n, "--json", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("N: a period has from 1 to 10000 working days");
    if (n.length() > 5) {
      assertThat(r.errorLine()).doesNotContain(n); // "0" and "10001" are in the rule's own text
    }
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_INPUT");
  }

  @ParameterizedTest(name = "N = {0}")
  @CsvSource({"thirty", "3.5", "99999999999", "30天"})
  void aNonNumberIsAUsageError(String n) {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26", n, "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("N: not a whole number").doesNotContain(n);
  }

  @Test
  void fullWidthDigitsAreRead() {
    assertThat(CliRun.run("deadline", "2025-09-26", "３０", "--json").json().get("due").asText())
        .isEqualTo("2025-11-13");
  }

  @Test
  void missingN() {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("缺少 N");
  }

  @Test
  void tooManyArguments() {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26", "30", "31", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("too many arguments (1 extra)").doesNotContain("31");
  }

  @Test
  void theLongestPeriodIsAnswered() {
    CliRun.Result r = CliRun.run("deadline", "2025-09-26", "10000", "--provisional", "--json");
    // 10,000 working days run past the projection (2050): exit code 3, not a failure
    assertThat(r.exitCode()).isEqualTo(ExitCode.OUTSIDE_COVERAGE);
  }
}
