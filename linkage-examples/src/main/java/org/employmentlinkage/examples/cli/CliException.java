package org.employmentlinkage.examples.cli;

import java.util.Objects;

/**
 * An error a command reports to the user: one line on stderr ({@code linkage: error: MESSAGE}), a
 * stable {@link ErrorCode} in the JSON error document, and the code's exit code.
 *
 * <p><b>No personal data.</b> The message is printed as it is; it must name the argument, field or
 * row and the rule that was broken, and may quote only values that are not personal data (dates,
 * amounts, numbers, codes, file names). Never put a person's name, ID number, phone number or
 * address into it; say "row 17, column idNumber: not 18 characters" instead.
 */
public class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable error code. */
  private final ErrorCode code;

  /**
   * Creates the exception.
   *
   * @param code the stable error code, which sets the exit code
   * @param message the localized, one-line message, without personal data
   * @throws NullPointerException if an argument is null
   */
  public CliException(ErrorCode code, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates the exception with a cause (shown only with {@code --debug}).
   *
   * @param code the stable error code, which sets the exit code
   * @param message the localized, one-line message, without personal data
   * @param cause the underlying exception
   * @throws NullPointerException if an argument is null
   */
  public CliException(ErrorCode code, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The stable error code.
   *
   * @return the code
   */
  public ErrorCode code() {
    return code;
  }

  /**
   * The exit code.
   *
   * @return {@code code().exitCode()}
   */
  public int exitCode() {
    return code.exitCode();
  }
}
