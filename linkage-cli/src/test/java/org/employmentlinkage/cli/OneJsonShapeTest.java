package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.jackson.LinkageJson;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScopeDecision;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The command line's JSON and {@code linkage/1} (docs/json.md, "The command line's JSON") share one
 * shape of reasons, missing facts and versions: for the same project asked on the same day, the
 * command line's {@code reasons} (after the reason it adds for an assumed type), {@code
 * missingFacts} and {@code versions} equal those of the {@code linkage/1} ScopeDecision document,
 * field for field.
 */
class OneJsonShapeTest {

  @Test
  void classifySharesReasonsMissingFactsAndVersionsWithLinkage1() {
    // a project whose investment is not given: UNDETERMINED, with a missing fact
    check(new String[] {"--region", "210281", "--type", "construction"}, null);
    // 1.2亿元 in 瓦房店市: YES under the municipal threshold of 一（一）
    check(
        new String[] {"--investment", "1.2亿元", "--region", "210281", "--type", "construction"},
        Money.ofYuan(120_000_000L));
  }

  private static void check(String[] options, @Nullable Money investment) {
    String[] args = new String[options.length + 5];
    args[0] = "classify";
    System.arraycopy(options, 0, args, 1, options.length);
    args[options.length + 1] = "--date";
    args[options.length + 2] = "2025-06-30";
    args[options.length + 3] = "--json";
    args[options.length + 4] = "--lang=en";
    CliRun.Result r = CliRun.run(args);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode cli = r.json();

    Project.Builder p = Project.builder();
    p.id("project");
    p.type(ProjectType.CONSTRUCTION);
    p.location(Location.of(Region.WAFANGDIAN));
    if (investment != null) {
      p.totalInvestment(investment);
    }
    ScopeDecision d =
        LinkagePolicy.builder().build().classify(p.build(), LocalDate.of(2025, 6, 30));
    ObjectNode doc = LinkageJson.mapper().valueToTree(d);

    assertThat(cli.get("outcome")).isEqualTo(doc.get("outcome"));
    assertThat(cli.get("reasons")).isEqualTo(withoutEnvelopes((ArrayNode) doc.get("reasons")));
    assertThat(cli.get("missingFacts"))
        .isEqualTo(withoutEnvelopes((ArrayNode) doc.get("missingFacts")));
    ObjectNode versions = ((ObjectNode) doc.get("versions")).deepCopy();
    versions.remove("schema");
    versions.remove("document");
    assertThat(cli.get("versions")).isEqualTo(versions);
    assertThat(cli.get("reasons").get(0).has("schema")).isFalse();
  }

  private static ArrayNode withoutEnvelopes(ArrayNode parts) {
    ArrayNode a = parts.deepCopy();
    for (JsonNode n : a) {
      ((ObjectNode) n).remove("schema");
      ((ObjectNode) n).remove("document");
    }
    return a;
  }
}
