package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Null, out-of-coverage and overflowing input to every calendar method. */
class BadInputTest {

  static Stream<WorkingDayCalendar> calendars() {
    return Stream.of(
        ChinaCalendars.official(),
        ChinaCalendars.provisional(),
        ChinaCalendars.provisional().latestPlausible(),
        ChinaCalendars.officialAsKnownAt(LocalDate.of(2020, 1, 26)));
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void nullDatesAreRejectedWithTheArgumentsName(WorkingDayCalendar cal) {
    LocalDate ok = LocalDate.of(2019, 6, 3);
    List<Object[]> cases =
        List.of(
            new Object[] {(Consumer<WorkingDayCalendar>) c -> c.dayKind(null), "date"},
            new Object[] {(Consumer<WorkingDayCalendar>) c -> c.isWorkingDay(null), "date"},
            new Object[] {(Consumer<WorkingDayCalendar>) c -> c.isProvisional(null), "date"},
            new Object[] {(Consumer<WorkingDayCalendar>) c -> c.plusWorkingDays(null, 3), "date"},
            new Object[] {(Consumer<WorkingDayCalendar>) c -> c.nextWorkingDay(null), "date"},
            new Object[] {(Consumer<WorkingDayCalendar>) c -> c.previousWorkingDay(null), "date"},
            new Object[] {
              (Consumer<WorkingDayCalendar>) c -> c.workingDaysBetween(null, ok), "startExclusive"
            },
            new Object[] {
              (Consumer<WorkingDayCalendar>) c -> c.workingDaysBetween(ok, null), "endInclusive"
            });
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      Consumer<WorkingDayCalendar> call = (Consumer<WorkingDayCalendar>) c[0];
      assertThatThrownBy(() -> call.accept(cal))
          .isInstanceOf(NullPointerException.class)
          .hasMessage((String) c[1]);
    }
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void datesOutsideTheCoverageNameTheRangeAndHowToAddData(WorkingDayCalendar cal) {
    DateRange coverage = cal.coverage();
    for (LocalDate outside :
        List.of(
            coverage.first().minusDays(1),
            coverage.last().plusDays(1),
            LocalDate.MIN,
            LocalDate.MAX)) {
      List<Runnable> calls =
          List.of(
              () -> cal.dayKind(outside),
              () -> cal.isWorkingDay(outside),
              () -> cal.isProvisional(outside),
              () -> cal.plusWorkingDays(outside, 0),
              () -> cal.plusWorkingDays(outside, 1),
              () -> cal.nextWorkingDay(outside),
              () -> cal.previousWorkingDay(outside),
              () -> cal.workingDaysBetween(outside, coverage.first()),
              () -> cal.workingDaysBetween(coverage.last(), outside));
      for (Runnable call : calls) {
        assertThatThrownBy(call::run)
            .isInstanceOfSatisfying(
                OutsideCoverageException.class,
                e -> {
                  assertThat(e.date()).isEqualTo(outside);
                  assertThat(e.coverage()).isEqualTo(coverage);
                  assertThat(e.getMessage())
                      .contains(outside.toString())
                      .contains(coverage.toString())
                      .contains("ChinaCalendars.withNotices(HolidayNotices.read(path))")
                      .contains("ChinaCalendars.provisional()");
                });
      }
    }
  }

  @ParameterizedTest
  @MethodSource("calendars")
  void answersBeyondTheCoverageThrowInsteadOfOverflowing(WorkingDayCalendar cal) {
    DateRange coverage = cal.coverage();
    LocalDate lastWorking =
        cal.isWorkingDay(coverage.last())
            ? coverage.last()
            : cal.previousWorkingDay(coverage.last());
    assertThatThrownBy(() -> cal.nextWorkingDay(lastWorking))
        .isInstanceOfSatisfying(
            OutsideCoverageException.class,
            e -> {
              assertThat(e.date()).isEqualTo(coverage.last());
              assertThat(e.getMessage()).contains("1 working day(s) after " + lastWorking);
            });
    LocalDate firstWorking =
        cal.isWorkingDay(coverage.first())
            ? coverage.first()
            : cal.nextWorkingDay(coverage.first());
    assertThatThrownBy(() -> cal.previousWorkingDay(firstWorking))
        .isInstanceOfSatisfying(
            OutsideCoverageException.class, e -> assertThat(e.date()).isEqualTo(coverage.first()));
    for (int n : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1}) {
      assertThatThrownBy(() -> cal.plusWorkingDays(firstWorking, n))
          .isInstanceOf(OutsideCoverageException.class)
          .hasMessageContaining(String.valueOf(Math.abs((long) n)));
    }
  }
}
