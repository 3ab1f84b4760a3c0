package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The shared calendars and the entry points that build calendars from notices: the official and
 * provisional instances (built once, lazily), the calendars as known at a date (cached per prefix
 * of the built-in notices), and calendars with user notices.
 *
 * <p>Thread-safe: the shared calendars are built once, lazily.
 */
final class Calendars {

  private Calendars() {}

  /** The calendars as known at a date, one per prefix of the built-in notices. */
  private static final class KnownAt {
    static final AtomicReferenceArray<ArrayCalendar> CACHE =
        new AtomicReferenceArray<>(OfficialNotices.list().size());
  }

  /** The shared official calendar. */
  private static final class OfficialCalendar {
    static final ArrayCalendar INSTANCE = buildOfficial();
  }

  /**
   * Builds the official calendar on the cheap path ({@link OfficialScan}: the arrays straight from
   * the bytes of the built-in notices, which are parsed into values only when {@code notices()} is
   * first called), or on the full path if the scan gives up.
   *
   * @return the official calendar
   */
  private static ArrayCalendar buildOfficial() {
    byte[] text = OfficialNotices.bytes();
    OfficialScan scan = text == null ? null : OfficialScan.scan(text);
    return scan == null
        ? CalendarAssembly.assemble(ArrayCalendar.Kind.OFFICIAL, OfficialNotices.list(), false)
        : CalendarAssembly.fromScan(scan);
  }

  /** The shared provisional calendar. */
  private static final class ProvisionalCalendar {
    static final ArrayCalendar INSTANCE =
        CalendarAssembly.assemble(ArrayCalendar.Kind.PROVISIONAL, OfficialNotices.list(), true);
  }

  /**
   * The shared official calendar.
   *
   * @return the calendar
   */
  static WorkingDayCalendar official() {
    return OfficialCalendar.INSTANCE;
  }

  /**
   * The shared provisional calendar.
   *
   * @return the calendar
   */
  static WorkingDayCalendar provisional() {
    return ProvisionalCalendar.INSTANCE;
  }

  /**
   * The official calendar as known at the end of {@code date} (cached per set of notices).
   *
   * @param date the date of knowledge
   * @return the calendar
   */
  static WorkingDayCalendar officialAsKnownAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<HolidayNotice> all = OfficialNotices.list();
    int k = 0;
    while (k < all.size() && !all.get(k).released().isAfter(date)) {
      k++;
    }
    return knownAt(k);
  }

  /** The official calendar from the first {@code k} notices (in order of release). */
  private static WorkingDayCalendar knownAt(int k) {
    List<HolidayNotice> all = OfficialNotices.list();
    if (k == all.size()) {
      return official();
    }
    ArrayCalendar c = KnownAt.CACHE.get(k);
    if (c == null) {
      c = CalendarAssembly.assemble(ArrayCalendar.Kind.OTHER, all.subList(0, k), false);
      if (!KnownAt.CACHE.compareAndSet(k, null, c)) {
        c = Objects.requireNonNull(KnownAt.CACHE.get(k));
      }
    }
    return c;
  }

  /**
   * A calendar from the built-in notices plus {@code extra}, as known at {@code knownAt} if given.
   *
   * @param extra notices to add
   * @param knownAt only notices released on or before this date, or null for all
   * @param projects whether to project years without a notice
   * @return the calendar (a shared instance when it has the same data as one)
   * @throws NoticeFormatException if the notices contradict each other or leave a gap
   */
  static WorkingDayCalendar build(
      Collection<HolidayNotice> extra, @Nullable LocalDate knownAt, boolean projects) {
    List<HolidayNotice> all = new ArrayList<>(OfficialNotices.list());
    for (HolidayNotice n : extra) {
      all.add(Objects.requireNonNull(n, "notices contains null"));
    }
    if (knownAt != null) {
      all.removeIf(n -> n.released().isAfter(knownAt));
    }
    return fromNotices(all, projects);
  }

  /**
   * A calendar from exactly {@code notices} (no built-in notice is added).
   *
   * @param notices the notices, in any order
   * @param projects whether to project years without a notice
   * @return the calendar (a shared instance when it has the same data as one)
   * @throws NoticeFormatException if the notices contradict each other or leave a gap
   */
  static WorkingDayCalendar fromNotices(Collection<HolidayNotice> notices, boolean projects) {
    List<HolidayNotice> merged = NoticeSets.merge(notices);
    List<HolidayNotice> all = OfficialNotices.list();
    if (!projects && merged.size() <= all.size() && merged.equals(all.subList(0, merged.size()))) {
      return knownAt(merged.size());
    }
    if (projects && merged.equals(all)) {
      return provisional();
    }
    return CalendarAssembly.assemble(ArrayCalendar.Kind.OTHER, merged, projects);
  }
}
