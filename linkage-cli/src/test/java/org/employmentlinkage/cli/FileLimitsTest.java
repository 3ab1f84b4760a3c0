package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file read whole has a limit (docs/cli.md, "Files and limits"): notices, settings, subsidy
 * schedules, JSON input and holiday-cn files are at most 4 MiB. Beyond it the command stops with
 * exit code 2 and one error line naming the file; before, {@code /dev/zero} or a multi-gigabyte
 * line ended in {@code OutOfMemoryError} (exit 1). The rows of {@code batch}: {@code
 * BatchLimitsTest}.
 */
class FileLimitsTest {
  private static final Path ZERO = Path.of("/dev/zero");

  @TempDir Path dir;

  /** A file of one line of {@code size} bytes, {@code a} repeated after {@code head}. */
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

  private static final long FIVE_MIB = 5L << 20;

  private static void tooLarge(CliRun.Result r, Path file) {
    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains(file.toString()).contains("4 MiB");
  }

  @Test
  void aNoticesFileOverTheLimitIsRefused() throws IOException {
    Path big = oneLine("big.txt", "# ", FIVE_MIB);
    tooLarge(CliRun.run("notices", "validate", big.toString(), "--lang", "en"), big);
    tooLarge(CliRun.run("workday", "2025-10-08", "--notices", big.toString(), "--lang", "en"), big);
  }

  @Test
  void aSettingsFileOverTheLimitIsRefused() throws IOException {
    Path big = oneLine("big.properties", "# ", FIVE_MIB);
    tooLarge(
        CliRun.run("classify", "--investment", "1亿元", "--settings", big.toString(), "--lang", "en"),
        big);
  }

  @Test
  void aScheduleOverTheLimitIsRefused() throws IOException {
    Path big = oneLine("big-schedule.txt", "# ", FIVE_MIB);
    Path settings = dir.resolve("s.properties");
    Files.writeString(settings, "schedule.210281 = big-schedule.txt\n", StandardCharsets.UTF_8);
    tooLarge(
        CliRun.run(
            "classify", "--investment", "1亿元", "--settings", settings.toString(), "--lang", "en"),
        big);
  }

  @Test
  void aJsonInputFileOverTheLimitIsRefused() throws IOException {
    Path big = oneLine("big.json", "{\"date\": \"", FIVE_MIB);
    tooLarge(CliRun.run("classify", "--file", big.toString(), "--lang", "en"), big);
  }

  @Test
  void aHolidayCnFileOverTheLimitIsRefused() throws IOException {
    Path big = oneLine("2027.json", "{\"year\": 2027, \"papers\": [\"", FIVE_MIB);
    tooLarge(
        CliRun.run(
            "notices",
            "import-holiday-cn",
            big.toString(),
            "--number",
            "N",
            "--released",
            "2026-11-01",
            "--lang",
            "en"),
        big);
  }

  /** The former out-of-memory inputs: devices are read up to the limit and no further. */
  @Test
  void devZeroIsRefusedWhereverAFileIsReadWhole() {
    assumeTrue(Files.isReadable(ZERO), "needs /dev/zero");
    String zero = ZERO.toString();
    tooLarge(CliRun.run("notices", "validate", zero, "--lang", "en"), ZERO);
    tooLarge(CliRun.run("workday", "2025-10-08", "--notices", zero, "--lang", "en"), ZERO);
    tooLarge(
        CliRun.run(
            "notices",
            "import-holiday-cn",
            zero,
            "--number",
            "N",
            "--released",
            "2026-11-01",
            "--lang",
            "en"),
        ZERO);
    tooLarge(
        CliRun.run("classify", "--investment", "1亿元", "--settings", zero, "--lang", "en"), ZERO);
    tooLarge(CliRun.run("classify", "--file", zero, "--lang", "en"), ZERO);
  }
}
