package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;

/**
 * One line of a holiday notice: a range of days the notice declares rest days (放假), or a day it
 * declares a working day (上班), with the festival it belongs to.
 *
 * <p>For example "10月1日至8日放假调休" is {@code rest(2025-10-01, 2025-10-08, "国庆节、中秋节")} and "9月28日（周日）
 * 上班" is {@code work(2025-09-28, "国庆节、中秋节")}. A weekend merely "与周末连休" is not declared.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class DayDeclaration implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Whether the declared days are rest days or working days. */
  public enum Kind {
    /** Rest days (放假). */
    REST,
    /** Working days (上班); on a weekend this makes a make-up working day (调休上班). */
    WORK
  }

  DayDeclaration() {}

  /**
   * Rest or work.
   *
   * @return the kind of declaration
   */
  public abstract Kind kind();

  /**
   * The declared days, first and last inclusive: a range for {@link Kind#REST}, always one day for
   * {@link Kind#WORK}.
   *
   * @return the non-empty range of days
   */
  public abstract DateRange days();

  /**
   * The festival the declaration belongs to, as the notice names it (e.g. 春节, 国庆节、中秋节).
   *
   * @return the festival name: one non-blank line without leading or trailing spaces
   */
  public abstract String festival();

  @Value.Check
  void check() {
    if (days().isEmpty()) {
      throw new IllegalArgumentException("DayDeclaration: days must not be empty");
    }
    NoticeRules.Problem p =
        NoticeRules.oneLine(NoticeRules.Field.DECLARATION, "festival", festival());
    if (p != null) {
      throw new IllegalArgumentException("DayDeclaration: " + p.reason());
    }
    if (kind() == Kind.WORK && days().lengthInDays() != 1) {
      throw new IllegalArgumentException(
          "DayDeclaration: a working-day declaration is one day (notices name each 上班 day), was "
              + days());
    }
  }

  /**
   * Declares {@code first..last} rest days.
   *
   * @param first the first rest day
   * @param last the last rest day (inclusive)
   * @param festival the festival name as the notice gives it
   * @return the declaration
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code last} is before {@code first}, or {@code festival}
   *     is blank or not a single line without surrounding spaces
   */
  public static DayDeclaration rest(LocalDate first, LocalDate last, String festival) {
    return ImmutableDayDeclaration.builder()
        .kind(Kind.REST)
        .days(DateRange.of(first, last))
        .festival(festival)
        .build();
  }

  /**
   * Declares {@code day} a working day.
   *
   * @param day the working day (usually a Saturday or Sunday)
   * @param festival the festival name as the notice gives it
   * @return the declaration
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code festival} is blank or not a single line without
   *     surrounding spaces
   */
  public static DayDeclaration work(LocalDate day, String festival) {
    Objects.requireNonNull(day, "day");
    return ImmutableDayDeclaration.builder()
        .kind(Kind.WORK)
        .days(DateRange.ofDay(day))
        .festival(festival)
        .build();
  }

  /**
   * Writes the serialized form, {@link SerializedForm}, instead of this value.
   *
   * @return the serialized form
   */
  @Serial
  Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream of the value itself: only the serialized form is read.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(DayDeclaration.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(DayDeclaration.class);
  }

  /**
   * The serialized form: the attributes ({@code kind}, {@code days}, {@code festival}), an absent
   * optional as {@code null}, a collection as a list. It is read back through the builder, so a
   * stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final DateRange days;
    private final String festival;

    SerializedForm(DayDeclaration value) {
      kind = value.kind();
      days = value.days();
      festival = value.festival();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, DayDeclaration.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          DayDeclaration.class,
          () -> ImmutableDayDeclaration.builder().kind(kind).days(days).festival(festival).build());
    }
  }
}
