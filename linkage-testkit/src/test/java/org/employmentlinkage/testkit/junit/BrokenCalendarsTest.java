package org.employmentlinkage.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The contract suite catches broken calendars: each wrapper below gets one thing wrong, and the
 * suite, run through the real JUnit Jupiter engine, fails exactly on the laws it breaks. A wrapper
 * that gets nothing wrong passes every law.
 *
 * <p>The subjects are static nested classes marked {@link Disabled}, so that no build runs them on
 * their own (they fail on purpose); the engine run here switches JUnit's {@code DisabledCondition}
 * off with the documented configuration parameter {@code junit.jupiter.conditions.deactivate}.
 */
class BrokenCalendarsTest {
  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();
  private static final String SUBJECT = "a subject of BrokenCalendarsTest, which runs it";

  /** Runs the suite on {@code subject}: the laws that failed, with their failure messages. */
  private static Map<String, String> failedLaws(Class<?> subject, int[] testsRun) {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter(
                "junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
            .selectors(selectClass(subject))
            .execute();
    testsRun[0] = (int) results.testEvents().finished().count();
    Map<String, String> failed = new TreeMap<>();
    for (Event e : results.testEvents().failed().list()) {
      String law =
          e.getTestDescriptor()
              .getSource()
              .map(s -> ((MethodSource) s).getMethodName())
              .orElseThrow();
      Throwable t = e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
      failed.put(law, String.valueOf(t.getMessage()));
    }
    return failed;
  }

  private static Set<String> failedLawNames(Class<?> subject) {
    return new TreeSet<>(failedLaws(subject, new int[1]).keySet());
  }

  // --- The control: forwarding changes nothing.

  @Disabled(SUBJECT)
  static class Faithful extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL);
    }
  }

  @Test
  void aFaithfulWrapperPassesEveryLaw() {
    int[] run = new int[1];
    assertThat(failedLaws(Faithful.class, run)).isEmpty();
    assertThat(run[0]).isEqualTo(21);
  }

  // --- dayKind reports make-up working days as plain weekends, while isWorkingDay says working.

  @Disabled(SUBJECT)
  static class MakeupAsWeekend extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public DayKind dayKind(LocalDate date) {
          DayKind kind = delegate.dayKind(date);
          return kind == DayKind.MAKEUP_WORKDAY ? DayKind.WEEKEND : kind;
        }
      };
    }
  }

  @Test
  void makeupDaysReportedAsWeekendsAreCaught() {
    Map<String, String> failed = failedLaws(MakeupAsWeekend.class, new int[1]);
    assertThat(failed).containsOnlyKeys("dayKindAgreesWithIsWorkingDay");
    // The first make-up day of the official data: 2018-02-11 (国办发明电〔2017〕12号, 春节).
    assertThat(failed.get("dayKindAgreesWithIsWorkingDay"))
        .startsWith("dayKind(2018-02-11) is WEEKEND but isWorkingDay(2018-02-11) is true");
  }

  /** The same broken calendar, with the law it breaks switched off by overriding it. */
  @Disabled(SUBJECT)
  static class MakeupAsWeekendLawOff extends MakeupAsWeekend {
    @Override
    public void dayKindAgreesWithIsWorkingDay() {
      // Switched off on purpose (an override without @Test): the test shows how this works.
    }
  }

  @Test
  void aLawOverriddenWithoutTestIsNotRun() {
    int[] run = new int[1];
    assertThat(failedLaws(MakeupAsWeekendLawOff.class, run)).isEmpty();
    assertThat(run[0]).isEqualTo(20);
  }

  // --- plusWorkingDays skips make-up working days (counts only Monday to Friday).

  @Disabled(SUBJECT)
  static class PlusSkipsMakeupDays extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public LocalDate plusWorkingDays(LocalDate date, int n) {
          DateRange cov = delegate.coverage();
          if (!cov.contains(date)) {
            return delegate.plusWorkingDays(date, n); // throws
          }
          LocalDate x = date;
          int left = Math.abs(n);
          while (left > 0) {
            x = n > 0 ? x.plusDays(1) : x.minusDays(1);
            if (!cov.contains(x)) {
              return delegate.plusWorkingDays(date, n); // throws
            }
            if (delegate.dayKind(x) == DayKind.WORKDAY) {
              left--;
            }
          }
          return x;
        }
      };
    }
  }

  @Test
  void plusThatSkipsMakeupDaysIsCaught() {
    Set<String> failed = failedLawNames(PlusSkipsMakeupDays.class);
    assertThat(failed)
        .contains(
            "plusCountsWorkingDaysOneByOne",
            "workingDaysBetweenInvertsPlus",
            "nextAndPreviousArePlusOneAndMinusOne")
        .doesNotContain(
            "dayKindAgreesWithIsWorkingDay",
            "dayKindAgreesWithTheDayOfTheWeek",
            "nullDatesAreRejected",
            "workingDaysBetweenCountsTheWorkingDays");
  }

  // --- No coverage check: dates outside the data are guessed from the weekday.

  @Disabled(SUBJECT)
  static class GuessesOutsideTheCoverage extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public DayKind dayKind(LocalDate date) {
          if (delegate.coverage().contains(Objects.requireNonNull(date))) {
            return delegate.dayKind(date);
          }
          DayOfWeek w = date.getDayOfWeek();
          return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY
              ? DayKind.WEEKEND
              : DayKind.WORKDAY;
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
          return dayKind(date).isWorkingDay();
        }
      };
    }
  }

  @Test
  void guessingOutsideTheCoverageIsCaught() {
    Map<String, String> failed = failedLaws(GuessesOutsideTheCoverage.class, new int[1]);
    assertThat(failed).containsOnlyKeys("datesOutsideTheCoverageAreRefused");
    assertThat(failed.get("datesOutsideTheCoverageAreRefused"))
        .startsWith("dayKind(2017-12-31) must throw OutsideCoverageException");
  }

  // --- workingDaysBetween counts [start, end) instead of (start, end].

  @Disabled(SUBJECT)
  static class BetweenOffByOne extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public int workingDaysBetween(LocalDate start, LocalDate end) {
          int right = delegate.workingDaysBetween(start, end);
          int shift = (delegate.isWorkingDay(start) ? 1 : 0) - (delegate.isWorkingDay(end) ? 1 : 0);
          return end.isBefore(start) ? right - shift : right + shift;
        }
      };
    }
  }

  @Test
  void anOffByOneCountIsCaught() {
    Map<String, String> failed = failedLaws(BetweenOffByOne.class, new int[1]);
    assertThat(failed.keySet())
        .contains("workingDaysBetweenCountsTheWorkingDays", "workingDaysBetweenInvertsPlus")
        .doesNotContain("plusCountsWorkingDaysOneByOne", "dayKindAgreesWithIsWorkingDay");
    assertThat(failed.get("workingDaysBetweenCountsTheWorkingDays"))
        .startsWith("Property \"workingDaysBetween(a, b) counts the working days in (a, b] [")
        .contains("case seed ")
        .contains("reproduce this case alone");
  }

  // --- latestPlausible() that works on every holiday: earlier dates.

  @Disabled(SUBJECT)
  static class EarlierLatestPlausible extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      WorkingDayCalendar noHolidays =
          new ForwardingCalendar(OFFICIAL) {
            @Override
            public DayKind dayKind(LocalDate date) {
              DayKind kind = delegate.dayKind(date);
              DayOfWeek w = date.getDayOfWeek();
              boolean weekend = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
              return kind == DayKind.HOLIDAY && !weekend ? DayKind.WORKDAY : kind;
            }

            @Override
            public boolean isWorkingDay(LocalDate date) {
              return dayKind(date).isWorkingDay();
            }

            @Override
            public LocalDate plusWorkingDays(LocalDate date, int n) {
              delegate.dayKind(date); // refuses dates outside the coverage
              LocalDate x = date;
              for (int left = Math.abs(n); left > 0; ) {
                x = n > 0 ? x.plusDays(1) : x.minusDays(1);
                if (isWorkingDay(x)) {
                  left--;
                }
              }
              return x;
            }
          };
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public WorkingDayCalendar latestPlausible() {
          return noHolidays;
        }
      };
    }
  }

  @Test
  void anEarlierLatestPlausibleIsCaught() {
    Set<String> failed = failedLawNames(EarlierLatestPlausible.class);
    assertThat(failed)
        .contains(
            "latestPlausibleNeverGivesEarlierDates", "latestPlausibleAgreesWhereNotProvisional");
  }

  // --- isWorkingDay(null) answers false instead of throwing.

  @Disabled(SUBJECT)
  static class NullTolerant extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public boolean isWorkingDay(LocalDate date) {
          return date != null && delegate.isWorkingDay(date);
        }
      };
    }
  }

  @Test
  void acceptingNullIsCaught() {
    Map<String, String> failed = failedLaws(NullTolerant.class, new int[1]);
    assertThat(failed).containsOnlyKeys("nullDatesAreRejected");
    assertThat(failed.get("nullDatesAreRejected"))
        .startsWith("isWorkingDay(null) must throw NullPointerException");
  }

  // --- A non-provisional calendar that flags 2026 as provisional.

  @Disabled(SUBJECT)
  static class ProvisionalByMistake extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public boolean isProvisional(LocalDate date) {
          return delegate.isProvisional(date) || date.getYear() == 2026;
        }
      };
    }
  }

  @Test
  void aWronglyProvisionalAnswerIsCaught() {
    Map<String, String> failed = failedLaws(ProvisionalByMistake.class, new int[1]);
    // it also says those dates cannot change (it forwards mayChange to the official calendar)
    assertThat(failed)
        .containsOnlyKeys(
            "isProvisionalIsFalseOnEveryDateOfANonProvisionalCalendar",
            "mayChangeHoldsOnEveryProvisionalDateAndOnASuffix");
    assertThat(failed.get("isProvisionalIsFalseOnEveryDateOfANonProvisionalCalendar"))
        .startsWith("isProvisional(2026-01-01) is true, but isProvisionalCalendar() says");
  }

  // --- A provisional calendar that says its projected dates cannot change.

  @Disabled(SUBJECT)
  static class ProjectionThatCannotChange extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(ChinaCalendars.provisional()) {
        @Override
        public boolean mayChange(LocalDate date) {
          delegate.mayChange(date); // null and coverage are checked as usual
          return false;
        }
      };
    }

    @Override
    protected boolean isProvisionalCalendar() {
      return true;
    }
  }

  @Test
  void aProjectionThatCannotChangeIsCaught() {
    Map<String, String> failed = failedLaws(ProjectionThatCannotChange.class, new int[1]);
    assertThat(failed).containsOnlyKeys("mayChangeHoldsOnEveryProvisionalDateAndOnASuffix");
    // 2027 is the first year without a notice (the built-in notices end with 2026)
    assertThat(failed.get("mayChangeHoldsOnEveryProvisionalDateAndOnASuffix"))
        .startsWith("isProvisional(2027-01-01) is true but mayChange(2027-01-01) is false");
  }

  // --- A calendar that calls 2025 provisional but not 2026: provisional dates with a gap.

  @Disabled(SUBJECT)
  static class ProvisionalInTheMiddle extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(ChinaCalendars.provisional()) {
        @Override
        public boolean isProvisional(LocalDate date) {
          return delegate.isProvisional(date) || date.getYear() == 2025;
        }

        @Override
        public boolean mayChange(LocalDate date) {
          return isProvisional(date);
        }
      };
    }

    @Override
    protected boolean isProvisionalCalendar() {
      return true;
    }
  }

  @Test
  void provisionalDatesThatAreNotASuffixAreCaught() {
    Map<String, String> failed = failedLaws(ProvisionalInTheMiddle.class, new int[1]);
    assertThat(failed)
        .containsOnlyKeys(
            "isProvisionalIsFalseOnEveryDateOfANonProvisionalCalendar",
            "mayChangeHoldsOnEveryProvisionalDateAndOnASuffix");
    assertThat(failed.get("isProvisionalIsFalseOnEveryDateOfANonProvisionalCalendar"))
        .startsWith("isProvisional(2025-01-01) is true but isProvisional(2026-01-01) is false")
        .contains("a calendar projects from some date on");
  }

  // --- plusWorkingDays answers past the last covered day, guessing Monday to Friday.

  @Disabled(SUBJECT)
  static class AnswersBeyondTheData extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new ForwardingCalendar(OFFICIAL) {
        @Override
        public LocalDate plusWorkingDays(LocalDate date, int n) {
          DateRange cov = delegate.coverage();
          LocalDate lastWorking = cov.last();
          while (!delegate.isWorkingDay(lastWorking)) {
            lastWorking = lastWorking.minusDays(1);
          }
          int left = n - delegate.workingDaysBetween(date, lastWorking);
          if (n <= 0 || left <= 0) {
            return delegate.plusWorkingDays(date, n);
          }
          LocalDate x = lastWorking;
          while (left > 0) {
            x = x.plusDays(1);
            if (x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
              left--;
            }
          }
          return x;
        }
      };
    }
  }

  @Test
  void answersBeyondTheDataAreCaught() {
    Set<String> failed = failedLawNames(AnswersBeyondTheData.class);
    assertThat(failed)
        .contains("answersBeyondTheCoverageAreRefused", "plusAnswersExactlyInsideTheCoverage")
        .doesNotContain("datesOutsideTheCoverageAreRefused", "dayKindAgreesWithIsWorkingDay");
  }

  @Test
  void theSuiteHasTheDocumentedLaws() {
    assertThat(
            List.of(WorkingDayCalendarContract.class.getDeclaredMethods()).stream()
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(java.lang.reflect.Method::getName)
                .sorted()
                .toList())
        .containsExactly(
            "answersBeyondTheCoverageAreRefused",
            "datesOutsideTheCoverageAreRefused",
            "dayKindAgreesWithIsWorkingDay",
            "dayKindAgreesWithTheDayOfTheWeek",
            "isProvisionalIsFalseOnEveryDateOfANonProvisionalCalendar",
            "latestPlausibleAgreesWhereNotProvisional",
            "latestPlausibleNeverGivesEarlierDates",
            "mayChangeHoldsOnEveryProvisionalDateAndOnASuffix",
            "nextAndPreviousArePlusOneAndMinusOne",
            "noticesAreInOrderOfReleaseAndVersionIsStable",
            "nullDatesAreRejected",
            "plusAnswersExactlyInsideTheCoverage",
            "plusCountsWorkingDaysOneByOne",
            "plusIsIncreasingInTheCount",
            "plusIsInvertibleFromAWorkingDay",
            "plusIsNonDecreasingInTheDate",
            "plusLandsOnAWorkingDayOnTheRightSide",
            "plusZeroIsTheDateItself",
            "workingDaysBetweenCountsTheWorkingDays",
            "workingDaysBetweenInvertsPlus",
            "workingDaysBetweenIsAntisymmetricAndAdditive");
  }
}
