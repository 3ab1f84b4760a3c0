package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON input is read strictly (docs/cli-json.md, "Input"; docs/cli.md): a key given twice in one
 * object and anything after the first JSON value are errors (exit 2) that name the key or the
 * position, in {@code --file} and in {@code notices import-holiday-cn}; so is a key given twice in
 * a settings file. Before, the last of two keys won silently and a second document was ignored.
 */
class StrictJsonInputTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aFactGivenTwiceInTheFileIsRefusedNamingTheKey() throws IOException {
    // the first value would make the project not major, the last one major
    Path file =
        write(
            "twice.json",
            "{\"project\": {\"region\": \"210281\",\n"
                + "  \"totalInvestment\": \"5000万元\",\n"
                + "  \"totalInvestment\": \"2亿元\"}}\n");
    CliRun.Result r = CliRun.run("classify", "--file", file.toString(), "--lang", "en", "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine())
        .startsWith("linkage: error: " + file + ": line 3, column ")
        .contains("totalInvestment")
        .contains("twice");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_INPUT_FILE");
  }

  @Test
  void aTopLevelSectionGivenTwiceIsRefused() throws IOException {
    Path file = write("sections.json", "{\"date\": \"2025-10-01\",\n\"date\": \"2025-12-01\"}");
    CliRun.Result r = CliRun.run("classify", "--investment", "1亿元", "--file", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains(file.toString()).contains("date");
  }

  @Test
  void aSecondDocumentAfterTheFirstIsRefused() throws IOException {
    Path file =
        write(
            "two.json",
            "{\"project\": {\"totalInvestment\": \"5000万元\", \"region\": \"210281\"}}\n"
                + "{\"project\": {\"totalInvestment\": \"2亿元\", \"region\": \"210281\"}}\n");
    CliRun.Result r = CliRun.run("classify", "--file", file.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine())
        .startsWith("linkage: error: " + file + ": line 2, column ")
        .contains("after the JSON object");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void trailingWhiteSpaceIsStillFine() throws IOException {
    Path file =
        write(
            "ok.json",
            "{\"project\": {\"totalInvestment\": \"2亿元\", \"region\": \"210281\"}}\n\n  ");
    CliRun.Result r = CliRun.run("classify", "--file", file.toString(), "--date", "2025-10-01");
    assertThat(r.exitCode()).isZero();
  }

  private static String holidayCn2025() throws IOException {
    return Files.readString(CliRun.resource("holiday-cn-2025.json"), StandardCharsets.UTF_8);
  }

  private CliRun.Result importHolidayCn(Path file) {
    return CliRun.run(
        "notices",
        "import-holiday-cn",
        file.toString(),
        "--number",
        "国办发明电〔2024〕12号",
        "--released",
        "2024-11-12",
        "--lang",
        "en",
        "--json");
  }

  @Test
  void aSecondDocumentInAHolidayCnFileIsRefused() throws IOException {
    Path file = write("2025.json", holidayCn2025() + "\n{\"year\": 2026, \"days\": []}\n");
    CliRun.Result r = importHolidayCn(file);

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("2025.json").contains("after the JSON object");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_HOLIDAY_CN_FILE");
  }

  @Test
  void aKeyGivenTwiceInAHolidayCnFileIsRefusedNamingIt() throws IOException {
    Path file =
        write(
            "2025.json",
            holidayCn2025()
                .replaceFirst("\"isOffDay\": true", "\"isOffDay\": true, \"isOffDay\": false"));
    CliRun.Result r = importHolidayCn(file);

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("2025.json").contains("isOffDay").contains("twice");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_HOLIDAY_CN_FILE");
  }

  @Test
  void aKeyGivenTwiceInASettingsFileIsRefusedNamingIt() throws IOException {
    // the first threshold is the one a reader of the file would see first; the last one won
    Path settings =
        write(
            "s.properties",
            "widening.1.region = 210281\n"
                + "widening.1.from = 2025-01-01\n"
                + "widening.1.threshold = 5000万元\n"
                + "widening.1.source = HYPOTHETICAL\n"
                + "widening.1.threshold = 3000万元\n");
    CliRun.Result r =
        CliRun.run(
            "classify",
            "--investment",
            "4000万元",
            "--region",
            "210281",
            "--date",
            "2025-06-01",
            "--settings",
            settings.toString(),
            "--lang",
            "en",
            "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("s.properties").contains("widening.1.threshold");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_SETTINGS_FILE");
  }
}
