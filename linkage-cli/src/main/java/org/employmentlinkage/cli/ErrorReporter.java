package org.employmentlinkage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.NoticeFormatException;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.cli.holidaycn.HolidayCnFormatException;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.settings.SettingsException;
import org.employmentlinkage.rules.ScheduleFormatException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Turns a failure into what the user sees: one line on stderr, {@code linkage: error: MESSAGE}, a
 * JSON error document on stdout when {@code --json} is on, and the exit code.
 *
 * <p>Never a stack trace (unless the hidden {@code --debug} option is on), and never personal data:
 * the messages of {@link CliException}s are written to be safe, library messages name only dates,
 * files and notice numbers, and an unexpected exception is reported by its class and the place it
 * was thrown, never by its message (which might quote a value).
 */
final class ErrorReporter {
  /** The prefix of every error line. */
  static final String ERROR_PREFIX = "linkage: error: ";

  /** The prefix of every warning line. */
  static final String WARNING_PREFIX = "linkage: warning: ";

  private final Texts texts;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private final boolean debug;
  private final boolean provisional;
  private final boolean garbledArguments;

  ErrorReporter(
      Texts texts,
      PrintWriter out,
      PrintWriter err,
      boolean json,
      boolean debug,
      boolean provisional,
      boolean garbledArguments) {
    this.texts = texts;
    this.out = out;
    this.err = err;
    this.json = json;
    this.debug = debug;
    this.provisional = provisional;
    this.garbledArguments = garbledArguments;
  }

  /**
   * Reports a failure while a command ran.
   *
   * @param t what was thrown
   * @param command the command's name (e.g. {@code notices validate})
   * @return the exit code
   */
  int report(Throwable t, String command) {
    ErrorCode code;
    String message;
    ObjectNode extra = CliJson.object();
    if (t instanceof CliException e) {
      code = e.code();
      message = e.getMessage();
      extra.setAll(e.details());
    } else if (t instanceof OutsideCoverageException e) {
      code = ErrorCode.OUTSIDE_COVERAGE;
      message = outsideCoverage(e.date(), e.coverage());
      extra.put("date", CliJson.date(e.date()));
      extra.set("coverage", CliJson.range(e.coverage()));
    } else if (t instanceof NoticeFormatException e) {
      code = ErrorCode.BAD_NOTICE_FILE;
      message =
          e.line() == 0 && e.source().equals("ChinaCalendars")
              ? texts.get("error.noticeSet", e.reason())
              : e.getMessage();
    } else if (t instanceof HolidayCnFormatException e) {
      code =
          e.isEmptyPlaceholder() ? ErrorCode.EMPTY_HOLIDAY_CN_FILE : ErrorCode.BAD_HOLIDAY_CN_FILE;
      message = e.getMessage();
    } else if (t instanceof FactException e) {
      code = ErrorCode.BAD_INPUT;
      message = FactMessages.describe(e, texts);
    } else if (t instanceof SettingsException e) {
      code = ErrorCode.BAD_SETTINGS_FILE;
      message = e.getMessage();
    } else if (t instanceof ScheduleFormatException e) {
      code = ErrorCode.BAD_SCHEDULE_FILE;
      message = e.getMessage();
    } else {
      code = ErrorCode.INTERNAL;
      message = texts.get("error.internal", t.getClass().getName(), where(t));
    }
    return emit(code, String.valueOf(message), command, extra, t);
  }

  /**
   * The message for a date outside the calendar's coverage, with what to do about it.
   *
   * @param date the date asked about, or the boundary the answer would cross
   * @param coverage the calendar's coverage
   * @return the message
   */
  private String outsideCoverage(LocalDate date, DateRange coverage) {
    String range = coverage.isEmpty() ? texts.get("error.coverage.empty") : coverage.toString();
    String what;
    boolean before;
    if (!coverage.isEmpty() && coverage.contains(date)) {
      before = date.equals(coverage.first()) && !date.equals(coverage.last());
      what =
          texts.get(
              before ? "error.outsideCoverage.before" : "error.outsideCoverage.after", date, range);
    } else {
      before = !coverage.isEmpty() && date.isBefore(coverage.first());
      what = texts.get("error.outsideCoverage.date", date, range);
    }
    // the projection of --provisional only reaches forward, and it is already on when given
    boolean suggestProvisional = !provisional && !before;
    return what
        + texts.get(
            suggestProvisional
                ? "error.outsideCoverage.suggest"
                : "error.outsideCoverage.suggestNotices");
  }

