package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code linkage batch}: people and projects, CSV and JSON output, rejected rows by number and rule
 * and never by value, the summary, exit codes. Expected groups follow
 * docs/adr/0003-policy-as-code.md, "Groups" (高校毕业生: 大专及以上 in the graduation year or 离校2年内; 农村转移劳动力:
 * rural registration and non-farm transfer); the scope follows 一（一） (建设项目, 1亿元以上 inclusive).
 */
class BatchCommandTest {
  private static final String NAME = "张三丰";
  private static final String ID_NUMBER = "110101199003074514";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** A people file whose bad rows hold a name and an ID number in the wrong columns. */
  private Path people() throws IOException {
    return write(
        "people.csv",
        String.join(
            "\n",
            "id,name,idNumber,education,graduationDate,householdType,nonFarmTransfer,"
                + "overcapacityResettled,residence,asOf",
            "P1,,,bachelor,2025-07-01,,,,210281,",
            "P2,,,,,rural,true,,210281,2025-12-01",
            "P3," + NAME + "," + ID_NUMBER + "," + NAME + ",2025-07-01,,,,210281,",
            "P4,,,本科," + ID_NUMBER + ",,,,210281,",
            "",
            "P5,,,junior-college,2010-07-01,urban,false,false,210281",
            "P6,,,bachelor,2025-07-01,,,,210281,,extra",
            ",,,bachelor,2025-07-01,,,,210281,",
            "P8,,,bachelor,2025-07-01,,,,999999,",
            ""));
  }

