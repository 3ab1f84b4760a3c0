package org.employmentlinkage.cli;

/**
 * The stable error codes of the command line: the {@code error.code} field of the JSON error
 * document ({@code docs/cli-json.md}), each with its exit code. Codes are never renamed; new ones
 * may be added.
 */
public enum ErrorCode {
  /** The arguments do not fit the command: unknown option, missing or malformed argument. */
  USAGE(ExitCode.BAD_INPUT),
  /** An argument is well-formed but breaks a rule (e.g. a period of 0 working days). */
  BAD_INPUT(ExitCode.BAD_INPUT),
  /** A file named on the command line cannot be read (missing, a directory, no permission). */
  FILE_NOT_READABLE(ExitCode.BAD_INPUT),
  /** An output file already exists and {@code --force} was not given. */
  OUTPUT_EXISTS(ExitCode.BAD_INPUT),
  /** A holiday-notice file is malformed, or its notices contradict the others. */
  BAD_NOTICE_FILE(ExitCode.BAD_INPUT),
  /** A holiday-cn JSON file is malformed. */
  BAD_HOLIDAY_CN_FILE(ExitCode.BAD_INPUT),
  /** A holiday-cn JSON file lists no day (a placeholder published before the notice). */
  EMPTY_HOLIDAY_CN_FILE(ExitCode.BAD_INPUT),
  /** A JSON input file ({@code --file}) or a batch CSV file is malformed, or a fact in it is. */
  BAD_INPUT_FILE(ExitCode.BAD_INPUT),
  /** A regional settings file ({@code --settings}) is malformed or builds no valid policy. */
  BAD_SETTINGS_FILE(ExitCode.BAD_INPUT),
  /** A subsidy schedule file named by the settings is malformed. */
  BAD_SCHEDULE_FILE(ExitCode.BAD_INPUT),
  /** {@code batch --strict}: rows were rejected (the output holds the others). */
  REJECTED_ROWS(ExitCode.BAD_INPUT),
  /** The answer needs calendar data that is not there. */
  OUTSIDE_COVERAGE(ExitCode.OUTSIDE_COVERAGE),
  /** Anything unexpected (a bug). */
  INTERNAL(ExitCode.UNEXPECTED);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  /**
   * The exit code of this error.
   *
   * @return one of the {@link ExitCode} values
   */
  public int exitCode() {
    return exitCode;
  }
}
