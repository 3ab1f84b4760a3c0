package org.employmentlinkage.calendar;

/**
 * Whether a duty with a {@link Deadline} is overdue (逾期) at an instant, in three values, so that a
 * provisional deadline is never called overdue while its official due date could still be later.
 * See {@link Deadline#overdueStatusAt(java.time.Instant)}.
 */
public enum OverdueStatus {
  /** Not overdue (未逾期): before 24:00 Beijing time on {@link Deadline#due()}. */
  NOT_OVERDUE,
  /**
   * Possibly overdue (可能已逾期): after the end of {@link Deadline#due()}, the earliest plausible due
   * date, but not certainly after the end of the official one.
   */
  POSSIBLY_OVERDUE,
  /** Overdue (已逾期): after 24:00 Beijing time on {@link Deadline#latestDue()}. */
  OVERDUE
}
