package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes the command line in-process: {@link LinkageCli#run(String[], PrintWriter, PrintWriter)} on
 * arbitrary argument arrays (the fuzzer's bytes as UTF-8, split at NUL bytes, as {@code argv} is),
 * against the contract of {@code docs/cli.md}:
 *
 * <ul>
 *   <li>the exit code is 0 (answered), 2 (bad input) or 3 (outside the calendar's coverage), never
 *       1: exit code 1 is an unexpected exception, a bug, whatever the input;
 *   <li>standard error holds only {@code linkage: error: …} and {@code linkage: warning: …} lines
 *       (and, with {@code --progress}, the progress bar): exactly one error line when the exit code
 *       is not 0, none when it is, and never a stack trace (unless the hidden {@code --debug},
 *       documented to add one);
 *   <li>JSON on standard output is one document on one line ending with a line feed ({@code
 *       docs/cli-json.md}); with {@code --json}, a failure is one JSON error document whose {@code
 *       error.exitCode} is the exit code.
 * </ul>
 *
 * <p>The fuzzer may name files: sample files of every input format are written to {@code
 * target/fuzz-cli/} (short names, also in the dictionary and the seeds), so the file-reading
 * commands are reached. For the safety of the machine, an argument starting with {@code @}
 * (picocli's argument files; {@code @/dev/stdin} would block) or naming {@code /dev}, {@code /proc}
 * or {@code /sys} is changed before the run, and the value of {@code --output} and {@code
 * --rejects}, the options that write files, is replaced by a file in {@code target/fuzz-cli/out/}
 * (keeping its extension, which selects the batch output format). Those are the only changes.
 *
 * <p>Regression mode replays {@code CliArgumentsFuzzTestInputs/run/}; fuzzing: {@code
 * docs/fuzzing.md}.
 */
class CliArgumentsFuzzTest {

  private static final Path DIR = Path.of("target", "fuzz-cli");
  private static final Path OUT = DIR.resolve("out");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WRITING_OPTIONS = Set.of("--output", "--rejects");
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");
  private static final Pattern UNSAFE_PATH = Pattern.compile("/(dev|proc|sys)(/|$)");

  static {
    try {
      Files.createDirectories(OUT);
      copy("/org/employmentlinkage/cli/hypothetical-2027.txt", "n.txt");
      copy("/org/employmentlinkage/cli/holiday-cn-2025.json", "h.json");
      copy("/org/employmentlinkage/cli/holiday-cn-placeholder.json", "e.json");
      copy("/org/employmentlinkage/cli/demo/wafangdian-hypothetical.properties", "s.properties");
      copy(
          "/org/employmentlinkage/cli/demo/hypothetical-subsidy-schedule.txt",
          "hypothetical-subsidy-schedule.txt");
      write(
          "p.csv",
          "id,education,graduationDate,householdType,nonFarmTransfer,residence,asOf\n"
              + "P1,本科,2025-07-01,,,210281,\nP2,,,rural,true,瓦房店市,2025-12-01\nP3,张三,,,,,\n");
      write(
          "j.csv",
          "id,totalInvestment,region,status,approved\nWFD-1,1亿元,210281,APPROVED,2025-03-01\n"
              + "WFD-2,-1,210281,,\n");
      write(
          "f.json",
          "{\"date\": \"2025-10-01\", \"project\": {\"id\": \"P9\", \"totalInvestment\": \"8000万元\","
              + " \"region\": \"瓦房店市\", \"categories\": [\"港口物流\"]},"
              + " \"person\": {\"education\": \"BACHELOR\", \"graduationDate\": \"2025-07-01\"},"
              + " \"event\": {\"kind\": \"LAND_EXPROPRIATION_NOTICE\", \"date\": \"2025-09-26\"}}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "\\x00",
    "workday",
    "deadline",
    "notices",
    "validate",
    "import-holiday-cn",
    "list",
    "classify",
    "groups",
    "subsidies",
    "obligations",
    "batch",
    "demo",
    "--json",
    "--lang",
    "en",
    "--help",
    "--version",
    "--provisional",
    "--as-known-at",
    "--notices",
    "--exclude-makeup-workdays",
    "--number",
    "--released",
    "--title",
    "--source",
    "--amends",
    "--output",
    "--force",
    "--input",
    "--kind",
    "projects",
    "--format",
    "--date",
    "--settings",
    "--rejects",
    "--strict",
    "--file",
    "--investment",
    "--region",
    "--education",
    "--event",
    "target/fuzz-cli/n.txt",
    "target/fuzz-cli/h.json",
    "target/fuzz-cli/e.json",
    "target/fuzz-cli/s.properties",
    "target/fuzz-cli/p.csv",
    "target/fuzz-cli/j.csv",
    "target/fuzz-cli/f.json",
    "out.csv",
    "2025-09-26",
    "2027-02-10",
    "2025年9月28日",
    "1亿元",
    "210281",
    "30"
  })
  void run(byte[] input) throws IOException {
    String[] args = safe(split(input));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try {
      code = LinkageCli.run(args, new PrintWriter(out), new PrintWriter(err));
    } finally {
      clean();
    }
    check(args, code, out.toString(), err.toString());
  }

  /** Checks one run against the documented contract. */
  static void check(String[] args, int code, String out, String err) {
    List<String> before = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      before.add(a);
    }
    boolean debug = before.contains("--debug");
    boolean json = before.contains("--json");
    boolean progress = before.contains("--progress");
    String shown = String.join(" | ", args);

    assertThat(code)
        .as("exit code of [%s]; stderr: %s", shown, err)
        .isIn(ExitCode.OK, ExitCode.BAD_INPUT, ExitCode.OUTSIDE_COVERAGE);
    if (!debug) {
      assertThat(STACK_FRAME.matcher(err).find()).as("stack trace on stderr: %s", err).isFalse();
      assertThat(STACK_FRAME.matcher(out).find()).as("stack trace on stdout").isFalse();
      int errors = 0;
      for (String line : err.split("[\r\n]+")) {
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith(ErrorReporter.ERROR_PREFIX)) {
          errors++;
        } else if (!line.startsWith(ErrorReporter.WARNING_PREFIX)
            && !(progress && line.startsWith("linkage batch ["))) {
          throw new AssertionError(
              "stderr line that is neither an error nor a warning for [" + shown + "]: " + line);
        }
      }
      assertThat(errors).as("error lines of [%s]: %s", shown, err).isEqualTo(code == 0 ? 0 : 1);
    }
    if ((json && code != 0) || out.startsWith("{")) {
      // docs/cli-json.md: one document per run, on one line, ending with a line feed
      assertThat(out).as("JSON output of [%s]", shown).endsWith("\n");
      assertThat(out.substring(0, out.length() - 1))
          .as("one line of JSON for [%s]", shown)
          .doesNotContain("\n");
      JsonNode doc;
      try {
        doc = JSON.readTree(out);
      } catch (JsonProcessingException e) {
        throw new AssertionError("not one JSON document for [" + shown + "]: " + out, e);
      }
      if (code != 0) {
        assertThat(doc.path("error").path("exitCode").asInt(-1))
            .as("error.exitCode of [%s]: %s", shown, out)
            .isEqualTo(code);
      }
    }
  }

  private static String[] split(byte[] input) {
    if (input.length == 0) {
      return new String[0];
    }
    return new String(input, StandardCharsets.UTF_8).split("\0", -1);
  }

  /** The safety changes described in the class comment, nothing else. */
  private static String[] safe(String[] args) {
    String[] a = args.clone();
    for (int i = 0; i < a.length; i++) {
      if (a[i].startsWith("@")) {
        a[i] = "_" + a[i].substring(1);
      }
      if (UNSAFE_PATH.matcher(a[i]).find()) {
        a[i] = UNSAFE_PATH.matcher(a[i]).replaceAll("/_$1$2");
      }
    }
    for (int i = 0; i < a.length; i++) {
      int eq = a[i].indexOf('=');
      String name = eq < 0 ? a[i] : a[i].substring(0, eq);
      if (!WRITING_OPTIONS.contains(name)) {
        continue;
      }
      if (eq >= 0) {
        a[i] = name + "=" + outFile(a[i].substring(eq + 1), i);
      } else if (i + 1 < a.length) {
        a[i + 1] = outFile(a[i + 1], i + 1);
        i++;
      }
    }
    return a;
  }

  private static String outFile(String value, int index) {
    int dot = value.lastIndexOf('.');
    String ext = dot < 0 ? "" : value.substring(dot).replaceAll("[^A-Za-z.]", "");
    return OUT.resolve("o" + index + ext).toString();
  }

  private static void clean() throws IOException {
    try (Stream<Path> files = Files.list(OUT)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void copy(String resource, String name) throws IOException {
    try (InputStream in = CliArgumentsFuzzTest.class.getResourceAsStream(resource)) {
      Files.write(DIR.resolve(name), Objects.requireNonNull(in, resource).readAllBytes());
    }
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(DIR.resolve(name), text, StandardCharsets.UTF_8);
  }
}
