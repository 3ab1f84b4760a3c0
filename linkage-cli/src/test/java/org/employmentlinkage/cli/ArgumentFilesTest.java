package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments that start with {@code @} are taken as they are (docs/cli.md, "Arguments"): picocli's
 * argument files are off, so {@code workday @FILE} never reads {@code FILE} (whose first line would
 * otherwise be echoed in the error), {@code @.} is a bad date like any other (exit 2, one error
 * line, no stack trace), and {@code @/dev/zero} is never read.
 */
class ArgumentFilesTest {
  @TempDir Path dir;

  @Test
  void anArgumentFileIsNotReadAndItsContentNeverShown() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-FIRST-LINE-4711\nsecond\n", StandardCharsets.UTF_8);

    CliRun.Result r = CliRun.run("--lang", "en", "workday", "@" + secret);

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    r.errorLine();
    assertThat(r.err()).doesNotContain("SECRET-FIRST-LINE-4711");
    assertThat(r.out()).doesNotContain("SECRET-FIRST-LINE-4711");
  }

  @Test
  void anArgumentFileOfOptionsIsNotExpanded() throws IOException {
    // with expansion on, this file would turn "@FILE" into "--json": a JSON answer
    Path options = dir.resolve("options.txt");
    Files.writeString(options, "--json\n", StandardCharsets.UTF_8);

    CliRun.Result r = CliRun.run("--lang", "en", "workday", "2025-09-28", "@" + options);

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("too many arguments (1 extra)");
    assertThat(r.out()).doesNotStartWith("{");
  }

  @Test
  void aDirectoryAsArgumentFileIsAnOrdinaryBadArgument() {
    CliRun.Result r = CliRun.run("--lang", "en", "workday", "@.");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).startsWith("linkage: error: DATE: ");
  }

  @Test
  void aDeviceAsArgumentFileIsNeverRead() {
    CliRun.Result r = CliRun.run("--lang", "en", "workday", "@/dev/zero");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).startsWith("linkage: error: DATE: ");
  }
}
