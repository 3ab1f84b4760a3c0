package org.employmentlinkage.benchmarks;

import com.opengamma.strata.basics.date.HolidayCalendarId;
import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.WorkingDayCalendar;

/**
 * The same data for every contender, derived from {@link ChinaCalendars#official()}: its rest days
 * ({@link DayKind#HOLIDAY}) and its make-up working days ({@link DayKind#MAKEUP_WORKDAY}) over its
 * coverage, plus the fixed pseudo-random dates the benchmarks cycle through.
 */
public final class SameData {
  /** How many precomputed dates each benchmark cycles through (a power of two). */
  public static final int DATES = 1024;

  /** {@link #DATES} - 1, to cycle with a mask. */
  public static final int MASK = DATES - 1;

  /** The seed of every date array, so that every run and every contender sees the same dates. */
  public static final long SEED = 20_181_018L;

  /** The largest n benchmarked for {@code plusWorkingDays}. */
  public static final int MAX_N = 1500;

  /** The official calendar (ours). */
  public static final WorkingDayCalendar OURS = ChinaCalendars.official();

  /** The coverage of the official calendar. */
  public static final DateRange COVERAGE = OURS.coverage();

  /** The official rest days. */
  public static final Set<LocalDate> REST_DAYS = daysOfKind(DayKind.HOLIDAY);

  /** The official make-up working days. */
  public static final Set<LocalDate> MAKE_UP_WORKING_DAYS = daysOfKind(DayKind.MAKEUP_WORKDAY);

  private SameData() {}

  private static Set<LocalDate> daysOfKind(DayKind kind) {
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate d = COVERAGE.first(); !d.isAfter(COVERAGE.last()); d = d.plusDays(1)) {
      if (OURS.dayKind(d) == kind) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The naive contender on the official data.
   *
   * @return a new naive calendar
   */
  public static NaiveCalendar naive() {
    return new NaiveCalendar(REST_DAYS, MAKE_UP_WORKING_DAYS);
  }

  /**
   * Strata's calendar on the official data: the rest days as holidays, Saturday and Sunday as the
   * weekend, the make-up working days as working days.
   *
   * @return the Strata calendar
   */
  public static ImmutableHolidayCalendar strata() {
    return ImmutableHolidayCalendar.of(
        HolidayCalendarId.of("CN-linkage-official"),
        REST_DAYS,
        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        MAKE_UP_WORKING_DAYS);
  }

  /**
   * ObjectLab Kit's date calculator on the rest days only, with the holiday handler {@code
   * FORWARD}. ObjectLab's holiday calendar has no notion of a weekend day declared a working day,
   * so it cannot express the make-up working days: its answers differ from the others on those days
   * (and on spans that contain them). Not thread-safe: one per thread.
   *
   * @return a new calculator
   */
  public static DateCalculator<LocalDate> objectLabRestDaysOnly() {
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(
        "CN",
        new DefaultHolidayCalendar<>(new HashSet<>(REST_DAYS), COVERAGE.first(), COVERAGE.last()));
    return factory.getDateCalculator("CN", HolidayHandlerType.FORWARD);
  }

  /**
   * Fixed pseudo-random dates, uniform over {@code first..last}.
   *
   * @param first the first possible date
   * @param last the last possible date
   * @param salt distinguishes the arrays of different benchmarks
   * @return {@link #DATES} dates
   */
  public static LocalDate[] randomDates(LocalDate first, LocalDate last, long salt) {
    SplittableRandom random = new SplittableRandom(SEED ^ salt);
    long from = first.toEpochDay();
    long to = last.toEpochDay();
    LocalDate[] out = new LocalDate[DATES];
    for (int i = 0; i < DATES; i++) {
      out[i] = LocalDate.ofEpochDay(random.nextLong(from, to + 1));
    }
    return out;
  }

  /**
   * Fixed pseudo-random working days from which {@link #MAX_N} working days forward stay in the
   * coverage: the start dates of the {@code plusWorkingDays} benchmarks. Working days, so that
   * ObjectLab (which first moves a non-working start date forward) counts like the others wherever
   * its data allows. The room left also covers ObjectLab, which skips the make-up working days and
   * so ends later.
   *
   * @return {@link #DATES} working days
   */
  public static LocalDate[] plusStartDates() {
    LocalDate last =
        OURS.plusWorkingDays(COVERAGE.last(), -(MAX_N + MAKE_UP_WORKING_DAYS.size() + 2));
    SplittableRandom random = new SplittableRandom(SEED ^ 1);
    long from = COVERAGE.first().toEpochDay();
    long to = last.toEpochDay();
    LocalDate[] out = new LocalDate[DATES];
    int i = 0;
    while (i < DATES) {
      LocalDate d = LocalDate.ofEpochDay(random.nextLong(from, to + 1));
      if (OURS.isWorkingDay(d)) {
        out[i++] = d;
      }
    }
    return out;
  }
}
