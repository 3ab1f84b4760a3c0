package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A holiday notice (节假日安排通知) of the State Council General Office, or an amendment of one: for
 * example 国办发明电〔2024〕12号 《国务院办公厅关于2025年部分节假日安排的通知》, released on gov.cn on 2024-11-12.
 *
 * <p>A notice arranges one {@link #year() holiday year}; it may also declare days at the end of the
 * previous year (the 2019 notice made 2018-12-29 a working day and 2018-12-30/31 rest days). An
 * amendment ({@link #amends()} present) changes the arrangement of a year that already has a notice
 * (2019 劳动节, the 2020 春节 extension). Among notices, the later {@link #released() release date} wins
 * on a date both declare.
 *
 * <p>Build one with {@link #builder()}, or read notices from our text format with {@link
 * HolidayNotices}. Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class HolidayNotice implements Serializable {
  private static final long serialVersionUID = 1L;

  HolidayNotice() {}

  /**
   * The document number (文号), e.g. {@code 国办发明电〔2024〕12号}.
   *
   * @return the number, not blank
   */
  public abstract String number();

  /**
   * The title, e.g. {@code 国务院办公厅关于2025年部分节假日安排的通知}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The date the notice was publicly released (on gov.cn): the date from which a calendar "as known
   * at" a date may use it, and the notice's precedence.
   *
   * @return the release date
   */
  public abstract LocalDate released();

  /**
   * The holiday year the notice arranges.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Where the official text is published (a URL).
   *
   * @return the source, not blank
   */
  public abstract String source();

  /**
   * The number of the notice this one amends, if it is an amendment.
   *
   * @return the amended notice's number, or empty for a year's notice
   */
  public abstract Optional<String> amends();

  /**
   * The declarations, in the order the notice gives them. An amendment declares only the days it
   * changes (the 2020 extension declares 2020-01-31..2020-02-02 rest days).
   *
   * @return the non-empty list of declarations
   */
  public abstract List<DayDeclaration> declarations();

  /**
   * The rules the text parser applies too: number, title and source are single non-blank lines, the
   * source is an absolute URL, the year is within 1950..2999, an amendment does not name itself, at
   * least one declaration, every date within {@code Dec 1 of year-1 .. Dec 31 of year}, no date
   * declared both rest and work.
   */
  @Value.Check
  void check() {
    List<NoticeRules.Declared> declared = new ArrayList<>(declarations().size());
    for (DayDeclaration d : declarations()) {
      declared.add(new NoticeRules.Declared(d.days(), d.kind() == DayDeclaration.Kind.REST));
    }
    NoticeRules.Problem p =
        NoticeRules.check(number(), title(), released(), year(), source(), amends(), declared);
    if (p != null) {
      throw new IllegalArgumentException("HolidayNotice " + number() + ": " + p.reason());
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link HolidayNotice}; {@code build()} throws {@link IllegalArgumentException} if
   * invalid (see {@link HolidayNotices} for the rules: no declaration, a date outside {@code Dec 1
   * of year-1 .. Dec 31 of year}, a date declared both rest and work, blank or multi-line texts, a
   * source that is not an absolute URL), or {@link IllegalStateException} if a field is missing.
   */
  public static final class Builder extends ImmutableHolidayNotice.Builder {
    /** Creates an empty builder; prefer {@link HolidayNotice#builder()}. */
    public Builder() {}
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
    throw SerialForms.formRequired(HolidayNotice.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(HolidayNotice.class);
  }

  /**
   * The serialized form: the attributes ({@code number}, {@code title}, {@code released}, {@code
   * year}, {@code source}, {@code amends}, {@code declarations}), an absent optional as {@code
   * null}, a collection as a list. It is read back through the builder, so a stream is checked
   * exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String number;
    private final String title;
    private final LocalDate released;
    private final int year;
    private final String source;
    private final @Nullable String amends;
    private final List<DayDeclaration> declarations;

    SerializedForm(HolidayNotice value) {
      number = value.number();
      title = value.title();
      released = value.released();
      year = value.year();
      source = value.source();
      amends = value.amends().orElse(null);
      declarations = List.copyOf(value.declarations());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, HolidayNotice.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          HolidayNotice.class,
          () ->
              builder()
                  .number(number)
                  .title(title)
                  .released(released)
                  .year(year)
                  .source(source)
                  .amends(Optional.ofNullable(amends))
                  .declarations(declarations)
                  .build());
    }
  }
}
