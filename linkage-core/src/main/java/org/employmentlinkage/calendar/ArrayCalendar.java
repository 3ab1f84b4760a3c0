package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.jspecify.annotations.Nullable;

/**
 * The working-day calendar engine: whole years precomputed into flat arrays.
 *
 * <ul>
 *   <li>{@code working[s]}, {@code holiday[s]}, {@code weekend[s]}: one {@code int} per month, in
 *       the slot {@code s = (year - firstYear) * 16 + month} (16 slots a year, of which 1..12 are
 *       used), bit {@code day} (1..31; bit 0 is never set) set when the day is a working day, a
 *       declared rest day, a Saturday or Sunday;
 *   <li>{@code rankBefore[s]}: the number of working days before the month in slot {@code s}
 *       (rank);
 *   <li>{@code workingDays}: every working day in order (select), so that the answers of {@link
 *       #plusWorkingDays} are precomputed objects.
 * </ul>
 *
 * <p>{@link #isWorkingDay} is a few loads; {@link #plusWorkingDays} and {@link #workingDaysBetween}
 * are constant-time for any {@code n} and allocate nothing (the dates they take apart with {@code
 * getYear()}, {@code getMonthValue()} and {@code getDayOfMonth()}). Coverage is whole years, so the
 * coverage check is a comparison of years.
 *
 * <p>The slot and bit numbering is chosen to take the fewest instructions from a {@code LocalDate}
 * to its bit: a shift by 4 instead of a multiplication by 12, the month and day used as they are
 * (no {@code - 1}), and the coverage bound stored with its sign bit flipped so that the unsigned
 * comparison is one exclusive or and one comparison (see BENCHMARKS.md, run 5).
 *
 * <p>Immutable and thread-safe. Serializable through a proxy that records the notices and options
 * and rebuilds the calendar (the built-in calendars resolve to their shared instances); notices
 * that are not valid together, or any field of the wrong type, are an {@link
 * InvalidObjectException}.
 */
final class ArrayCalendar implements WorkingDayCalendar, Serializable {
  private static final long serialVersionUID = 1L;

  /** Slots per year in the arrays: 16, so that a year's offset is a shift (months use 1..12). */
  private static final int SLOTS_PER_YEAR = 16;

  /** How the calendar was requested, for serialization. */
  enum Kind {
    /** {@code ChinaCalendars.official()}. */
    OFFICIAL,
    /** {@code ChinaCalendars.provisional()}. */
    PROVISIONAL,
    /** Anything else: rebuilt from the notices and the provisional flag. */
    OTHER
  }

  private final Kind kind;
  private final int firstYear;

  /**
   * The number of covered years (from {@code firstYear}) with its sign bit flipped: {@code (y ^
   * MIN_VALUE) < yearsBiased} is the unsigned comparison {@code 0 <= y < years}.
   */
  private final int yearsBiased;

  private final int firstProvisionalYear;

  /** The first projected day (epoch day), {@link Long#MAX_VALUE} if none. */
  private final long provisionalFrom;

  /**
   * The first day (epoch day) whose kind may still change: {@link #provisionalFrom} for a calendar
   * that projects; for one that does not, the first late-December day of its last year that the
   * next 元旦 may change, computed when first asked ({@link #UNKNOWN} until then).
   */
  private transient volatile long mayChangeFrom;

  private static final long UNKNOWN = Long.MIN_VALUE;

  /** The plausible arrangements of the projected years; null if nothing is projected. */
  private final transient @Nullable Projection projection;

  private final int[] working;
  private final int[] holiday;
  private final int[] weekend;
  private final int[] rankBefore;
  private final LocalDate[] workingDays;
  private final DateRange coverage;

  /** The notices applied; null for the built-in notices, parsed only when asked for. */
  private final @Nullable List<HolidayNotice> notices;

  private final boolean projects;
  private final boolean latest;
  private final String version;
  private final @Nullable ArrayCalendar latestVariant;

