package org.employmentlinkage.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * The entry point of the {@code linkage} command line (the {@code ./linkage} launcher runs {@link
 * #main(String[])} from {@code linkage-cli/target/linkage.jar}).
 *
 * <p>{@link #run(String[], PrintWriter, PrintWriter)} runs one command with the given output and
 * returns its {@linkplain ExitCode exit code}, without exiting: tests and embedders call it
 * in-process. Output is UTF-8 whatever the machine's locale; lines end in {@code \n}.
 *
 * <p>The language of error messages about the arguments themselves is taken from a {@code --lang}
 * found in the arguments before they are parsed, so that even an unknown option is reported in the
 * language asked for.
 *
 * <p>Thread-safe: every call of {@code run} builds its own command objects, so runs may proceed
 * concurrently (with their own writers).
 */
public final class LinkageCli {
  private LinkageCli() {}

  /**
   * Runs the command line and exits the JVM with the command's exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int code = run(args, out, err, Help.Ansi.AUTO, Clock.systemUTC());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command, without colours, and returns its exit code.
   *
   * @param args the arguments, e.g. {@code deadline 2025-09-26 30 --json}
   * @param out standard output
   * @param err standard error
   * @return the exit code ({@link ExitCode})
   * @throws NullPointerException if an argument or an element of {@code args} is null
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Help.Ansi.OFF, Clock.systemUTC());
  }

  /**
   * Runs one command, without colours, on the day {@code clock} gives (tests).
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param clock the clock "today" comes from
   * @return the exit code
   * @throws NullPointerException if an argument or an element of {@code args} is null
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    return run(args, out, err, Help.Ansi.OFF, clock);
  }

  /**
   * Runs one command and returns its exit code.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param ansi whether help may use colours
   * @param clock the clock "today" comes from
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Help.Ansi ansi, Clock clock) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(clock, "clock");
    for (String a : args) {
      Objects.requireNonNull(a, "LinkageCli.run: args contains null");
    }
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Prescan pre = Prescan.of(args);
    Texts texts = Texts.of(pre.lang);
    ErrorReporter reporter =
        new ErrorReporter(
            texts,
            out,
            err,
            pre.json,
            pre.debug,
            pre.provisional,
            garbled(args, System.getProperty("sun.jnu.encoding", "UTF-8")));
    try {
      CommandLine cl = commandLine(texts.lang());
      ((LinkageCommand) cl.getCommand()).clock(clock);
      cl.setOut(out);
      cl.setErr(err);
      cl.setColorScheme(Help.defaultColorScheme(ansi));
      cl.setParameterExceptionHandler((ex, a) -> reporter.usage(ex));
      cl.setExecutionExceptionHandler(
          (ex, c, parseResult) -> reporter.report(ex, ErrorReporter.commandName(c)));
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      return reporter.report(e, "linkage");
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line with its converters and help texts in {@code lang}, without handlers or output
   * set.
   *
   * @param lang the language of help texts and messages
   * @return a new command line
   * @throws NullPointerException if {@code lang} is null
   */
  public static CommandLine commandLine(Lang lang) {
    Texts texts = Texts.of(lang);
    CommandLine cl = new CommandLine(new LinkageCommand());
    // picocli's argument files (@FILE) are off: an argument starting with @ is taken as it is.
    // Expanding them read any readable file into the arguments (and echoed its first line in an
    // error), failed with a stack trace on a directory and blocked on @/dev/zero (docs/cli.md).
    cl.setExpandAtFiles(false);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(100);
    Inputs.register(cl, texts);
    texts.applyHelp(cl);
    return cl;
  }

  /**
   * Whether the arguments look garbled by a JVM that decoded them without a UTF-8 locale: a
   * replacement character, or a {@code ?} when the JVM's encoding of arguments is not UTF-8.
   *
   * @param args the arguments
   * @param jnuEncoding the JVM's encoding of arguments ({@code sun.jnu.encoding})
   * @return {@code true} if an error message should suggest the launcher or ASCII input
   */
  static boolean garbled(String[] args, String jnuEncoding) {
    boolean utf8 =
        jnuEncoding.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").equals("UTF8");
    for (String a : args) {
      if (a.indexOf('\uFFFD') >= 0 || (!utf8 && a.indexOf('?') >= 0)) {
        return true;
      }
    }
    return false;
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), false);
  }

  /** The global options, read from the arguments before parsing, for error messages. */
  private static final class Prescan {
    Lang lang = Lang.ZH;
    boolean json;
    boolean debug;
    boolean provisional;

    static Prescan of(String[] args) {
      Prescan p = new Prescan();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--")) {
          break;
        }
        String value = null;
        if (a.equals("--lang") && i + 1 < args.length) {
          value = args[i + 1];
        } else if (a.startsWith("--lang=")) {
          value = a.substring("--lang=".length());
        }
        if (value != null) {
          Lang l = Lang.parse(value);
          if (l != null) {
            p.lang = l;
          }
        }
        p.json |= a.equals("--json");
        p.debug |= a.equals("--debug");
        p.provisional |= a.equals("--provisional");
      }
      return p;
    }
  }
}
