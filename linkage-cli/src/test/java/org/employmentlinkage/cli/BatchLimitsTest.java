package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of {@code batch} have limits (docs/cli.md, "Files and limits"): at most 1,024 fields,
 * 65,536 characters a field and 1,048,576 characters a row. A row beyond them stops the run with
 * exit code 2, an error naming the row, and no output file.
 */
class BatchLimitsTest {
  private static final Path ZERO = Path.of("/dev/zero");

  @TempDir Path dir;

  /** A file of {@code head} and then {@code a} up to {@code size} bytes, on one line. */
  private Path oneLine(String name, String head, long size) throws IOException {
    Path p = dir.resolve(name);
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write(head);
      char[] chunk = "a".repeat(8192).toCharArray();
      for (long written = head.length(); written < size; written += chunk.length) {
        w.write(chunk);
      }
    }
    return p;
  }

  private CliRun.Result batch(Path in) {
    return CliRun.run(
        Stream.of(
                "batch",
                "--input",
                in.toString(),
                "--output",
                dir.resolve("out.csv").toString(),
                "--lang",
                "en")
            .toArray(String[]::new));
  }

  @Test
  void aCsvRowOverTheLimitIsRefusedNamingTheRow() throws IOException {
    Path in = oneLine("long.csv", "id,education\nP1,本科\nP2,", 3L << 20);

    CliRun.Result r = batch(in);

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("row 3").contains("65536");
    assertThat(Files.exists(dir.resolve("out.csv"))).isFalse();
  }

  @Test
  void aCsvRowWithTooManyFieldsIsRefusedNamingTheRow() throws IOException {
    Path in = dir.resolve("wide.csv");
    Files.writeString(
        in, "id,education\nP1,本科\nP2" + ",x".repeat(2000) + "\n", StandardCharsets.UTF_8);

    CliRun.Result r = batch(in);

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("row 3").contains("1024");
    assertThat(Files.exists(dir.resolve("out.csv"))).isFalse();
  }

  @Test
  void devZeroAsBatchInputIsRefused() {
    assumeTrue(Files.isReadable(ZERO), "needs /dev/zero");
    CliRun.Result r = batch(ZERO);
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("row 1");
  }
}
