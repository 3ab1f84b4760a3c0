package org.employmentlinkage.cli.batch;

import org.employmentlinkage.io.records.Problem;

/**
 * A row the batch could not evaluate: its number (the header is row 1, as a spreadsheet counts),
 * the column, the problem and a detail (allowed values, the other column). Never the value: values
 * may be personal data.
 *
 * @param row the row number, the header being row 1
 * @param column the column, or {@code *} for the row as a whole (a wrong number of fields)
 * @param problem what is wrong
 * @param detail the detail, possibly empty
 */
public record Rejection(long row, String column, Problem problem, String detail) {}
