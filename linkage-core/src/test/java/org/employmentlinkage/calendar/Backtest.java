package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The replay of history that {@link ProvisionalBacktestTest} runs: for each holiday year Y of
 * 2019–2026, a provisional calendar as known the day before Y's notice was released, every trigger
 * from November 1 of Y−1 to November 30 of Y and every period of 1 to 60 working days, compared
 * with today's official answer ({@link ChinaCalendars#official()}, every built-in notice including
 * the 2020 extension). Deadlines whose official answer lies beyond the official coverage (2026) are
 * not counted.
 */
final class Backtest {
  static final int FIRST_YEAR = 2019;
  static final int LAST_YEAR = 2026;
  static final int MAX_N = 60;

  private Backtest() {}

  /**
   * The figures of one year.
   *
   * @param year the holiday year
   * @param knownAt the day before its notice was released
   * @param count the deadlines compared
   * @param provisional how many were provisional
   * @param misses official due dates outside [due, latestDue]
   * @param unflaggedWrong deadlines neither provisional nor may-change whose due date is wrong
   * @param widthSum the sum of workingDaysBetween(due, latestDue) on the provisional calendar
   * @param maxWidth the widest range
   * @param firstMiss a description of the first miss, or empty
   */
  record YearFigures(
      int year,
      LocalDate knownAt,
      int count,
      int provisional,
      int misses,
      int unflaggedWrong,
      long widthSum,
      int maxWidth,
      String firstMiss) {

    double meanWidth() {
      return count == 0 ? 0 : (double) widthSum / count;
    }

    double meanProvisionalWidth() {
      return provisional == 0 ? 0 : (double) widthSum / provisional;
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %d | %s | %,d | %,d | %d | %d | %.2f | %.2f | %d |",
          year,
          knownAt,
          count,
          provisional,
          misses,
          unflaggedWrong,
          meanWidth(),
          meanProvisionalWidth(),
          maxWidth);
    }
  }

  /** The release date of the notice that arranges {@code year} (not an amendment). */
  static LocalDate release(int year) {
    for (HolidayNotice n : OfficialNotices.list()) {
      if (n.year() == year && n.amends().isEmpty()) {
        return n.released();
      }
    }
    throw new IllegalArgumentException("no built-in notice for " + year);
  }

  /**
   * Replays one year.
   *
   * @param year the holiday year
   * @param calendarKnownAt the provisional calendar to test, given the date of knowledge
   * @return the figures
   */
  static YearFigures replay(int year, Function<LocalDate, WorkingDayCalendar> calendarKnownAt) {
    return replay(year, calendarKnownAt, 1, 1, MAX_N);
  }

  /**
   * Replays one year on a sample: every {@code triggerStep}-th trigger and every {@code nStep}-th
   * period up to {@code maxN}.
   *
   * @param year the holiday year
   * @param calendarKnownAt the provisional calendar to test, given the date of knowledge
   * @param triggerStep days between two triggers
   * @param nStep working days between two periods
   * @param maxN the longest period
   * @return the figures
   */
  static YearFigures replay(
      int year,
      Function<LocalDate, WorkingDayCalendar> calendarKnownAt,
      int triggerStep,
      int nStep,
      int maxN) {
    LocalDate knownAt = release(year).minusDays(1);
    WorkingDayCalendar cal = calendarKnownAt.apply(knownAt);
    WorkingDayCalendar official = ChinaCalendars.official();
    int count = 0;
    int provisional = 0;
    int misses = 0;
    int unflagged = 0;
    long widthSum = 0;
    int maxWidth = 0;
    String firstMiss = "";
    LocalDate last = LocalDate.of(year, 11, 30);
    for (LocalDate t = LocalDate.of(year - 1, 11, 1);
        !t.isAfter(last);
        t = t.plusDays(triggerStep)) {
      for (int n = 1; n <= maxN; n += nStep) {
        LocalDate truth;
        try {
          truth = official.plusWorkingDays(t, n);
        } catch (OutsideCoverageException e) {
          break; // beyond 2026: no official answer to compare with (and none for larger n)
        }
        Deadline d = WorkingDayPeriod.of(n).after(t, cal);
        count++;
        if (d.provisional()) {
          provisional++;
        }
        if (truth.isBefore(d.due()) || truth.isAfter(d.latestDue())) {
          misses++;
          if (firstMiss.isEmpty()) {
            firstMiss =
                "trigger "
                    + t
                    + ", n "
                    + n
                    + ": official "
                    + truth
                    + ", range "
                    + d.due()
                    + ".."
                    + d.latestDue();
          }
        }
        if (!d.mayChange() && !truth.equals(d.due())) {
          unflagged++;
        }
        int width = cal.workingDaysBetween(d.due(), d.latestDue());
        widthSum += width;
        maxWidth = Math.max(maxWidth, width);
      }
    }
    return new YearFigures(
        year, knownAt, count, provisional, misses, unflagged, widthSum, maxWidth, firstMiss);
  }

  /** The provisional calendar as known at a date, with the rules derived from every notice. */
  static WorkingDayCalendar inSample(LocalDate knownAt) {
    return ChinaCalendars.builder().knownAt(knownAt).provisional(true).build();
  }

  /**
   * The provisional calendar as known at a date, with the rules derived from the notices of every
   * year but {@code leftOut}.
   *
   * @param leftOut the holiday year left out of the derivation
   * @return a function of the date of knowledge
   */
  static Function<LocalDate, WorkingDayCalendar> leaveOut(int leftOut) {
    ArrangementRules rules = ArrangementRules.derive(OfficialNotices.list(), y -> y != leftOut);
    return knownAt -> {
      List<HolidayNotice> known = new ArrayList<>();
      for (HolidayNotice n : OfficialNotices.list()) {
        if (!n.released().isAfter(knownAt)) {
          known.add(n);
        }
      }
      return CalendarAssembly.assemble(
          ArrayCalendar.Kind.OTHER, NoticeSets.merge(known), true, rules);
    };
  }

  /** Every year in sample. */
  static List<YearFigures> inSampleYears() {
    List<YearFigures> out = new ArrayList<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      out.add(replay(y, Backtest::inSample));
    }
    return out;
  }

  /** Every year left out of its own rules. */
  static List<YearFigures> leaveOneOutYears() {
    List<YearFigures> out = new ArrayList<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      out.add(replay(y, leaveOut(y)));
    }
    return out;
  }

  static String table(List<YearFigures> years) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "| year | known at | deadlines | provisional | misses | unflagged wrong | mean width |"
            + " mean width (provisional) | max width |\n");
    int count = 0;
    int prov = 0;
    int misses = 0;
    int unflagged = 0;
    long width = 0;
    int max = 0;
    for (YearFigures f : years) {
      sb.append(f.row()).append('\n');
      if (!f.firstMiss().isEmpty()) {
        sb.append("|   first miss: ").append(f.firstMiss()).append('\n');
      }
      count += f.count();
      prov += f.provisional();
      misses += f.misses();
      unflagged += f.unflaggedWrong();
      width += f.widthSum();
      max = Math.max(max, f.maxWidth());
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "| all | | %,d | %,d | %d | %d | %.2f | %.2f | %d |%n",
            count,
            prov,
            misses,
            unflagged,
            count == 0 ? 0 : (double) width / count,
            prov == 0 ? 0 : (double) width / prov,
            max));
    return sb.toString();
  }
}
