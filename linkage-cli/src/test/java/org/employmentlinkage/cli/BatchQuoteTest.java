package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quoted CSV field that is never closed (docs/cli.md, "linkage batch", Input): one stray {@code
 * "} at the start of a field would make the rest of the file one field. It is an error that names
 * the row where the quote opened (the header being row 1), exit code 2, and no output file is left.
 */
class BatchQuoteTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private CliRun.Result batch(Path in, String output, String... more) {
    String[] args =
        Stream.concat(
                Stream.of(
                    "batch",
                    "--input",
                    in.toString(),
                    "--output",
                    dir.resolve(output).toString(),
                    "--date",
                    "2025-12-01",
                    "--lang",
                    "en"),
                Stream.of(more))
            .toArray(String[]::new);
    return CliRun.run(args);
  }

  private void onlyTheInputIsLeft(Path in) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(in);
    }
  }

  /** The case: row 11 of a 100,000-row file opens a quote that nothing closes. */
  @Test
  void aStrayQuoteInRow11Of100000RowsIsAnErrorNamingRow11() throws IOException {
    StringBuilder csv = new StringBuilder("id,education,graduationDate\n");
    for (int row = 2; row <= 100_000; row++) {
      csv.append(row == 11 ? "\"P" : "P").append(row).append(",本科,2025-07-01\n");
    }
    Path in = write("people.csv", csv.toString());

    CliRun.Result r = batch(in, "groups.csv", "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("row 11").contains("quote");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_INPUT_FILE");
    onlyTheInputIsLeft(in);
  }

  @Test
  void anUnclosedQuoteInAShortFileNamesItsRow() throws IOException {
    Path in = write("people.csv", "id,education\nP1,本科\nP2,\"本科\nP3,本科\nP4,本科\n");

    CliRun.Result r = batch(in, "groups.jsonl");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("row 3").contains("quote");
    onlyTheInputIsLeft(in);
  }

  @Test
  void anUnclosedQuoteInTheHeaderIsRow1() throws IOException {
    Path in = write("people.csv", "id,\"education\nP1,本科\n");

    CliRun.Result r = batch(in, "groups.csv");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("row 1").contains("quote");
    onlyTheInputIsLeft(in);
  }

  /** Quotes used as RFC 4180 says are still read: a line break and a doubled quote inside. */
  @Test
  void closedQuotedFieldsAreStillRead() throws IOException {
    Path in =
        write(
            "people.csv",
            "id,education,note\n\"P1\",本科,\"two\nlines, and \"\"quotes\"\"\"\nP2,本科,x\n");

    CliRun.Result r = batch(in, "groups.csv");

    assertThat(r.exitCode()).isZero();
    assertThat(Files.readAllLines(dir.resolve("groups.csv"), StandardCharsets.UTF_8))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("2,P1,"))
        .anySatisfy(l -> assertThat(l).startsWith("3,P2,"));
  }
}
