package org.employmentlinkage.cli;

import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.HolidayNotice;
import org.jspecify.annotations.Nullable;

/**
 * Shared pieces of the calendar commands' output: day kinds and dates in words, and which notice
 * declares a date. Thread-safe; all methods are static.
 */
public final class CalendarTexts {
  private CalendarTexts() {}

  /**
   * A day kind in words, e.g. {@code 工作日（调休上班日）}.
   *
   * @param kind the kind
   * @param texts the language
   * @return the words
   */
  public static String kind(DayKind kind, Texts texts) {
    return texts.get("kind." + kind.name());
  }

  /**
   * A date with its weekday, e.g. {@code 2025-09-28（星期日）} or {@code 2025-09-28 (Sunday)}.
   *
   * @param date the date
   * @param texts the language
   * @return the text
   */
  public static String date(LocalDate date, Texts texts) {
    return texts.get("date.withWeekday", CliJson.date(date), texts.weekday(date.getDayOfWeek()));
  }

  /**
   * A notice in words: number, title and release date.
   *
   * @param n the notice
   * @param texts the language
   * @return the text
   */
  public static String notice(HolidayNotice n, Texts texts) {
    return texts.get("notice.ref", n.number(), n.title(), CliJson.date(n.released()));
  }

  /**
   * The notice and declaration that decide {@code date}: among the notices (in ascending order of
   * precedence, as {@link org.employmentlinkage.calendar.WorkingDayCalendar#notices()} gives them),
   * the last that declares it.
   *
   * @param notices the calendar's notices
   * @param date the date
   * @return the deciding declaration, or null if no notice declares the date
   */
  public static @Nullable Declared declaredBy(List<HolidayNotice> notices, LocalDate date) {
    Declared found = null;
    for (HolidayNotice n : notices) {
      for (DayDeclaration d : n.declarations()) {
        if (d.days().contains(date)) {
          found = new Declared(n, d);
        }
      }
    }
    return found;
  }

  /**
   * A declaration and the notice that makes it.
   *
   * @param notice the notice
   * @param declaration its declaration covering the date
   */
  public record Declared(HolidayNotice notice, DayDeclaration declaration) {}
}
