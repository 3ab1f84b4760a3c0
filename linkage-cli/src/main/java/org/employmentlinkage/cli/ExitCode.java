package org.employmentlinkage.cli;

/**
 * The exit codes of the {@code linkage} command line (documented in {@code docs/cli.md}); stable.
 */
public final class ExitCode {
  /** The command answered. */
  public static final int OK = 0;

  /**
   * Something unexpected went wrong (a bug): the error line says what, {@code --debug} shows more.
   */
  public static final int UNEXPECTED = 1;

  /**
   * Bad input or usage: an unknown option, a missing or malformed argument, a file that cannot be
   * read or is malformed.
   */
  public static final int BAD_INPUT = 2;

  /**
   * The answer needs calendar data that is not there (a date outside the calendar's coverage): add
   * {@code --provisional} for a flagged projection, or {@code --notices FILE} with the year's
   * notice.
   */
  public static final int OUTSIDE_COVERAGE = 3;

  private ExitCode() {}
}
