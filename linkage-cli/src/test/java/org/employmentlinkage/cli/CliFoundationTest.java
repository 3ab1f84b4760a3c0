package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The foundation: help, version, usage errors, exit codes, languages, JSON output rules. */
class CliFoundationTest {

  /** Every command and subcommand, by its words after {@code linkage}. */
  static Stream<String> commands() {
    List<String> names = new ArrayList<>();
    collect(LinkageCli.commandLine(Lang.ZH), names);
    return names.stream();
  }

  private static void collect(CommandLine cl, List<String> names) {
    names.add(ErrorReporter.commandName(cl));
    for (CommandLine sub : cl.getSubcommands().values()) {
      collect(sub, names);
    }
  }

  private static String[] args(String command, String... more) {
    List<String> a = new ArrayList<>();
    if (!command.equals("linkage")) {
      a.addAll(List.of(command.split(" ", -1)));
    }
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void theCommands() {
    assertThat(commands())
        .containsExactly(
            "linkage",
            "workday",
            "deadline",
            "notices",
            "notices validate",
            "notices import-holiday-cn",
            "notices list",
            "classify",
            "groups",
            "subsidies",
            "obligations",
            "interpretations",
            "batch",
            "demo");
  }

  @ParameterizedTest(name = "linkage {0} --help")
  @MethodSource("commands")
  void helpOnEveryCommandInBothLanguages(String command) {
    CliRun.Result zh = CliRun.run(args(command, "--help"));
    assertThat(zh.exitCode()).isZero();
    assertThat(zh.err()).isEmpty();
    String qualified = command.equals("linkage") ? "linkage" : "linkage " + command;
    assertThat(zh.out()).startsWith("用法：" + qualified).contains("选项：").contains("--lang");
    CliRun.Result en = CliRun.run(args(command, "-h", "--lang", "en"));
    assertThat(en.exitCode()).isZero();
    assertThat(en.out()).startsWith("Usage: " + qualified).contains("Options:");
    assertThat(en.out()).isNotEqualTo(zh.out());
  }

  /** Every visible option and parameter of every command has a help text in both languages. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyOptionIsDescribed(Lang lang) {
    List<String> undocumented = new ArrayList<>();
    check(LinkageCli.commandLine(lang), undocumented);
    assertThat(undocumented).isEmpty();
  }

  static Stream<Lang> languages() {
    return Stream.of(Lang.values());
  }

  private static void check(CommandLine cl, List<String> undocumented) {
    CommandSpec spec = cl.getCommandSpec();
    if (spec.usageMessage().description().length == 0) {
      undocumented.add(spec.qualifiedName() + " (description)");
    }
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec a : args) {
      if (!a.hidden() && (a.description().length == 0 || a.description()[0].isBlank())) {
        undocumented.add(spec.qualifiedName() + " " + a.paramLabel());
      }
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      check(sub, undocumented);
    }
  }

  @Test
  void bothLanguagesHaveTheSameTexts() {
    assertThat(Texts.of(Lang.EN).keys()).isEqualTo(Texts.of(Lang.ZH).keys());
    assertThat(keys(Texts.helpBundle(Lang.EN))).isEqualTo(keys(Texts.helpBundle(Lang.ZH)));
  }

  private static Set<String> keys(ResourceBundle b) {
    return new TreeSet<>(b.keySet());
  }

  @Test
  void versionNamesTheProjectAndTheCalendar() throws Exception {
    CliRun.Result r = CliRun.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "linkage " + VersionProvider.projectVersion(),
            "calendar: " + ChinaCalendars.official().version(),
            "policy: 大政办发〔2018〕83号");
    assertThat(VersionProvider.projectVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(CliRun.run("deadline", "-V").out()).isEqualTo(r.out());
  }

  @Test
  void noArgumentsPrintsTheHelp() {
    CliRun.Result r = CliRun.run();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("用法：linkage").contains("workday").contains("退出码");
    assertThat(CliRun.run("notices").out()).startsWith("用法：linkage notices");
  }

  @Test
  void unknownOptionWithASuggestion() {
    CliRun.Result r = CliRun.run("workday", "2025-09-28", "--jsn", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errorLine())
        .isEqualTo(
            "linkage: error: unknown option \"--jsn\"; did you mean --json? (see 'linkage workday"
                + " --help')");
  }

  /** An unknown option's value is never echoed: it might be personal data. */
  @Test
  void unknownOptionValuesAreNotEchoed() {
    CliRun.Result r = CliRun.run("workday", "2025-09-28", "--name=张三");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("未知选项 \"--name\"").doesNotContain("张三");
  }

  @Test
  void unknownCommand() {
    CliRun.Result r = CliRun.run("frobnicate", "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).startsWith("linkage: error: too many arguments");
  }

  @Test
  void badLanguage() {
    CliRun.Result r = CliRun.run("workday", "2025-09-28", "--lang", "fr");
    assertThat(r.exitCode()).isEqualTo(2);
    // the value is not quoted (docs/cli.md: errors never quote a value typed)
    assertThat(r.errorLine()).contains("--lang: 不是支持的语言").doesNotContain("fr");
  }

  @Test
  void repeatedOption() {
    CliRun.Result r =
        CliRun.run(
            "workday",
            "2025-09-28",
            "--as-known-at",
            "2025-01-01",
            "--as-known-at",
            "2025-02-01",
            "--lang",
            "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.errorLine()).contains("--as-known-at may be given only once");
  }

  @Test
  void globalOptionsMayBeGivenAnywhere() {
    String after = CliRun.run("workday", "2025-09-28", "--json", "--lang", "en").out();
    assertThat(CliRun.run("--json", "--lang", "en", "workday", "2025-09-28").out())
        .isEqualTo(after);
    assertThat(CliRun.run("--lang=en", "workday", "2025-09-28").out())
        .startsWith("2025-09-28 (Sunday) is a working day");
  }

  @Test
  void jsonIsDeterministic() {
    String a = CliRun.run("deadline", "2025-09-26", "30", "--json").out();
    String b = CliRun.run("deadline", "2025-09-26", "30", "--json").out();
    assertThat(a).isEqualTo(b).doesNotContain("\r").hasLineCount(1);
  }

  @Test
  void argumentsGarbledByAMachineWithoutLocale() {
    assertThat(LinkageCli.garbled(new String[] {"1??????"}, "ANSI_X3.4-1968")).isTrue();
    assertThat(LinkageCli.garbled(new String[] {"1??????"}, "UTF-8")).isFalse();
    assertThat(LinkageCli.garbled(new String[] {"1\uFFFD"}, "UTF-8")).isTrue();
    assertThat(LinkageCli.garbled(new String[] {"2025-09-28"}, "ANSI_X3.4-1968")).isFalse();
  }

  /**
   * An unexpected exception: exit code 1, one line naming its class and place, never its message
   * (which might hold personal data); the stack trace only with --debug.
   */
  @Test
  void unexpectedErrorsAreOneLineWithoutTheirMessage() {
    RuntimeException bug = new IllegalStateException("person 张三 110101199003074514");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ErrorReporter r =
        new ErrorReporter(
            Texts.of(Lang.EN),
            new PrintWriter(out),
            new PrintWriter(err),
            true,
            false,
            false,
            false);
    assertThat(r.report(bug, "demo")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("linkage: error: unexpected error java.lang.IllegalStateException at ")
        .contains("CliFoundationTest")
        .doesNotContain("张三")
        .doesNotContain("110101")
        .hasLineCount(1);
    assertThat(out.toString()).contains("\"code\":\"INTERNAL\"").doesNotContain("张三");

    StringWriter debugErr = new StringWriter();
    new ErrorReporter(
            Texts.of(Lang.EN),
            new PrintWriter(new StringWriter()),
            new PrintWriter(debugErr),
            false,
            true,
            false,
            false)
        .report(bug, "demo");
    assertThat(debugErr.toString()).contains("\tat org.employmentlinkage");
  }

  @Test
  void garbledArgumentsAreExplainedInTheErrorLine() {
    StringWriter err = new StringWriter();
    new ErrorReporter(
            Texts.of(Lang.ZH),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            false,
            false,
            false,
            true)
        .report(new CliException(ErrorCode.BAD_INPUT, "x"), "classify");
    assertThat(err.toString())
        .isEqualTo(
            "linkage: error: x（参数中的中文似乎已损坏：本机没有 UTF-8 区域设置。请用 ./linkage 启动，它会设置"
                + " LC_ALL=C.UTF-8；或改用 ASCII 写法，例如用 100000000 代替 1亿元）\n");
  }

  @Test
  void everyErrorCodeHasItsExitCode() {
    assertThat(ErrorCode.USAGE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.BAD_INPUT.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.FILE_NOT_READABLE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.OUTPUT_EXISTS.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.BAD_NOTICE_FILE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.BAD_HOLIDAY_CN_FILE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.EMPTY_HOLIDAY_CN_FILE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.BAD_INPUT_FILE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.BAD_SETTINGS_FILE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.BAD_SCHEDULE_FILE.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.REJECTED_ROWS.exitCode()).isEqualTo(2);
    assertThat(ErrorCode.OUTSIDE_COVERAGE.exitCode()).isEqualTo(3);
    assertThat(ErrorCode.INTERNAL.exitCode()).isEqualTo(1);
  }

  @Test
  void textsReplacePlaceholdersWithoutLocaleRules() {
    Texts en = Texts.of(Lang.EN);
    assertThat(en.get("deadline.period", 1000, "x")).isEqualTo("Period: 1000 working days (x)");
    assertThat(en.get("import.error.exists", "it's"))
        .isEqualTo("it's already exists; add --force to overwrite it");
  }

  @Test
  void quotedValuesAreCutAndStayOnOneLine() {
    assertThat(Inputs.quote("2025-02-30")).isEqualTo("\"2025-02-30\"");
    assertThat(Inputs.quote("a\nb")).isEqualTo("\"a?b\"");
    assertThat(Inputs.quote("x".repeat(41))).isEqualTo("\"" + "x".repeat(40) + "…\"");
    assertThat(Inputs.quote("亿".repeat(40))).isEqualTo("\"" + "亿".repeat(40) + "\"");
  }
}
