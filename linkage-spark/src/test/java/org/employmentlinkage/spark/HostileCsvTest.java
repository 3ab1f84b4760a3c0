package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.employmentlinkage.cli.batch.BatchKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's hostile rows, read by the Spark job with its explicit CSV options (quote, escape, mode,
 * multiLine, encoding) and by {@code linkage batch}: the same decisions, the same rejections, the
 * same formula-escaped cells.
 */
class HostileCsvTest {
  static final LocalDate DATE = LocalDate.of(2025, 12, 1);

  @TempDir Path dir;

  @Test
  void hostileRowsBehaveAsInLinkageBatch() throws IOException {
    String csv =
        "\uFEFFID,Education,graduationDate,note,householdRegion\r\n"
            + "=HYPERLINK(\"http://x\"),本科,2025-07-01,n,210281\r\n"
            + "+1,硕士,2025-06-30,,\r\n"
            + "-2,BACHELOR,,,\r\n"
            + "@SUM(A1),,,,\r\n"
            + "\"\tP5\",本科,２０２５－０７－０１,,\r\n"
            + "\"P,6\",本科,2025年7月1日,\"a, b\",\r\n"
            + "\"P\"\"7\",本科,2025-07-01,\"say \"\"hi\"\"\",\r\n"
            + "\"P\n8\",本科,2025-07-01,\"two\nlines\",\r\n"
            + "\r\n"
            + "   \r\n"
            + "P11,doctorate-of-everything,2025-07-01,,\r\n"
            + "P12,本科,2025-02-30,,\r\n"
            + "P13,本科,2025-07-01,,,extra\r\n"
            + "P14,本科\r\n"
            + ",本科,2025-07-01,,\r\n"
            + "P16,  本科  ,2025-07-01,,\r\n"
            + "P17,本科,2025-07-01,, 210281 \r\n"
            + "P18,本科,2025-07-01,,999999\r\n"
            + "P19,本科,2025-07-01,,210281";
    Path input = dir.resolve("hostile.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);

    BothEngines.Compared c = BothEngines.compare(input, BatchKind.PEOPLE, "people", DATE, dir);

    assertThat(c.mismatches()).isZero();
    // 19 data lines, of which two are blank (an empty one and one of spaces): 17 rows, each
    // decided or rejected; at least the bad education, the impossible day, the two wrong field
    // counts, the missing id and the unknown region are rejected
    assertThat(c.rows() + c.rejected()).isEqualTo(17);
    assertThat(c.rejected()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void formulaCellsAreEscapedInTheJobsCsvAndKeptAsTheyAreInTheDataset() throws IOException {
    Path input = dir.resolve("formula.csv");
    Files.writeString(input, "id,education\n=1+1,本科\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    new LinkageSparkJob(TestSpark.session(), System.out)
        .run("--input", input.toString(), "--output", out.toString(), "--date", "2025-12-01");
    List<List<String>> rows = BothEngines.records(read(out));
    assertThat(rows.get(1).get(0)).isEqualTo("'=1+1");

    List<Row> decided =
        LinkageSpark.create(TestSpark.session(), PolicySpec.defaults().withDate(DATE))
            .people(LinkageSparkJob.readCsv(TestSpark.session(), input.toString(), "UTF-8"))
            .collectAsList();
    assertThat(decided.get(0).getString(0)).isEqualTo("=1+1");
  }

  @Test
  void anUnclosedQuoteIsARejectedRowNotAFailedJob() throws IOException {
    // linkage batch stops with an error naming row 3; Spark's parser reads on to the end of the
    // file, so the row and every row after it become one malformed record: rejected, counted
    Path input = dir.resolve("quote.csv");
    Files.writeString(
        input, "id,education\nP1,本科\nP2,\"本科\nP3,本科\nP4,本科\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    LinkageSparkJob.Summary s =
        new LinkageSparkJob(TestSpark.session(), System.out)
            .run("--input", input.toString(), "--output", out.toString(), "--date", "2025-12-01");
    assertThat(s.decided()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
  }

  private static String read(Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path p : BothEngines.parts(dir)) {
      all.append(Files.readString(p, StandardCharsets.UTF_8));
    }
    return all.toString();
  }
}
