/**
 * The streaming engine of {@code linkage batch}: people or projects from a CSV file, evaluated one
 * row at a time with bounded memory, written as CSV, a streamed JSON array or JSON Lines, with
 * rejected rows reported by row number and rule (never by value) and a summary.
 */
@NullMarked
package org.employmentlinkage.cli.batch;

import org.jspecify.annotations.NullMarked;
