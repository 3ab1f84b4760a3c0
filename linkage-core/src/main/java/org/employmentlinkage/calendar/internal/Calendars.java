package org.employmentlinkage.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.NoticeFormatException;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Builds calendars from notices: the built-in data, precedence, validation of a set of notices,
 * projection of years without a notice, and the shared instances.
 *
 * <p>Thread-safe: the shared calendars are built once, lazily.
 */
public final class Calendars {

  /** The resource holding the built-in notices, next to this class. */
  static final String OFFICIAL_RESOURCE = "official-notices.txt";

  /** The package of this class as a resource path, with a trailing slash. */
  static final String RESOURCE_DIR = "org/employmentlinkage/calendar/internal/";

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

  private Calendars() {}

  /** The built-in notices, loaded on first use. */
  private static final class Official {
    static final List<HolidayNotice> NOTICES = load();
    static final AtomicReferenceArray<ArrayCalendar> KNOWN_AT =
        new AtomicReferenceArray<>(NOTICES.size());

    private static List<HolidayNotice> load() {
      try (InputStream in = openResource(RESOURCE_DIR + OFFICIAL_RESOURCE, OFFICIAL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the built-in notices (resource " + OFFICIAL_RESOURCE + ") are missing from the jar");
        }
        // one String decoded at once: no stream decoder on the load path
        Reader r = new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        List<HolidayNotice> read = NoticeText.read(r, OFFICIAL_RESOURCE);
        List<HolidayNotice> merged = merge(read);
        if (!merged.equals(read)) {
          throw new IllegalStateException(
              OFFICIAL_RESOURCE + " must list the notices in order of release");
        }
        return merged;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + OFFICIAL_RESOURCE, e);
      }
    }
  }

  /**
   * Opens a resource of this package.
   *
   * <p>{@link Class#getResourceAsStream} of a class on the class path first asks the parent class
   * loaders, and the boot loader looks for a name outside any module package in every JDK module:
   * on a cold JVM that opens the runtime image and costs several milliseconds. {@link
   * Module#getResourceAsStream} of the unnamed module goes to the class path directly, and of a
   * named module (module path) to that module's own content; if it finds nothing (an unusual class
   * loader), the class's own lookup is the fallback.
   *
   * @param absoluteName the resource path from the root, e.g. {@code org/.../official-notices.txt}
   * @param relativeName the same resource relative to this class's package
   * @return the stream, or null if there is no such resource
   * @throws IOException if opening fails
   */
  static @Nullable InputStream openResource(String absoluteName, String relativeName)
      throws IOException {
    InputStream in = Calendars.class.getModule().getResourceAsStream(absoluteName);
    return in != null ? in : Calendars.class.getResourceAsStream(relativeName);
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
    OfficialScan scan;
    try (InputStream in = openResource(RESOURCE_DIR + OFFICIAL_RESOURCE, OFFICIAL_RESOURCE)) {
      scan = in == null ? null : OfficialScan.scan(in.readAllBytes());
    } catch (IOException e) {
      scan = null; // the full path reports the problem
    }
    return scan == null
        ? assemble(ArrayCalendar.Kind.OFFICIAL, Official.NOTICES, false)
        : fromScan(scan);
  }

  /**
   * The official calendar from a scan of the built-in notices; its notices are {@link
   * #officialNotices()}, loaded on demand.
   *
   * @param scan the scan of the built-in notices text
   * @return the calendar
   */
  static ArrayCalendar fromScan(OfficialScan scan) {
    StringBuilder version = new StringBuilder();
    appendOfficial(
        version,
        scan.firstNoticeYear,
        scan.lastNoticeYear,
        scan.count,
        scan.lastNumber,
        Objects.requireNonNull(scan.lastReleased));
    return new ArrayCalendar(
        ArrayCalendar.Kind.OFFICIAL,
        null,
        false,
        false,
        scan.minYear,
        scan.maxYear,
        Integer.MAX_VALUE,
        scan.declared(scan.minYear, scan.maxYear),
        version.toString(),
        null);
  }

  /** The shared provisional calendar. */
  private static final class ProvisionalCalendar {
    static final ArrayCalendar INSTANCE =
        assemble(ArrayCalendar.Kind.PROVISIONAL, Official.NOTICES, true);
  }

  /**
   * The built-in notices in order of release.
   *
   * @return the notices, unmodifiable
   */
  public static List<HolidayNotice> officialNotices() {
    return Official.NOTICES;
  }

  /**
   * The shared official calendar.
   *
   * @return the calendar
   */
  public static WorkingDayCalendar official() {
    return OfficialCalendar.INSTANCE;
  }

  /**
   * The shared provisional calendar.
   *
   * @return the calendar
   */
  public static WorkingDayCalendar provisional() {
    return ProvisionalCalendar.INSTANCE;
  }

  /**
   * The official calendar as known at the end of {@code date} (cached per set of notices).
   *
   * @param date the date of knowledge
   * @return the calendar
   */
  public static WorkingDayCalendar officialAsKnownAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<HolidayNotice> all = Official.NOTICES;
    int k = 0;
    while (k < all.size() && !all.get(k).released().isAfter(date)) {
      k++;
    }
    return knownAt(k);
  }

  /** The official calendar from the first {@code k} notices (in order of release). */
  private static WorkingDayCalendar knownAt(int k) {
    List<HolidayNotice> all = Official.NOTICES;
    if (k == all.size()) {
      return official();
    }
    ArrayCalendar c = Official.KNOWN_AT.get(k);
    if (c == null) {
      c = assemble(ArrayCalendar.Kind.OTHER, all.subList(0, k), false);
      if (!Official.KNOWN_AT.compareAndSet(k, null, c)) {
        c = Objects.requireNonNull(Official.KNOWN_AT.get(k));
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
  public static WorkingDayCalendar build(
      Collection<HolidayNotice> extra, @Nullable LocalDate knownAt, boolean projects) {
    List<HolidayNotice> all = new ArrayList<>(Official.NOTICES);
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
    List<HolidayNotice> merged = merge(notices);
    List<HolidayNotice> all = Official.NOTICES;
    if (!projects && merged.size() <= all.size() && merged.equals(all.subList(0, merged.size()))) {
      return knownAt(merged.size());
    }
    if (projects && merged.equals(all)) {
      return provisional();
    }
    return assemble(ArrayCalendar.Kind.OTHER, merged, projects);
  }

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

  /**
   * Builds the arrays of a calendar from merged notices.
   *
   * @param kind how the calendar was requested
   * @param merged the notices, checked and in order of precedence
   * @param projects whether to project the years after the notices
   * @return the calendar
   */
  static ArrayCalendar assemble(
      ArrayCalendar.Kind kind, List<HolidayNotice> merged, boolean projects) {
    int firstNoticeYear = Integer.MAX_VALUE;
    int lastNoticeYear = Integer.MIN_VALUE;
    for (HolidayNotice n : merged) {
      firstNoticeYear = Math.min(firstNoticeYear, n.year());
      lastNoticeYear = Math.max(lastNoticeYear, n.year());
    }
    List<FestivalTable.Festivals> projected = new ArrayList<>();
    if (projects) {
      int start = merged.isEmpty() ? firstOfficialYear() : lastNoticeYear + 1;
      for (int y = start; y <= ChinaCalendars.PROVISIONAL_LAST_YEAR; y++) {
        FestivalTable.Festivals f;
        try {
          f = FestivalTable.forYear(y);
        } catch (IllegalArgumentException e) {
          break; // the projection ends where the festival table ends
        }
        projected.add(f);
      }
    }
    int firstYear;
    int lastYear;
    if (merged.isEmpty() && projected.isEmpty()) {
      firstYear = 0;
      lastYear = -1;
    } else if (merged.isEmpty()) {
      firstYear = projected.get(0).year();
      lastYear = projected.get(projected.size() - 1).year();
    } else {
      firstYear = firstNoticeYear;
      lastYear = projected.isEmpty() ? lastNoticeYear : projected.get(projected.size() - 1).year();
    }
    byte[] declared = declare(merged, firstYear, lastYear);
    String version = version(merged, projected);
    if (projected.isEmpty()) {
      return new ArrayCalendar(
          kind,
          merged,
          projects,
          false,
          firstYear,
          lastYear,
          Integer.MAX_VALUE,
          declared,
          version,
          null);
    }
    int firstProvisional = projected.get(0).year();
    LocalDate start = LocalDate.of(firstYear, 1, 1);
    LocalDate provisionalFrom = LocalDate.of(firstProvisional, 1, 1);
    LocalDate provisionalTo = LocalDate.of(lastYear, 12, 31);
    byte[] earliest = declared.clone();
    byte[] latest = declared.clone();
    for (FestivalTable.Festivals f : projected) {
      for (LocalDate d : StatutoryHolidays.statutoryDates(f)) {
        mark(earliest, start, DateRange.ofDay(d), provisionalFrom, provisionalTo);
      }
      for (DateRange block : StatutoryHolidays.plausibleBlocks(f)) {
        mark(latest, start, block, provisionalFrom, provisionalTo);
      }
      // the next year's 元旦 block may begin in the last days of December
      mark(
          latest,
          start,
          StatutoryHolidays.threeDayBlock(LocalDate.of(f.year() + 1, 1, 1)),
          provisionalFrom,
          provisionalTo);
    }
    ArrayCalendar latestCalendar =
        new ArrayCalendar(
            kind,
            merged,
            true,
            true,
            firstYear,
            lastYear,
            firstProvisional,
            latest,
            version + "; latest plausible",
            null);
    return new ArrayCalendar(
        kind,
        merged,
        true,
        false,
        firstYear,
        lastYear,
        firstProvisional,
        earliest,
        version,
        latestCalendar);
  }

  /** Marks the days of {@code range} within {@code from..to} as rest days. */
  private static void mark(
      byte[] declared, LocalDate start, DateRange range, LocalDate from, LocalDate to) {
    long first = Math.max(range.first().toEpochDay(), from.toEpochDay());
    long last = Math.min(range.last().toEpochDay(), to.toEpochDay());
    long origin = start.toEpochDay();
    for (long e = first; e <= last; e++) {
      declared[(int) (e - origin)] = Days.REST;
    }
  }

  /** The declared kind of each day of {@code firstYear..lastYear}, later notices winning. */
  private static byte[] declare(List<HolidayNotice> merged, int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      return new byte[0];
    }
    long start = LocalDate.of(firstYear, 1, 1).toEpochDay();
    int length = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - start);
    byte[] declared = new byte[length];
    for (HolidayNotice n : merged) {
      for (DayDeclaration d : n.declarations()) {
        byte value = d.kind() == DayDeclaration.Kind.REST ? Days.REST : Days.WORK;
        long first = Math.max(d.days().first().toEpochDay() - start, 0);
        long last = Math.min(d.days().last().toEpochDay() - start, length - 1L);
        for (long i = first; i <= last; i++) {
          declared[(int) i] = value;
        }
      }
    }
    return declared;
  }

  /** The first year of the built-in data (where a calendar without notices projects from). */
  private static int firstOfficialYear() {
    return Official.NOTICES.get(0).year();
  }

  /** The part of the version text that names the official notices used. */
  private static void appendOfficial(
      StringBuilder sb,
      int firstYear,
      int lastYear,
      int count,
      String lastNumber,
      LocalDate lastReleased) {
    sb.append("CN official ")
        .append(firstYear)
        .append('-')
        .append(lastYear)
        .append(" (")
        .append(count)
        .append(count == 1 ? " notice" : " notices")
        .append(", last ")
        .append(lastNumber)
        .append(" released ")
        .append(lastReleased)
        .append(')');
  }

  /**
   * The version text: the official notices used (years, count, last number and release date), the
   * user notices, and the projected span.
   */
  private static String version(
      List<HolidayNotice> merged, List<FestivalTable.Festivals> projected) {
    List<HolidayNotice> official = new ArrayList<>();
    List<HolidayNotice> user = new ArrayList<>();
    for (HolidayNotice n : merged) {
      (Official.NOTICES.contains(n) ? official : user).add(n);
    }
    StringBuilder sb = new StringBuilder();
    if (official.isEmpty()) {
      sb.append("CN official: no notice");
    } else {
      HolidayNotice last = official.get(official.size() - 1);
      appendOfficial(
          sb, official.get(0).year(), last.year(), official.size(), last.number(), last.released());
    }
    if (!user.isEmpty()) {
      sb.append("; user notices:");
      for (HolidayNotice n : user) {
        sb.append(' ').append(n.number()).append(" released ").append(n.released());
      }
    }
    if (!projected.isEmpty()) {
      int from = projected.get(0).year();
      int to = projected.get(projected.size() - 1).year();
      sb.append("; provisional ").append(from == to ? String.valueOf(from) : from + "-" + to);
    }
    return sb.toString();
  }
}
