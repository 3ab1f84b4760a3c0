package org.employmentlinkage.rules;

import java.util.Objects;

/**
 * A subsidy schedule text is malformed; the message names the source, the line and the reason, e.g.
 * {@code wafangdian.txt:12: unknown level '六级'}.
 */
public class ScheduleFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name of the text's source, e.g. a file name. */
  private final String sourceName;

  /** The 1-based line number, or 0 for the text as a whole. */
  private final int line;

  /**
   * Creates the exception.
   *
   * @param sourceName the name of the text's source
   * @param line the 1-based line number, or 0 for the text as a whole
   * @param reason what is wrong
   * @throws NullPointerException if {@code sourceName} or {@code reason} is null
   */
  public ScheduleFormatException(String sourceName, int line, String reason) {
    super(
        Objects.requireNonNull(sourceName, "sourceName")
            + ":"
            + line
            + ": "
            + Objects.requireNonNull(reason, "reason"));
    this.sourceName = sourceName;
    this.line = line;
  }

  /**
   * The name of the text's source.
   *
   * @return the source name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The 1-based line number, or 0 for the text as a whole.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }
}
