package org.employmentlinkage.gates;

import java.io.ByteArrayOutputStream;
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
import org.employmentlinkage.cli.LinkageCli;

/**
 * A fixed set of command-line runs whose JSON documents ({@code docs/cli-json.md}) are compared
 * byte for byte across JVMs by {@link JsonDeterminismGateTest}: decisions of classify, groups,
 * subsidies and obligations (municipal defaults and the HYPOTHETICAL demo settings, the official
 * and the provisional calendar), deadlines, a workday as known at a date, and the notice list.
 *
 * <p>{@link #main} writes the same bytes to a file, for a second JVM.
 */
final class DecisionJson {
  private DecisionJson() {}

  /** The runs: every date is given, so that nothing depends on the clock. */
  static List<List<String>> runs() {
    String settings =
        resource("/org/employmentlinkage/cli/demo/wafangdian-hypothetical.properties");
    resource("/org/employmentlinkage/cli/demo/hypothetical-subsidy-schedule.txt"); // it names it
    String notices2027 = resource("/org/employmentlinkage/cli/hypothetical-2027.txt");
    List<List<String>> runs = new ArrayList<>();
    runs.add(
        List.of("classify", "--investment", "1亿元", "--region", "210281", "--date", "2025-09-26"));
    runs.add(
        List.of(
            "classify",
            "--investment",
            "99999999.99",
            "--pilot-zone",
            "长兴岛经济区",
            "--date",
            "2018-07-05"));
    runs.add(
        List.of(
            "classify",
            "--investment",
            "6000万元",
            "--region",
            "210281",
            "--date",
            "2025-06-16",
            "--settings",
            settings));
    runs.add(List.of("classify", "--type", "unknown", "--date", "2025-01-02", "--lang", "en"));
    runs.add(
        List.of(
            "groups",
            "--education",
            "本科",
            "--graduation-date",
            "2025-07-01",
            "--residence",
            "210281",
            "--date",
            "2025-12-01"));
    runs.add(
        List.of(
            "groups",
            "--household-type",
            "rural",
            "--non-farm-transfer",
            "--land-expropriated",
            "--land-project",
            "P-1",
            "--land-project",
            "P-2",
            "--certification",
            "X_STATUS=true",
            "--residence",
            "长兴岛经济区",
            "--date",
            "2024-03-01",
            "--settings",
            settings));
    runs.add(
        List.of(
            "subsidies",
            "--training",
            "rural-labour-transfer",
            "--willing",
            "--completed",
            "--certified",
            "--certificate-date",
            "2025-08-01",
            "--occupation",
            "焊工",
            "--level",
            "初级工",
            "--land-expropriated",
            "--land-project",
            "P-1",
            "--project-id",
            "P-1",
            "--investment",
            "1.5亿元",
            "--region",
            "210281",
            "--date",
            "2025-09-01",
            "--settings",
            settings));
    runs.add(
        List.of(
            "subsidies",
            "--training",
            "in-service-skill-upgrading",
            "--organiser",
            "major-project-employer",
            "--investment",
            "2亿元",
            "--region",
            "210211",
            "--date",
            "2025-09-01"));
    runs.add(landExpropriationNotice("2025-09-26"));
    runs.add(landExpropriationNotice("2026-12-15", "--provisional", "--lang", "en"));
    runs.add(landExpropriationNotice("2026-12-15", "--notices", notices2027));
    runs.add(
        List.of(
            "obligations",
            "--event",
            "recruitment-opened",
            "--recruits-current-graduates",
            "--government-funded",
            "--date",
            "2025-03-03",
            "--investment",
            "2亿元",
            "--region",
            "210211",
            "--settings",
            settings));
    runs.add(
        List.of(
            "obligations",
            "--event",
            "labour-shortfall",
            "--workers",
            "40",
            "--date",
            "2025-05-06",
            "--investment",
            "3亿元",
            "--region",
            "210281",
            "--settings",
            settings));
    runs.add(
        List.of(
            "obligations",
            "--event",
            "issue-raised",
            "--issue-id",
            "ISSUE-1",
            "--issue-topic",
            "social-security",
            "--date",
            "2025-10-09",
            "--investment",
            "1亿元",
            "--region",
            "210281",
            "--settings",
            settings));
    runs.add(
        List.of(
            "obligations",
            "--event",
            "construction-started",
            "--date",
            "2025-04-01",
            "--investment",
            "1亿元",
            "--region",
            "210213",
            "--pilot-zone",
            "金普新区"));
    runs.add(List.of("deadline", "2025-09-26", "30"));
    runs.add(List.of("deadline", "2026-12-15", "30", "--provisional", "--lang", "en"));
    runs.add(List.of("deadline", "2026-12-15", "30", "--notices", notices2027));
    runs.add(List.of("workday", "2020-02-01", "--as-known-at", "2020-01-26"));
    runs.add(List.of("notices", "list"));
    List<List<String>> json = new ArrayList<>();
    for (List<String> r : runs) {
      List<String> args = new ArrayList<>(r);
      args.add("--json");
      json.add(List.copyOf(args));
    }
    return List.copyOf(json);
  }

  /**
   * Runs every command in this JVM and joins what it printed: for each run, the arguments, the exit
   * code and stdout, UTF-8.
   */
  static byte[] render() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (List<String> args : runs()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          LinkageCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
      String block =
          "# "
              + String.join(" ", args).replace(settingsDir(), "DEMO/")
              + " exit "
              + code
              + "\n"
              + out
              + err;
      bytes.writeBytes(block.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /**
   * Writes {@link #render()} to the file {@code args[0]}.
   *
   * @param args the output file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), render());
  }

  /**
   * The 二（三） duty of a land-expropriation notice published on {@code date}, for a 1.2亿元 project in
   * 瓦房店市, with more arguments after.
   */
  private static List<String> landExpropriationNotice(String date, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "obligations",
                "--event",
                "land-expropriation-notice",
                "--involves-land-expropriated-persons",
                "--date",
                date,
                "--investment",
                "1.2亿元",
                "--region",
                "210281"));
    args.addAll(List.of(more));
    return args;
  }

  /** The demo settings' directory, left out of the headers to keep them short. */
  private static String settingsDir() {
    return Path.of(resource("/org/employmentlinkage/cli/demo/wafangdian-hypothetical.properties"))
            .getParent()
            .toString()
        + java.io.File.separator;
  }

  /**
   * A resource of the command line (its demo settings, a test's notice file) as a file in {@code
   * target/gate-inputs/}: resources inside a jar have no path, and both JVMs of the gate run in
   * this module's directory, so they read the same files.
   */
  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(DecisionJson.class.getResourceAsStream(name), name)) {
      Path dir = Path.of("target", "gate-inputs").toAbsolutePath();
      Files.createDirectories(dir);
      Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
      Files.write(file, in.readAllBytes());
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