  /**
   * Builds the arrays.
   *
   * @param kind how the calendar was requested
   * @param notices the notices applied, in order of precedence; null for exactly the built-in
   *     notices ({@link OfficialNotices#list()}), which are then parsed only when {@link
   *     #notices()} is first called
   * @param projects whether the calendar was asked to project years without a notice
   * @param latest whether this is the latest-plausible variant
   * @param firstYear the first covered year
   * @param lastYear the last covered year ({@code < firstYear} for the empty calendar)
   * @param firstProvisionalYear the first projected year ({@code > lastYear} if none)
   * @param provisionalFrom the first projected day (epoch day; {@link Long#MAX_VALUE} if none),
   *     possibly in the December before {@code firstProvisionalYear}
   * @param declared per day from January 1 of {@code firstYear}: {@link Days#REST}, {@link
   *     Days#WORK} or {@link Days#NONE}
   * @param version the version text
   * @param latestVariant the latest-plausible variant, or null when it is this calendar
   * @param projection the plausible arrangements of the projected years, or null
   */
  ArrayCalendar(
      Kind kind,
      @Nullable List<HolidayNotice> notices,
      boolean projects,
      boolean latest,
      int firstYear,
      int lastYear,
      int firstProvisionalYear,
      long provisionalFrom,
      byte[] declared,
      String version,
      @Nullable ArrayCalendar latestVariant,
      @Nullable Projection projection) {
    this.kind = kind;
    this.notices = notices == null ? null : List.copyOf(notices);
    this.projects = projects;
    this.latest = latest;
    this.firstYear = firstYear;
    int years = Math.max(0, lastYear - firstYear + 1);
    this.yearsBiased = years ^ Integer.MIN_VALUE;
    this.firstProvisionalYear = firstProvisionalYear;
    this.provisionalFrom = provisionalFrom;
    this.mayChangeFrom = projects ? provisionalFrom : UNKNOWN;
    this.projection = projection;
    this.version = version;
    this.latestVariant = latestVariant;
    int slots = years * SLOTS_PER_YEAR;
    working = new int[slots];
    holiday = new int[slots];
    weekend = new int[slots];
    rankBefore = new int[slots];
    List<LocalDate> days = new ArrayList<>(years * 366); // at most every day a working day
    if (years == 0) {
      coverage = DateRange.empty();
    } else {
      LocalDate start = LocalDate.of(firstYear, 1, 1);
      coverage = DateRange.of(start, LocalDate.of(lastYear, 12, 31));
      // 1970-01-01 was a Thursday: with Monday = 0, the weekday of epoch day e is (e + 3) mod 7.
      long epoch = start.toEpochDay();
      int i = 0;
      for (int y = 0; y < years; y++) {
        int year = firstYear + y;
        for (int month = 1; month <= 12; month++) {
          int m = y * SLOTS_PER_YEAR + month;
          rankBefore[m] = days.size();
          // not YearMonth: its static initializer builds a DateTimeFormatter and bootstraps
          // lambdas, which costs more than everything else on a cold JVM (see BENCHMARKS.md)
          int length = lengthOfMonth(year, month);
          for (int d = 1; d <= length; d++, i++) {
            int bit = 1 << d;
            boolean sat = Math.floorMod(epoch + i + 3, 7) >= 5;
            byte decl = declared[i];
            boolean work = decl == Days.WORK || (decl == Days.NONE && !sat);
            if (sat) {
              weekend[m] |= bit;
            }
            if (decl == Days.REST) {
              holiday[m] |= bit;
            }
            if (work) {
              working[m] |= bit;
              days.add(LocalDate.of(year, month, d));
            }
          }
        }
      }
    }
    workingDays = days.toArray(new LocalDate[0]);
  }

  /**
   * The number of days of a month, computed by hand so that building a calendar initializes no
   * {@code java.time} class beyond {@link LocalDate}.
   *
   * @param year the proleptic ISO year
   * @param month the month, 1..12
   * @return 28..31
   */
  static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * The slot of {@code date}'s month in the arrays.
   *
   * @param date the date
   * @return the slot
   * @throws OutsideCoverageException if the date is outside the coverage
   */
  private int slot(LocalDate date) {
    // years since firstYear (no overflow: |year| < 10^9); one unsigned comparison, written as a
    // signed one with both sign bits flipped, also rejects years before firstYear (large unsigned)
    int y = date.getYear() - firstYear;
    if ((y ^ Integer.MIN_VALUE) >= yearsBiased) {
      throw OutsideCoverageException.forDate(date, coverage);
    }
    return y * SLOTS_PER_YEAR + date.getMonthValue();
  }

  /** The number of working days on or before {@code date}, within the coverage. */
  private int rank(LocalDate date) {
    int m = slot(date);
    // bits 1..day; for day 31, 2 << 31 is 0 and the mask is every bit
    return rankBefore[m] + Integer.bitCount(working[m] & ((2 << date.getDayOfMonth()) - 1));
  }

  @Override
  public DateRange coverage() {
    return coverage;
  }

  @Override
  public DayKind dayKind(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int m = slot(date);
    int shift = date.getDayOfMonth();
    boolean sat = ((weekend[m] >>> shift) & 1) != 0;
    if (((working[m] >>> shift) & 1) != 0) {
      return sat ? DayKind.MAKEUP_WORKDAY : DayKind.WORKDAY;
    }
    return ((holiday[m] >>> shift) & 1) != 0 ? DayKind.HOLIDAY : DayKind.WEEKEND;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return ((working[slot(date)] >>> date.getDayOfMonth()) & 1) != 0;
  }

  @Override
  public boolean isProvisional(LocalDate date) {
    Objects.requireNonNull(date, "date");
    slot(date);
    return date.toEpochDay() >= provisionalFrom;
  }

