package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters from files never reach the terminal raw (docs/cli.md, "Output"): text that
 * comes from reference files (a notice's title, a holiday-cn date, a settings key) is shown with
 * every control character but the line feed as {@code ?}, as arguments are quoted in errors; JSON
 * keeps the exact text, written with {@code \\u} escapes. Before, ESC and BEL went straight to the
 * terminal (an ESC sequence can recolour, retitle or clear it).
 */
class ControlCharactersTest {
  private static final String ESC = "\u001b";
  private static final String BEL = "\u0007";
  private static final String CSI = "\u009b"; // the one-character C1 form of ESC [

  @TempDir Path dir;

  private static void noRawControls(String s) {
    assertThat(s).doesNotContain(ESC).doesNotContain(BEL).doesNotContain(CSI);
    assertThat(s.chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
  }

  private Path notices() throws IOException {
    String text =
        Files.readString(CliRun.resource("hypothetical-2027.txt"), StandardCharsets.UTF_8)
            .replace(
                "title: 测试用假设通知（非官方）", "title: 测试用假设通知" + ESC + "[2J" + BEL + CSI + "31m（非官方）");
    Path p = dir.resolve("2027.txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aNoticeTitleIsShownEscapedInText() throws IOException {
    CliRun.Result r =
        CliRun.run("workday", "2027-01-01", "--notices", notices().toString(), "--lang", "en");

    assertThat(r.exitCode()).isZero();
    noRawControls(r.out());
    assertThat(r.out()).contains("测试用假设通知?[2J??31m（非官方）");

    CliRun.Result list =
        CliRun.run("notices", "list", "--notices", notices().toString(), "--lang", "en");
    assertThat(list.exitCode()).isZero();
    noRawControls(list.out());
  }

  @Test
  void jsonKeepsTheExactTitleWithEscapes() throws IOException {
    CliRun.Result r =
        CliRun.run("workday", "2027-01-01", "--notices", notices().toString(), "--json");

    assertThat(r.exitCode()).isZero();
    noRawControls(r.out());
    assertThat(r.json().get("declaredBy").get("title").asText())
        .isEqualTo("测试用假设通知" + ESC + "[2J" + BEL + CSI + "31m（非官方）：2027年部分节假日安排");
  }

  @Test
  void aHolidayCnDateIsShownEscapedInTheError() throws IOException {
    Path file = dir.resolve("2027.json");
    Files.writeString(
        file,
        "{\"year\": 2027, \"papers\": [\"https://www.gov.cn/\"], \"days\": [{\"name\": \"元旦\","
            + " \"date\": \"2027-01-0\\u001b]0;owned\\u00071\", \"isOffDay\": true}]}",
        StandardCharsets.UTF_8);

    CliRun.Result r =
        CliRun.run(
            "notices",
            "import-holiday-cn",
            file.toString(),
            "--number",
            "N",
            "--released",
            "2026-11-01",
            "--lang",
            "en",
            "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    noRawControls(r.err());
    noRawControls(r.out());
    assertThat(r.errorLine()).contains("days[0].date").contains("2027-01-0?]0;owned?1");
  }

  @Test
  void aSettingsKeyIsShownEscapedInTheError() throws IOException {
    Path settings = dir.resolve("s.properties");
    Files.writeString(settings, "colour" + ESC + "[2J" + BEL + " = red\n", StandardCharsets.UTF_8);

    CliRun.Result r =
        CliRun.run(
            "classify", "--investment", "1亿元", "--settings", settings.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    noRawControls(r.err());
    assertThat(r.errorLine()).contains("colour?[2J?: unknown key");
  }
}
