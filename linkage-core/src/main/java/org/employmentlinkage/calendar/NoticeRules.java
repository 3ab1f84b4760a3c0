package org.employmentlinkage.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The validity rules of one holiday notice, shared by {@code HolidayNotice}'s {@code @Value.Check}
 * (through {@link HolidayNotices}) and the notice text parser ({@link NoticeText}), so that a
 * notice read from text and a notice built in code obey the same rules. It takes plain values, not
 * the public value types, so that those can use it without a cycle.
 *
 * <p>Stateless and thread-safe.
 */
final class NoticeRules {

  /**
   * The first holiday year a notice may arrange: 《全国年节及纪念日放假办法》 was first issued on 1949-12-23, so
   * 1950 is the first year that can have an arrangement.
   */
  static final int MIN_YEAR = 1950;

  /** The last holiday year a notice may arrange (a sanity bound, far beyond any real notice). */
  static final int MAX_YEAR = 2999;

  /** Where a problem lies: a header field, or a declaration (by index). */
  enum Field {
    /** The document number ({@code notice:}). */
    NUMBER,
    /** The title. */
    TITLE,
    /** The release date. */
    RELEASED,
    /** The holiday year. */
    YEAR,
    /** The source URL. */
    SOURCE,
    /** The amended notice's number. */
    AMENDS,
    /** One declaration, see {@link Problem#declaration()}. */
    DECLARATION,
    /** The notice as a whole (e.g. it declares no days). */
    NOTICE
  }

  /**
   * A rule a notice breaks.
   *
   * @param field where the problem lies
   * @param declaration the 0-based index of the offending declaration when {@code field} is {@link
   *     Field#DECLARATION}, otherwise -1
   * @param reason what is wrong, in plain words
   */
  record Problem(Field field, int declaration, String reason) {}

  /**
   * One declaration as the rules see it.
   *
   * @param days the declared days
   * @param rest {@code true} for rest days (放假), {@code false} for a working day (上班)
   */
  record Declared(DateRange days, boolean rest) {}

  private NoticeRules() {}

  /**
   * Checks one notice.
   *
   * @param number the document number
   * @param title the title
   * @param released the release date (not checked beyond being present)
   * @param year the holiday year
   * @param source the source URL
   * @param amends the amended notice's number, if any
   * @param declarations the declarations
   * @return the first problem found, or null if the notice is valid
   */
  static @Nullable Problem check(
      String number,
      String title,
      LocalDate released,
      int year,
      String source,
      Optional<String> amends,
      List<Declared> declarations) {
    Problem p = oneLine(Field.NUMBER, "number", number);
    if (p != null) {
      return p;
    }
    p = oneLine(Field.TITLE, "title", title);
    if (p != null) {
      return p;
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return new Problem(
          Field.YEAR,
          -1,
          "year "
              + year
              + " is outside "
              + MIN_YEAR
              + ".."
              + MAX_YEAR
              + " (the years a notice can arrange)");
    }
    p = oneLine(Field.SOURCE, "source", source);
    if (p != null) {
      return p;
    }
    if (!isAbsoluteUri(source)) {
      return new Problem(
          Field.SOURCE,
          -1,
          "source must be an absolute URL of the official text (e.g. https://www.gov.cn/...), was '"
              + source
              + "'");
    }
    if (amends.isPresent()) {
      p = oneLine(Field.AMENDS, "amends", amends.get());
      if (p != null) {
        return p;
      }
      if (amends.get().equals(number)) {
        return new Problem(
            Field.AMENDS, -1, "notice " + number + " cannot amend itself (amends: " + number + ")");
      }
    }
    if (declarations.isEmpty()) {
      return new Problem(
          Field.NOTICE,
          -1,
          "notice "
              + number
              + " declares no days: a notice must declare at least one rest or working day (an empty"
              + " notice is an error, not a year without holidays; holiday-cn's empty placeholder"
              + " files are the known trap)");
    }
    LocalDate min = LocalDate.of(year - 1, 12, 1);
    LocalDate max = LocalDate.of(year, 12, 31);
    // the declaration (index + 1) that first declared each day of the window min..max
    long origin = min.toEpochDay();
    int[] firstDeclaration = new int[(int) (max.toEpochDay() - origin + 1)];
    for (int i = 0; i < declarations.size(); i++) {
      Declared d = declarations.get(i);
      if (d.days().first().isBefore(min) || d.days().last().isAfter(max)) {
        return new Problem(
            Field.DECLARATION,
            i,
            d.days()
                + " is outside the dates a notice for "
                + year
                + " may declare ("
                + min
                + ".."
                + max
                + ")");
      }
      for (long e = d.days().first().toEpochDay(); e <= d.days().last().toEpochDay(); e++) {
        int slot = (int) (e - origin);
        int other = firstDeclaration[slot] - 1;
        if (other < 0) {
          firstDeclaration[slot] = i + 1;
        } else if (declarations.get(other).rest() != d.rest()) {
          return new Problem(
              Field.DECLARATION,
              i,
              LocalDate.ofEpochDay(e)
                  + " is declared both a rest day and a working day in notice "
                  + number
                  + " (declarations "
                  + (other + 1)
                  + " and "
                  + (i + 1)
                  + ")");
        }
      }
    }
    return null;
  }

  /**
   * Checks a text that must be one non-blank line without surrounding spaces (so that it survives
   * the line-oriented text format unchanged).
   *
   * @param field the field, for the problem
   * @param name the field's name in messages
   * @param value the text
   * @return the problem, or null
   */
  static @Nullable Problem oneLine(Field field, String name, String value) {
    if (value.isBlank()) {
      return new Problem(field, -1, name + " must not be blank");
    }
    if (!value.strip().equals(value) || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return new Problem(
          field,
          -1,
          name + " must be one line without leading or trailing spaces, was '" + value + "'");
    }
    return null;
  }

  private static boolean isAbsoluteUri(String s) {
    try {
      URI uri = new URI(s);
      return uri.isAbsolute() && uri.getSchemeSpecificPart() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
