package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.employmentlinkage.io.records.EventFacts;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.io.records.TrainingFacts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Errors never quote a person's value (docs/cli.md, "Exit codes and errors": messages name the
 * option, field or row and the rule). A sentinel shaped like an ID-card number is put, one at a
 * time, into every option and every positional parameter of every command (found in picocli's
 * model, so a new option cannot be forgotten), in several forms ({@code --date S}, {@code
 * --date=S}, {@code -S}, {@code S=true}, …), as an extra argument and as an unknown option, and
 * into every cell and key of a {@code batch} CSV and a {@code --file} JSON input; standard error,
 * and the JSON error document, must never hold it nor any ten characters of it.
 *
 * <p>Options that name files ({@code --settings}, {@code --notices}, {@code --output}, {@code
 * --rejects}, the files of {@code notices}) get valid files: file names are documented to appear in
 * errors, and reference files are not personal data. The files of personal data, {@code --input}
 * and {@code --file}, carry the sentinel in their content.
 */
class NoPersonalDataInErrorsTest {
  private static final String S = "110101199003077777";

  /** The forms a value takes. */
  private static final List<String> VALUES =
      List.of(S, "-" + S, S + "=true", "X" + S + "号", S + ";" + S, S.repeat(4), " " + S, S + "\n");

  @TempDir Path dir;

  /** A valid invocation of each command: its name(s), its positional parameters, its options. */
  private record Base(List<String> names, List<String> positionals, List<String> options) {}

  private Map<String, Base> bases() throws IOException {
    Path notices = copy("hypothetical-2027.txt", "n.txt");
    Path holidayCn = copy("holiday-cn-2025.json", "h.json");
    Path csv = write("p.csv", "id,education\nP1,本科\n");
    Map<String, Base> b = new LinkedHashMap<>();
    b.put("workday", new Base(List.of("workday"), List.of("2025-09-28"), List.of()));
    b.put("deadline", new Base(List.of("deadline"), List.of("2025-09-26", "30"), List.of()));
    b.put(
        "notices validate",
        new Base(List.of("notices", "validate"), List.of(notices.toString()), List.of()));
    b.put(
        "notices import-holiday-cn",
        new Base(
            List.of("notices", "import-holiday-cn"),
            List.of(holidayCn.toString()),
            List.of("--number", "国办发明电〔2024〕12号", "--released", "2024-11-12")));
    b.put("notices list", new Base(List.of("notices", "list"), List.of(), List.of()));
    b.put("notices", new Base(List.of("notices"), List.of(), List.of()));
    b.put("classify", new Base(List.of("classify"), List.of(), List.of("--investment", "1亿元")));
    b.put("groups", new Base(List.of("groups"), List.of(), List.of()));
    b.put(
        "subsidies",
        new Base(List.of("subsidies"), List.of(), List.of("--training", "RURAL_LABOUR_TRANSFER")));
    b.put(
        "obligations",
        new Base(
            List.of("obligations"),
            List.of(),
            List.of("--event", "project-approved", "--investment", "1亿元", "--region", "210281")));
    b.put(
        "batch",
        new Base(
            List.of("batch"),
            List.of(),
            List.of("--input", csv.toString(), "--output", dir.resolve("o.csv").toString())));
    b.put("demo", new Base(List.of("demo"), List.of(), List.of()));
    b.put("interpretations", new Base(List.of("interpretations"), List.of(), List.of()));
    b.put("linkage", new Base(List.of(), List.of(), List.of()));
    return b;
  }

