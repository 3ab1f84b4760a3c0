package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Building calendars: user notices, precedence, the errors of an inconsistent set, as-known-at with
 * user notices, and serialization.
 *
 * <p>The 2027/2028 notices in this class are FICTITIOUS test input (numbers 测试〔…〕, source
 * example.org), made up to exercise the rules; they say nothing about the real 2027 arrangement.
 */
class ChinaCalendarsTest {

  /** A fictitious notice for 2027, released 2026-11-01. */
  static HolidayNotice fictitious2027() {
    return notice(
        "测试〔2026〕1号",
        2027,
        d(2026, 11, 1),
        null,
        DayDeclaration.rest(d(2026, 12, 31), d(2027, 1, 2), "元旦"),
        DayDeclaration.work(d(2027, 1, 3), "元旦"));
  }

  static HolidayNotice notice(
      String number, int year, LocalDate released, String amends, DayDeclaration... declarations) {
    HolidayNotice.Builder b = HolidayNotice.builder();
    b.number(number)
        .title("测试通知（虚构）" + year)
        .released(released)
        .year(year)
        .source("https://example.org/fictitious/" + number);
    if (amends != null) {
      b.amends(amends);
    }
    b.addDeclarations(declarations);
    return b.build();
  }

  @Test
  void userNoticesExtendTheOfficialCalendarWithoutChangingIt() {
    WorkingDayCalendar cal = ChinaCalendars.withNotices(List.of(fictitious2027()));
    assertThat(cal.coverage()).isEqualTo(DateRange.of(d(2018, 1, 1), d(2027, 12, 31)));
    assertThat(cal.dayKind(d(2026, 12, 31))).isEqualTo(DayKind.HOLIDAY); // a Thursday
    assertThat(cal.dayKind(d(2027, 1, 2))).isEqualTo(DayKind.HOLIDAY); // a Saturday in the range
    assertThat(cal.dayKind(d(2027, 1, 3))).isEqualTo(DayKind.MAKEUP_WORKDAY);
    assertThat(cal.dayKind(d(2027, 1, 4))).isEqualTo(DayKind.WORKDAY);
    assertThat(cal.isProvisional(d(2027, 6, 1))).isFalse();
    // counted by hand: Jan 3 (make-up Sunday), 4-8, 11-15, 18
    assertThat(cal.nextWorkingDay(d(2027, 1, 1))).isEqualTo(d(2027, 1, 3));
    assertThat(cal.plusWorkingDays(d(2027, 1, 4), 10)).isEqualTo(d(2027, 1, 18));
    assertThat(cal.workingDaysBetween(d(2027, 1, 1), d(2027, 1, 8))).isEqualTo(6);
    assertThat(cal.notices()).endsWith(fictitious2027());
    assertThat(cal.version())
        .isEqualTo(
            "CN official 2018-2026 (11 notices, last 国办发明电〔2025〕7号 released 2025-11-04);"
                + " user notices: 测试〔2026〕1号 released 2026-11-01");

    WorkingDayCalendar official = ChinaCalendars.official();
    assertThat(official.coverage().last()).isEqualTo(d(2026, 12, 31));
    assertThat(official.dayKind(d(2026, 12, 31))).isEqualTo(DayKind.WORKDAY);
    assertThat(official.notices()).doesNotContain(fictitious2027());
  }

  @Test
  void theSameNoticeGivenTwiceCountsOnce() {
    List<HolidayNotice> twice = List.of(fictitious2027(), fictitious2027());
    assertThat(ChinaCalendars.withNotices(twice).notices()).hasSize(12);
    assertThat(ChinaCalendars.withNotices(ChinaCalendars.officialNotices()))
        .isSameAs(ChinaCalendars.official());
    assertThat(ChinaCalendars.builder().build()).isSameAs(ChinaCalendars.official());
    assertThat(ChinaCalendars.builder().provisional(true).build())
        .isSameAs(ChinaCalendars.provisional());
  }

