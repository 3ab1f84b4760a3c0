package org.employmentlinkage.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliException;
import org.employmentlinkage.cli.ErrorCode;
import org.employmentlinkage.cli.FactMessages;
import org.employmentlinkage.cli.InputFile;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.records.Facts;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.rules.LinkagePolicy;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The base of the commands that ask the policy ({@code classify}, {@code groups}, {@code
 * subsidies}, {@code obligations}): the options {@code --file FILE} (a JSON input file), {@code
 * --date DATE} and {@code --settings FILE} (regional settings, {@link PolicySettings}), and the
 * policy they select. Flags override the file's facts. Not thread-safe (picocli makes one instance
 * per run).
 */
public abstract class PolicyCommand extends CliCommand {
  /** {@code --file FILE}. */
  @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.file")
  private @Nullable Path file;

  /** {@code --date DATE}. */
  @Option(names = "--date", paramLabel = "DATE", descriptionKey = "option.date")
  private @Nullable LocalDate date;

  /** {@code --settings FILE}. */
  @Option(names = "--settings", paramLabel = "FILE", descriptionKey = "option.settings")
  private @Nullable Path settings;

  private @Nullable InputFile input;

  /** For subclasses. */
  protected PolicyCommand() {}

  /**
   * The JSON input file, read once, or null without {@code --file}.
   *
   * @return the input
   * @throws CliException if the file cannot be read or is malformed
   */
  protected final @Nullable InputFile input() {
    if (file == null) {
      return null;
    }
    if (input == null) {
      Texts t = texts();
      try {
        input = InputFile.read(file);
      } catch (IOException e) {
        throw CalendarOptions.unreadable(file, e, t);
      } catch (InputFile.SyntaxException e) {
        throw new CliException(
            ErrorCode.BAD_INPUT_FILE, t.get("input.file.syntax", file, e.line(), e.column()), e);
      } catch (FactException e) {
        throw fileError(e);
      }
    }
    return input;
  }

  /**
   * Fills {@code facts}: first from the file's section {@code section} (if {@code --file}), then
   * from the flags.
   *
   * @param section the file's section, e.g. {@code person}
   * @param facts the facts
   * @param flags applies the flags
   * @throws CliException for a bad fact in the file ({@link ErrorCode#BAD_INPUT_FILE}) or a flag
   *     ({@link ErrorCode#BAD_INPUT}), naming the field or the option
   */
  protected final void fill(String section, Facts facts, Runnable flags) {
    InputFile in = input();
    if (in != null) {
      try {
        in.fill(section, facts);
      } catch (FactException e) {
        throw fileError(e);
      }
    }
    flags.run();
  }

  /**
   * Whether the input file has a section.
   *
   * @param section the section
   * @return {@code true} if {@code --file} was given and has it
   */
  protected final boolean fileHas(String section) {
    InputFile in = input();
    return in != null && in.has(section);
  }

  /**
   * Runs {@code build}, reporting a contradiction between facts as bad input.
   *
   * @param <T> the built type
   * @param build builds the domain object
   * @return what it built
   * @throws CliException {@link ErrorCode#BAD_INPUT} naming the fields
   */
  protected final <T> T build(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (FactException e) {
      throw new CliException(ErrorCode.BAD_INPUT, FactMessages.describe(e, texts()), e);
    }
  }

  private CliException fileError(FactException e) {
    Texts t = texts();
    return new CliException(
        ErrorCode.BAD_INPUT_FILE,
        t.get("input.file.fact", String.valueOf(file), FactMessages.describe(e, t)),
        e);
  }

  /**
   * The policy: the city-wide one, or one with the regional settings of {@code --settings}, with
   * {@code calendar} if given.
   *
   * @param calendar the calendar, or null for the official one
   * @return the policy
   * @throws CliException if the settings file cannot be read or builds no valid policy
   */
  protected final LinkagePolicy policy(@Nullable WorkingDayCalendar calendar) {
    return buildPolicy(settings, calendar, texts());
  }

  /**
   * A policy: the city-wide one, or one with the regional settings of {@code settings}.
   *
   * @param settings the settings file, or null
   * @param calendar the calendar, or null for the official one
   * @param t the language of errors
   * @return the policy
   * @throws CliException if the settings file cannot be read or builds no valid policy
   */
  static LinkagePolicy buildPolicy(
      @Nullable Path settings, @Nullable WorkingDayCalendar calendar, Texts t) {
    LinkagePolicy.Builder b;
    if (settings == null) {
      b = LinkagePolicy.builder();
    } else {
      try {
        b = PolicySettings.read(settings);
      } catch (IOException e) {
        throw CalendarOptions.unreadable(settings, e, t);
      }
    }
    if (calendar != null) {
      b.calendar(calendar);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ErrorCode.BAD_SETTINGS_FILE,
          t.get("settings.invalid", settings, String.valueOf(e.getMessage())),
          e);
    }
  }

  /**
   * The date asked about: {@code --date}, else the file's {@code date}, else today in Beijing by
   * the policy's clock.
   *
   * @param policy the policy
   * @return the date
   */
  protected final LocalDate date(LinkagePolicy policy) {
    if (date != null) {
      return date;
    }
    InputFile in = input();
    LocalDate d = in == null ? null : in.date();
    return d != null ? d : policy.today();
  }

  /**
   * The date given with {@code --date}, or null.
   *
   * @return the date
   */
  protected final @Nullable LocalDate dateOption() {
    return date;
  }

  /**
   * Applies one flag to the facts, naming the option in errors.
   *
   * @param facts the facts
   * @param option the option, e.g. {@code --education}
   * @param field the field, e.g. {@code education}
   * @param value the flag's value, or null if not given
   * @throws CliException {@link ErrorCode#BAD_INPUT} naming the option and the rule
   */
  protected final void flag(Facts facts, String option, String field, @Nullable String value) {
    if (value == null) {
      return;
    }
    try {
      facts.set(field, value);
    } catch (FactException e) {
      throw new CliException(
          ErrorCode.BAD_INPUT, FactMessages.describe(e.withField(option), texts()), e);
    }
  }
}
