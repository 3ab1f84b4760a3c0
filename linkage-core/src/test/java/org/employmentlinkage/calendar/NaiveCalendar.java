package org.employmentlinkage.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately simple reference calendar for tests: a map of declared days, filled by applying
 * the notices in order of release, and day-by-day loops for counting. Independent of the engine.
 */
final class NaiveCalendar {
  private final LocalDate first;
  private final LocalDate last;
  private final Map<LocalDate, DayDeclaration.Kind> declared = new HashMap<>();

  NaiveCalendar(Collection<HolidayNotice> notices, LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
    List<HolidayNotice> ordered = new ArrayList<>(notices);
    ordered.sort(Comparator.comparing(HolidayNotice::released));
    for (HolidayNotice n : ordered) {
      for (DayDeclaration d : n.declarations()) {
        for (LocalDate day = d.days().first();
            !day.isAfter(d.days().last());
            day = day.plusDays(1)) {
          declared.put(day, d.kind());
        }
      }
    }
  }

  /** Declares extra rest days (a projection), overriding nothing the notices declare. */
  NaiveCalendar withRestDays(Collection<LocalDate> days) {
    for (LocalDate d : days) {
      if (!d.isBefore(first) && !d.isAfter(last)) {
        declared.putIfAbsent(d, DayDeclaration.Kind.REST);
      }
    }
    return this;
  }

  boolean covers(LocalDate d) {
    return !d.isBefore(first) && !d.isAfter(last);
  }

  DayKind dayKind(LocalDate d) {
    if (!covers(d)) {
      throw new IllegalArgumentException("outside " + first + ".." + last + ": " + d);
    }
    boolean weekend =
        d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    DayDeclaration.Kind k = declared.get(d);
    if (k == DayDeclaration.Kind.WORK) {
      return weekend ? DayKind.MAKEUP_WORKDAY : DayKind.WORKDAY;
    }
    if (k == DayDeclaration.Kind.REST) {
      return DayKind.HOLIDAY;
    }
    return weekend ? DayKind.WEEKEND : DayKind.WORKDAY;
  }

  boolean isWorkingDay(LocalDate d) {
    return dayKind(d).isWorkingDay();
  }

  /** The n-th working day after (n > 0) or before (n < 0) d, or null if it leaves the range. */
  LocalDate plusWorkingDays(LocalDate d, int n) {
    dayKind(d);
    LocalDate x = d;
    int step = n > 0 ? 1 : -1;
    for (int left = Math.abs(n); left > 0; ) {
      x = x.plusDays(step);
      if (!covers(x)) {
        return null;
      }
      if (isWorkingDay(x)) {
        left--;
      }
    }
    return x;
  }

  /** Every working day of the range, in order. */
  List<LocalDate> workingDays() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate x = first; !x.isAfter(last); x = x.plusDays(1)) {
      if (isWorkingDay(x)) {
        out.add(x);
      }
    }
    return out;
  }

  /** The number of working days of the range strictly before d. */
  int workingDaysBefore(LocalDate d) {
    int count = 0;
    for (LocalDate x = first; x.isBefore(d); x = x.plusDays(1)) {
      if (isWorkingDay(x)) {
        count++;
      }
    }
    return count;
  }

  int workingDaysBetween(LocalDate a, LocalDate b) {
    dayKind(a);
    dayKind(b);
    if (b.isBefore(a)) {
      return -workingDaysBetween(b, a);
    }
    int count = 0;
    for (LocalDate x = a.plusDays(1); !x.isAfter(b); x = x.plusDays(1)) {
      if (isWorkingDay(x)) {
        count++;
      }
    }
    return count;
  }
}