  @Test
  void peopleToCsvWithRejectedRowsReportedByNumberOnly() throws IOException {
    Path in = people();
    Path out = dir.resolve("groups.csv");
    CliRun.Result r =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--date",
            "2025-12-01",
            "--lang",
            "en");
    assertThat(r.exitCode()).isZero();
    // never a person's value, on either stream
    assertThat(r.err()).doesNotContain(NAME).doesNotContain(ID_NUMBER).doesNotContain("110101");
    assertThat(r.out()).doesNotContain(NAME).doesNotContain(ID_NUMBER);
    assertThat(r.errLines())
        .containsExactly(
            "linkage: warning: columns not used: name, idNumber",
            "linkage: warning: row 4, education: not an allowed value; use one of: "
                + "JUNIOR_SECONDARY_OR_BELOW (初中及以下), SENIOR_SECONDARY (普通高中), "
                + "SECONDARY_VOCATIONAL (中等职业学校), TECHNICIAN_COLLEGE_SENIOR_CLASS "
                + "(技师学院高级工班、预备技师班), JUNIOR_COLLEGE (大专), BACHELOR (本科), POSTGRADUATE (研究生)",
            "linkage: warning: row 5, graduationDate: not a date; write YYYY-MM-DD (e.g."
                + " 2025-09-26) or 2025年9月26日",
            "linkage: warning: row 7: another number of fields than the header (row/header: 9/10)",
            "linkage: warning: row 8: another number of fields than the header (row/header: 11/10)",
            "linkage: warning: row 9, id: required",
            "linkage: warning: row 10, residence: not a region of Dalian; write a code (210200 大连市,"
                + " 210202 中山区, 210203 西岗区, 210204 沙河口区, 210211 甘井子区, 210212 旅顺口区, 210213 金州区,"
                + " 210214 普兰店区, 210224 长海县, 210281 瓦房店市, 210283 庄河市) or a name (e.g. 瓦房店市; the"
                + " pilot zones 金普新区, 高新技术产业园区, 长兴岛经济区, 花园口经济区; 大连市以外 for outside Dalian)");
    assertThat(r.out())
        .contains("Rows: 8 (2 evaluated, 6 rejected, 1 blank)")
        .contains("Rejected rows (6), by reason:")
        .contains("  education: not an allowed value; use one of: ")
        .contains("(研究生) — 1 row(s): 4\n")
        .contains("  another number of fields than the header — 2 row(s): 7, 8\n")
        .contains("Time: ");

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "row,id,asOf,outcome,COLLEGE_GRADUATE,RURAL_TRANSFER_LABOUR,"
                + "OVERCAPACITY_RESETTLED_WORKER,LAND_EXPROPRIATED_PERSON,"
                + "CURRENT_YEAR_COLLEGE_GRADUATE,members,reasons,missingFacts,clauses");
    assertThat(lines).hasSize(3);
    // P1: 本科, graduated 2025-07-01, judged 2025-12-01: 高校毕业生 and 应届
    // (docs/adr/0003-policy-as-code.md, "Groups")
    assertThat(lines.get(1))
        .startsWith("2,P1,2025-12-01,YES,YES,UNDETERMINED,UNDETERMINED,UNDETERMINED,YES,")
        .contains(",COLLEGE_GRADUATE;CURRENT_YEAR_COLLEGE_GRADUATE,")
        .contains("GROUP_COLLEGE_GRADUATE_YES");
    // P2: rural and moving to non-farm work; asOf from its own column
    assertThat(lines.get(2)).startsWith("3,P2,2025-12-01,YES,UNDETERMINED,YES,");
    assertThat(Files.exists(dir.resolve("groups.csv.part"))).isFalse();
  }

  @Test
  void theSummaryInJsonAndTheRejectsFile() throws IOException {
    Path in = people();
    Path out = dir.resolve("groups.jsonl");
    Path rejects = dir.resolve("rejects.csv");
    CliRun.Result r =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--date",
            "2025-12-01",
            "--rejects",
            rejects.toString(),
            "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode s = r.json();
    assertThat(s.get("command").asText()).isEqualTo("batch");
    assertThat(s.get("kind").asText()).isEqualTo("people");
    assertThat(s.get("format").asText()).isEqualTo("jsonl");
    assertThat(s.get("rows").asLong()).isEqualTo(8);
    assertThat(s.get("evaluated").asLong()).isEqualTo(2);
    assertThat(s.get("rejected").asLong()).isEqualTo(6);
    assertThat(s.get("blankRows").asLong()).isEqualTo(1);
    assertThat(s.get("outcomes").get("YES").asLong()).isEqualTo(2);
    assertThat(s.get("rejections").get(0).get("row").asLong()).isEqualTo(4);
    assertThat(s.get("rejections").get(0).get("column").asText()).isEqualTo("education");
    assertThat(s.get("rejections").get(0).get("code").asText()).isEqualTo("UNKNOWN_VALUE");
    assertThat(s.get("rejectionsTruncated").asBoolean()).isFalse();
    JsonNode fieldCount = s.get("rejectionsByReason").get(2);
    assertThat(fieldCount.get("column").asText()).isEqualTo("*");
    assertThat(fieldCount.get("code").asText()).isEqualTo("FIELD_COUNT");
    assertThat(fieldCount.get("count").asLong()).isEqualTo(2);
    assertThat(fieldCount.get("rows").toString()).isEqualTo("[7,8]");
    assertThat(s.get("elapsedMillis").isIntegralNumber()).isTrue();
    assertThat(s.toString()).doesNotContain(NAME).doesNotContain(ID_NUMBER);

    List<String> jsonl = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(jsonl).hasSize(2);
    ObjectMapper m = new ObjectMapper();
    JsonNode p1 = m.readTree(jsonl.get(0));
    assertThat(p1.get("row").asLong()).isEqualTo(2);
    assertThat(p1.get("id").asText()).isEqualTo("P1");
    assertThat(p1.get("groups").get("COLLEGE_GRADUATE").asText()).isEqualTo("YES");
    assertThat(p1.get("members").get(0).asText()).isEqualTo("COLLEGE_GRADUATE");
    assertThat(p1.get("clauses").get(0).asText()).isEqualTo("大政办发〔2018〕83号 一（二）");

    List<String> rej = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(rej).hasSize(7);
    assertThat(rej.get(0)).isEqualTo("row,column,code,message");
    assertThat(rej.get(1)).startsWith("4,education,UNKNOWN_VALUE,");
    assertThat(String.join("\n", rej)).doesNotContain(NAME).doesNotContain(ID_NUMBER);
  }

  /** 一（一）: 1亿元 is major (inclusive), 99999999.99 is not, an unknown type is undetermined. */
  @Test
  void projectsToAJsonArray() throws IOException {
    Path in =
        write(
            "projects.csv",
            "\uFEFFid,type,totalInvestment,region,asOf\n"
                + "A,construction,1亿元,210281,2025-10-01\n"
                + "B,建设项目,99999999.99,210281,2025-10-01\n"
                + "C,unknown,2亿元,,2025-10-01\n"
                + "D,construction,二亿元,210281,2025-10-01\n");
    Path out = dir.resolve("scope.json");
    CliRun.Result r =
        CliRun.run(
            "batch", "--input", in.toString(), "--output", out.toString(), "--kind", "projects");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("行数：4（已评估 3，拒绝 1，空行 0）").contains("重大项目：是 1、否 1、无法确定 1");
    assertThat(r.errLines())
        .containsExactly(
            "linkage: warning: 第 5 行，totalInvestment：不是金额，请写 1亿元、5000万元 或 100000000（元，最多两位小数）");
    JsonNode a = new ObjectMapper().readTree(out.toFile());
    assertThat(a.isArray()).isTrue();
    assertThat(a).hasSize(3);
    assertThat(a.get(0).get("id").asText()).isEqualTo("A");
    assertThat(a.get(0).get("major").asBoolean()).isTrue();
    assertThat(a.get(0).get("rule").asText()).isEqualTo("MUNICIPAL_THRESHOLD");
    assertThat(a.get(0).get("threshold").asText()).isEqualTo("100000000.00");
    assertThat(a.get(1).get("major").asBoolean()).isFalse();
    assertThat(a.get(2).get("major").isNull()).isTrue();
    assertThat(a.get(2).get("missingFacts").get(0).asText()).isEqualTo("project.type");
  }

  /** A file without a header row: its first row is never printed as column names. */
  @Test
  void headerNamesThatMayBeValuesAreShownByPosition() throws IOException {
    Path in = write("nohead.csv", "id," + NAME + "," + ID_NUMBER + ",note\nP1,x,y,z\n");
    CliRun.Result r =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--lang",
            "en",
            "--date",
            "2025-12-01");
    assertThat(r.exitCode()).isZero();
    assertThat(r.errLines()).containsExactly("linkage: warning: columns not used: #2, #3, note");
  }

  @Test
  void projectsToCsv() throws IOException {
    Path in = write("p.csv", "id,totalInvestment\nA,1亿元\n");
    Path out = dir.resolve("scope.csv");
    CliRun.Result r =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--kind",
            "projects",
            "--date",
            "2025-10-01");
    assertThat(r.exitCode()).isZero();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .containsExactly(
            "row,id,asOf,outcome,major,rule,threshold,reasons,missingFacts,clauses",
            // no type column: the row is taken as a 建设项目, and its reasons say so
            "2,A,2025-10-01,YES,true,MUNICIPAL_THRESHOLD,100000000.00,"
                + "PROJECT_TYPE_ASSUMED;SCOPE_MUNICIPAL_THRESHOLD_MET,,大政办发〔2018〕83号 一（一）");
  }

  @Test
  void theOutputIsNotOverwrittenWithoutForce() throws IOException {
    Path in = people();
    Path out = write("exists.csv", "keep me\n");
    CliRun.Result r =
        CliRun.run("batch", "--input", in.toString(), "--output", out.toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("OUTPUT_EXISTS");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("keep me\n");
    CliRun.Result forced =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--force",
            "--date",
            "2025-12-01");
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("row,id,asOf");
  }

  @Test
  void strictFailsOnRejectedRowsAfterWritingTheOthers() throws IOException {
    Path in = people();
    Path out = dir.resolve("strict.csv");
    CliRun.Result r =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--strict",
            "--date",
            "2025-12-01",
            "--lang",
            "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errLines().get(r.errLines().size() - 1))
        .isEqualTo(
            "linkage: error: 6 rows were rejected (--strict); the other rows are in the output file");
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(3);
  }

  /**
   * Found by {@code CliArgumentsFuzzTest}: with {@code --json}, a {@code --strict} run that
   * rejected rows wrote two JSON documents (the summary, then the error), where docs/cli-json.md
   * promises one per run. The summary is now the error document's {@code error.summary}. Expected
   * counts by hand from {@link #people()}: P1, P2 evaluated; P3 (education), P4 (graduationDate),
   * P5 and P6 (field count), the row without id and P8 (region) rejected; one blank row.
   */
  @Test
  void strictWithJsonWritesOneDocument() throws IOException {
    CliRun.Result r =
        CliRun.run(
            "batch",
            "--input",
            people().toString(),
            "--output",
            dir.resolve("strict.jsonl").toString(),
            "--strict",
            "--json",
            "--date",
            "2025-12-01");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).endsWith("\n");
    assertThat(r.out().strip()).doesNotContain("\n");
    JsonNode error = r.json().get("error");
    assertThat(error.get("code").asText()).isEqualTo("REJECTED_ROWS");
    assertThat(error.get("exitCode").asInt()).isEqualTo(2);
    JsonNode summary = error.get("summary");
    assertThat(summary.get("kind").asText()).isEqualTo("people");
    assertThat(summary.get("rows").asLong()).isEqualTo(8);
    assertThat(summary.get("evaluated").asLong()).isEqualTo(2);
    assertThat(summary.get("rejected").asLong()).isEqualTo(6);
    assertThat(summary.get("blankRows").asLong()).isEqualTo(1);
    assertThat(Files.readAllLines(dir.resolve("strict.jsonl"), StandardCharsets.UTF_8)).hasSize(2);
  }

  @Test
  void unusableFiles() throws IOException {
    Path out = dir.resolve("o.csv");
    CliRun.Result empty =
        CliRun.run(
            "batch",
            "--input",
            write("e.csv", "").toString(),
            "--output",
            out.toString(),
            "--lang",
            "en",
            "--json");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.errorLine())
        .isEqualTo("linkage: error: the input file is empty: no header row");
    assertThat(empty.json().get("error").get("code").asText()).isEqualTo("BAD_INPUT_FILE");
    assertThat(Files.exists(out)).isFalse();
    assertThat(Files.exists(dir.resolve("o.csv.part"))).isFalse();

    CliRun.Result noId =
        CliRun.run(
            "batch",
            "--input",
            write("n.csv", "name,education\nx,本科\n").toString(),
            "--output",
            out.toString(),
            "--lang",
            "en");
    assertThat(noId.errorLine()).isEqualTo("linkage: error: the header (row 1) has no id column");

    CliRun.Result twice =
        CliRun.run(
            "batch",
            "--input",
            write("t.csv", "id,education,Education\n").toString(),
            "--output",
            out.toString(),
            "--lang",
            "en");
    assertThat(twice.errorLine())
        .isEqualTo("linkage: error: the header (row 1) names column education twice");

    CliRun.Result missing =
        CliRun.run(
            "batch", "--input", dir.resolve("none.csv").toString(), "--output", out.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errorLine()).contains("none.csv");

    CliRun.Result noFormat =
        CliRun.run(
            "batch",
            "--input",
            people().toString(),
            "--output",
            dir.resolve("o.txt").toString(),
            "--lang",
            "en");
    assertThat(noFormat.errorLine())
        .startsWith("linkage: error: --output: the file name's extension");

    CliRun.Result same =
        CliRun.run(
            "batch",
            "--input",
            dir.resolve("people.csv").toString(),
            "--output",
            dir.resolve("people.csv").toString(),
            "--force",
            "--lang",
            "en");
    assertThat(same.errorLine()).isEqualTo("linkage: error: --output is the same file as --input");
  }

  @Test
  void aProgressBarWhenAskedFor() throws IOException {
    Path in = people();
    CliRun.Result r =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            dir.resolve("p.csv").toString(),
            "--progress",
            "--date",
            "2025-12-01",
            "--lang",
            "en");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains("\rlinkage batch [####################] 100%  8 rows")
        .endsWith("s\n");
    CliRun.Result quiet =
        CliRun.run(
            "batch",
            "--input",
            in.toString(),
            "--output",
            dir.resolve("q.csv").toString(),
            "--date",
            "2025-12-01");
    assertThat(quiet.err()).doesNotContain("\r");
  }
}
