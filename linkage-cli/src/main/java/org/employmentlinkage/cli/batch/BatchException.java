package org.employmentlinkage.cli.batch;

/**
 * The batch input cannot be read at all: no header, a header without the {@code id} column, a
 * column named twice, or CSV the parser cannot read on. The message names the row and column, never
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
    /** The CSV parser cannot read on from a row (e.g. a field longer than 16 MiB). */
    UNREADABLE
  }

  /** What is wrong. */
  private final Kind kind;

  /** The row, the header being row 1. */
  private final long row;

  /** The column concerned, or empty. */
  private final String column;

  /**
   * Creates the exception.
   *
   * @param kind what is wrong
   * @param row the row, the header being row 1
   * @param column the column concerned, or empty
   */
  public BatchException(Kind kind, long row, String column) {
    super(kind + " at row " + row + (column.isEmpty() ? "" : ", column " + column));
    this.kind = kind;
    this.row = row;
    this.column = column;
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
}
