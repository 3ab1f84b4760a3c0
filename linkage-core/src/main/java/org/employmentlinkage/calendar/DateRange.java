package org.employmentlinkage.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An inclusive range of dates ({@code first..last}), possibly empty.
 *
 * <p>Immutable and thread-safe. Two ranges are equal when they hold the same dates (all empty
 * ranges are equal).
 *
 * <p>Serializable. Serialized form: the first and the last date, both {@code null} for the empty
 * range; reading checks them as {@link #of(LocalDate, LocalDate)} does (an {@link
 * java.io.InvalidObjectException} otherwise) and keeps the empty range a singleton.
 */
public final class DateRange implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateRange EMPTY = new DateRange(null, null);

  /** The first date, or null for the empty range. */
  private final @Nullable LocalDate first;

  /** The last date, or null for the empty range. */
  private final @Nullable LocalDate last;

  private DateRange(@Nullable LocalDate first, @Nullable LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /**
   * The range {@code first..last}, both inclusive.
   *
   * @param first the first date in the range
   * @param last the last date in the range
   * @return the range
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "DateRange: last (" + last + ") is before first (" + first + ")");
    }
    return new DateRange(first, last);
  }

  /**
   * The range holding the single date {@code day}.
   *
   * @param day the date
   * @return the one-day range
   * @throws NullPointerException if {@code day} is null
   */
  public static DateRange ofDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return of(day, day);
  }

  /**
   * The empty range, holding no date (the coverage of a calendar that knows no notice).
   *
   * @return the empty range
   */
  public static DateRange empty() {
    return EMPTY;
  }

  /**
   * Whether this range holds no date.
   *
   * @return {@code true} for the empty range
   */
  public boolean isEmpty() {
    return first == null;
  }

  /**
   * The first date of the range (inclusive).
   *
   * @return the first date
   * @throws NoSuchElementException if the range is empty
   */
  public LocalDate first() {
    if (first == null) {
      throw new NoSuchElementException("the date range is empty");
    }
    return first;
  }

  /**
   * The last date of the range (inclusive).
   *
   * @return the last date
   * @throws NoSuchElementException if the range is empty
   */
  public LocalDate last() {
    if (last == null) {
      throw new NoSuchElementException("the date range is empty");
    }
    return last;
  }

  /**
   * Whether {@code date} lies in this range.
   *
   * @param date the date to test
   * @return {@code true} if {@code first <= date <= last}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return first != null && last != null && !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * The number of dates in this range.
   *
   * @return {@code 0} for the empty range, otherwise {@code last - first + 1}
   */
  public long lengthInDays() {
    return first == null || last == null ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
  }

  /**
   * The dates of this range in ascending order, also when the range ends with {@link
   * LocalDate#MAX}.
   *
   * @return a sequential stream of the dates
   */
  public Stream<LocalDate> days() {
    if (first == null || last == null) {
      return Stream.empty();
    }
    // LocalDate.MAX has no next day, so a range ending there is first..MAX-1 plus MAX itself
    return last.equals(LocalDate.MAX)
        ? Stream.concat(first.datesUntil(last), Stream.of(last))
        : first.datesUntil(last.plusDays(1));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DateRange other
        && Objects.equals(first, other.first)
        && Objects.equals(last, other.last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last);
  }

  /**
   * The range as {@code first..last} (ISO dates), or {@code (empty)}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return first == null ? "(empty)" : first + ".." + last;
  }

  /**
   * Keeps the empty range a singleton and rejects inconsistent serialized forms.
   *
   * @return the resolved range
   * @throws java.io.InvalidObjectException if the serialized form is not a valid range
   */
  private Object readResolve() throws java.io.InvalidObjectException {
    if ((first == null) != (last == null)) {
      throw new java.io.InvalidObjectException(
          "DateRange from a stream: first and last are both given or both absent");
    }
    if (first != null && last != null && last.isBefore(first)) {
      throw new java.io.InvalidObjectException("DateRange from a stream: last is before first");
    }
    return first == null ? EMPTY : this;
  }
}