  private Path copy(String resource, String name) throws IOException {
    Path p = dir.resolve(name);
    Files.copy(CliRun.resource(resource), p);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Every command of the model, by its qualified name without "linkage ". */
  private static List<CommandLine> commands(CommandLine cl) {
    List<CommandLine> all = new ArrayList<>(List.of(cl));
    for (CommandLine sub : cl.getSubcommands().values()) {
      all.addAll(commands(sub));
    }
    return all;
  }

  private static String name(CommandLine cl) {
    return ErrorReporter.commandName(cl);
  }

  @Test
  void everyCommandHasABaseInvocation() throws IOException {
    Map<String, Base> bases = bases();
    for (CommandLine cl : commands(LinkageCli.commandLine(Lang.EN))) {
      assertThat(bases).as("a valid invocation of '%s'", name(cl)).containsKey(name(cl));
      Base b = bases.get(name(cl));
      assertThat(CliRun.run(args(b, List.of(), b.positionals())).exitCode())
          .as("the base invocation of '%s' is valid", name(cl))
          .isIn(ExitCode.OK, ExitCode.OUTSIDE_COVERAGE);
      Files.deleteIfExists(dir.resolve("o.csv"));
    }
  }

  private static String[] args(Base b, List<String> extra, List<String> positionals) {
    List<String> a = new ArrayList<>(b.names());
    a.addAll(positionals);
    a.addAll(b.options());
    a.addAll(extra);
    a.add("--force");
    return withoutUnknownForce(b, a).toArray(String[]::new);
  }

  /** {@code --force} only where the command has it (batch, import-holiday-cn). */
  private static List<String> withoutUnknownForce(Base b, List<String> a) {
    if (b.names().equals(List.of("batch"))
        || b.names().equals(List.of("notices", "import-holiday-cn"))) {
      return a;
    }
    a.remove(a.size() - 1);
    return a;
  }

  /** The options of {@code b} without {@code option} and its value. */
  private static Base without(Base b, String option) {
    List<String> o = new ArrayList<>(b.options());
    int i = o.indexOf(option);
    if (i >= 0) {
      o.remove(i + 1);
      o.remove(i);
    }
    return new Base(b.names(), b.positionals(), o);
  }

  @TestFactory
  Stream<DynamicTest> theSentinelNeverReachesStandardError() throws IOException {
    Map<String, Base> bases = bases();
    List<Path> jsonFiles =
        List.of(
            jsonWithTheSentinelEverywhere(),
            write("k1.json", "{\"person\": {\"" + S + "\": true}}"),
            write("k2.json", "{\"" + S + "\": {}}"),
            write("k3.json", "{\"person\": {\"" + S + "\": 1, \"" + S + "\": 2}}"),
            write("k4.json", "{\"person\": {\"certifications\": {\"" + S + "\": true}}}"));
    Path csvFile = csvWithTheSentinelEverywhere();
    List<DynamicTest> tests = new ArrayList<>();
    for (CommandLine cl : commands(LinkageCli.commandLine(Lang.EN))) {
      CommandSpec spec = cl.getCommandSpec();
      Base base = bases.get(name(cl));
      if (base == null) {
        continue; // everyCommandHasABaseInvocation fails
      }
      for (OptionSpec o : spec.options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        String opt = o.longestName();
        Base b = without(base, opt);
        if (o.arity().max() == 0) {
          tests.add(
              check(name(cl) + " " + opt + "=S", args(b, List.of(opt + "=" + S), b.positionals())));
          continue;
        }
        boolean isFile = o.type() == Path.class || o.auxiliaryTypes()[0] == Path.class;
        if (isFile) {
          if (opt.equals("--file")) {
            for (Path jsonFile : jsonFiles) {
              tests.add(
                  check(
                      name(cl) + " --file " + jsonFile.getFileName(),
                      args(b, List.of(opt, jsonFile.toString()), b.positionals())));
            }
          } else if (opt.equals("--input")) {
            tests.add(
                check(
                    name(cl) + " --input",
                    args(b, List.of(opt, csvFile.toString()), b.positionals())));
          }
          continue; // file names may be shown; reference files are not personal data
        }
        for (String v : VALUES) {
          tests.add(
              check(name(cl) + " " + opt + " " + v, args(b, List.of(opt, v), b.positionals())));
        }
        tests.add(
            check(name(cl) + " " + opt + "=S", args(b, List.of(opt + "=" + S), b.positionals())));
      }
      List<PositionalParamSpec> positionals = spec.positionalParameters();
      for (int i = 0; i < positionals.size() && i < base.positionals().size(); i++) {
        if (positionals.get(i).type() == Path.class) {
          continue;
        }
        for (String v : VALUES) {
          List<String> p = new ArrayList<>(base.positionals());
          p.set(i, v);
          tests.add(
              check(
                  name(cl) + " " + positionals.get(i).paramLabel() + "=" + v,
                  args(base, List.of(), p)));
        }
      }
      for (String extra : List.of(S, "--" + S, "-" + S, "--x" + S, "--" + S + "=1")) {
        List<String> p = new ArrayList<>(base.positionals());
        p.add(extra);
        tests.add(check(name(cl) + " extra " + extra, args(base, List.of(), p)));
      }
    }
    return tests.stream();
  }

  private DynamicTest check(String label, String[] args) {
    return DynamicTest.dynamicTest(
        label,
        () -> {
          for (boolean json : List.of(false, true)) {
            List<String> a = new ArrayList<>(List.of(args));
            a.addAll(List.of("--lang", "en"));
            if (json) {
              a.add("--json");
            }
            CliRun.Result r = CliRun.run(a.toArray(String[]::new));
            String shown = String.join(" ", a);
            assertThat(r.exitCode()).as("exit code of [%s]: %s", shown, r.err()).isNotEqualTo(1);
            noSentinel(r.err(), shown);
            if (json && r.exitCode() != 0) {
              JsonNode error = r.json().get("error");
              noSentinel(error.toString(), shown);
            }
            Files.deleteIfExists(dir.resolve("o.csv"));
          }
        });
  }

  private static void noSentinel(String text, String shown) {
    for (int i = 0; i + 10 <= S.length(); i++) {
      assertThat(text).as("output of [%s]", shown).doesNotContain(S.substring(i, i + 10));
    }
  }

  /** A JSON input whose every value and some keys are the sentinel. */
  private Path jsonWithTheSentinelEverywhere() throws IOException {
    StringBuilder j = new StringBuilder("{\"date\": \"" + S + "\"");
    Map<String, List<String>> sections =
        Map.of(
            "project", ProjectFacts.FIELDS,
            "person", PersonFacts.FIELDS,
            "training", TrainingFacts.FIELDS,
            "event", EventFacts.FIELDS);
    for (Map.Entry<String, List<String>> s : sections.entrySet()) {
      j.append(", \"").append(s.getKey()).append("\": {");
      for (String f : s.getValue()) {
        j.append('"').append(f).append("\": \"").append(S).append("\", ");
      }
      j.append('"').append(S).append("\": \"").append(S).append("\"}");
    }
    return write("s.json", j.append('}').toString());
  }

  /** A CSV whose every cell is the sentinel, and one column named by it. */
  private Path csvWithTheSentinelEverywhere() throws IOException {
    List<String> header = new ArrayList<>(PersonFacts.FIELDS);
    header.add("asOf");
    header.add(S);
    String row = String.join(",", java.util.Collections.nCopies(header.size(), S));
    return write("s.csv", String.join(",", header) + "\n" + row + "\n" + row + "," + S + "\n");
  }
}
