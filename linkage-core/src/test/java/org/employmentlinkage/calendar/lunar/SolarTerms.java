package org.employmentlinkage.calendar.lunar;

/**
 * Instants of the solar terms (节气): when the Sun's apparent longitude reaches a multiple of 15°. 中气
 * (principal terms) are the multiples of 30° (冬至 270°, 大寒 300°, 雨水 330°, 春分 0°, …); 清明 is 15°.
 * Solved by Newton iteration on {@link Sun#apparentLongitudeDeg(double)} to 1e-9 degree (under 0.1
 * ms).
 */
final class SolarTerms {

  private static final double MEAN_DEGREES_PER_DAY = 360.0 / 365.2422;

  private SolarTerms() {}

  /**
   * The Julian ephemeris day (TT) when the apparent longitude reaches {@code longitudeDeg} in the
   * Gregorian year {@code year}.
   */
  static double jde(int year, double longitudeDeg) {
    // Mean date: the March equinox (λ = 0) falls near March 20.5, i.e. day 79.5 of the year.
    double jan0 = 2451544.5 + 365.2425 * (year - 2000);
    double guess = jan0 + 79.5 + Sun.normalize(longitudeDeg) / MEAN_DEGREES_PER_DAY;
    if (Sun.normalize(longitudeDeg) >= 285.0) {
      guess -= 365.2422; // 小寒 (285°) and 大寒 (300°) of the same Gregorian year come in January
    }
    return solve(longitudeDeg, guess);
  }

  /** Newton iteration from a guess within a few days of the answer. */
  static double solve(double longitudeDeg, double guess) {
    double jde = guess;
    for (int i = 0; i < 50; i++) {
      double diff = Sun.normalize(longitudeDeg - Sun.apparentLongitudeDeg(jde) + 180.0) - 180.0;
      jde += diff / MEAN_DEGREES_PER_DAY;
      if (Math.abs(diff) < 1e-9) {
        return jde;
      }
    }
    throw new IllegalStateException(
        "no convergence for longitude " + longitudeDeg + " near " + guess);
  }
}
