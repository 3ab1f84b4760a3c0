package org.employmentlinkage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

  /** Fields added to the JSON error document's {@code error} object, or null (not serialized). */
  private final transient @Nullable ObjectNode details;

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
    this.details = null;
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
    this.details = null;
  }

  /**
   * Creates the exception with fields for the JSON error document: with {@code --json} they are
   * added to its {@code error} object, so that the run still writes one document (e.g. the summary
   * of a {@code batch --strict} that rejected rows).
   *
   * @param code the stable error code, which sets the exit code
   * @param message the localized, one-line message, without personal data
   * @param details the fields to add to {@code error}, without personal data
   * @throws NullPointerException if an argument is null
   */
  public CliException(ErrorCode code, String message, ObjectNode details) {
    super(Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
    this.details = Objects.requireNonNull(details, "details").deepCopy();
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
   * The fields this error adds to the {@code error} object of the JSON error document.
   *
   * @return a copy of the fields, empty if there are none
   */
  public ObjectNode details() {
    ObjectNode d = details;
    return d == null ? CliJson.object() : d.deepCopy();
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
