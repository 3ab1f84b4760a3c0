package org.employmentlinkage.testkit.junit;

import java.time.LocalDate;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.testkit.TestNotices;
import org.junit.jupiter.api.Nested;

/**
 * The contract suite applied to the shipped calendars: official, provisional (and its
 * latest-plausible variant), as known at a date (before the 2020 extension, and before any notice),
 * and with user notices (fictitious test notices for 2027, alone and with a projection).
 */
class ContractSubjectsTest {

  @Nested
  class Official extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return ChinaCalendars.official();
    }
  }

  @Nested
  class Provisional extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return ChinaCalendars.provisional();
    }

    @Override
    protected boolean isProvisionalCalendar() {
      return true;
    }
  }

  @Nested
  class ProvisionalLatestPlausible extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return ChinaCalendars.provisional().latestPlausible();
    }

    @Override
    protected boolean isProvisionalCalendar() {
      return true;
    }
  }

  /** The day before 国办发明电〔2020〕1号 (released 2020-01-27) extended the Spring Festival. */
  @Nested
  class AsKnownBeforeTheExtension extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return ChinaCalendars.officialAsKnownAt(LocalDate.of(2020, 1, 26));
    }
  }

  /** Before the first notice (国办发明电〔2017〕12号, 2017-11-30): an empty coverage. */
  @Nested
  class AsKnownBeforeAnyNotice extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return ChinaCalendars.officialAsKnownAt(LocalDate.of(2017, 6, 1));
    }
  }

  @Nested
  class WithUserNotices extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return ChinaCalendars.withNotices(TestNotices.fictitious());
    }
  }

  @Nested
  class WithUserNoticesProvisional extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
      return ChinaCalendars.builder()
          .addNotices(TestNotices.fictitious())
          .provisional(true)
          .build();
    }

    @Override
    protected boolean isProvisionalCalendar() {
      return true;
    }
  }
}
