package org.employmentlinkage.calendar.lunar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Julian days, Beijing time and ΔT (TT − UT) for the festival computation.
 *
 * <p>ΔT follows the polynomial expressions of F. Espenak and J. Meeus, <i>Five Millennium Canon of
 * Solar Eclipses: −1999 to +3000</i> (NASA/TP-2006-214141), section "Polynomial Expressions for
 * Delta T" (also on NASA's eclipse web site, {@code eclipse.gsfc.nasa.gov/SEcat5/deltatpoly.html}),
 * for 1986–2005, 2005–2050 and 2050–2150. Espenak evaluates them at the middle of each month
 * ({@code y = year + (month − 0.5)/12}); we evaluate them at the continuous decimal year, which
 * differs by less than 0.05 s within a month and removes the steps at month boundaries.
 *
 * <p>Measured ΔT (IERS) was about 63.8 s at 2000.0, 66.1 s at 2010.0, 69.4 s at 2020.0 and 69.2 s
 * in 2025; the polynomials give 63.9 s, 66.7 s, 71.6 s and 74.5 s, so for the notice years they run
 * up to about 5 s ahead, and their 93 s for 2050 is a forecast. See {@code docs/festivals.md} for
 * the error budget.
 */
final class TimeScales {

  /** Julian day of J2000.0 (2000-01-01 12:00 TT). */
  static final double J2000 = 2451545.0;

  /** Beijing time (北京时间), UTC+8, the time scale of GB/T 33661-2017. */
  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  private static final double UNIX_EPOCH_JD = 2440587.5;
  private static final double SECONDS_PER_DAY = 86_400.0;

  private TimeScales() {}

  /** The Julian day (UT) of an instant. */
  static double julianDay(Instant t) {
    return UNIX_EPOCH_JD + (t.getEpochSecond() + t.getNano() / 1e9) / SECONDS_PER_DAY;
  }

  /** The instant of a Julian day (UT), to the nearest microsecond. */
  static Instant instant(double julianDayUt) {
    long micros = Math.round((julianDayUt - UNIX_EPOCH_JD) * SECONDS_PER_DAY * 1e6);
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }

  /** The decimal year of a Julian day, 2000.0 at 2000-01-01 00:00. */
  static double decimalYear(double julianDay) {
    return 2000.0 + (julianDay - 2451544.5) / 365.2425;
  }

  /**
   * ΔT = TT − UT in seconds (Espenak–Meeus polynomials).
   *
   * @throws IllegalArgumentException outside 1986–2150, where this class carries no polynomial
   */
  static double deltaTSeconds(double decimalYear) {
    double y = decimalYear;
    if (y >= 1986 && y < 2005) {
      double t = y - 2000;
      return 63.86
          + t
              * (0.3345
                  + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
    }
    if (y >= 2005 && y < 2050) {
      double t = y - 2000;
      return 62.92 + t * (0.32217 + t * 0.005589);
    }
    if (y >= 2050 && y <= 2150) {
      double u = (y - 1820) / 100;
      return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
    throw new IllegalArgumentException(
        "decimalYear "
            + decimalYear
            + " is outside 1986..2150, the range of the ΔT polynomials here");
  }

  /** The UT instant of a Julian ephemeris day (TT). */
  static Instant fromTerrestrialTime(double jde) {
    return instant(jde - deltaTSeconds(decimalYear(jde)) / SECONDS_PER_DAY);
  }

  /** The Julian ephemeris day (TT) of a UT instant. */
  static double toTerrestrialTime(Instant t) {
    double jd = julianDay(t);
    return jd + deltaTSeconds(decimalYear(jd)) / SECONDS_PER_DAY;
  }

  /** The Beijing civil date containing an instant. */
  static LocalDate beijingDate(Instant t) {
    return t.atOffset(BEIJING).toLocalDate();
  }

  /**
   * Signed distance in seconds from the nearest Beijing midnight: positive when the instant is just
   * after midnight, negative when just before; the absolute value is at most 43,200.
   */
  static double secondsFromBeijingMidnight(Instant t) {
    double s = t.atOffset(BEIJING).toLocalTime().toNanoOfDay() / 1e9;
    return s <= SECONDS_PER_DAY / 2 ? s : s - SECONDS_PER_DAY;
  }
}
