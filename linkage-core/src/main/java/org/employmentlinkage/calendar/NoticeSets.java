package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules of a set of notices, next to the rules of one notice ({@link NoticeRules}): checks a
 * set and puts it in order of precedence (see {@code ChinaCalendars} and {@code
 * docs/notice-format.md}).
 *
 * <p>Stateless and thread-safe.
 */
final class NoticeSets {

  /** The source name of errors about a set of notices (rather than one line of a file). */
  static final String SET_SOURCE = "ChinaCalendars";

  /** The order of precedence: release date, then year, then number (for a stable order). */
  static final Comparator<HolidayNotice> PRECEDENCE = new Precedence();

  /** {@link #PRECEDENCE} (a class rather than lambdas: cheaper on a cold JVM). */
  private static final class Precedence implements Comparator<HolidayNotice> {
    @Override
    public int compare(HolidayNotice a, HolidayNotice b) {
      int c = a.released().compareTo(b.released());
      if (c == 0) {
        c = Integer.compare(a.year(), b.year());
      }
      return c != 0 ? c : a.number().compareTo(b.number());
    }
  }

  private NoticeSets() {}

  /**
   * Checks a set of notices and puts them in order of precedence: the same notice given twice is
   * kept once; two different notices with one number, an amendment that does not name an earlier
   * notice of its year, two notices arranging one year without one amending the other, a gap
   * between the years, and two notices released the same day that disagree on a date are errors.
   *
   * @param notices the notices
   * @return the notices in order of precedence, unmodifiable
   * @throws NoticeFormatException if the set is inconsistent
   */
  static List<HolidayNotice> merge(Collection<HolidayNotice> notices) {
    Objects.requireNonNull(notices, "notices");
    Map<String, HolidayNotice> byNumber = new LinkedHashMap<>();
    for (HolidayNotice n : notices) {
      Objects.requireNonNull(n, "notices contains null");
      HolidayNotice before = byNumber.putIfAbsent(n.number(), n);
      if (before != null && !before.equals(n)) {
        throw setError(
            "two different notices share the number "
                + n.number()
                + " (released "
                + before.released()
                + " and "
                + n.released()
                + "): a number names one notice; correct one of them");
      }
    }
    List<HolidayNotice> list = new ArrayList<>(byNumber.values());
    list.sort(PRECEDENCE);
    Map<Integer, HolidayNotice> baseByYear = new HashMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (HolidayNotice n : list) {
      years.add(n.year());
      Optional<String> amends = n.amends();
      if (amends.isPresent()) {
        HolidayNotice target = byNumber.get(amends.get());
        if (target == null) {
          throw setError(
              "notice "
                  + n.number()
                  + " amends "
                  + amends.get()
                  + ", which is not among the notices: add the amended notice too");
        }
        if (target.year() != n.year()) {
          throw setError(
              "notice "
                  + n.number()
                  + " (for "
                  + n.year()
                  + ") amends "
                  + target.number()
                  + ", which arranges "
                  + target.year()
                  + ": an amendment must change a notice of its own year");
        }
        if (!target.released().isBefore(n.released())) {
          throw setError(
              "notice "
                  + n.number()
                  + " (released "
                  + n.released()
                  + ") amends "
                  + target.number()
                  + " (released "
                  + target.released()
                  + "): an amendment must be released after the notice it amends");
        }
      } else {
        HolidayNotice other = baseByYear.putIfAbsent(n.year(), n);
        if (other != null) {
          throw setError(
              "two notices arrange "
                  + n.year()
                  + ": "
                  + other.number()
                  + " and "
                  + n.number()
                  + "; a later change must say which notice it amends (amends: "
                  + other.number()
                  + ")");
        }
      }
    }
    Integer previous = null;
    for (int y : years) {
      if (previous != null && y != previous + 1) {
        throw setError(
            "the notices arrange "
                + previous
                + " and "
                + y
                + " but not "
                + (y == previous + 2
                    ? String.valueOf(previous + 1)
                    : (previous + 1) + ".." + (y - 1))
                + ": the years of a calendar must be contiguous; add the notice for "
                + (previous + 1));
      }
      previous = y;
    }
    checkSameDay(list);
    return List.copyOf(list);
  }

  /** Rejects two notices released the same day that declare one date differently. */
  private static void checkSameDay(List<HolidayNotice> ordered) {
    int i = 0;
    while (i < ordered.size()) {
      int j = i + 1;
      while (j < ordered.size() && ordered.get(j).released().equals(ordered.get(i).released())) {
        j++;
      }
      if (j - i > 1) {
        Map<LocalDate, HolidayNotice> seen = new HashMap<>();
        Map<LocalDate, DayDeclaration.Kind> kinds = new HashMap<>();
        for (HolidayNotice n : ordered.subList(i, j)) {
          for (DayDeclaration d : n.declarations()) {
            for (LocalDate day : days(d.days())) {
              DayDeclaration.Kind k = kinds.putIfAbsent(day, d.kind());
              if (k != null && k != d.kind()) {
                HolidayNotice other = Objects.requireNonNull(seen.get(day));
                throw setError(
                    "notices "
                        + other.number()
                        + " and "
                        + n.number()
                        + ", both released "
                        + n.released()
                        + ", disagree on "
                        + day
                        + " ("
                        + word(k)
                        + " in "
                        + other.number()
                        + ", "
                        + word(d.kind())
                        + " in "
                        + n.number()
                        + "): precedence is by release date, so one of them must be corrected");
              }
              seen.putIfAbsent(day, n);
            }
          }
        }
      }
      i = j;
    }
  }

  private static String word(DayDeclaration.Kind k) {
    return k == DayDeclaration.Kind.REST ? "rest day" : "working day";
  }

  private static List<LocalDate> days(DateRange r) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = r.first(); !d.isAfter(r.last()); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  private static NoticeFormatException setError(String reason) {
    return new NoticeFormatException(SET_SOURCE, 0, reason);
  }
}
