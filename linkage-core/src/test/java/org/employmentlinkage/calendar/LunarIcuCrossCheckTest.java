package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.employmentlinkage.calendar.FestivalTable.Festivals;
import org.employmentlinkage.calendar.lunar.LunisolarYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-check of the festival table with ICU4J's {@code com.ibm.icu.util.ChineseCalendar} (test
 * scope only) for every year of the table: 除夕, 春节, 端午, 中秋 and the leap months. ICU has no
 * solar-term API, so 清明 is not compared.
 *
 * <p>ICU computes new moons with its own {@code CalendarAstronomer} (a low-precision Keplerian
 * approximation; see unicode-org/icu pull request #4070, which lists near-midnight lunations ICU
 * places on the wrong day) and is therefore a cross-check, not the source. Every disagreement must
 * be listed below with its explanation; the test fails if the actual set of disagreements differs
 * from the list in either direction.
 */
class LunarIcuCrossCheckTest {

  /** One festival on which ICU and the table disagree. */
  record Disagreement(int year, String festival, LocalDate table, LocalDate icu) {}

  /**
   * The known disagreements. The new moon that starts 正月 falls at 23:56 Beijing time on 2027-02-06
   * and at 00:07 on 2030-02-03 (see LunarAstronomyTest; 4.0 and 7.5 min from midnight, beyond our
   * 2-minute error bound), so under GB/T 33661-2017 正月初一 is 2027-02-06 and 2030-02-03 and 除夕 the
   * day before; ICU puts the conjunction on the other side of midnight in both years.
   */
  static final Set<Disagreement> KNOWN =
      Set.of(
          new Disagreement(2027, "春节", LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7)),
          new Disagreement(2027, "除夕", LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6)),
          new Disagreement(2030, "春节", LocalDate.of(2030, 2, 3), LocalDate.of(2030, 2, 2)),
          new Disagreement(2030, "除夕", LocalDate.of(2030, 2, 2), LocalDate.of(2030, 2, 1)));

  /** ICU's festival dates and leap-month first days, by Gregorian date scan. */
  private static final List<Festivals> ICU = new ArrayList<>();

  private static final Set<LocalDate> ICU_LEAP_MONTH_STARTS = new LinkedHashSet<>();

  @BeforeAll
  static void scanIcu() {
    ChineseCalendar cc = new ChineseCalendar(TimeZone.GMT_ZONE);
    for (int y = FestivalTable.FIRST_YEAR; y <= FestivalTable.LAST_YEAR; y++) {
      LocalDate chunjie = null;
      LocalDate duanwu = null;
      LocalDate zhongqiu = null;
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        // Civil date d at noon in the calendar's own zone: ICU answers the Chinese date of day d.
        cc.setTimeInMillis(d.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
        int month = cc.get(Calendar.MONTH); // 0 = 正月
        int day = cc.get(Calendar.DAY_OF_MONTH);
        boolean leap = cc.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
        if (leap && day == 1) {
          ICU_LEAP_MONTH_STARTS.add(d);
        }
        if (!leap && month == 0 && day == 1) {
          chunjie = d;
        } else if (!leap && month == 4 && day == 5) {
          duanwu = d;
        } else if (!leap && month == 7 && day == 15) {
          zhongqiu = d;
        }
      }
      assertThat(chunjie).as("ICU 正月初一 in %d", y).isNotNull();
      assertThat(duanwu).as("ICU 五月初五 in %d", y).isNotNull();
      assertThat(zhongqiu).as("ICU 八月十五 in %d", y).isNotNull();
      ICU.add(new Festivals(y, chunjie.minusDays(1), chunjie, chunjie, duanwu, zhongqiu));
    }
  }

  @Test
  void icuAgreesExceptForTheListedNearMidnightNewMoons() {
    Set<Disagreement> actual = new LinkedHashSet<>();
    for (Festivals icu : ICU) {
      Festivals ours = FestivalTable.forYear(icu.year());
      compare(actual, icu.year(), "除夕", ours.chuxi(), icu.chuxi());
      compare(actual, icu.year(), "春节", ours.chunjie(), icu.chunjie());
      compare(actual, icu.year(), "端午", ours.duanwu(), icu.duanwu());
      compare(actual, icu.year(), "中秋", ours.zhongqiu(), icu.zhongqiu());
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(KNOWN);
  }

  @Test
  void icuPlacesTheSameLeapMonths() {
    Set<LocalDate> ours = new LinkedHashSet<>();
    for (int y = FestivalTable.FIRST_YEAR; y <= FestivalTable.LAST_YEAR; y++) {
      LunisolarYear.compute(y).leapMonthStart().ifPresent(ours::add);
    }
    // A leap month of the span ending in the table's last year can start in that year at the
    // latest; ICU's scan covers the same Gregorian years, and the first span starts in 1999.
    ours.removeIf(d -> d.getYear() < FestivalTable.FIRST_YEAR);
    assertThat(ours).containsExactlyElementsOf(ICU_LEAP_MONTH_STARTS);
  }

  private static void compare(
      Set<Disagreement> out, int year, String festival, LocalDate ours, LocalDate icu) {
    if (!ours.equals(icu)) {
      out.add(new Disagreement(year, festival, ours, icu));
    }
  }
}