  /**
   * Reports arguments that do not fit the command (picocli's parameter errors).
   *
   * @param ex the parse error
   * @return the exit code, {@link ExitCode#BAD_INPUT}
   */
  int usage(CommandLine.ParameterException ex) {
    CommandLine cl = ex.getCommandLine();
    String command = commandName(cl);
    String help = texts.get("error.usage.help", cl.getCommandSpec().qualifiedName(" "));
    return emit(ErrorCode.USAGE, describe(ex) + help, command, CliJson.object(), ex);
  }

  /**
   * The command's name as typed after {@code linkage}, or {@code linkage} for the root command.
   *
   * @param cl the command line of the command
   * @return the name
   */
  static String commandName(CommandLine cl) {
    String q = cl.getCommandSpec().qualifiedName(" ");
    int space = q.indexOf(' ');
    return space < 0 ? q : q.substring(space + 1);
  }

  /** What is wrong with the arguments, without quoting values that are not ours to quote. */
  private String describe(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (first.startsWith("-")) {
        int eq = first.indexOf('=');
        String name = eq > 0 ? first.substring(0, eq) : first;
        List<String> suggestions = u.getSuggestions();
        return suggestions.isEmpty()
            ? texts.get("error.usage.unknownOption", Inputs.quote(name))
            : texts.get(
                "error.usage.unknownOption.suggest",
                Inputs.quote(name),
                String.join(", ", suggestions));
      }
      return texts.get("error.usage.extraArguments", unmatched.size());
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      List<String> names = new ArrayList<>();
      for (ArgSpec a : m.getMissing()) {
        names.add(label(a));
      }
      return texts.get("error.usage.missing", String.join(", ", names));
    }
    ArgSpec arg = ex.getArgSpec();
    Throwable cause = ex.getCause();
    if (arg != null && cause instanceof CommandLine.TypeConversionException) {
      return label(arg) + ": " + cause.getMessage();
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return texts.get("error.usage.repeated", label(o.getOverwritten()));
    }
    if (ex instanceof CommandLine.MaxValuesExceededException && arg != null) {
      return texts.get("error.usage.tooManyValues", label(arg));
    }
    return String.valueOf(ex.getMessage());
  }

  /** An option's longest name, or a positional parameter's label. */
  private static String label(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return o.longestName();
    }
    if (a instanceof PositionalParamSpec p) {
      return p.paramLabel();
    }
    return a.paramLabel();
  }

  private int emit(
      ErrorCode code, String message, String command, ObjectNode extra, Throwable cause) {
    String line = oneLine(message);
    if (garbledArguments) {
      line = line + texts.get("error.garbledArguments");
    }
    err.print(ERROR_PREFIX + line + "\n");
    if (debug) {
      cause.printStackTrace(err);
    }
    err.flush();
    if (json) {
      ObjectNode doc = CliJson.document(command);
      ObjectNode error = doc.putObject("error");
      error.put("code", code.name());
      error.put("exitCode", code.exitCode());
      error.put("message", line);
      error.setAll(extra);
      CliJson.write(out, doc);
    }
    return code.exitCode();
  }

  /**
   * The text on one line: every line break becomes a space.
   *
   * @param s the text
   * @return the text without line breaks
   */
  static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** The first frame of linkage code, or the first frame, or "?". */
  private static String where(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    @Nullable StackTraceElement pick = null;
    for (StackTraceElement e : trace) {
      if (e.getClassName().startsWith("org.employmentlinkage.")) {
        pick = e;
        break;
      }
    }
    if (pick == null && trace.length > 0) {
      pick = trace[0];
    }
    return pick == null ? "?" : pick.toString();
  }
}
