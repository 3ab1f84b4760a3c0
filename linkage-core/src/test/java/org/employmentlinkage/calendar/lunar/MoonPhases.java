package org.employmentlinkage.calendar.lunar;

/**
 * True new moons (朔) by Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapter 49: the mean phase
 * (eq. 49.1), the 25 periodic terms for the New Moon and the 14 additional corrections A1–A14, in
 * full. Lunation number k = 0 is the new moon of 2000-01-06.
 */
final class MoonPhases {

  private static final double[] A_COEFF = {
    0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047,
    0.000042, 0.000040, 0.000037, 0.000035, 0.000023
  };
  private static final double[] A_BASE = {
    299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14, 154.84, 34.52, 207.19, 291.34, 161.72,
    239.56, 331.55
  };
  private static final double[] A_RATE = {
    0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732, 7.306860, 27.261239,
    0.121824, 1.844379, 24.198154, 25.513099, 3.592518
  };

  private MoonPhases() {}

  /** The Julian ephemeris day (TT) of the mean new moon of lunation k (eq. 49.1). */
  static double meanNewMoon(int k) {
    double t = k / 1236.85;
    return 2451550.09766
        + 29.530588861 * k
        + t * t * (0.00015437 + t * (-0.000000150 + t * 0.00000000073));
  }

  /** The Julian ephemeris day (TT) of the true new moon of lunation k. */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp =
        Math.toRadians(
            201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f =
        Math.toRadians(
            160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double om = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    double c =
        -0.40720 * Math.sin(mp)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mp)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mp - m)
            - 0.00514 * e * Math.sin(mp + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mp - 2 * f)
            - 0.00057 * Math.sin(mp + 2 * f)
            + 0.00056 * e * Math.sin(2 * mp + m)
            - 0.00042 * Math.sin(3 * mp)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mp - m)
            - 0.00017 * Math.sin(om)
            - 0.00007 * Math.sin(mp + 2 * m)
            + 0.00004 * Math.sin(2 * mp - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mp + m - 2 * f)
            + 0.00003 * Math.sin(2 * mp + 2 * f)
            - 0.00003 * Math.sin(mp + m + 2 * f)
            + 0.00003 * Math.sin(mp - m + 2 * f)
            - 0.00002 * Math.sin(mp - m - 2 * f)
            - 0.00002 * Math.sin(3 * mp + m)
            + 0.00002 * Math.sin(4 * mp);
    double a = A_COEFF[0] * Math.sin(Math.toRadians(A_BASE[0] + A_RATE[0] * k - 0.009173 * t2));
    for (int i = 1; i < A_COEFF.length; i++) {
      a += A_COEFF[i] * Math.sin(Math.toRadians(A_BASE[i] + A_RATE[i] * k));
    }
    return meanNewMoon(k) + c + a;
  }

  /** The lunation number whose mean new moon is nearest to a Julian ephemeris day. */
  static int nearestLunation(double jde) {
    return (int) Math.round((jde - 2451550.09766) / 29.530588861);
  }
}
