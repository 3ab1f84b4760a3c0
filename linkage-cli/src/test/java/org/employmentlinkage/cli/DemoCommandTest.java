package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.employmentlinkage.policy.ClauseRef;
import org.junit.jupiter.api.Test;

/**
 * {@code linkage demo}: the bundled fictional Wafangdian scenario. Expected values come from the
 * scenario's own data and the sources, worked out by hand: the survey after the 征收土地公告 of
 * 2025-09-26 is due 2025-11-13 (the issue's example, 国办发明电〔2024〕12号); 8 positions with 5 qualified
 * candidates of the city (DEMO-C01..C05; C06 lives outside Dalian, C07 does not meet the
 * requirements) leave a shortfall of 3; the hypothetical schedule prices 焊工 初级工 at 1200 (training)
 * and 150 (appraisal), raised 30% as a shortage occupation: 1560.00 and 195.00.
 */
class DemoCommandTest {

  /** Every "clause" value anywhere in a JSON tree. */
  private static void clauses(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                if (e.getKey().equals("clause")) {
                  out.add(e.getValue().asText());
                } else if (e.getKey().equals("clauses")) {
                  e.getValue().forEach(c -> out.add(c.asText()));
                } else {
                  clauses(e.getValue(), out);
                }
              });
    } else if (node.isArray()) {
      node.forEach(n -> clauses(n, out));
    }
  }

  private static List<JsonNode> results(JsonNode demo, String step) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode s : demo.get("steps")) {
      if (s.get("id").asText().equals(step)) {
        s.get("results").forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void theDemoCitesEveryClauseItUses() {
    CliRun.Result json = CliRun.run("demo", "--json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.err()).isEmpty();
    Set<String> used = new LinkedHashSet<>();
    clauses(json.json().get("steps"), used);
    // the scenario exercises every clause of the document (the policy text has nine)
    Set<String> all = new LinkedHashSet<>();
    for (ClauseRef c : ClauseRef.values()) {
      all.add(c.canonical());
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(all);
    List<String> listed = new ArrayList<>();
    json.json().get("clauses").forEach(c -> listed.add(c.asText()));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(used);

    for (String lang : List.of("zh", "en")) {
      String text = CliRun.run("demo", "--lang", lang).out();
      for (String clause : used) {
        assertThat(text).as(lang).contains(clause);
      }
      // every reason line and every duty heading carries its citation
      for (String line : text.split("\n", -1)) {
        String t = line.strip();
        if (t.startsWith("· ") || t.startsWith("- ") || t.matches("\\d+\\. .*\\[[A-Z_]+\\]")) {
          assertThat(t).as(line).containsAnyOf("大政办发〔2018〕83号 ", "瓦政办发〔2018〕66号");
        }
      }
    }
  }

  @Test
  void theScenarioIsLabelledFictionalAndTheSettingsHypothetical() {
    String zh = CliRun.run("demo").out();
    assertThat(zh.lines().limit(3).toList())
        .anySatisfy(l -> assertThat(l).contains("虚构示例数据"))
        .anySatisfy(l -> assertThat(l).contains("假设").contains("瓦政办发〔2018〕66号仅转发原文"));
    assertThat(zh).contains("—— 以下按假设配置（wafangdian-HYPOTHETICAL-demo），并非任何地区公布的规定 ——");
    String en = CliRun.run("demo", "--lang", "en").out();
    assertThat(en).contains("FICTIONAL sample data").contains("HYPOTHETICAL configuration");
    JsonNode j = CliRun.run("demo", "--json").json();
    assertThat(j.get("fictional").asBoolean()).isTrue();
    assertThat(j.get("hypotheticalParameters").asText()).contains("HYPOTHETICAL");
    for (JsonNode r : results(j, "subsidies")) {
      assertThat(r.get("configuration").asText()).isEqualTo("HYPOTHETICAL");
      assertThat(r.get("versions").get("parameters").asText()).contains("HYPOTHETICAL");
    }
  }

  @Test
  void theScenarioEndToEnd() {
    JsonNode j = CliRun.run("demo", "--json").json();
    // 一（一）: 1.2亿元 construction project, municipal threshold
    JsonNode scope = results(j, "approval").get(0);
    assertThat(scope.get("major").asBoolean()).isTrue();
    assertThat(scope.get("rule").asText()).isEqualTo("MUNICIPAL_THRESHOLD");
    // 二（三）: survey due 2025-11-13
    JsonNode land = results(j, "landNotice").get(0);
    JsonNode survey = land.get("duties").get(0);
    assertThat(survey.get("code").asText()).isEqualTo("LAND_SURVEY_AND_DATABASES");
    assertThat(survey.get("due").asText()).isEqualTo("2025-11-13");
    assertThat(survey.get("notices").get(0).get("number").asText()).isEqualTo("国办发明电〔2024〕12号");
    // 二（五）: liaison period undetermined by default, three months under the hypothetical settings
    List<JsonNode> liaison = results(j, "construction");
    assertThat(liaison.get(0).get("duties").get(0).get("timing").asText())
        .isEqualTo("PERIOD_UNDETERMINED");
    assertThat(liaison.get(1).get("duties").get(0).get("recurrence").asText()).isEqualTo("P3M");
    // 二（五）: 8 positions; 5 of the city's labour, then the one from outside the city ("对本市劳动力
    // 仍不能满足项目用工需求的，通过外出招聘、劳务合作等方式"), shortfall 2 → external recruitment
    JsonNode plan =
        results(j, "recruitment").stream()
            .filter(r -> r.get("name").asText().equals("recruitmentPlan"))
            .findFirst()
            .orElseThrow();
    assertThat(plan.get("positions").asInt()).isEqualTo(8);
    assertThat(plan.get("shortfall").asInt()).isEqualTo(2);
    assertThat(plan.get("shortfallDuty").get("code").asText()).isEqualTo("EXTERNAL_RECRUITMENT");
    List<String> seated = new ArrayList<>();
    plan.get("placements")
        .forEach(
            p -> {
              if (p.get("seated").asBoolean()) {
                seated.add(p.get("candidate").asText() + ":" + p.get("tier").asText());
              }
            });
    assertThat(seated)
        .containsExactly(
            "DEMO-C01:LOCAL_PRIORITY",
            "DEMO-C02:LOCAL_PRIORITY",
            "DEMO-C03:LOCAL_PRIORITY",
            "DEMO-C04:CITY_LABOUR",
            "DEMO-C05:CITY_LABOUR",
            "DEMO-C06:OUTSIDE_CITY");
    // 三（六）: a government-funded, state-controlled project recruiting 应届 graduates discloses
    JsonNode opened = results(j, "recruitment").get(0);
    List<String> codes = new ArrayList<>();
    opened.get("duties").forEach(d -> codes.add(d.get("code").asText()));
    assertThat(codes).contains("GRADUATE_RECRUITMENT_DISCLOSURE");
    // 三（七）: 焊工 初级工 under the hypothetical schedule
    JsonNode t1 = results(j, "subsidies").get(0);
    assertThat(t1.get("entitlements").get(0).get("amount").asText()).isEqualTo("1560.00");
    // the schedule's uplift raises the training subsidy, not the appraisal subsidy
    assertThat(t1.get("entitlements").get(1).get("amount").asText()).isEqualTo("150.00");
    // 三 末段: the fictional specialist of 瓦房店市
    JsonNode issue = results(j, "issue").get(0).get("duties").get(0);
    assertThat(issue.get("code").asText()).isEqualTo("EXPEDITED_ISSUE_HANDLING");
    assertThat(issue.get("performers").get(0).get("name").asText()).contains("虚构");
    // 一（一） widening: 6000万元 is not major by the municipal rule, major under the hypothetical one
    List<JsonNode> widening = results(j, "widening");
    assertThat(widening.get(0).get("major").asBoolean()).isFalse();
    assertThat(widening.get(1).get("major").asBoolean()).isTrue();
    assertThat(widening.get(1).get("rule").asText()).isEqualTo("REGIONAL_THRESHOLD");
    assertThat(widening.get(1).get("threshold").asText()).isEqualTo("50000000.00");
  }

  @Test
  void theDemoIsDeterministic() {
    assertThat(CliRun.run("demo", "--json").out()).isEqualTo(CliRun.run("demo", "--json").out());
    assertThat(CliRun.run("demo").out()).isEqualTo(CliRun.run("demo").out());
  }
}
