package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.employmentlinkage.cli.batch.BatchJob;
import org.employmentlinkage.cli.batch.BatchKind;
import org.employmentlinkage.cli.batch.BatchSummary;
import org.employmentlinkage.cli.batch.OutputFormat;
import org.employmentlinkage.cli.batch.Rejection;
import org.employmentlinkage.io.records.DecisionCells;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.rules.LinkagePolicy;

/**
 * Runs {@code linkage batch}'s engine (BatchJob, the reference) and linkage-spark's job on the same
 * CSV file and compares every decided row, every column, and every rejection.
 */
final class BothEngines {
  /** What a comparison covered. */
  record Compared(long rows, long cells, long rejected, long mismatches) {}

  private BothEngines() {}

  static Compared compare(
      Path input, BatchKind batchKind, String sparkKind, LocalDate date, Path dir, String... more)
      throws IOException {
    return compare(input, batchKind, sparkKind, date, dir, null, more);
  }

  /** {@link #compare}, both engines with the regional settings file {@code settings} if given. */
  static Compared compare(
      Path input,
      BatchKind batchKind,
      String sparkKind,
      LocalDate date,
      Path dir,
      Path settings,
      String... more)
      throws IOException {
    // the reference: linkage batch's engine, with the policy as published or the settings as read
    // by the command line's reader
    LinkagePolicy policy =
        settings == null ? LinkagePolicy.builder().build() : PolicySettings.read(settings).build();
    List<Rejection> batchRejections = new ArrayList<>();
    ByteArrayOutputStream batchOut = new ByteArrayOutputStream();
    BatchSummary summary;
    try (InputStream in = Files.newInputStream(input)) {
      summary =
          new BatchJob(policy, batchKind, date, Clock.systemUTC())
              .run(
                  in,
                  batchOut,
                  OutputFormat.CSV,
                  new BatchJob.Listener() {
                    @Override
                    public void rejected(Rejection rejection) {
                      batchRejections.add(rejection);
                    }
                  });
    }
    List<List<String>> batchRows = records(batchOut.toString(StandardCharsets.UTF_8));
    List<String> batchHeader = batchRows.remove(0);
    assertThat(batchHeader.get(0)).isEqualTo("row");

    // linkage-spark's job on the same file
    Path out = dir.resolve("out");
    Path rejects = dir.resolve("rejects");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input", input.toString(),
                "--output", out.toString(),
                "--kind", sparkKind,
                "--date", date.toString(),
                "--rejects", rejects.toString()));
    if (settings != null) {
      args.addAll(List.of("--settings", settings.toString()));
    }
    args.addAll(List.of(more));
    LinkageSparkJob.Summary s =
        new LinkageSparkJob(TestSpark.session(), new PrintStream(new ByteArrayOutputStream(), true))
            .run(args.toArray(new String[0]));
    List<String> sparkHeader = new ArrayList<>();
    Map<String, List<String>> sparkRows = new HashMap<>();
    for (Path part : parts(out)) {
      List<List<String>> rows = records(Files.readString(part, StandardCharsets.UTF_8));
      if (rows.isEmpty()) {
        continue;
      }
      sparkHeader = rows.remove(0);
      for (List<String> r : rows) {
        assertThat(sparkRows.put(r.get(0), r)).as("id %s twice", r.get(0)).isNull();
      }
    }
    // the columns: linkage batch's without `row`, then the three versions
    List<String> expectedHeader = new ArrayList<>(batchHeader.subList(1, batchHeader.size()));
    expectedHeader.addAll(List.of("policyVersion", "parametersVersion", "calendarVersion"));
    assertThat(sparkHeader).isEqualTo(expectedHeader);

    assertThat(s.rows()).isEqualTo(summary.rows());
    assertThat(s.decided()).isEqualTo(summary.evaluated());
    assertThat(s.rejected()).isEqualTo(summary.rejected());
    assertThat(sparkRows).hasSize(batchRows.size());

    long cells = 0;
    long mismatches = 0;
    List<String> firstMismatches = new ArrayList<>();
    List<String> versions =
        List.of(
            summary.versions().policy(),
            summary.versions().parameters(),
            summary.versions().calendar());
    for (List<String> expected : batchRows) {
      String id = expected.get(1);
      List<String> actual = sparkRows.get(id);
      if (actual == null) {
        mismatches++;
        firstMismatches.add(id + ": missing");
        continue;
      }
      List<String> want = new ArrayList<>(expected.subList(1, expected.size()));
      want.addAll(versions);
      for (int c = 0; c < want.size(); c++) {
        cells++;
        if (!want.get(c).equals(actual.get(c))) {
          mismatches++;
          if (firstMismatches.size() < 10) {
            firstMismatches.add(
                id + "." + expectedHeader.get(c) + ": " + want.get(c) + " ≠ " + actual.get(c));
          }
        }
      }
    }
    assertThat(firstMismatches).as("mismatches").isEmpty();

    // rejections: the same rows (by id), columns, rules and details
    Map<Long, String> idOfRow = idsByRow(input);
    TreeSet<String> batchRejected = new TreeSet<>();
    for (Rejection r : batchRejections) {
      batchRejected.add(
          idOfRow.get(r.row()) + "|" + r.column() + "|" + r.problem() + "|" + r.detail());
    }
    TreeSet<String> sparkRejected = new TreeSet<>();
    if (s.rejected() > 0) {
      for (Path part : parts(rejects)) {
        List<List<String>> rows = records(Files.readString(part, StandardCharsets.UTF_8));
        if (!rows.isEmpty()) {
          assertThat(rows.remove(0)).containsExactly("id", "column", "problem", "detail");
        }
        for (List<String> r : rows) {
          sparkRejected.add(String.join("|", r));
        }
      }
    }
    assertThat(sparkRejected).isEqualTo(batchRejected);
    return new Compared(batchRows.size(), cells, batchRejections.size(), mismatches);
  }

  static List<Path> parts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }

  static List<List<String>> records(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(csv)) {
      for (CsvRecord rec : r) {
        rows.add(new ArrayList<>(rec.getFields()));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /**
   * Row number (the header is row 1, blank rows count, as linkage batch numbers them) → the value
   * of the first field, formula-escaped as both engines write it.
   */
  static Map<Long, String> idsByRow(Path input) throws IOException {
    Map<Long, String> ids = new LinkedHashMap<>();
    long row = 0;
    try (CsvReader<CsvRecord> r =
        CsvReader.builder()
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(input, StandardCharsets.UTF_8)) {
      for (CsvRecord rec : r) {
        row++;
        ids.put(row, DecisionCells.escapeFormula(rec.getField(0)));
      }
    }
    return ids;
  }
}
