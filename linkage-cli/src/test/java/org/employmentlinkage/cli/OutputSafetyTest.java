package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost (docs/cli.md, "Output files"): no run may truncate, delete or replace an input file,
 * mix two outputs, replace a symbolic link or a device with a regular file, or leave a half-written
 * output. An output is written to a new temporary file in its folder and moved into place when
 * complete; an output that is the same file as an input or as the other output (by {@code
 * Files.isSameFile}: hard and symbolic links included) is refused with exit code 2 before anything
 * is written. A missing folder, an over-long name or a NUL in a path is exit code 2 too, with a
 * clear message, never an unexpected error.
 */
class OutputSafetyTest {
  private static final String PEOPLE =
      "id,education,graduationDate\nP1,bachelor,2025-07-01\nP2,nonsense,\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static CliRun.Result batch(String... args) {
    return CliRun.run(
        Stream.concat(Stream.of("batch", "--date", "2025-12-01", "--lang", "en"), Stream.of(args))
            .toArray(String[]::new));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.sorted().toList());
    }
  }

  /** The first case: the input was named like the old temporary file of the output. */
  @Test
  void anInputNamedLikeATemporaryFileIsNeverTouched() throws IOException {
    Path in = write("groups.csv.part", PEOPLE);
    Path out = dir.resolve("groups.csv");

    CliRun.Result r = batch("--input", in.toString(), "--output", out.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(Files.readString(in, StandardCharsets.UTF_8)).isEqualTo(PEOPLE);
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(2);
    assertThat(files()).containsExactly(out, in);
  }

  @Test
  void rejectsEqualToTheInputIsRefusedEvenWithForce() throws IOException {
    Path in = write("people.csv", PEOPLE);

    CliRun.Result r =
        batch(
            "--input",
            in.toString(),
            "--output",
            dir.resolve("groups.csv").toString(),
            "--rejects",
            in.toString(),
            "--force",
            "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--rejects").contains("--input");
    assertThat(Files.readString(in, StandardCharsets.UTF_8)).isEqualTo(PEOPLE);
    assertThat(files()).containsExactly(in);
  }

  @Test
  void rejectsEqualToTheOutputIsRefused() throws IOException {
    Path in = write("people.csv", PEOPLE);
    Path out = dir.resolve("groups.csv");

    CliRun.Result r =
        batch(
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--rejects",
            dir.resolve("./groups.csv").toString(),
            "--force");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--rejects").contains("--output");
    assertThat(files()).containsExactly(in);
  }

  @Test
  void anInputReachedThroughASymbolicLinkToTheOutputIsRefused() throws IOException {
    Path data = write("data.csv", PEOPLE);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data.getFileName());

    CliRun.Result r = batch("--input", link.toString(), "--output", data.toString(), "--force");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--output").contains("--input");
    assertThat(Files.readString(data, StandardCharsets.UTF_8)).isEqualTo(PEOPLE);
  }

  @Test
  void anInputThatIsAHardLinkToTheOutputIsRefused() throws IOException {
    Path data = write("data.csv", PEOPLE);
    Path hard = Files.createLink(dir.resolve("hard.csv"), data);

    CliRun.Result r = batch("--input", hard.toString(), "--output", data.toString(), "--force");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Files.readString(data, StandardCharsets.UTF_8)).isEqualTo(PEOPLE);
    assertThat(Files.readString(hard, StandardCharsets.UTF_8)).isEqualTo(PEOPLE);
  }

  @Test
  void anOutputEqualToTheSettingsFileIsRefused() throws IOException {
    Path in = write("people.csv", PEOPLE);
    Path settings = write("s.json", "label = t\n");

    CliRun.Result r =
        batch(
            "--input",
            in.toString(),
            "--output",
            settings.toString(),
            "--settings",
            settings.toString(),
            "--force");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--output").contains("--settings");
    assertThat(Files.readString(settings, StandardCharsets.UTF_8)).isEqualTo("label = t\n");
  }

  /** A symbolic link to a regular file is written through: the link stays, its target changes. */
  @Test
  void anOutputThatIsASymbolicLinkIsWrittenThrough() throws IOException {
    Path in = write("people.csv", PEOPLE);
    Path target = write("target.csv", "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("out.csv"), target.getFileName());

    CliRun.Result kept = batch("--input", in.toString(), "--output", link.toString());
    assertThat(kept.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("old\n");

    CliRun.Result r = batch("--input", in.toString(), "--output", link.toString(), "--force");

    assertThat(r.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(target, StandardCharsets.UTF_8).get(0)).startsWith("row,id,");
  }

  /** A pipe stands in for /dev/stdout and other devices: never opened, never replaced. */
  @Test
  void anOutputThatIsNotARegularFileIsRefusedAndKept() throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe.csv");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "needs mkfifo");
    Path in = write("people.csv", PEOPLE);
    Path link = Files.createSymbolicLink(dir.resolve("stdout.csv"), fifo.getFileName());

    for (Path out : List.of(fifo, link)) {
      CliRun.Result r = batch("--input", in.toString(), "--output", out.toString(), "--force");

      assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.errorLine()).contains("not a regular file");
    }
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(files()).containsExactlyInAnyOrder(in, fifo, link);
  }

  @Test
  void noTemporaryFileIsLeftWhenTheRunFails() throws IOException {
    Path in = write("people.csv", "id,education\nP1,\"bachelor\n");
    Path old = write("groups.csv", "old\n");

    CliRun.Result r =
        batch(
            "--input",
            in.toString(),
            "--output",
            old.toString(),
            "--rejects",
            dir.resolve("rejects.csv").toString(),
            "--force");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Files.readString(old, StandardCharsets.UTF_8)).isEqualTo("old\n");
    assertThat(files()).containsExactly(old, in);
  }

  @Test
  void aMissingFolderIsAClearError() throws IOException {
    Path in = write("people.csv", PEOPLE);
    Path out = dir.resolve("no-such-folder").resolve("groups.csv");

    CliRun.Result r = batch("--input", in.toString(), "--output", out.toString(), "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains(out.toString()).contains("folder");
    assertThat(r.json().get("error").get("code").asText()).isNotEqualTo("INTERNAL");
  }

  @Test
  void anOverLongFileNameIsAClearError() throws IOException {
    Path in = write("people.csv", PEOPLE);
    Path out = dir.resolve("g".repeat(300) + ".csv");

    CliRun.Result r = batch("--input", in.toString(), "--output", out.toString(), "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--output").contains("too long");
    assertThat(files()).containsExactly(in);
  }

  @Test
  void aNulInAPathIsAClearError() throws IOException {
    Path in = write("people.csv", PEOPLE);

    CliRun.Result r = batch("--input", in.toString(), "--output", dir + "/a\u0000b.csv", "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--output").doesNotContain("unexpected");
    assertThat(files()).containsExactly(in);
  }

  private static CliRun.Result importHolidayCn(Path file, String... more) {
    return CliRun.run(
        Stream.concat(
                Stream.of(
                    "notices",
                    "import-holiday-cn",
                    file.toString(),
                    "--number",
                    "国办发明电〔2024〕12号",
                    "--released",
                    "2024-11-12",
                    "--lang",
                    "en"),
                Stream.of(more))
            .toArray(String[]::new));
  }

  @Test
  void importHolidayCnNeverOverwritesItsInput() throws IOException {
    String json = Files.readString(CliRun.resource("holiday-cn-2025.json"), StandardCharsets.UTF_8);
    Path file = write("2025.json", json);

    CliRun.Result r = importHolidayCn(file, "--output", file.toString(), "--force");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("--output");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json);

    Path missing = dir.resolve("nowhere").resolve("2025.notice");
    CliRun.Result m = importHolidayCn(file, "--output", missing.toString());
    assertThat(m.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(m.errorLine()).contains("folder");

    Path out = dir.resolve("2025.notice");
    assertThat(importHolidayCn(file, "--output", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("notice: 国办发明电〔2024〕12号");
    assertThat(files()).containsExactly(file, out);
  }
}
