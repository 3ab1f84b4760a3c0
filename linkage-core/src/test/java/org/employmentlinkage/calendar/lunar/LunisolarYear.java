package org.employmentlinkage.calendar.lunar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The festival dates of one Gregorian year under the rules of GB/T 33661-2017 《农历的编算和颁行》 (§4
 * 农历的编排规则), from the astronomical instants of {@link MoonPhases} and {@link SolarTerms}.
 *
 * <ol>
 *   <li>Dates are Beijing dates (UTC+8).
 *   <li>The day containing a new moon (朔) is day 1 (初一) of a lunar month.
 *   <li>The month containing 冬至 (apparent solar longitude 270°) is month 11 (十一月).
 *   <li>If there are 13 months from one month 11 up to (not including) the next, the first of them
 *       without a 中气 (longitude a multiple of 30°) is a leap month (闰月) and takes the number of the
 *       month before it.
 *   <li>除夕 is the last day of month 12, the day before 正月初一; 春节 is 正月初一; 端午 is 五月初五; 中秋 is 八月十五 (of
 *       the ordinary, not the leap, month); 清明 is the day the Sun's apparent longitude reaches 15°.
 * </ol>
 *
 * <p>All festivals of Gregorian year Y lie in the lunar months between the 冬至 of Y−1 and the 冬至 of
 * Y, so one such span (岁) decides them.
 */
public final class LunisolarYear {

  /** The computation for one year: dates, the instants that decided them, and the span used. */
  public record Result(
      int year,
      LocalDate chuxi,
      LocalDate chunjie,
      LocalDate qingming,
      LocalDate duanwu,
      LocalDate zhongqiu,
      Instant newMoonMonth1,
      Instant newMoonMonth5,
      Instant newMoonMonth8,
      Instant qingmingInstant,
      String leapMonth,
      Optional<LocalDate> leapMonthStart,
      List<Instant> newMoons,
      List<Instant> principalTerms) {}

  private LunisolarYear() {}

  /** The festivals of {@code year} with every instant dated in Beijing time. */
  public static Result compute(int year) {
    return compute(year, TimeScales::beijingDate);
  }

  /**
   * The festivals of {@code year}, dating each instant with {@code dateOf}; a caller that moves one
   * instant to the neighbouring day learns whether that instant decides a festival.
   */
  static Result compute(int year, Function<Instant, LocalDate> dateOf) {
    double ws0 = SolarTerms.jde(year - 1, 270.0);
    // 中气 from the 冬至 of year-1 (index 0) to the 冬至 of year (index 12).
    List<Instant> zq = new ArrayList<>();
    List<LocalDate> zqDates = new ArrayList<>();
    for (int i = 0; i <= 12; i++) {
      double jde = SolarTerms.solve(270.0 + 30.0 * i, ws0 + i * 30.4368);
      Instant t = TimeScales.fromTerrestrialTime(jde);
      zq.add(t);
      zqDates.add(dateOf.apply(t));
    }
    double ws1 = TimeScales.toTerrestrialTime(zq.get(12));
    int kFirst = MoonPhases.nearestLunation(ws0) - 2;
    int kLast = MoonPhases.nearestLunation(ws1) + 2;
    List<Instant> nm = new ArrayList<>();
    List<LocalDate> starts = new ArrayList<>();
    for (int k = kFirst; k <= kLast; k++) {
      Instant t = TimeScales.fromTerrestrialTime(MoonPhases.newMoon(k));
      nm.add(t);
      starts.add(dateOf.apply(t));
    }
    int a = monthContaining(starts, zqDates.get(0));
    int b = monthContaining(starts, zqDates.get(12));
    int months = b - a;
    if (months != 12 && months != 13) {
      throw new IllegalStateException(year + ": " + months + " months between two 冬至 months");
    }
    int leap = -1;
    if (months == 13) {
      for (int j = a; j < b; j++) {
        if (!hasPrincipalTerm(starts.get(j), starts.get(j + 1), zqDates)) {
          leap = j;
          break;
        }
      }
      if (leap < 0) {
        throw new IllegalStateException(year + ": 13 months but every month has a 中气");
      }
    }
    int[] number = new int[starts.size()];
    number[a] = 11;
    for (int j = a + 1; j <= b; j++) {
      number[j] = j == leap ? number[j - 1] : number[j - 1] % 12 + 1;
    }
    if (number[b] != 11) {
      throw new IllegalStateException(year + ": the next 冬至 month is numbered " + number[b]);
    }
    int m1 = ordinaryMonth(number, a, b, leap, 1);
    int m5 = ordinaryMonth(number, a, b, leap, 5);
    int m8 = ordinaryMonth(number, a, b, leap, 8);
    LocalDate chunjie = starts.get(m1);
    Instant qingming = TimeScales.fromTerrestrialTime(SolarTerms.jde(year, 15.0));
    String leapName = leap < 0 ? "" : "闰" + monthName(number[leap]);
    return new Result(
        year,
        chunjie.minusDays(1),
        chunjie,
        dateOf.apply(qingming),
        starts.get(m5).plusDays(4),
        starts.get(m8).plusDays(14),
        nm.get(m1),
        nm.get(m5),
        nm.get(m8),
        qingming,
        leapName,
        leap < 0 ? Optional.empty() : Optional.of(starts.get(leap)),
        List.copyOf(nm.subList(a, b + 1)),
        List.copyOf(zq));
  }

  private static int monthContaining(List<LocalDate> starts, LocalDate d) {
    for (int j = starts.size() - 1; j >= 0; j--) {
      if (!starts.get(j).isAfter(d)) {
        if (j == starts.size() - 1) {
          throw new IllegalStateException(d + " is past the last computed new moon");
        }
        return j;
      }
    }
    throw new IllegalStateException(d + " is before the first computed new moon");
  }

  private static boolean hasPrincipalTerm(LocalDate start, LocalDate next, List<LocalDate> zq) {
    for (LocalDate d : zq) {
      if (!d.isBefore(start) && d.isBefore(next)) {
        return true;
      }
    }
    return false;
  }

  private static int ordinaryMonth(int[] number, int a, int b, int leap, int wanted) {
    for (int j = a + 1; j < b; j++) {
      if (j != leap && number[j] == wanted) {
        return j;
      }
    }
    throw new IllegalStateException("no ordinary month " + wanted);
  }

  static String monthName(int n) {
    return switch (n) {
      case 1 -> "正月";
      case 11 -> "十一月";
      case 12 -> "十二月";
      default -> "一二三四五六七八九十".charAt(n - 1) + "月";
    };
  }
}
