package org.employmentlinkage.testkit.junit;

import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayCalendar;

/**
 * A calendar that forwards every call to another one: the base of the deliberately broken
 * calendars, each of which overrides one method wrongly. Its {@code latestPlausible()} is itself
 * when the delegate's is the delegate.
 */
class ForwardingCalendar implements WorkingDayCalendar {
  final WorkingDayCalendar delegate;

  ForwardingCalendar(WorkingDayCalendar delegate) {
    this.delegate = delegate;
  }

  @Override
  public DateRange coverage() {
    return delegate.coverage();
  }

  @Override
  public DayKind dayKind(LocalDate date) {
    return delegate.dayKind(date);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return delegate.isWorkingDay(date);
  }

  @Override
  public boolean isProvisional(LocalDate date) {
    return delegate.isProvisional(date);
  }

  @Override
  public boolean mayChange(LocalDate date) {
    return delegate.mayChange(date);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    return delegate.plusWorkingDays(date, n);
  }

  @Override
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    return delegate.workingDaysBetween(startExclusive, endInclusive);
  }

  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    return delegate.nextWorkingDay(date);
  }

  @Override
  public LocalDate previousWorkingDay(LocalDate date) {
    return delegate.previousWorkingDay(date);
  }

  @Override
  public List<HolidayNotice> notices() {
    return delegate.notices();
  }

  @Override
  public String version() {
    return getClass().getSimpleName() + " over " + delegate.version();
  }

  @Override
  public WorkingDayCalendar latestPlausible() {
    WorkingDayCalendar latest = delegate.latestPlausible();
    return latest == delegate ? this : latest;
  }
}
