package org.employmentlinkage.testkit.invariants;

import java.time.LocalDate;
import java.util.Optional;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#DEADLINE_LAWS}; throws an {@link AssertionError} saying what broke.
 */
final class DeadlineLawsCheck {
  private DeadlineLawsCheck() {}

  /** 二（三）: "在土地征收公告发布后30个工作日内". */
  static final int LAND_SURVEY_WORKING_DAYS = 30;

  static void check(PolicyUnderTest policy, ProjectEvent event) {
    ObligationDecision d = policy.obligations(event);
    WorkingDayCalendar calendar = policy.calendar();
    boolean landNotice = event.kind() == ProjectEventKind.LAND_EXPROPRIATION_NOTICE;
    for (Duty duty : d.duties()) {
      String what = "duty " + duty.code();
      if (duty.clause() == ClauseRef.LAND_EXPROPRIATION
          && duty.period().isPresent()
          && duty.period().get().workingDays() != LAND_SURVEY_WORKING_DAYS) {
        throw new AssertionError(
            what
                + " of 二（三） counts "
                + duty.period().get()
                + ", not the 30 working days of \"在土地征收公告发布后30个工作日内\"");
      }
      if (duty.deadline().isPresent()) {
        deadline(duty, duty.deadline().get(), event, calendar, landNotice);
      } else if (duty.timing() == DutyTiming.DUE_DATE_UNDETERMINED) {
        WorkingDayPeriod period = duty.period().orElseThrow();
        LocalDate trigger = duty.trigger().orElseThrow();
        Deadline computed;
        try {
          computed = period.after(trigger, calendar);
        } catch (OutsideCoverageException e) {
          continue; // undetermined because the calendar does not cover the period: as it should be
        }
        throw new AssertionError(
            what
                + " has no due date, but the calendar covers the period: "
                + period
                + " after "
                + trigger
                + " are due on "
                + computed.due());
      }
    }
    if (landNotice && (d.outcome() == Outcome.YES || d.outcome() == Outcome.UNDETERMINED)) {
      for (Duty duty : d.duties()) {
        if (duty.clause() == ClauseRef.LAND_EXPROPRIATION
            && duty.period().isPresent()
            && duty.trigger().equals(Optional.of(event.date()))) {
          return;
        }
      }
      throw new AssertionError(
          "the land notice triggers 二（三） ("
              + d.outcome()
              + ") but no duty counts the 30 working days from its publication on "
              + event.date()
              + ": "
              + d.duties());
    }
  }

  private static void deadline(
      Duty duty,
      Deadline deadline,
      ProjectEvent event,
      WorkingDayCalendar calendar,
      boolean landNotice) {
    String what = "duty " + duty.code();
    LocalDate trigger = deadline.trigger();
    if (landNotice && !trigger.equals(event.date())) {
      throw new AssertionError(
          what
              + " counts from "
              + trigger
              + ", not from the notice's publication date "
              + event.date()
              + " (day 0)");
    }
    WorkingDayPeriod period = deadline.period();
    Deadline expected;
    try {
      expected = period.after(trigger, calendar);
    } catch (OutsideCoverageException e) {
      throw new AssertionError(
          what
              + " is due on "
              + deadline.due()
              + ", but the calendar does not cover "
              + period
              + " after "
              + trigger
              + ": "
              + e.getMessage(),
          e);
    }
    if (!expected.equals(deadline)) {
      throw new AssertionError(
          what
              + " has the deadline "
              + deadline
              + ", but "
              + period
              + ".after("
              + trigger
              + ", calendar) is "
              + expected);
    }
    LocalDate due = deadline.due();
    // a provisional due date is the earliest any plausible arrangement of the projected holidays
    // gives, not a count on the calendar's own (statutory-dates-only) answers
    int counted = countWorkingDays(calendar, trigger, due, period.countsMakeupWorkdays());
    if (deadline.provisional()) {
      if (due.isAfter(deadline.latestDue())) {
        throw new AssertionError(
            what + " is due on " + due + ", after its latest due date " + deadline.latestDue());
      }
    } else if (!calendar.isWorkingDay(due)
        || (!period.countsMakeupWorkdays() && calendar.dayKind(due) == DayKind.MAKEUP_WORKDAY)
        || counted != period.workingDays()) {
      throw new AssertionError(
          what
              + " is due on "
              + due
              + " ("
              + calendar.dayKind(due)
              + "), which is not the "
              + period.workingDays()
              + "th working day after "
              + trigger
              + ": counting one day at a time, ("
              + trigger
              + ", "
              + due
              + "] holds "
              + counted);
    }
    if (deadline.provisional()) {
      WorkingDayCalendar latest = calendar.latestPlausible();
      int late =
          countWorkingDays(latest, trigger, deadline.latestDue(), period.countsMakeupWorkdays());
      if (!latest.isWorkingDay(deadline.latestDue()) || late != period.workingDays()) {
        throw new AssertionError(
            what
                + " is latest due on "
                + deadline.latestDue()
                + ", which is not the "
                + period.workingDays()
                + "th working day after "
                + trigger
                + " on the latest plausible calendar (counted: "
                + late
                + ")");
      }
    }
  }

  /** Working days in (from, to], one at a time. */
  private static int countWorkingDays(
      WorkingDayCalendar calendar, LocalDate from, LocalDate to, boolean countMakeup) {
    int n = 0;
    for (LocalDate x = from.plusDays(1); !x.isAfter(to); x = x.plusDays(1)) {
      if (calendar.isWorkingDay(x)
          && (countMakeup || calendar.dayKind(x) != DayKind.MAKEUP_WORKDAY)) {
        n++;
      }
    }
    return n;
  }
}
