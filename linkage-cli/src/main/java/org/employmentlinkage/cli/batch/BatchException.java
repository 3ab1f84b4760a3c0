package org.employmentlinkage.cli.batch;

/**
 * The batch input cannot be read at all: no header, a header without the {@code id} column, a
 * column named twice, a quoted field that is never closed, a row over the limits ({@link
 * BatchJob#MAX_FIELDS}, {@link BatchJob#MAX_FIELD_CHARS}, {@link BatchJob#MAX_ROW_CHARS}), bytes
 * that are not text in the file's encoding. The message names the row (and line, or column), never
 * a value.
 */
public final class BatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Kind {
    /** The file is empty: no header row. */
    EMPTY,
    /** The header lacks the {@code id} column. */
    NO_ID_COLUMN,
    /** A column is named twice in the header. */
    DUPLICATE_COLUMN,
    /**
     * A quoted field opens in the row and is never closed: the rest of the file would be one field.
     * {@link #line()} is the line of the opening quote.
     */
    UNTERMINATED_QUOTE,
    /** The row has more fields or characters than the limits. */
    TOO_LONG,
    /**
     * The row holds bytes that are not text in the file's encoding; {@link #line()} is its line.
     */
    NOT_DECODABLE
  }

  /** What is wrong. */
  private final Kind kind;

  /** The row, the header being row 1. */
  private final long row;

  /** The column concerned, or empty. */
  private final String column;

  /** The 1-based line of the file, or 0 if not known. */
  private final long line;

  /**
   * Creates the exception.
   *
   * @param kind what is wrong
   * @param row the row, the header being row 1
   * @param column the column concerned, or empty
   */
  public BatchException(Kind kind, long row, String column) {
    this(kind, row, column, 0);
  }

  /**
   * Creates the exception with the line of the file.
   *
   * @param kind what is wrong
   * @param row the row, the header being row 1
   * @param column the column concerned, or empty
   * @param line the 1-based line of the file (rows with quoted line breaks span several), or 0
   */
  public BatchException(Kind kind, long row, String column, long line) {
    super(
        kind
            + " at row "
            + row
            + (line > 0 ? " (line " + line + ")" : "")
            + (column.isEmpty() ? "" : ", column " + column));
    this.kind = kind;
    this.row = row;
    this.column = column;
    this.line = line;
  }

  /**
   * What is wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The row, the header being row 1.
   *
   * @return the row
   */
  public long row() {
    return row;
  }

  /**
   * The column concerned (a header name), or empty.
   *
   * @return the column
   */
  public String column() {
    return column;
  }

  /**
   * The 1-based line of the file, or 0 if not known.
   *
   * @return the line
   */
  public long line() {
    return line;
  }
}
