package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files that are not UTF-8 (docs/cli.md, "Files and limits"): notices, settings, schedules,
 * JSON input and holiday-cn files are UTF-8 by definition (JSON by RFC 8259), so bytes that are not
 * (a file saved in GBK by a Chinese Windows editor) are an error naming the file and the line, exit
 * code 2, never replacement characters read on. The files are real GBK bytes. The CSV of {@code
 * batch}, which takes {@code --encoding}: {@code BatchEncodingTest}.
 */
class EncodingTest {
  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(charset));
    return p;
  }

  @Test
  void aGbkNoticesFileNamesTheLine() throws IOException {
    String utf8 =
        Files.readString(CliRun.resource("hypothetical-2027.txt"), StandardCharsets.UTF_8);
    Path notices = write("2027.txt", utf8, GBK);
    int firstChineseLine = 1;
    for (String line : utf8.split("\n", -1)) {
      if (!line.chars().allMatch(c -> c < 0x80)) {
        break;
      }
      firstChineseLine++;
    }

    CliRun.Result r = CliRun.run("notices", "validate", notices.toString(), "--lang", "en");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains(notices + ":" + firstChineseLine + ":").contains("UTF-8");
  }

  @Test
  void aGbkSettingsFileNamesTheLine() throws IOException {
    Path settings = write("s.properties", "label = t\nspecialist.210281 = 瓦房店市人社局服务专员\n", GBK);

    CliRun.Result r =
        CliRun.run(
            "classify",
            "--investment",
            "1亿元",
            "--settings",
            settings.toString(),
            "--lang",
            "en",
            "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains(settings + ":2:").contains("UTF-8");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_SETTINGS_FILE");
  }

  @Test
  void aGbkJsonInputFileNamesTheLine() throws IOException {
    Path file =
        write(
            "in.json",
            "{\"project\": {\n\"region\": \"瓦房店市\", \"totalInvestment\": \"2亿元\"}}",
            GBK);

    CliRun.Result r = CliRun.run("classify", "--file", file.toString(), "--lang", "en", "--json");

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains(file + ":2:").contains("UTF-8");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_INPUT_FILE");
  }

  @Test
  void aGbkHolidayCnFileNamesTheLine() throws IOException {
    String utf8 = Files.readString(CliRun.resource("holiday-cn-2025.json"), StandardCharsets.UTF_8);
    Path file = write("2025.json", utf8, GBK);

    CliRun.Result r =
        CliRun.run(
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

    assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.errorLine()).contains("2025.json").contains("UTF-8");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("BAD_HOLIDAY_CN_FILE");
  }
}
