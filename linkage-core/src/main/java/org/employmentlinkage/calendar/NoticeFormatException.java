package org.employmentlinkage.calendar;

import java.util.Objects;

/**
 * Thrown when notice text cannot be read: a malformed line, a notice with no days, or notices that
 * contradict each other. The message names the source, the line (when there is one) and the reason.
 */
public class NoticeFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name of the file or stream. */
  private final String source;

  /** The 1-based line number, or 0. */
  private final int line;

  /** What is wrong. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the name of the file or stream (e.g. its path)
   * @param line the 1-based line number, or 0 when the problem is not on one line
   * @param reason what is wrong, in plain words
   * @throws NullPointerException if {@code source} or {@code reason} is null
   */
  public NoticeFormatException(String source, int line, String reason) {
    super(
        Objects.requireNonNull(source, "source")
            + (line > 0 ? ":" + line : "")
            + ": "
            + Objects.requireNonNull(reason, "reason"));
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * The name of the file or stream.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line number, or 0 when the problem is not on one line.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * What is wrong.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
