package org.employmentlinkage.cli.commands;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliException;
import org.employmentlinkage.cli.ErrorCode;
import org.employmentlinkage.cli.FactMessages;
import org.employmentlinkage.cli.InputFile;
import org.employmentlinkage.cli.TextFiles;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.cli.json.JsonInput;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.records.Facts;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.SubsidySchedule;
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
        input = InputFile.parse(TextFiles.readUtf8(file, t, ErrorCode.BAD_INPUT_FILE));
      } catch (InputFile.SyntaxException e) {
        JsonInput.ReadError error = e.error();
        String key =
            switch (error.kind()) {
              case SYNTAX -> "input.file.syntax";
              case DUPLICATE_KEY -> "input.file.duplicateKey";
              case TRAILING_CONTENT -> "input.file.trailing";
            };
        throw new CliException(
            ErrorCode.BAD_INPUT_FILE,
            t.get(
                key,
                file,
                error.line(),
                error.column(),
                InputFile.isFieldName(error.key()) ? error.key() : t.get("input.file.keyNotShown")),
            e);
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
    return buildPolicy(settings, calendar, t, new ArrayList<>());
  }

  /**
   * A policy, as {@link #buildPolicy(Path, WorkingDayCalendar, Texts)}, noting the files it read.
   *
   * @param settings the settings file, or null
   * @param calendar the calendar, or null for the official one
   * @param t the language of errors
   * @param filesRead receives the settings file and the schedule files it names, as read
   * @return the policy
   * @throws CliException if a file cannot be read or builds no valid policy
   */
  static LinkagePolicy buildPolicy(
      @Nullable Path settings,
      @Nullable WorkingDayCalendar calendar,
      Texts t,
      List<Path> filesRead) {
    LinkagePolicy.Builder b =
        settings == null ? LinkagePolicy.builder() : readSettings(settings, t, filesRead);
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
   * Reads a settings file and the schedules it names, each with {@link TextFiles#readUtf8} (UTF-8,
   * at most {@link TextFiles#MAX_BYTES}); schedule names are relative to the settings file's
   * folder.
   */
  private static LinkagePolicy.Builder readSettings(Path settings, Texts t, List<Path> filesRead) {
    String text = TextFiles.readUtf8(settings, t, ErrorCode.BAD_SETTINGS_FILE);
    filesRead.add(settings);
    Path dir = settings.toAbsolutePath().getParent();
    try {
      return PolicySettings.parse(
          text,
          settings.toString(),
          name -> {
            Path file;
            try {
              file = dir == null ? Path.of(name) : dir.resolve(name);
            } catch (InvalidPathException e) {
              throw new CliException(
                  ErrorCode.BAD_SETTINGS_FILE, t.get("settings.scheduleName", settings), e);
            }
            String schedule = TextFiles.readUtf8(file, t, ErrorCode.BAD_SCHEDULE_FILE);
            filesRead.add(file);
            return SubsidySchedule.parse(schedule, file.toString());
          });
    } catch (IOException e) {
      throw CalendarOptions.unreadable(settings, e, t);
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
