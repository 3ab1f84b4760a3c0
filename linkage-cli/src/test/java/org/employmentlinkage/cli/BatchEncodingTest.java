package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoding of a {@code batch} CSV (docs/cli.md, "linkage batch", Input): Chinese Excel and WPS
 * save CSV in GBK by default, which read as UTF-8 gave misleading rejections or garbled ids with
 * exit code 0. Bytes that are not text in the encoding stop the run with a message naming the row
 * and suggesting {@code --encoding GBK}; {@code --encoding GBK} and {@code --encoding GB18030} read
 * such files; a UTF-8 byte-order mark is still skipped. The files are real GBK and GB18030 bytes.
 */
class BatchEncodingTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(charset));
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

  /** Rows 2 and 3 are ASCII; row 4 has Chinese text, in GBK. */
  private static final String PEOPLE =
      "id,education,graduationDate\nP1,bachelor,2025-07-01\nP2,,\n职工003,本科,2025-07-01\n";

  @Test
  void aGbkFileIsStoppedAtItsFirstNonUtf8RowWithAHint() throws IOException {
    Path in = write("people.csv", PEOPLE, GBK);

    CliRun.Result r = batch(in, "groups.csv", "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine())
        .contains("row 4")
        .contains("UTF-8")
        .contains("--encoding GBK")
        .doesNotContain("职工");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_INPUT_FILE");
    assertThat(Files.exists(dir.resolve("groups.csv"))).isFalse();
  }

  @Test
  void aGbkFileIsReadWithEncodingGbk() throws IOException {
    Path in = write("people.csv", PEOPLE, GBK);

    CliRun.Result r = batch(in, "groups.csv", "--encoding", "GBK");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = Files.readAllLines(dir.resolve("groups.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    // 本科, graduated 2025-07-01, judged 2025-12-01: 高校毕业生 (离校2年内,
    // docs/adr/0009-college-graduate-time-limit.md); the id read intact
    assertThat(lines.get(3)).startsWith("4,职工003,2025-12-01,YES,YES,");
  }

  @Test
  void gb18030ReadsWhatGbkCannotEncode() throws IOException {
    // U+20BB7 (𠮷) is in GB18030, not in GBK
    Path in = write("people.csv", "id,education\n𠮷01,本科\n", GB18030);

    CliRun.Result r = batch(in, "groups.jsonl", "--encoding", "gb18030");

    assertThat(r.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("groups.jsonl"), StandardCharsets.UTF_8))
        .contains("\"id\":\"𠮷01\"");
  }

  @Test
  void aUtf8ByteOrderMarkIsStillSkipped() throws IOException {
    Path in = write("people.csv", "\uFEFFid,education\nP1,本科\n", StandardCharsets.UTF_8);

    CliRun.Result r = batch(in, "groups.csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anUnknownEncodingIsAUsageError() throws IOException {
    Path in = write("people.csv", PEOPLE, StandardCharsets.UTF_8);

    CliRun.Result r = batch(in, "groups.csv", "--encoding", "EBCDIC-42");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--encoding").contains("GBK").doesNotContain("EBCDIC-42");
  }
}
