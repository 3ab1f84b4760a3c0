package org.employmentlinkage.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;

/**
 * Fuzzes the CSV batch reader ({@link BatchJob#run}, {@code docs/cli.md#linkage-batch}) with
 * arbitrary bytes as the input file, for people and for projects, in every output format, against
 * its documented contract:
 *
 * <ul>
 *   <li>a file that cannot be read at all (empty, no {@code id} column, a column twice, CSV the
 *       parser cannot read on) is exactly {@link BatchException} with a row of at least 1; nothing
 *       else escapes: a bad row is reported as a {@link Rejection}, never thrown;
 *   <li>otherwise every data row is evaluated or rejected ({@code rows = evaluated + rejected},
 *       blank rows counted apart), the outcomes add up to the rows evaluated, every rejection goes
 *       to the listener with a row number after the header and a column of the header (or {@code
 *       *}), in row order, and the summary lists at most {@value BatchJob#LISTED_REJECTIONS} of
 *       them (bounded memory);
 *   <li>the output holds exactly one record per evaluated row: CSV with the documented header, a
 *       JSON array, or JSON Lines, each record with its row number and outcome.
 * </ul>
 *
 * <p>Regression mode replays {@code BatchRowsFuzzTestInputs/people/} and {@code .../projects/};
 * fuzzing: {@code docs/fuzzing.md}.
 */
class BatchRowsFuzzTest {

  private static final LinkagePolicy POLICY = LinkagePolicies.dalian2018();
  private static final LocalDate DATE = LocalDate.of(2025, 12, 1);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-12-01T02:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> OUTCOMES = names();

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "id,",
    "education,",
    "graduationDate,",
    "householdType,",
    "nonFarmTransfer,",
    "overcapacityResettled,",
    "landExpropriated,",
    "landExpropriationProjectIds,",
    "residence,",
    "householdRegion,",
    "certifications,",
    "asOf,",
    "\\\"",
    "\\x0A",
    "\\x0D\\x0A",
    ";",
    "210281",
    "瓦房店市",
    "本科",
    "2025-07-01",
    "true",
    "RURAL",
    "\\xEF\\xBB\\xBF"
  })
  void people(byte[] input) throws IOException {
    runAll(BatchKind.PEOPLE, input);
  }

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "id,",
    "name,",
    "type,",
    "categories,",
    "totalInvestment,",
    "region,",
    "pilotZone,",
    "subdistrict,",
    "governmentFunded,",
    "ownership,",
    "status,",
    "approved,",
    "constructionStarted,",
    "completed,",
    "asOf,",
    "\\\"",
    "\\x0A",
    ";",
    "1亿元",
    "5000万元",
    "210281",
    "长兴岛经济区",
    "CONSTRUCTION",
    "APPROVED",
    "2025-01-01"
  })
  void projects(byte[] input) throws IOException {
    runAll(BatchKind.PROJECTS, input);
  }

  private static void runAll(BatchKind kind, byte[] input) throws IOException {
    for (OutputFormat format : OutputFormat.values()) {
      run(kind, format, input);
    }
  }

  private static void run(BatchKind kind, OutputFormat format, byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Recorder listener = new Recorder();
    BatchSummary s;
    try {
      s =
          new BatchJob(POLICY, kind, DATE, CLOCK)
              .run(new ByteArrayInputStream(input), out, format, listener);
    } catch (BatchException e) {
      assertThat(e.row()).isPositive();
      assertThat(e.getMessage()).isNotBlank();
      assertThat(listener.done).as("no end of progress after a failure").isFalse();
      return;
    } catch (RuntimeException e) {
      throw new AssertionError(
          kind + " batch threw " + e.getClass().getName() + " (a bad row must be a rejection)", e);
    }
    assertThat(s.rows()).isEqualTo(s.evaluated() + s.rejected());
    assertThat(s.outcomes().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(s.evaluated());
    assertThat(listener.rejections).hasSize((int) s.rejected());
    assertThat(s.firstRejections())
        .isEqualTo(
            listener.rejections.subList(
                0, Math.min(listener.rejections.size(), BatchJob.LISTED_REJECTIONS)));
    long lastRow = 1 + s.rows() + s.blankRows();
    long previous = 1;
    for (Rejection r : listener.rejections) {
      assertThat(r.row()).isGreaterThan(previous).isLessThanOrEqualTo(lastRow);
      previous = r.row();
      assertThat(r.column()).isNotEmpty();
      assertThat(r.problem()).isNotNull();
    }
    assertThat(listener.done).as("final progress report").isTrue();
    checkOutput(kind, format, out.toByteArray(), s, lastRow);
  }

  private static void checkOutput(
      BatchKind kind, OutputFormat format, byte[] bytes, BatchSummary s, long lastRow)
      throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<JsonNode> records = new ArrayList<>();
    switch (format) {
      case CSV -> {
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(text)) {
          r.forEach(rows::add);
        }
        assertThat(rows).isNotEmpty();
        List<String> header = BatchJob.outputColumns(POLICY, kind);
        assertThat(rows.get(0).getFields()).isEqualTo(header);
        assertThat(rows).hasSize((int) s.evaluated() + 1);
        for (CsvRecord rec : rows.subList(1, rows.size())) {
          assertThat(rec.getFieldCount()).isEqualTo(header.size());
          records.add(
              JSON.createObjectNode()
                  .put("row", Long.parseLong(rec.getField(0)))
                  .put("outcome", rec.getField(3)));
        }
      }
      case JSON -> {
        JsonNode array = JSON.readTree(text);
        assertThat(array.isArray()).as("a JSON array").isTrue();
        array.forEach(records::add);
      }
      case JSONL -> {
        for (String line : text.split("\n", -1)) {
          if (!line.isEmpty()) {
            records.add(JSON.readTree(line));
          }
        }
        assertThat(text.isEmpty() || text.endsWith("\n")).isTrue();
      }
    }
    assertThat(records).hasSize((int) s.evaluated());
    long previous = 1;
    for (JsonNode rec : records) {
      long row = rec.get("row").asLong();
      assertThat(row).isGreaterThan(previous).isLessThanOrEqualTo(lastRow);
      previous = row;
      assertThat(OUTCOMES).contains(rec.get("outcome").asText());
    }
  }

  private static Set<String> names() {
    Set<String> names = new java.util.HashSet<>();
    for (Outcome o : EnumSet.allOf(Outcome.class)) {
      names.add(o.name());
    }
    return names;
  }

  /** Records what the job reports. */
  private static final class Recorder implements BatchJob.Listener {
    final List<Rejection> rejections = new ArrayList<>();
    boolean done;

    @Override
    public void rejected(Rejection rejection) {
      if (done) {
        fail("rejection after the end: " + rejection);
      }
      rejections.add(rejection);
    }

    @Override
    public void progress(long rows, long bytesRead, long elapsedMillis, boolean done) {
      if (this.done) {
        fail("progress after the end");
      }
      this.done = done;
    }
  }
}