  @Test
  void aLaterReleaseWinsOnADateBothDeclare() {
    // A fictitious amendment released after the fictitious 2027 notice turns the make-up Sunday
    // into a rest day and 2027-01-04 into a rest day.
    HolidayNotice amendment =
        notice(
            "测试〔2026〕2号",
            2027,
            d(2026, 12, 20),
            "测试〔2026〕1号",
            DayDeclaration.rest(d(2027, 1, 3), d(2027, 1, 4), "元旦"));
    WorkingDayCalendar cal = ChinaCalendars.withNotices(List.of(amendment, fictitious2027()));
    assertThat(cal.dayKind(d(2027, 1, 3))).isEqualTo(DayKind.HOLIDAY);
    assertThat(cal.dayKind(d(2027, 1, 4))).isEqualTo(DayKind.HOLIDAY);
    assertThat(cal.notices()).endsWith(fictitious2027(), amendment);
    WorkingDayCalendar before =
        ChinaCalendars.builder()
            .addNotices(List.of(fictitious2027(), amendment))
            .knownAt(d(2026, 12, 19))
            .build();
    assertThat(before.dayKind(d(2027, 1, 3))).isEqualTo(DayKind.MAKEUP_WORKDAY);
    WorkingDayCalendar beforeAny =
        ChinaCalendars.builder()
            .addNotices(List.of(fictitious2027(), amendment))
            .knownAt(d(2026, 10, 31))
            .build();
    assertThat(beforeAny).isSameAs(ChinaCalendars.official());
  }

  @Test
  void twoNoticesReleasedTheSameDayThatDisagreeAreAnError() {
    HolidayNotice y2027 =
        notice(
            "测试〔2026〕1号",
            2027,
            d(2026, 11, 1),
            null,
            DayDeclaration.rest(d(2027, 12, 31), d(2027, 12, 31), "元旦"));
    HolidayNotice y2028 =
        notice(
            "测试〔2026〕3号", 2028, d(2026, 11, 1), null, DayDeclaration.work(d(2027, 12, 31), "元旦"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(y2027, y2028)))
        .isInstanceOfSatisfying(
            NoticeFormatException.class,
            e ->
                assertThat(e.reason())
                    .contains("测试〔2026〕1号")
                    .contains("测试〔2026〕3号")
                    .contains("both released 2026-11-01")
                    .contains("disagree on 2027-12-31"));
    // Agreeing on the date is fine.
    HolidayNotice agreeing =
        notice(
            "测试〔2026〕3号",
            2028,
            d(2026, 11, 1),
            null,
            DayDeclaration.rest(d(2027, 12, 31), d(2028, 1, 1), "元旦"));
    assertThat(ChinaCalendars.withNotices(List.of(y2027, agreeing)).coverage().last())
        .isEqualTo(d(2028, 12, 31));
  }