  @Override
  public boolean mayChange(LocalDate date) {
    Objects.requireNonNull(date, "date");
    slot(date);
    return mayChangeOnOrAfter(date);
  }

  /**
   * Whether the kind of {@code date} (covered) may still change; see {@link #mayChangeFrom}.
   *
   * @param date a covered date
   * @return {@code true} if a notice not known to this calendar may change it
   */
  boolean mayChangeOnOrAfter(LocalDate date) {
    long from = mayChangeFrom;
    if (from == UNKNOWN) {
      LocalDate last = coverage.last();
      if (date.isBefore(LocalDate.of(last.getYear(), 12, 1))) {
        return false; // only late December can change, and nothing needs computing before it
      }
      from = Projection.firstChangeableDay(ArrangementRules.builtIn(), last.getYear());
      mayChangeFrom = from;
    }
    return date.toEpochDay() >= from;
  }

  /**
   * The first projected day.
   *
   * @return the epoch day, {@link Long#MAX_VALUE} if nothing is projected
   */
  long provisionalFrom() {
    return provisionalFrom;
  }

  /**
   * The plausible arrangements of the projected years.
   *
   * @return the projection, or null if nothing is projected
   */
  @Nullable Projection projection() {
    return projection;
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    int m = slot(date);
    if (n == 0) {
      return date;
    }
    int shift = date.getDayOfMonth();
    int bits = working[m];
    // working days strictly before date
    long before = (long) rankBefore[m] + Integer.bitCount(bits & ((1 << shift) - 1));
    long index = n > 0 ? before + ((bits >>> shift) & 1) + n - 1 : before + n;
    if (index < 0 || index >= workingDays.length) {
      throw beyond(date, n);
    }
    return workingDays[(int) index];
  }

  private OutsideCoverageException beyond(LocalDate date, int n) {
    String count = n > 0 ? n + " working day(s) after " : -(long) n + " working day(s) before ";
    LocalDate boundary = coverage.isEmpty() ? date : n > 0 ? coverage.last() : coverage.first();
    return new OutsideCoverageException(
        "the date "
            + count
            + date
            + " lies outside the calendar's covered range "
            + coverage
            + " ("
            + workingDays.length
            + " working days). "
            + OutsideCoverageException.HOW_TO_ADD_DATA,
        boundary,
        coverage);
  }

  @Override
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startExclusive, "startExclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    return rank(endInclusive) - rank(startExclusive);
  }

  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  @Override
  public LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  @Override
  public List<HolidayNotice> notices() {
    List<HolidayNotice> n = notices;
    return n != null ? n : OfficialNotices.list();
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public WorkingDayCalendar latestPlausible() {
    return latestVariant == null ? this : latestVariant;
  }

  /**
   * The first year projected, or a year after the coverage if none is.
   *
   * @return the first provisional year
   */
  int firstProvisionalYear() {
    return firstProvisionalYear;
  }

  /**
   * The number of working days in the coverage.
   *
   * @return the count
   */
  int workingDayCount() {
    return workingDays.length;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ArrayCalendar other
        && other.projects == projects
        && other.latest == latest
        && other.coverage.equals(coverage)
        && other.notices().equals(notices());
  }

  @Override
  public int hashCode() {
    return Objects.hash(notices(), projects, latest, coverage);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + version + ", coverage " + coverage + "]";
  }

  private Object writeReplace() {
    return new Proxy(kind, kind == Kind.OTHER ? notices() : List.of(), projects, latest);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(WorkingDayCalendar.class);
  }

  /** The serialized form of a calendar: what it was built from. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How the calendar was requested; the built-in ones resolve to their shared instances. */
    private final Kind kind;

    /** The notices applied, in order of precedence (empty for the built-in calendars). */
    private final ArrayList<HolidayNotice> notices;

    /** Whether years without a notice are projected. */
    private final boolean projects;

    /** Whether this is the latest-plausible variant. */
    private final boolean latest;

    Proxy(Kind kind, List<HolidayNotice> notices, boolean projects, boolean latest) {
      this.kind = kind;
      this.notices = kind == Kind.OTHER ? new ArrayList<>(notices) : new ArrayList<>();
      this.projects = projects;
      this.latest = latest;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, WorkingDayCalendar.class);
    }

    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          WorkingDayCalendar.class,
          () -> {
            Objects.requireNonNull(notices, "notices");
            if (Objects.requireNonNull(kind, "kind") != Kind.OTHER && !notices.isEmpty()) {
              throw new IllegalArgumentException("a built-in calendar's form lists no notices");
            }
            WorkingDayCalendar c =
                switch (kind) {
                  case OFFICIAL -> Calendars.official();
                  case PROVISIONAL -> Calendars.provisional();
                  case OTHER -> Calendars.fromNotices(notices, projects);
                };
            return latest ? c.latestPlausible() : c;
          });
    }
  }
}
