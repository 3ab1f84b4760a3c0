package org.employmentlinkage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.opengamma.strata.basics.date.ImmutableHolidayCalendar;
import java.time.LocalDate;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * The benchmarks compare like with like: on the dates they use, Strata and the naive loop give the
 * same answers as ours, and ObjectLab Kit gives the answers of the rest days alone (it cannot
 * express make-up working weekends). Strata and ObjectLab are independent implementations, so a
 * disagreement would show a wrong data derivation or a wrong argument convention in a benchmark.
 */
class ContendersAgreeTest {
  private final WorkingDayCalendar ours = SameData.OURS;
  private final NaiveCalendar naive = SameData.naive();
  private final NaiveCalendar restDaysOnly = new NaiveCalendar(SameData.REST_DAYS, Set.of());
  private final ImmutableHolidayCalendar strata = SameData.strata();
  private final DateCalculator<LocalDate> objectLab = SameData.objectLabRestDaysOnly();

  @Test
  void theSharedDataHoldsDaysTheNoticesDeclare() {
    // 国办发明电〔2024〕12号 (2025): "10月1日至8日放假调休 ... 9月28日（周日）上班"
    assertThat(SameData.REST_DAYS).contains(LocalDate.of(2025, 10, 4));
    assertThat(SameData.MAKE_UP_WORKING_DAYS).contains(LocalDate.of(2025, 9, 28));
    // 国办发明电〔2020〕1号 extended 春节 2020 to 2月2日: Sat 2020-02-01, a make-up working day of
    // 国办发明电〔2019〕16号, became a rest day
    assertThat(SameData.REST_DAYS).contains(LocalDate.of(2020, 2, 1));
    assertThat(SameData.MAKE_UP_WORKING_DAYS).doesNotContain(LocalDate.of(2020, 2, 1));
  }

  @Test
  void isWorkingDayAgreesOnEveryCoveredDate() {
    for (LocalDate d = SameData.COVERAGE.first();
        !d.isAfter(SameData.COVERAGE.last());
        d = d.plusDays(1)) {
      boolean expected = naive.isWorkingDay(d);
      assertThat(ours.isWorkingDay(d)).as("ours on %s", d).isEqualTo(expected);
      assertThat(strata.isBusinessDay(d)).as("Strata on %s", d).isEqualTo(expected);
      assertThat(!objectLab.isNonWorkingDay(d))
          .as("ObjectLab on %s", d)
          .isEqualTo(restDaysOnly.isWorkingDay(d));
    }
  }

  @Test
  void objectLabCannotExpressMakeUpWorkingDays() {
    // 2025-09-28 is a Sunday declared a working day (国办发明电〔2024〕12号)
    LocalDate sunday = LocalDate.of(2025, 9, 28);
    assertThat(ours.isWorkingDay(sunday)).isTrue();
    assertThat(objectLab.isNonWorkingDay(sunday)).isTrue();
  }

  @Test
  void plusWorkingDaysAgreesOnTheBenchmarkDates() {
    for (int n : new int[] {30, SameData.MAX_N}) {
      for (LocalDate d : SameData.plusStartDates()) {
        LocalDate expected = naive.plusWorkingDays(d, n);
        assertThat(ours.plusWorkingDays(d, n)).as("ours %s + %d", d, n).isEqualTo(expected);
        assertThat(strata.shift(d, n)).as("Strata %s + %d", d, n).isEqualTo(expected);
        // ObjectLab first moves a start date that is not a working day in its data (a make-up
        // working weekend) to the next one, then counts n more
        int steps = restDaysOnly.isWorkingDay(d) ? n : n + 1;
        objectLab.setStartDate(d);
        assertThat(objectLab.moveByBusinessDays(n).getCurrentBusinessDate())
            .as("ObjectLab %s + %d", d, n)
            .isEqualTo(restDaysOnly.plusWorkingDays(d, steps));
      }
    }
  }

  @Test
  void workingDaysBetweenAgreesOnTheBenchmarkSpans() {
    for (int span : new int[] {30, 3000}) {
      LocalDate[] starts =
          SameData.randomDates(
              SameData.COVERAGE.first(), SameData.COVERAGE.last().minusDays(span + 1L), 2);
      for (LocalDate a : starts) {
        LocalDate b = a.plusDays(span);
        int expected = naive.workingDaysBetween(a, b);
        assertThat(ours.workingDaysBetween(a, b)).as("ours %s..%s", a, b).isEqualTo(expected);
        assertThat(strata.daysBetween(a.plusDays(1), b.plusDays(1)))
            .as("Strata %s..%s", a, b)
            .isEqualTo(expected);
        assertThat(objectLab.getNumberOfBusinessDaysBetween(a.plusDays(1), b.plusDays(1)))
            .as("ObjectLab %s..%s", a, b)
            .isEqualTo(restDaysOnly.workingDaysBetween(a, b));
      }
    }
  }

  @Test
  void plusStartDatesAreWorkingDaysWithRoomForTheLargestN() {
    for (LocalDate d : SameData.plusStartDates()) {
      assertThat(ours.isWorkingDay(d)).isTrue();
      assertThat(ours.plusWorkingDays(d, SameData.MAX_N)).isBefore(SameData.COVERAGE.last());
    }
  }

  @Test
  void theOneDateBenchmarkAsksAboutTheDaysItsCommentNames() throws NoSuchFieldException {
    // 国办发明电〔2023〕7号, 劳动节 2024: "5月1日至5日放假调休 ... 4月28日（星期日）、5月11日（星期六）上班"
    String[] days =
        IsWorkingDayOneDateBenchmark.class.getField("day").getAnnotation(Param.class).value();
    assertThat(days).containsExactly("2024-04-30", "2024-05-01", "2024-05-11");
    LocalDate ordinary = LocalDate.of(2024, 4, 30);
    LocalDate rest = LocalDate.of(2024, 5, 1);
    LocalDate makeUp = LocalDate.of(2024, 5, 11);
    assertThat(ours.dayKind(ordinary)).isEqualTo(DayKind.WORKDAY);
    assertThat(ours.dayKind(rest)).isEqualTo(DayKind.HOLIDAY);
    assertThat(ours.dayKind(makeUp)).isEqualTo(DayKind.MAKEUP_WORKDAY);
    assertThat(strata.isBusinessDay(ordinary)).isTrue();
    assertThat(strata.isBusinessDay(rest)).isFalse();
    assertThat(strata.isBusinessDay(makeUp)).isTrue();
  }
}