  @Test
  void theSameNumberWithDifferentContentIsAnError() {
    HolidayNotice other =
        notice(
            "测试〔2026〕1号",
            2027,
            d(2026, 11, 1),
            null,
            DayDeclaration.rest(d(2027, 1, 1), d(2027, 1, 1), "元旦"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(fictitious2027(), other)))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining("two different notices share the number 测试〔2026〕1号");
    HolidayNotice official2026 = ChinaCalendars.officialNotices().get(10);
    HolidayNotice.Builder changed = HolidayNotice.builder();
    changed.from(official2026).source("https://example.org/copy");
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(changed.build())))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining("国办发明电〔2025〕7号");
  }

  @Test
  void yearsMustBeContiguous() {
    HolidayNotice y2028 =
        notice(
            "测试〔2027〕1号",
            2028,
            d(2027, 11, 1),
            null,
            DayDeclaration.rest(d(2028, 1, 1), d(2028, 1, 1), "元旦"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(y2028)))
        .isInstanceOfSatisfying(
            NoticeFormatException.class,
            e -> {
              assertThat(e.source()).isEqualTo("ChinaCalendars");
              assertThat(e.line()).isZero();
              assertThat(e.reason())
                  .contains("arrange 2026 and 2028 but not 2027: the years")
                  .contains("add the notice for 2027");
            });
    assertThat(ChinaCalendars.withNotices(List.of(fictitious2027(), y2028)).coverage().last())
        .isEqualTo(d(2028, 12, 31));
  }

  @Test
  void amendmentsMustNameAnEarlierNoticeOfTheirYear() {
    HolidayNotice unknownTarget =
        notice(
            "测试〔2026〕2号",
            2026,
            d(2026, 3, 1),
            "测试〔2025〕9号",
            DayDeclaration.rest(d(2026, 5, 6), d(2026, 5, 6), "劳动节"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(unknownTarget)))
        .hasMessageContaining("amends 测试〔2025〕9号, which is not among the notices");
    HolidayNotice otherYear =
        notice(
            "测试〔2026〕2号",
            2027,
            d(2026, 12, 1),
            "国办发明电〔2025〕7号",
            DayDeclaration.rest(d(2027, 5, 6), d(2027, 5, 6), "劳动节"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(fictitious2027(), otherYear)))
        .hasMessageContaining("an amendment must change a notice of its own year");
    HolidayNotice tooEarly =
        notice(
            "测试〔2025〕8号",
            2026,
            d(2025, 11, 4),
            "国办发明电〔2025〕7号",
            DayDeclaration.rest(d(2026, 5, 6), d(2026, 5, 6), "劳动节"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(tooEarly)))
        .hasMessageContaining("must be released after the notice it amends");
    HolidayNotice secondBase =
        notice(
            "测试〔2026〕2号",
            2026,
            d(2026, 3, 1),
            null,
            DayDeclaration.rest(d(2026, 5, 6), d(2026, 5, 6), "劳动节"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(secondBase)))
        .hasMessageContaining("two notices arrange 2026: 国办发明电〔2025〕7号 and 测试〔2026〕2号")
        .hasMessageContaining("amends: 国办发明电〔2025〕7号");
  }

  @Test
  void nullsAreRejectedWithTheArgumentsName() {
    assertThatThrownBy(() -> ChinaCalendars.withNotices(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("notices");
    List<HolidayNotice> withNull = new ArrayList<>(Arrays.asList(fictitious2027(), null));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(() -> ChinaCalendars.officialAsKnownAt(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> ChinaCalendars.builder().knownAt(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  void listsAreUnmodifiable() {
    assertThatThrownBy(() -> ChinaCalendars.officialNotices().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ChinaCalendars.official().notices().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theBuiltInCalendarsDeserializeToTheSharedInstances() throws Exception {
    assertThat(roundTrip(ChinaCalendars.official())).isSameAs(ChinaCalendars.official());
    assertThat(roundTrip(ChinaCalendars.provisional())).isSameAs(ChinaCalendars.provisional());
    assertThat(roundTrip(ChinaCalendars.provisional().latestPlausible()))
        .isSameAs(ChinaCalendars.provisional().latestPlausible());
    WorkingDayCalendar knownAt = ChinaCalendars.officialAsKnownAt(d(2020, 1, 26));
    assertThat(roundTrip(knownAt)).isSameAs(knownAt);
    WorkingDayCalendar empty = ChinaCalendars.officialAsKnownAt(d(2017, 1, 1));
    assertThat(roundTrip(empty)).isSameAs(empty);
  }

  @Test
  void otherCalendarsDeserializeToAnEqualCalendar() throws Exception {
    WorkingDayCalendar cal =
        ChinaCalendars.builder().addNotices(List.of(fictitious2027())).provisional(true).build();
    WorkingDayCalendar copy = roundTrip(cal);
    assertThat(copy).isEqualTo(cal).hasSameHashCodeAs(cal);
    assertThat(copy.version()).isEqualTo(cal.version());
    assertThat(copy.coverage()).isEqualTo(cal.coverage());
    cal.coverage().days().forEach(day -> assertThat(copy.dayKind(day)).isEqualTo(cal.dayKind(day)));
    WorkingDayCalendar projecting =
        ChinaCalendars.builder().knownAt(d(2020, 1, 26)).provisional(true).build();
    assertThat(roundTrip(projecting)).isEqualTo(projecting);
    WorkingDayCalendar latest = roundTrip(projecting.latestPlausible());
    assertThat(latest).isEqualTo(projecting.latestPlausible()).isNotEqualTo(projecting);
    assertThat(latest.version()).endsWith("; latest plausible");
    assertThat(latest.latestPlausible()).isSameAs(latest);
  }

  @Test
  void concurrentCallersGetTheSameCachedCalendars() throws Exception {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = d(2017, 11, 1); d.isBefore(d(2026, 1, 1)); d = d.plusDays(17)) {
      dates.add(d);
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<WorkingDayCalendar>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (LocalDate date : dates) {
          futures.add(pool.submit(() -> ChinaCalendars.officialAsKnownAt(date)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        LocalDate date = dates.get(i % dates.size());
        assertThat(futures.get(i).get()).isSameAs(ChinaCalendars.officialAsKnownAt(date));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A serialized and deserialized copy, by Guava's {@link SerializableTester}. */
  static <T> T roundTrip(T value) {
    return SerializableTester.reserialize(value);
  }

  @Test
  void precedenceIsByReleaseDateNotByYear() {
    // A fictitious amendment of the 2026 notice, released after the fictitious 2027 notice, makes
    // 2026-12-31 a working day again: the later release wins although it arranges the earlier year.
    HolidayNotice late2026 =
        notice(
            "测试〔2026〕5号",
            2026,
            d(2026, 12, 1),
            "国办发明电〔2025〕7号",
            DayDeclaration.work(d(2026, 12, 31), "元旦"));
    WorkingDayCalendar cal = ChinaCalendars.withNotices(List.of(late2026, fictitious2027()));
    assertThat(cal.dayKind(d(2026, 12, 31))).isEqualTo(DayKind.WORKDAY);
    assertThat(cal.notices()).endsWith(fictitious2027(), late2026);
    // known before the amendment, the 2027 notice's rest day stands
    WorkingDayCalendar before =
        ChinaCalendars.builder()
            .addNotices(List.of(late2026, fictitious2027()))
            .knownAt(d(2026, 11, 30))
            .build();
    assertThat(before.dayKind(d(2026, 12, 31))).isEqualTo(DayKind.HOLIDAY);
  }

  @Test
  void theSameDayConflictNamesBothNoticesAndBothKinds() {
    HolidayNotice y2027 =
        notice(
            "测试〔2026〕1号",
            2027,
            d(2026, 11, 1),
            null,
            DayDeclaration.rest(d(2027, 12, 31), d(2027, 12, 31), "元旦"));
    HolidayNotice y2028 =
        notice(
            "测试〔2026〕3号", 2028, d(2026, 11, 1), null, DayDeclaration.work(d(2027, 12, 31), "元旦"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(y2028, y2027)))
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining("(rest day in 测试〔2026〕1号, working day in 测试〔2026〕3号)");
  }

  @Test
  void aGapOfSeveralYearsNamesTheWholeGap() {
    HolidayNotice y2029 =
        notice(
            "测试〔2028〕1号",
            2029,
            d(2028, 11, 1),
            null,
            DayDeclaration.rest(d(2029, 1, 1), d(2029, 1, 1), "元旦"));
    assertThatThrownBy(() -> ChinaCalendars.withNotices(List.of(y2029)))
        .isInstanceOfSatisfying(
            NoticeFormatException.class,
            e -> {
              assertThat(e.reason())
                  .contains("arrange 2026 and 2029 but not 2027..2028")
                  .contains("add the notice for 2027");
              // line 0: the problem is in the set, not on a line of a file
              assertThat(e.getMessage()).startsWith("ChinaCalendars: the notices arrange 2026");
            });
  }

  /**
   * FICTITIOUS notices for 2027..2049 (one rest day each): with them a provisional calendar
   * projects only the last year of the festival table, 2050 ({@link
   * ChinaCalendars#PROVISIONAL_LAST_YEAR}).
   */
  @Test
  void userNoticesUpTo2049LeaveOnly2050ToProject() {
    List<HolidayNotice> notices = new ArrayList<>();
    for (int y = 2027; y <= 2049; y++) {
      notices.add(
          notice(
              "测试〔" + (y - 1) + "〕1号",
              y,
              d(y - 1, 11, 1),
              null,
              DayDeclaration.rest(d(y, 1, 1), d(y, 1, 1), "元旦")));
    }
    WorkingDayCalendar cal = ChinaCalendars.builder().addNotices(notices).provisional(true).build();
    assertThat(cal.coverage().last()).isEqualTo(d(2050, 12, 31));
    assertThat(cal.isProvisional(d(2049, 12, 31))).isFalse();
    assertThat(cal.isProvisional(d(2050, 1, 1))).isTrue();
    assertThat(cal.version()).endsWith("; provisional 2050");
    // 2049-01-01 is declared by its notice; 2049-01-04, a Monday, is not
    assertThat(cal.dayKind(d(2049, 1, 1))).isEqualTo(DayKind.HOLIDAY);
    assertThat(cal.dayKind(d(2049, 1, 4))).isEqualTo(DayKind.WORKDAY);
  }

  /**
   * A calendar of one FICTITIOUS notice alone (no built-in notice is known at 2016-12-31), for a
   * year before 1970 so that its days have negative epoch numbers: the format accepts 1950..2999.
   */
  @Test
  void aSingleYearCalendarFromOneUserNotice() {
    WorkingDayCalendar cal = fictitious1969Alone();
    assertThat(cal.coverage()).isEqualTo(DateRange.of(d(1969, 1, 1), d(1969, 12, 31)));
    assertThat(cal.dayKind(d(1969, 1, 1))).isEqualTo(DayKind.HOLIDAY); // a Wednesday
    assertThat(cal.dayKind(d(1969, 1, 2))).isEqualTo(DayKind.WORKDAY);
    assertThat(cal.dayKind(d(1969, 1, 4))).isEqualTo(DayKind.MAKEUP_WORKDAY); // a Saturday
    assertThat(cal.dayKind(d(1969, 12, 31))).isEqualTo(DayKind.WORKDAY);
    assertThat(cal.nextWorkingDay(d(1969, 1, 1))).isEqualTo(d(1969, 1, 2));
    assertThat(cal.version())
        .isEqualTo("CN official: no notice; user notices: 测试〔1968〕1号 released 1968-12-01");
  }

  /**
   * Builds, on every call, the calendar of one FICTITIOUS notice for 1969 alone (no built-in notice
   * is known at 2016-12-31): 1月1日 a rest day, 1月4日（星期六） a make-up working day.
   */
  private static WorkingDayCalendar fictitious1969Alone() {
    HolidayNotice y1969 =
        notice(
            "测试〔1968〕1号",
            1969,
            d(1968, 12, 1),
            null,
            DayDeclaration.rest(d(1969, 1, 1), d(1969, 1, 1), "元旦"),
            DayDeclaration.work(d(1969, 1, 4), "元旦"));
    return ChinaCalendars.builder().addNotices(List.of(y1969)).knownAt(d(2016, 12, 31)).build();
  }

  @Test
  void aNewlyBuiltCalendarRefusesEveryDayOutsideItsYears() {
    // built here rather than taken from a cache, so that the coverage check of this very build runs
    WorkingDayCalendar cal = fictitious1969Alone();
    // the last day before, the first day after, and years far enough for a month index to overflow
    for (LocalDate outside :
        List.of(
            d(1968, 12, 31),
            d(1970, 1, 1),
            d(1970, 12, 31),
            LocalDate.of(357_915_960, 9, 3),
            LocalDate.MAX,
            LocalDate.MIN)) {
      assertThatThrownBy(() -> cal.isWorkingDay(outside))
          .as("isWorkingDay(%s)", outside)
          .isInstanceOf(OutsideCoverageException.class);
      assertThatThrownBy(() -> cal.dayKind(outside))
          .as("dayKind(%s)", outside)
          .isInstanceOf(OutsideCoverageException.class);
    }
    assertThat(cal.isWorkingDay(d(1969, 12, 31))).isTrue(); // a Wednesday
    assertThat(cal.isWorkingDay(d(1969, 1, 1))).isFalse();
  }

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
