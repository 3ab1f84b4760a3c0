package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a calendar is asked about a date it has no data for, or when an answer (such as the
 * n-th working day after a date) would lie outside the data.
 *
 * <p>The message names the covered range and how to add data: load the State Council notice for the
 * missing year with {@link HolidayNotices} and build a calendar with {@link
 * ChinaCalendars#withNotices}, or ask for a flagged projection with {@link
 * ChinaCalendars#provisional()}.
 */
public class OutsideCoverageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * How to add data; part of every message the linkage calendars throw: load the notice for the
   * missing year, or ask for a flagged projection.
   */
  public static final String HOW_TO_ADD_DATA =
      "To add data, load the State Council holiday notice for the missing year in linkage's notice"
          + " format (docs/notice-format.md) with"
          + " ChinaCalendars.withNotices(HolidayNotices.read(path)), or use"
          + " ChinaCalendars.provisional() for a flagged projection.";

  /** The date asked about, or the boundary the answer would cross. */
  private final LocalDate date;

  /** The covered range of the calendar asked. */
  private final DateRange coverage;

  /**
   * Creates the exception.
   *
   * @param message what was asked and why it cannot be answered; the covered range and {@link
   *     #HOW_TO_ADD_DATA} should be part of it
   * @param date the date asked about, or the boundary the answer would cross
   * @param coverage the covered range of the calendar that was asked
   * @throws NullPointerException if an argument is null
   */
  public OutsideCoverageException(String message, LocalDate date, DateRange coverage) {
    super(Objects.requireNonNull(message, "message"));
    this.date = Objects.requireNonNull(date, "date");
    this.coverage = Objects.requireNonNull(coverage, "coverage");
  }

  /**
   * The standard exception for a date outside {@code coverage}.
   *
   * @param date the date asked about
   * @param coverage the calendar's covered range
   * @return the exception, with a message naming the date, the range and how to add data
   * @throws NullPointerException if an argument is null
   */
  public static OutsideCoverageException forDate(LocalDate date, DateRange coverage) {
    return new OutsideCoverageException(
        date + " is outside the calendar's covered range " + coverage + ". " + HOW_TO_ADD_DATA,
        date,
        coverage);
  }

  /**
   * The date asked about, or the boundary the answer would cross.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The covered range of the calendar that was asked.
   *
   * @return the coverage (possibly empty)
   */
  public DateRange coverage() {
    return coverage;
  }
}
