package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 at the command line: the readings listed with their sources, the standing duties, and
 * answers that say what they rest on. Expected values come from the text of 大政办发〔2018〕83号 and
 * 瓦政办发〔2018〕66号.
 */
class FidelityCommandsTest {

  private static List<String> field(JsonNode array, String name) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(name).asText()));
    return out;
  }

  @Test
  void interpretationsListEveryReadingWithItsSourceAndDefault() {
    CliRun.Result r = CliRun.run("interpretations", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("command").asText()).isEqualTo("interpretations");
    JsonNode list = j.get("interpretations");
    assertThat(field(list, "id"))
        .contains(
            "INCLUSIVE_THRESHOLD",
            "PERIOD_START_NOT_COUNTED",
            "COLLEGE_GRADUATE_TIME_LIMIT",
            "LOCALITY",
            "INVESTMENT_AGREEMENT_SCOPE");
    for (JsonNode i : list) {
      String id = i.get("id").asText();
      assertThat(i.get("source").get("zh").asText()).as(id).isNotBlank();
      assertThat(i.get("source").get("en").asText()).as(id).isNotBlank();
      assertThat(i.get("zh").asText()).as(id).containsAnyOf("本库解读", "按配置");
      if (i.get("fixed").asBoolean()) {
        assertThat(i.get("default").isNull()).as(id).isTrue();
        assertThat(i.get("alternatives")).as(id).isEmpty();
      } else {
        // the policy's defaults: the chosen alternative is the default
        assertThat(i.get("chosen").asText()).as(id).isEqualTo(i.get("default").asText());
        assertThat(field(i.get("alternatives"), "key")).as(id).contains(i.get("default").asText());
      }
    }
    JsonNode inclusive = list.get(0);
    assertThat(inclusive.get("fixed").asBoolean()).isTrue();
    assertThat(inclusive.get("source").get("zh").asText()).contains("第一千二百五十九条");
    String text = CliRun.run("interpretations").out();
    assertThat(text).contains("COLLEGE_GRADUATE_TIME_LIMIT", "WITHIN_2_YEARS（默认）", "来源：");
  }

  @Test
  void standingDutiesAreReachable() {
    CliRun.Result r = CliRun.run("obligations", "--standing", "--date", "2019-03-01", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("standing").asBoolean()).isTrue();
    assertThat(field(j.get("duties"), "code"))
        .contains(
            "EMPLOYMENT_GROWTH_POINT",
            "APPROVAL_DATA_ACCESS",
            "INVESTMENT_NEGOTIATION_EMPLOYMENT",
            "SHORTAGE_CATALOGUE",
            "TRAINING_PROGRAMMES",
            "SERVICE_SPECIALIST_SYSTEM",
            "FORWARDED_IMPLEMENTATION");
    // 瓦政办发〔2018〕66号 is cited by its number
    List<String> clauses = new ArrayList<>();
    j.get("clauses").forEach(c -> clauses.add(c.asText()));
    assertThat(clauses).contains("瓦政办发〔2018〕66号", "大政办发〔2018〕83号 二（四）");
    String text = CliRun.run("obligations", "--standing", "--date", "2019-03-01").out();
    assertThat(text).contains("常设职责", "结合实际，抓好", "吸纳城乡劳动者就业作为重大项目引进重要因素");
  }

  @Test
  void reasonsSayWhatTheyRestOn() {
    JsonNode j =
        CliRun.run("classify", "--investment", "1亿元", "--type", "construction", "--json").json();
    JsonNode reason = j.get("reasons").get(0);
    assertThat(reason.get("code").asText()).isEqualTo("SCOPE_MUNICIPAL_THRESHOLD_MET");
    assertThat(reason.get("basis").asText()).isEqualTo("READING");
    assertThat(reason.get("interpretations").get(0).asText()).isEqualTo("INCLUSIVE_THRESHOLD");
  }

  @Test
  void subsidiesPrintTheReasonsOfEveryOutcome() {
    // before 2018-07-06 the policy is not in force; a training of another type is not listed
    String notInForce =
        CliRun.run(
                "subsidies",
                "--training",
                "other",
                "--type",
                "construction",
                "--investment",
                "1.2亿元",
                "--date",
                "2018-07-01")
            .out();
    assertThat(notInForce).contains("不在施行期内", "[NOT_IN_FORCE]", "大政办发〔2018〕83号 三（七）");
    String other =
        CliRun.run(
                "subsidies",
                "--training",
                "other",
                "--type",
                "construction",
                "--investment",
                "1.2亿元",
                "--date",
                "2025-07-01")
            .out();
    assertThat(other).contains("无法确定", "[SUBSIDY_TYPE_NOT_LISTED]", "大政办发〔2018〕83号 三（八）");
  }

  @Test
  void groupsNeverListTheSeparateGroupsAsPriorityGroups() {
    // 二（五）: 高校毕业生、农村转移劳动力、去产能安置职工等重点群体; 应届高校毕业生 (三（六）) is another group
    String out =
        CliRun.run(
                "groups",
                "--education",
                "本科",
                "--graduation-date",
                "2025-07-01",
                "--residence",
                "210281",
                "--date",
                "2025-12-01")
            .out();
    String first = out.lines().findFirst().orElseThrow();
    assertThat(first).startsWith("属于重点群体：是").contains("高校毕业生").doesNotContain("应届");
    assertThat(out).contains("另列群体（不属于重点群体）：应届高校毕业生");
  }

  @Test
  void aClosedIssueCreatesNoDuty() {
    String out =
        CliRun.run(
                "obligations",
                "--event",
                "issue-closed",
                "--issue-id",
                "I-1",
                "--type",
                "construction",
                "--investment",
                "1.2亿元",
                "--region",
                "210281",
                "--date",
                "2025-12-01")
            .out();
    assertThat(out).contains("是否产生职责：否").contains("没有职责").doesNotContain("是否产生职责：是");
  }
}
