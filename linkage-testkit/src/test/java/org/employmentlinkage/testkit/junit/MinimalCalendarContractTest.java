package org.employmentlinkage.testkit.junit;

import java.time.LocalDate;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Nested;

/**
 * A calendar that implements only the two abstract methods of {@link WorkingDayCalendar} ({@code
 * coverage} and {@code dayKind}) passes the whole contract: every other method is the interface's
 * default. Two subjects: the kinds of {@link ChinaCalendars#official()} (every State Council notice
 * of 2018–2026, with make-up weekends), and the same kinds as known on 2020-01-26, the day before
 * 国办发明电〔2020〕1号 extended the 2020 Spring Festival.
 */
class MinimalCalendarContractTest {

  /**
   * Only {@code coverage()} and {@code dayKind(LocalDate)}; the kinds come from another calendar.
   */
  static final class MinimalCalendar implements WorkingDayCalendar {
    private final WorkingDayCalendar kinds;

    MinimalCalendar(WorkingDayCalendar kinds) {
      this.kinds = kinds;
    }

    @Override
    public DateRange coverage() {
      return kinds.coverage();
    }

    @Override
    public DayKind dayKind(LocalDate date) {
      return kinds.dayKind(date);
    }
  }

  @Nested
  class OfficialKinds extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new MinimalCalendar(ChinaCalendars.official());
    }
  }

  @Nested
  class KindsKnownBeforeThe2020Extension extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return new MinimalCalendar(ChinaCalendars.officialAsKnownAt(LocalDate.of(2020, 1, 26)));
    }
  }
}
