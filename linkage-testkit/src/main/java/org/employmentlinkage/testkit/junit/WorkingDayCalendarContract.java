package org.employmentlinkage.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.testkit.CalendarGenerators;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Generators;
import org.employmentlinkage.testkit.Property;
import org.employmentlinkage.testkit.PropertyRunner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract of {@link WorkingDayCalendar} as a JUnit Jupiter test suite (in the spirit of
 * Guava's testlib): subclass it in your tests, supply your calendar, and every documented law is
 * checked.
 *
 * <pre>{@code
 * class MyCalendarContractTest extends WorkingDayCalendarContract {
 *   @Override
 *   protected WorkingDayCalendar calendar() {
 *     return new MyCalendar();
 *   }
 * }
 * }</pre>
 *
 * <p>Laws about single dates are checked on every covered date; laws about counting are checked on
 * {@link #cases()} random cases per law, drawn with {@link #seed()} from {@link CalendarGenerators}
 * (biased toward the calendar's holiday blocks, make-up weekends, year ends and coverage boundary).
 * A failure names the law, the case, its seed and the values (see {@link PropertyRunner}). Laws
 * that need covered dates are skipped (as failed assumptions) for a calendar whose coverage is
 * empty.
 *
 * <p>To leave out a law that does not apply to your calendar, override its method without
 * {@code @Test} (JUnit then no longer sees it as a test), and say why in a comment. The calendar's
 * coverage may have at most {@value CalendarGenerators#MAX_COVERAGE_DAYS} days.
 *
 * <p>JUnit creates a new instance for each law, and each instance calls {@link #calendar()} once.
 */
public abstract class WorkingDayCalendarContract {
  /** Fixed dates to ask a calendar with an empty coverage about: every one must be refused. */
  private static final List<LocalDate> SOME_DATES =
      List.of(
          LocalDate.MIN,
          LocalDate.of(1949, 10, 1),
          LocalDate.of(2018, 7, 6),
          LocalDate.of(2025, 10, 4),
          LocalDate.of(2027, 2, 6),
          LocalDate.MAX);

  private @Nullable WorkingDayCalendar calendar;
  private @Nullable CalendarGenerators generators;

  /** For subclasses. */
  protected WorkingDayCalendarContract() {}

  /**
   * The calendar under test.
   *
   * @return the calendar; called once per law
   */
  protected abstract WorkingDayCalendar calendar();

  /**
   * Whether the calendar under test projects dates ({@link WorkingDayCalendar#isProvisional} true
   * for some dates). The default, {@code false}, makes {@link
   * #isProvisionalIsFalseOnEveryDateOfANonProvisionalCalendar()} require {@code isProvisional} to
   * be false everywhere; return {@code true} for a provisional calendar.
   *
   * @return {@code true} if the calendar may answer provisionally
   */
  protected boolean isProvisionalCalendar() {
    return false;
  }

  /**
   * The run seed of the random laws; override to explore other cases.
   *
   * @return the seed, {@link PropertyRunner#defaultSeed()} by default (the system property {@value
   *     PropertyRunner#SEED_PROPERTY}, else {@value PropertyRunner#DEFAULT_SEED})
   */
  protected long seed() {
    return PropertyRunner.defaultSeed();
  }

  /**
   * The number of random cases per random law.
   *
   * @return the number of cases, {@link PropertyRunner#defaultCases()} by default (the system
   *     property {@value PropertyRunner#CASES_PROPERTY}, else {@value
   *     PropertyRunner#DEFAULT_CASES})
   */
  protected int cases() {
    return PropertyRunner.defaultCases();
  }

  // ---------------------------------------------------------------------------------------------
  // Single dates, every covered date

  /**
   * {@code isWorkingDay(d)} is {@code dayKind(d).isWorkingDay()}, and {@code dayKind} is never
   * null, on every covered date.
   */
  @Test
  @DisplayName("dayKind agrees with isWorkingDay on every covered date")
  public void dayKindAgreesWithIsWorkingDay() {
    WorkingDayCalendar cal = cal();
    for (LocalDate d : everyCoveredDate()) {
      DayKind kind = cal.dayKind(d);
      assertNotNull(kind, () -> "dayKind(" + d + ") is null" + on(cal));
      boolean working = cal.isWorkingDay(d);
      if (working != kind.isWorkingDay()) {
        fail(
            "dayKind("
                + d
                + ") is "
                + kind
                + " but isWorkingDay("
                + d
                + ") is "
                + working
                + on(cal));
      }
    }
  }

  /**
   * {@link DayKind#WEEKEND} and {@link DayKind#MAKEUP_WORKDAY} only on Saturdays and Sundays,
   * {@link DayKind#WORKDAY} only on Monday to Friday ({@link DayKind}'s rules), on every covered
   * date.
   */
  @Test
  @DisplayName("WEEKEND and MAKEUP_WORKDAY only on Sat/Sun, WORKDAY only on Mon-Fri")
  public void dayKindAgreesWithTheDayOfTheWeek() {
    WorkingDayCalendar cal = cal();
    for (LocalDate d : everyCoveredDate()) {
      DayKind kind = cal.dayKind(d);
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean ok =
          switch (kind) {
            case WEEKEND, MAKEUP_WORKDAY -> weekend;
            case WORKDAY -> !weekend;
            case HOLIDAY -> true;
          };
      if (!ok) {
        fail("dayKind(" + d + ") is " + kind + " on a " + d.getDayOfWeek() + on(cal));
      }
    }
  }

  /** {@code plusWorkingDays(d, 0)} is {@code d}, working day or not, on every covered date. */
  @Test
  @DisplayName("plusWorkingDays(d, 0) == d on every covered date")
  public void plusZeroIsTheDateItself() {
    WorkingDayCalendar cal = cal();
    for (LocalDate d : everyCoveredDate()) {
      LocalDate result = cal.plusWorkingDays(d, 0);
      if (!d.equals(result)) {
        fail("plusWorkingDays(" + d + ", 0) is " + result + ", not " + d + on(cal));
      }
    }
  }

  /**
   * A calendar that is not provisional ({@link #isProvisionalCalendar()} false) answers {@code
   * isProvisional} false on every covered date; a provisional one projects from some date on
   * ({@link WorkingDayCalendar#isProvisional}: the years without a notice and the last days of
   * December before them that the next notice may declare), so once {@code isProvisional} is true
   * it stays true on every later covered date.
   */
  @Test
  @DisplayName(
      "isProvisional is false on a non-provisional calendar, a suffix on a provisional one")
  public void isProvisionalIsFalseOnEveryDateOfANonProvisionalCalendar() {
    WorkingDayCalendar cal = cal();
    boolean provisionalCalendar = isProvisionalCalendar();
    LocalDate firstProvisional = null;
    for (LocalDate d : everyCoveredDate()) {
      boolean provisional = cal.isProvisional(d);
      if (!provisionalCalendar && provisional) {
        fail(
            "isProvisional("
                + d
                + ") is true, but isProvisionalCalendar() says this calendar projects nothing"
                + " (override it to return true if it does)"
                + on(cal));
      }
      if (provisional && firstProvisional == null) {
        firstProvisional = d;
      } else if (!provisional && firstProvisional != null) {
        fail(
            "isProvisional("
                + firstProvisional
                + ") is true but isProvisional("
                + d
                + ") is false: a calendar projects from some date on"
                + on(cal));
      }
    }
  }

  /**
   * {@code mayChange} is true on every provisional date, and once true stays true on every later
   * covered date (the answers that a notice not yet known may change are the last ones).
   */
  @Test
  @DisplayName("mayChange holds on every provisional date and on a suffix of the coverage")
  public void mayChangeHoldsOnEveryProvisionalDateAndOnASuffix() {
    WorkingDayCalendar cal = cal();
    LocalDate firstMayChange = null;
    for (LocalDate d : everyCoveredDate()) {
      boolean mayChange = cal.mayChange(d);
      if (cal.isProvisional(d) && !mayChange) {
        fail("isProvisional(" + d + ") is true but mayChange(" + d + ") is false" + on(cal));
      }
      if (mayChange && firstMayChange == null) {
        firstMayChange = d;
      } else if (!mayChange && firstMayChange != null) {
        fail(
            "mayChange("
                + firstMayChange
                + ") is true but mayChange("
                + d
                + ") is false: only the last answers can change"
                + on(cal));
      }
    }
  }

  /**
   * {@code latestPlausible()} has the same coverage, and agrees with the calendar on the kind of
   * every date the calendar does not answer provisionally (it differs only "where this calendar is
   * provisional").
   */
  @Test
  @DisplayName("latestPlausible() has the same coverage and agrees where not provisional")
  public void latestPlausibleAgreesWhereNotProvisional() {
    WorkingDayCalendar cal = cal();
    WorkingDayCalendar latest = cal.latestPlausible();
    assertNotNull(latest, () -> "latestPlausible() is null" + on(cal));
    assertEquals(
        cal.coverage(),
        latest.coverage(),
        () -> "latestPlausible().coverage() differs from coverage()" + on(cal));
    for (LocalDate d : everyCoveredDate()) {
      if (!cal.isProvisional(d) && cal.dayKind(d) != latest.dayKind(d)) {
        fail(
            d
                + " is not provisional, but dayKind is "
                + cal.dayKind(d)
                + " and latestPlausible().dayKind is "
                + latest.dayKind(d)
                + on(cal));
      }
    }
  }

  /**
   * {@code notices()} are in ascending order of release date (precedence) and unmodifiable, and
   * {@code version()} is a non-blank text that does not change.
   */
  @Test
  @DisplayName("notices() in order of release and unmodifiable; version() stable")
  public void noticesAreInOrderOfReleaseAndVersionIsStable() {
    WorkingDayCalendar cal = cal();
    List<HolidayNotice> notices = cal.notices();
    assertNotNull(notices, () -> "notices() is null" + on(cal));
    for (int i = 1; i < notices.size(); i++) {
      HolidayNotice before = notices.get(i - 1);
      HolidayNotice after = notices.get(i);
      if (after.released().isBefore(before.released())) {
        fail(
            "notices() lists "
                + after.number()
                + " (released "
                + after.released()
                + ") after "
                + before.number()
                + " (released "
                + before.released()
                + ")"
                + on(cal));
      }
    }
    assertThrows(
        UnsupportedOperationException.class,
        notices::clear,
        () -> "notices() can be modified" + on(cal));
    String version = cal.version();
    assertNotNull(version, "version() is null");
    assertFalse(version.isBlank(), "version() is blank");
    assertEquals(version, cal.version(), "version() changed between two calls");
  }

  // ---------------------------------------------------------------------------------------------
  // Coverage: dates and answers outside it, nulls

  /**
   * Every method refuses a date outside the coverage with {@link OutsideCoverageException}: the day
   * before the first and after the last covered date, {@link LocalDate#MIN}, {@link LocalDate#MAX}
   * and random dates beyond both ends (any date at all if the coverage is empty).
   */
  @Test
  @DisplayName("every method throws OutsideCoverageException for a date outside the coverage")
  public void datesOutsideTheCoverageAreRefused() {
    WorkingDayCalendar cal = cal();
    DateRange coverage = cal.coverage();
    if (coverage.isEmpty()) {
      for (LocalDate d : SOME_DATES) {
        assertRefused(cal, d, null);
      }
      return;
    }
    LocalDate inside = coverage.first();
    List<LocalDate> outside = new ArrayList<>();
    if (coverage.first().isAfter(LocalDate.MIN)) {
      outside.add(coverage.first().minusDays(1));
      outside.add(LocalDate.MIN);
    }
    if (coverage.last().isBefore(LocalDate.MAX)) {
      outside.add(coverage.last().plusDays(1));
      outside.add(LocalDate.MAX);
    }
    for (LocalDate d : outside) {
      assertRefused(cal, d, inside);
    }
    if (!outside.isEmpty()) {
      forAll(
          "a random date outside the coverage is refused",
          generators().datesOutsideCoverage(),
          d -> assertRefused(cal, d, inside));
    }
  }

  /**
   * Answers that would lie outside the coverage are refused with {@link OutsideCoverageException}:
   * the working day after the last covered working day, before the first, and counts that run past
   * either end; {@code plusWorkingDays(first, n)} for n = the number of working days after the
   * first covered date is the last covered working day.
   */
  @Test
  @DisplayName("answers beyond the coverage throw OutsideCoverageException")
  public void answersBeyondTheCoverageAreRefused() {
    WorkingDayCalendar cal = cal();
    DateRange coverage = cal.coverage();
    assumeFalse(coverage.isEmpty(), "the calendar covers no date");
    LocalDate first = coverage.first();
    LocalDate last = coverage.last();
    assertOutside(() -> cal.plusWorkingDays(last, 1), "plusWorkingDays(" + last + ", 1)", cal);
    assertOutside(() -> cal.nextWorkingDay(last), "nextWorkingDay(" + last + ")", cal);
    assertOutside(() -> cal.plusWorkingDays(first, -1), "plusWorkingDays(" + first + ", -1)", cal);
    assertOutside(() -> cal.previousWorkingDay(first), "previousWorkingDay(" + first + ")", cal);
    assertOutside(
        () -> cal.plusWorkingDays(first, Integer.MAX_VALUE),
        "plusWorkingDays(" + first + ", Integer.MAX_VALUE)",
        cal);
    assertOutside(
        () -> cal.plusWorkingDays(last, Integer.MIN_VALUE),
        "plusWorkingDays(" + last + ", Integer.MIN_VALUE)",
        cal);
    int after = cal.workingDaysBetween(first, last);
    assertOutside(
        () -> cal.plusWorkingDays(first, after + 1),
        "plusWorkingDays(" + first + ", " + (after + 1) + ") (one past the last working day)",
        cal);
    LocalDate lastWorking = lastWorkingDay(cal);
    if (lastWorking != null && lastWorking.isAfter(first)) {
      assertEquals(
          lastWorking,
          cal.plusWorkingDays(first, after),
          () -> "plusWorkingDays(" + first + ", workingDaysBetween(first, last))" + on(cal));
      assertOutside(
          () -> cal.nextWorkingDay(lastWorking), "nextWorkingDay(" + lastWorking + ")", cal);
    }
    LocalDate firstWorking = firstWorkingDay(cal);
    if (firstWorking != null) {
      assertOutside(
          () -> cal.previousWorkingDay(firstWorking),
          "previousWorkingDay(" + firstWorking + ")",
          cal);
    }
  }

  /**
   * {@code plusWorkingDays(d, n)} answers exactly when the n-th working day after (or, for n less
   * than 0, before) d is covered, and throws {@link OutsideCoverageException} otherwise; the number
   * of covered working days after and before d is taken from {@code workingDaysBetween}.
   */
  @Test
  @DisplayName("plusWorkingDays answers exactly when the result is covered")
  public void plusAnswersExactlyInsideTheCoverage() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    LocalDate first = cal.coverage().first();
    LocalDate last = cal.coverage().last();
    forAll(
        "plusWorkingDays answers exactly when the result is covered",
        Generators.zip(gens.dates(), gens.workingDayCounts(), DateAndCount::new),
        c -> {
          LocalDate d = c.date();
          int n = c.count();
          int after = cal.workingDaysBetween(d, last);
          int before = cal.workingDaysBetween(first, d) + working(cal, first) - working(cal, d);
          boolean covered = n >= 0 ? n <= after : -(long) n <= before;
          if (covered) {
            LocalDate result = cal.plusWorkingDays(d, n);
            assertTrue(
                cal.coverage().contains(result),
                () -> "plusWorkingDays(" + d + ", " + n + ") = " + result + " is not covered");
          } else {
            assertOutside(
                () -> cal.plusWorkingDays(d, n),
                "plusWorkingDays("
                    + d
                    + ", "
                    + n
                    + ") with "
                    + after
                    + " working days covered after and "
                    + before
                    + " before",
                cal);
          }
        });
  }

  /** Every method throws {@link NullPointerException} for a null date. */
  @Test
  @DisplayName("every method throws NullPointerException for a null date")
  @SuppressWarnings("NullAway") // passes null on purpose
  public void nullDatesAreRejected() {
    WorkingDayCalendar cal = cal();
    LocalDate d = cal.coverage().isEmpty() ? LocalDate.of(2018, 7, 6) : cal.coverage().first();
    assertNpe(() -> cal.dayKind(null), "dayKind(null)", cal);
    assertNpe(() -> cal.isWorkingDay(null), "isWorkingDay(null)", cal);
    assertNpe(() -> cal.isProvisional(null), "isProvisional(null)", cal);
    assertNpe(() -> cal.mayChange(null), "mayChange(null)", cal);
    assertNpe(() -> cal.plusWorkingDays(null, 0), "plusWorkingDays(null, 0)", cal);
    assertNpe(() -> cal.plusWorkingDays(null, 1), "plusWorkingDays(null, 1)", cal);
    assertNpe(() -> cal.workingDaysBetween(null, d), "workingDaysBetween(null, " + d + ")", cal);
    assertNpe(() -> cal.workingDaysBetween(d, null), "workingDaysBetween(" + d + ", null)", cal);
    assertNpe(() -> cal.workingDaysBetween(null, null), "workingDaysBetween(null, null)", cal);
    assertNpe(() -> cal.nextWorkingDay(null), "nextWorkingDay(null)", cal);
    assertNpe(() -> cal.previousWorkingDay(null), "previousWorkingDay(null)", cal);
  }

  // ---------------------------------------------------------------------------------------------
  // Counting, random cases

  /**
   * {@code plusWorkingDays(d, n)} is the n-th working day strictly after d (for n less than 0, the
   * |n|-th strictly before), counted day by day with {@code isWorkingDay}; or {@link
   * OutsideCoverageException} if the count leaves the coverage first.
   */
  @Test
  @DisplayName("plusWorkingDays(d, n) equals counting working days one by one")
  public void plusCountsWorkingDaysOneByOne() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    forAll(
        "plusWorkingDays(d, n) equals counting working days one by one",
        Generators.zip(gens.dates(), Generators.integers(-40, 40), DateAndCount::new),
        c -> {
          LocalDate d = c.date();
          int n = c.count();
          LocalDate expected = countOneByOne(cal, d, n);
          if (expected == null) {
            assertOutside(
                () -> cal.plusWorkingDays(d, n),
                "plusWorkingDays(" + d + ", " + n + ") (the count leaves the coverage)",
                cal);
          } else {
            assertEquals(
                expected,
                cal.plusWorkingDays(d, n),
                () -> "plusWorkingDays(" + d + ", " + n + ")" + on(cal));
          }
        });
  }

  /**
   * For n other than 0, a covered {@code plusWorkingDays(d, n)} is a working day, after d for n
   * greater than 0 and before d for n less than 0.
   */
  @Test
  @DisplayName("plusWorkingDays(d, n) is a working day on the right side of d")
  public void plusLandsOnAWorkingDayOnTheRightSide() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    forAll(
        "plusWorkingDays(d, n) is a working day on the right side of d",
        Generators.zip(gens.dates(), gens.workingDayCounts(), DateAndCount::new),
        c -> {
          LocalDate d = c.date();
          int n = c.count();
          LocalDate result = plusOrNull(cal, d, n);
          if (result == null || n == 0) {
            return;
          }
          assertTrue(
              cal.isWorkingDay(result),
              () -> "plusWorkingDays(" + d + ", " + n + ") = " + result + " is not a working day");
          assertTrue(
              n > 0 ? result.isAfter(d) : result.isBefore(d),
              () -> "plusWorkingDays(" + d + ", " + n + ") = " + result + " is on the wrong side");
        });
  }

  /**
   * {@code nextWorkingDay(d)} is {@code plusWorkingDays(d, 1)}, {@code previousWorkingDay(d)} is
   * {@code plusWorkingDays(d, -1)}, or all throw.
   */
  @Test
  @DisplayName(
      "nextWorkingDay == plusWorkingDays(d, 1), previousWorkingDay == plusWorkingDays(d, -1)")
  public void nextAndPreviousArePlusOneAndMinusOne() {
    WorkingDayCalendar cal = cal();
    forAll(
        "nextWorkingDay and previousWorkingDay are plusWorkingDays(d, ±1)",
        generators().dates(),
        d -> {
          LocalDate plusOne = plusOrNull(cal, d, 1);
          if (plusOne == null) {
            assertOutside(() -> cal.nextWorkingDay(d), "nextWorkingDay(" + d + ")", cal);
          } else {
            assertEquals(plusOne, cal.nextWorkingDay(d), () -> "nextWorkingDay(" + d + ")");
          }
          LocalDate minusOne = plusOrNull(cal, d, -1);
          if (minusOne == null) {
            assertOutside(() -> cal.previousWorkingDay(d), "previousWorkingDay(" + d + ")", cal);
          } else {
            assertEquals(
                minusOne, cal.previousWorkingDay(d), () -> "previousWorkingDay(" + d + ")");
          }
        });
  }

  /** From a working day d, {@code plusWorkingDays(plusWorkingDays(d, n), -n)} is d. */
  @Test
  @DisplayName("plusWorkingDays(plusWorkingDays(d, n), -n) == d for a working day d")
  public void plusIsInvertibleFromAWorkingDay() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    assumeTrue(firstWorkingDay(cal) != null, "the calendar has no working day");
    forAll(
        "plusWorkingDays(plusWorkingDays(d, n), -n) == d for a working day d",
        Generators.zip(
            gens.dates().filter(cal::isWorkingDay, 100_000),
            gens.workingDayCounts(),
            DateAndCount::new),
        c -> {
          LocalDate d = c.date();
          int n = c.count();
          LocalDate there = plusOrNull(cal, d, n);
          if (there != null) {
            assertEquals(
                d,
                cal.plusWorkingDays(there, -n),
                () -> "plusWorkingDays(" + there + ", " + -n + ") after going " + n + " from " + d);
          }
        });
  }

  /** {@code plusWorkingDays(d, n)} is strictly increasing in n (where covered). */
  @Test
  @DisplayName("plusWorkingDays(d, n) is strictly increasing in n")
  public void plusIsIncreasingInTheCount() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    forAll(
        "plusWorkingDays(d, n) is strictly increasing in n",
        Generators.zip(
            gens.dates(),
            Generators.zip(gens.workingDayCounts(), gens.workingDayCounts(), Counts::new),
            DateAndCounts::new),
        c -> {
          LocalDate d = c.date();
          int n1 = Math.min(c.counts().a(), c.counts().b());
          int n2 = Math.max(c.counts().a(), c.counts().b());
          LocalDate r1 = plusOrNull(cal, d, n1);
          LocalDate r2 = plusOrNull(cal, d, n2);
          if (r1 != null && r2 != null) {
            boolean ok = n1 == n2 ? r1.equals(r2) : r1.isBefore(r2);
            assertTrue(
                ok,
                () ->
                    "plusWorkingDays("
                        + d
                        + ", "
                        + n1
                        + ") = "
                        + r1
                        + " but plusWorkingDays("
                        + d
                        + ", "
                        + n2
                        + ") = "
                        + r2);
          }
        });
  }

  /** {@code plusWorkingDays(d, n)} is non-decreasing in d (where covered). */
  @Test
  @DisplayName("plusWorkingDays(d, n) is non-decreasing in d")
  public void plusIsNonDecreasingInTheDate() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    forAll(
        "plusWorkingDays(d, n) is non-decreasing in d",
        Generators.zip(
            Generators.zip(gens.dates(), gens.dates(), TwoDates::new),
            gens.workingDayCounts(),
            DatesAndCount::new),
        c -> {
          LocalDate d1 = min(c.dates().a(), c.dates().b());
          LocalDate d2 = max(c.dates().a(), c.dates().b());
          int n = c.count();
          LocalDate r1 = plusOrNull(cal, d1, n);
          LocalDate r2 = plusOrNull(cal, d2, n);
          if (r1 != null && r2 != null) {
            assertFalse(
                r1.isAfter(r2),
                () ->
                    "plusWorkingDays("
                        + d1
                        + ", "
                        + n
                        + ") = "
                        + r1
                        + " is after plusWorkingDays("
                        + d2
                        + ", "
                        + n
                        + ") = "
                        + r2);
          }
        });
  }

  /**
   * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for n at least 0, and for every n
   * when d is a working day.
   */
  @Test
  @DisplayName("workingDaysBetween(d, plusWorkingDays(d, n)) == n")
  public void workingDaysBetweenInvertsPlus() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    forAll(
        "workingDaysBetween(d, plusWorkingDays(d, n)) == n",
        Generators.zip(gens.dates(), gens.workingDayCounts(), DateAndCount::new),
        c -> {
          LocalDate d = c.date();
          int n = c.count();
          if (n < 0 && !cal.isWorkingDay(d)) {
            return;
          }
          LocalDate there = plusOrNull(cal, d, n);
          if (there != null) {
            assertEquals(
                n,
                cal.workingDaysBetween(d, there),
                () ->
                    "workingDaysBetween("
                        + d
                        + ", "
                        + there
                        + "), there = plusWorkingDays(d, "
                        + n
                        + ")");
          }
        });
  }

  /**
   * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}, {@code workingDaysBetween(a, a)
   * == 0}, and {@code workingDaysBetween(a, b) + workingDaysBetween(b, c) == workingDaysBetween(a,
   * c)}.
   */
  @Test
  @DisplayName("workingDaysBetween is antisymmetric and additive")
  public void workingDaysBetweenIsAntisymmetricAndAdditive() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    forAll(
        "workingDaysBetween is antisymmetric and additive",
        Generators.zip(
            Generators.zip(gens.dates(), gens.dates(), TwoDates::new),
            gens.dates(),
            ThreeDates::new),
        c -> {
          LocalDate a = c.ab().a();
          LocalDate b = c.ab().b();
          LocalDate x = c.c();
          int ab = cal.workingDaysBetween(a, b);
          assertEquals(
              0, cal.workingDaysBetween(a, a), () -> "workingDaysBetween(" + a + ", " + a + ")");
          assertEquals(
              -ab,
              cal.workingDaysBetween(b, a),
              () -> "workingDaysBetween(" + b + ", " + a + ") vs (" + a + ", " + b + ") = " + ab);
          assertEquals(
              cal.workingDaysBetween(a, x),
              ab + cal.workingDaysBetween(b, x),
              () ->
                  "workingDaysBetween("
                      + a
                      + ", "
                      + b
                      + ") + ("
                      + b
                      + ", "
                      + x
                      + ") vs ("
                      + a
                      + ", "
                      + x
                      + ")");
        });
  }

  /**
   * {@code workingDaysBetween(a, b)} is the number of working days in (a, b], counted day by day
   * with {@code isWorkingDay} (minus the count in (b, a] if b is before a).
   */
  @Test
  @DisplayName("workingDaysBetween(a, b) counts the working days in (a, b]")
  public void workingDaysBetweenCountsTheWorkingDays() {
    WorkingDayCalendar cal = cal();
    CalendarGenerators gens = generators();
    DateRange coverage = cal.coverage();
    forAll(
        "workingDaysBetween(a, b) counts the working days in (a, b]",
        Generators.zip(
            gens.dates(),
            Generators.integers(-400, 400),
            (a, k) -> new TwoDates(a, clamp(a.plusDays(k), coverage))),
        c -> {
          LocalDate a = c.a();
          LocalDate b = c.b();
          int expected = 0;
          if (!b.isBefore(a)) {
            for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
              expected += working(cal, d);
            }
          } else {
            for (LocalDate d = b.plusDays(1); !d.isAfter(a); d = d.plusDays(1)) {
              expected -= working(cal, d);
            }
          }
          assertEquals(
              expected,
              cal.workingDaysBetween(a, b),
              () -> "workingDaysBetween(" + a + ", " + b + ")");
        });
  }

  /**
   * {@code latestPlausible().plusWorkingDays(d, n)} is never earlier than {@code plusWorkingDays(d,
   * n)} for n at least 0 (it may lie outside the coverage, and throw, when the calendar's answer
   * does not).
   */
  @Test
  @DisplayName("latestPlausible() never gives earlier dates")
  public void latestPlausibleNeverGivesEarlierDates() {
    WorkingDayCalendar cal = cal();
    WorkingDayCalendar latest = cal.latestPlausible();
    CalendarGenerators gens = generators();
    forAll(
        "latestPlausible().plusWorkingDays(d, n) >= plusWorkingDays(d, n) for n >= 0",
        Generators.zip(gens.dates(), gens.workingDayCounts().map(Math::abs), DateAndCount::new),
        c -> {
          LocalDate d = c.date();
          int n = c.count();
          LocalDate earliest = plusOrNull(cal, d, n);
          LocalDate latestResult = plusOrNull(latest, d, n);
          if (earliest != null && latestResult != null) {
            assertFalse(
                latestResult.isBefore(earliest),
                () ->
                    "latestPlausible().plusWorkingDays("
                        + d
                        + ", "
                        + n
                        + ") = "
                        + latestResult
                        + " is before plusWorkingDays(d, n) = "
                        + earliest);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private WorkingDayCalendar cal() {
    WorkingDayCalendar c = calendar;
    if (c == null) {
      c = Objects.requireNonNull(calendar(), "calendar() returned null");
      calendar = c;
    }
    return c;
  }

  /** The generators for the calendar; skips the law (failed assumption) if it covers no date. */
  private CalendarGenerators generators() {
    CalendarGenerators g = generators;
    if (g == null) {
      assumeFalse(cal().coverage().isEmpty(), "the calendar covers no date");
      g = CalendarGenerators.of(cal());
      generators = g;
    }
    return g;
  }

  private List<LocalDate> everyCoveredDate() {
    DateRange coverage = cal().coverage();
    if (coverage.lengthInDays() > CalendarGenerators.MAX_COVERAGE_DAYS) {
      throw new IllegalArgumentException(
          "WorkingDayCalendarContract: the coverage "
              + coverage
              + " has more than "
              + CalendarGenerators.MAX_COVERAGE_DAYS
              + " days");
    }
    return coverage.days().toList();
  }

  private <T> void forAll(String law, Generator<T> generator, Property<T> property) {
    PropertyRunner.forAll(law + " [" + cal().version() + "]", generator)
        .seed(seed())
        .cases(cases())
        .check(property);
  }

  private static String on(WorkingDayCalendar cal) {
    return " (calendar " + cal.version() + ", coverage " + cal.coverage() + ")";
  }

  private static int working(WorkingDayCalendar cal, LocalDate d) {
    return cal.isWorkingDay(d) ? 1 : 0;
  }

  private static @Nullable LocalDate plusOrNull(WorkingDayCalendar cal, LocalDate d, int n) {
    try {
      return cal.plusWorkingDays(d, n);
    } catch (OutsideCoverageException e) {
      return null;
    }
  }

  /** The n-th working day from d, stepping one day at a time; null if it leaves the coverage. */
  private static @Nullable LocalDate countOneByOne(WorkingDayCalendar cal, LocalDate d, int n) {
    DateRange coverage = cal.coverage();
    int step = n >= 0 ? 1 : -1;
    int left = Math.abs(n);
    LocalDate x = d;
    while (left > 0) {
      if (step > 0 ? x.equals(coverage.last()) : x.equals(coverage.first())) {
        return null;
      }
      x = x.plusDays(step);
      if (cal.isWorkingDay(x)) {
        left--;
      }
    }
    return x;
  }

  private @Nullable LocalDate firstWorkingDay(WorkingDayCalendar cal) {
    for (LocalDate d : everyCoveredDate()) {
      if (cal.isWorkingDay(d)) {
        return d;
      }
    }
    return null;
  }

  private @Nullable LocalDate lastWorkingDay(WorkingDayCalendar cal) {
    List<LocalDate> dates = everyCoveredDate();
    for (int i = dates.size() - 1; i >= 0; i--) {
      if (cal.isWorkingDay(dates.get(i))) {
        return dates.get(i);
      }
    }
    return null;
  }

  private static LocalDate clamp(LocalDate d, DateRange coverage) {
    return min(max(d, coverage.first()), coverage.last());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Every method refuses {@code d}; {@code inside} is a covered date for two-date methods. */
  private static void assertRefused(
      WorkingDayCalendar cal, LocalDate d, @Nullable LocalDate inside) {
    assertOutside(() -> cal.dayKind(d), "dayKind(" + d + ")", cal);
    assertOutside(() -> cal.isWorkingDay(d), "isWorkingDay(" + d + ")", cal);
    assertOutside(() -> cal.isProvisional(d), "isProvisional(" + d + ")", cal);
    assertOutside(() -> cal.mayChange(d), "mayChange(" + d + ")", cal);
    assertOutside(() -> cal.plusWorkingDays(d, 0), "plusWorkingDays(" + d + ", 0)", cal);
    assertOutside(() -> cal.plusWorkingDays(d, 1), "plusWorkingDays(" + d + ", 1)", cal);
    assertOutside(() -> cal.plusWorkingDays(d, -1), "plusWorkingDays(" + d + ", -1)", cal);
    assertOutside(() -> cal.nextWorkingDay(d), "nextWorkingDay(" + d + ")", cal);
    assertOutside(() -> cal.previousWorkingDay(d), "previousWorkingDay(" + d + ")", cal);
    assertOutside(
        () -> cal.workingDaysBetween(d, d), "workingDaysBetween(" + d + ", " + d + ")", cal);
    if (inside != null) {
      assertOutside(
          () -> cal.workingDaysBetween(d, inside),
          "workingDaysBetween(" + d + ", " + inside + ")",
          cal);
      assertOutside(
          () -> cal.workingDaysBetween(inside, d),
          "workingDaysBetween(" + inside + ", " + d + ")",
          cal);
    }
  }

  private static void assertOutside(Executable call, String what, WorkingDayCalendar cal) {
    assertThrows(
        OutsideCoverageException.class,
        call,
        () -> what + " must throw OutsideCoverageException" + on(cal));
  }

  private static void assertNpe(Executable call, String what, WorkingDayCalendar cal) {
    assertThrows(
        NullPointerException.class,
        call,
        () -> what + " must throw NullPointerException" + on(cal));
  }

  private record DateAndCount(LocalDate date, int count) {}

  private record Counts(int a, int b) {}

  private record DateAndCounts(LocalDate date, Counts counts) {}

  private record TwoDates(LocalDate a, LocalDate b) {}

  private record DatesAndCount(TwoDates dates, int count) {}

  private record ThreeDates(TwoDates ab, LocalDate c) {}
}
