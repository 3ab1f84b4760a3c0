package org.employmentlinkage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base class of every {@code linkage} command: it gives the command its output (human text in
 * the chosen {@link Lang}, or JSON), its texts and its global options, and lets every failure go to
 * {@link ErrorReporter}.
 *
 * <p>To add a command (part 2: {@code classify}, {@code groups}, {@code subsidies}, {@code
 * obligations}, {@code batch}, {@code demo}): extend this class, annotate it with
 * {@code @Command(name = "…", descriptionKey…)}, add {@code @Mixin CalendarOptions} if it uses the
 * calendar, list it in {@link LinkageCommand}'s {@code subcommands}, add its help texts to {@code
 * help_zh.properties} and {@code help_en.properties} (a test checks that every option has one), and
 * implement {@link #run()}: print with {@link #println(String)} or, when {@link #json()}, one
 * document from {@link #newDocument()} with {@link #printJson(JsonNode)}; throw {@link
 * CliException} for bad input. Library exceptions ({@code OutsideCoverageException}, {@code
 * NoticeFormatException}) may simply propagate.
 *
 * <p>Picocli creates a new instance for every run; instances are not thread-safe.
 */
public abstract class CliCommand implements Callable<Integer> {
  /** This command's model, injected by picocli. */
  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  /** For subclasses; picocli instantiates commands reflectively. */
  protected CliCommand() {}

  /**
   * Runs the command (picocli calls this).
   *
   * @return the exit code
   * @throws Exception whatever the command throws; {@link ErrorReporter} turns it into an error
   *     line and an exit code
   */
  @Override
  public final Integer call() throws Exception {
    int code = run();
    out().flush();
    return code;
  }

  /**
   * The work of the command.
   *
   * @return the exit code, normally {@link ExitCode#OK}
   * @throws Exception on failure: {@link CliException} for bad input, anything else propagates
   */
  protected abstract int run() throws Exception;

  /**
   * This command's picocli model.
   *
   * @return the spec
   */
  protected final CommandSpec spec() {
    return spec;
  }

  /**
   * The root command, which holds the global options.
   *
   * @return the root command
   */
  protected final LinkageCommand root() {
    return (LinkageCommand) spec.root().userObject();
  }

  /**
   * The clock "today" comes from ({@link LinkageCommand#clock()}).
   *
   * @return the clock
   */
  protected final Clock clock() {
    return root().clock();
  }

  /**
   * The texts in the language chosen with {@code --lang}.
   *
   * @return the texts
   */
  protected final Texts texts() {
    return Texts.of(root().lang());
  }

  /**
   * Whether to answer in JSON ({@code --json}).
   *
   * @return {@code true} for JSON
   */
  protected final boolean json() {
    return root().json();
  }

  /**
   * The command's name as typed after {@code linkage}, e.g. {@code notices validate}.
   *
   * @return the name
   */
  protected final String name() {
    return ErrorReporter.commandName(spec.commandLine());
  }

  /**
   * A new JSON document for this command ({@code schema} and {@code command} filled in).
   *
   * @return the document
   */
  protected final ObjectNode newDocument() {
    return CliJson.document(name());
  }

  /**
   * Standard output, UTF-8.
   *
   * @return the writer
   */
  protected final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Standard error, UTF-8.
   *
   * @return the writer
   */
  protected final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Prints one line of human text and a line feed ({@code \n}, whatever the platform). Control
   * characters in it (e.g. from a notice's title) are shown as {@code ?} ({@link
   * Inputs#printable(String)}), never sent to the terminal.
   *
   * @param line the text
   */
  protected final void println(String line) {
    PrintWriter out = out();
    out.print(Inputs.printable(line));
    out.print('\n');
  }

  /**
   * Prints a JSON document on one line.
   *
   * @param document the document
   */
  protected final void printJson(JsonNode document) {
    CliJson.write(out(), document);
  }

  /**
   * Prints a warning on stderr: {@code linkage: warning: MESSAGE} (no personal data, one line: line
   * breaks in the message, e.g. in a name read from a file, become spaces).
   *
   * @param message the localized message
   */
  protected final void warn(String message) {
    PrintWriter err = err();
    err.print(ErrorReporter.WARNING_PREFIX + ErrorReporter.oneLine(message) + "\n");
    err.flush();
  }

  /**
   * Prints this command's usage help on stdout (for command groups run without a subcommand).
   *
   * @return {@link ExitCode#OK}
   */
  protected final int printUsage() {
    spec.commandLine().usage(out());
    return ExitCode.OK;
  }
}
