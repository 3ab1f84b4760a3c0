package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small calendar values (date ranges, periods, format errors) and the edges of the official
 * calendar's coverage. Dates from 国办发明电〔2017〕12号 (2018: 元旦 2017-12-30..2018-01-01) and the built-in
 * notices' coverage (2018–2026, docs/festivals.md).
 */
class CalendarValuesTest {

  private static final WorkingDayCalendar OFFICIAL = ChinaCalendars.official();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** Writes and reads: for streams of values changed behind their backs, which must fail. */
  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void aRangeContainsItsFirstAndLastDayAndNothingOutside() {
    DateRange r = DateRange.of(d(2025, 10, 1), d(2025, 10, 8));
    assertThat(r.contains(d(2025, 10, 1))).isTrue();
    assertThat(r.contains(d(2025, 10, 4))).isTrue();
    assertThat(r.contains(d(2025, 10, 8))).isTrue();
    assertThat(r.contains(d(2025, 9, 30))).isFalse();
    assertThat(r.contains(d(2025, 10, 9))).isFalse();
    assertThat(DateRange.ofDay(d(2025, 1, 1)).contains(d(2025, 1, 1))).isTrue();
    assertThat(DateRange.empty().contains(d(2025, 1, 1))).isFalse();
    assertThatThrownBy(() -> r.contains(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theDaysOfARangeRunFromFirstToLastInclusive() {
    assertThat(DateRange.of(d(2025, 9, 30), d(2025, 10, 2)).days())
        .containsExactly(d(2025, 9, 30), d(2025, 10, 1), d(2025, 10, 2));
    assertThat(DateRange.ofDay(d(2025, 1, 1)).days()).containsExactly(d(2025, 1, 1));
    assertThat(DateRange.empty().days()).isEmpty();
  }

  /** {@code LocalDate.MAX} has no next day: the stream must end with it instead of throwing. */
  @Test
  void theDaysOfARangeEndingWithTheLastRepresentableDateIncludeIt() {
    LocalDate max = LocalDate.MAX; // +999999999-12-31
    assertThat(DateRange.ofDay(max).days()).containsExactly(max);
    assertThat(DateRange.of(max.minusDays(2), max).days())
        .containsExactly(max.minusDays(2), max.minusDays(1), max);
    assertThat(DateRange.of(max.minusDays(2), max).lengthInDays()).isEqualTo(3);
    assertThat(DateRange.ofDay(LocalDate.MIN).days()).containsExactly(LocalDate.MIN);
  }

  @Test
  void rangesAreEqualByTheirDays() {
    DateRange r = DateRange.of(d(2025, 10, 1), d(2025, 10, 8));
    new EqualsTester()
        .addEqualityGroup(r, DateRange.of(d(2025, 10, 1), d(2025, 10, 8)))
        .addEqualityGroup(DateRange.of(d(2025, 10, 1), d(2025, 10, 7)))
        .addEqualityGroup(DateRange.of(d(2025, 10, 2), d(2025, 10, 8)))
        .addEqualityGroup(DateRange.empty(), SerializableTester.reserialize(DateRange.empty()))
        .addEqualityGroup("2025-10-01..2025-10-08")
        .testEquals();
    assertThat(r.toString()).isEqualTo("2025-10-01..2025-10-08");
    assertThat(DateRange.empty().toString()).isEqualTo("(empty)");
  }

  @Test
  void rangesSurviveSerializationAndTheEmptyRangeStaysTheSingleton() throws Exception {
    DateRange r = DateRange.of(d(2025, 10, 1), d(2025, 10, 8));
    SerializableTester.reserializeAndAssert(r);
    SerializableTester.reserializeAndAssert(DateRange.ofDay(d(2025, 1, 1)));
    assertThat(SerializableTester.reserialize(DateRange.empty())).isSameAs(DateRange.empty());
  }

  /** A range whose fields were changed behind its back (here by reflection) is not deserialized. */
  @Test
  void inconsistentSerializedRangesAreRejected() throws Exception {
    java.lang.reflect.Field first = DateRange.class.getDeclaredField("first");
    java.lang.reflect.Field last = DateRange.class.getDeclaredField("last");
    first.setAccessible(true);
    last.setAccessible(true);
    DateRange reversed = DateRange.of(d(2025, 10, 1), d(2025, 10, 8));
    first.set(reversed, d(2025, 10, 8));
    last.set(reversed, d(2025, 10, 1));
    assertThatThrownBy(() -> roundTrip(reversed))
        .isInstanceOf(java.io.InvalidObjectException.class)
        .hasMessageContaining("last is before first");
    DateRange halfEmpty = DateRange.of(d(2025, 10, 1), d(2025, 10, 8));
    first.set(halfEmpty, null);
    assertThatThrownBy(() -> roundTrip(halfEmpty))
        .isInstanceOf(java.io.InvalidObjectException.class);
    DateRange otherHalf = DateRange.of(d(2025, 10, 1), d(2025, 10, 8));
    last.set(otherHalf, null);
    assertThatThrownBy(() -> roundTrip(otherHalf))
        .isInstanceOf(java.io.InvalidObjectException.class);
  }

  @Test
  void aPeriodOfOneWorkingDayIsTheShortest() {
    assertThat(WorkingDayPeriod.of(1).workingDays()).isEqualTo(1);
    // Fri 2018-07-06 → the next working day, Mon 2018-07-09
    assertThat(WorkingDayPeriod.of(1).after(d(2018, 7, 6), OFFICIAL).due())
        .isEqualTo(d(2018, 7, 9));
    assertThatThrownBy(() -> WorkingDayPeriod.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void periodsAreValuesThatSayWhatTheyCount() {
    WorkingDayPeriod thirty = WorkingDayPeriod.of(30);
    WorkingDayPeriod strict = thirty.excludingMakeupWorkdays();
    new EqualsTester()
        .addEqualityGroup(thirty, WorkingDayPeriod.of(30))
        .addEqualityGroup(strict, WorkingDayPeriod.of(30).excludingMakeupWorkdays())
        .addEqualityGroup(WorkingDayPeriod.of(31))
        .testEquals();
    assertThat(thirty.countsMakeupWorkdays()).isTrue();
    assertThat(strict.countsMakeupWorkdays()).isFalse();
    assertThat(thirty.toString()).contains("30").doesNotContain("excluded");
    assertThat(strict.toString()).contains("30").contains("make-up days excluded");
  }

  @Test
  void formatErrorsOnALineNameItAndSetErrorsDoNot() {
    NoticeFormatException onLine = new NoticeFormatException("2027.txt", 9, "range reversed");
    assertThat(onLine.getMessage()).isEqualTo("2027.txt:9: range reversed");
    assertThat(onLine.line()).isEqualTo(9);
    NoticeFormatException firstLine = new NoticeFormatException("2027.txt", 1, "bad");
    assertThat(firstLine.getMessage()).isEqualTo("2027.txt:1: bad");
    NoticeFormatException set = new NoticeFormatException("ChinaCalendars", 0, "gap");
    assertThat(set.getMessage()).isEqualTo("ChinaCalendars: gap");
    assertThat(set.source()).isEqualTo("ChinaCalendars");
    assertThat(set.reason()).isEqualTo("gap");
  }

  @Test
  void theFirstWorkingDayOfTheCoverageCanBeReachedButNotPassed() {
    // 2018: 元旦 2017-12-30..2018-01-01, so Tue 2018-01-02 is the first working day covered.
    LocalDate first = d(2018, 1, 2);
    assertThat(OFFICIAL.isWorkingDay(first)).isTrue();
    assertThat(OFFICIAL.previousWorkingDay(d(2018, 1, 3))).isEqualTo(first);
    assertThat(OFFICIAL.plusWorkingDays(d(2018, 1, 4), -2)).isEqualTo(first);
    assertThat(OFFICIAL.nextWorkingDay(d(2018, 1, 1))).isEqualTo(first);
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(d(2018, 1, 4), -3))
        .isInstanceOfSatisfying(
            OutsideCoverageException.class,
            e -> {
              assertThat(e.getMessage()).contains("3 working day(s) before 2018-01-04");
              assertThat(e.getMessage()).startsWith("the date 3 working day(s) before");
              assertThat(e.date()).isEqualTo(d(2018, 1, 1));
            });
    assertThatThrownBy(() -> OFFICIAL.plusWorkingDays(first, Integer.MIN_VALUE))
        .isInstanceOf(OutsideCoverageException.class)
        .hasMessageContaining("2147483648 working day(s) before 2018-01-02")
        .message()
        .doesNotContain("-2147483648");
  }

  @Test
  void theDefaultVersionIsTheImplementationsClassName() {
    WorkingDayCalendar minimal = new AllWorkingDays();
    assertThat(minimal.version()).isEqualTo(AllWorkingDays.class.getName());
    assertThat(minimal.notices()).isEmpty();
    assertThat(minimal.latestPlausible()).isSameAs(minimal);
  }

  @Test
  void calendarsDescribeThemselvesByVersionAndCoverage() {
    assertThat(OFFICIAL.toString())
        .contains(OFFICIAL.version())
        .contains(OFFICIAL.coverage().toString());
  }

  /** A one-week calendar on which every day works: the least a custom implementation provides. */
  private static final class AllWorkingDays implements WorkingDayCalendar {
    private final DateRange week = DateRange.of(d(2030, 1, 7), d(2030, 1, 13));

    @Override
    public DateRange coverage() {
      return week;
    }

    @Override
    public DayKind dayKind(LocalDate date) {
      return DayKind.WORKDAY;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return true;
    }

    @Override
    public boolean isProvisional(LocalDate date) {
      return false;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
      return date.plusDays(n);
    }

    @Override
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
      return (int) (endInclusive.toEpochDay() - startExclusive.toEpochDay());
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
      return date.plusDays(1);
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
      return date.minusDays(1);
    }
  }

  @Test
  void theOfficialNoticesAreListedInOrderOfRelease() {
    List<HolidayNotice> notices = ChinaCalendars.officialNotices();
    for (int i = 1; i < notices.size(); i++) {
      assertThat(notices.get(i).released()).isAfter(notices.get(i - 1).released());
    }
  }
}
