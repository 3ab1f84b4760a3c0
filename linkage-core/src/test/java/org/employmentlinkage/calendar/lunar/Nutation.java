package org.employmentlinkage.calendar.lunar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Nutation in longitude and obliquity by the 1980 IAU theory, Meeus, <i>Astronomical
 * Algorithms</i>, 2nd ed., chapter 22 (all 63 terms of Table 22.A, in {@code
 * nutation-iau1980.txt}), and the mean obliquity of the ecliptic by the IAU formula (Meeus eq.
 * 22.2). Meeus: accuracy of Δψ and Δε about 0.0003" relative to the full theory.
 */
final class Nutation {

  /** Δψ (nutation in longitude) and Δε (nutation in obliquity), in arcseconds. */
  record Angles(double deltaPsiArcsec, double deltaEpsilonArcsec) {}

  private static final double[][] TERMS = load();

  private Nutation() {}

  /** The nutation at a Julian ephemeris day (TT). */
  static Angles at(double jde) {
    double t = (jde - TimeScales.J2000) / 36525.0;
    double d = 297.85036 + t * (445267.111480 + t * (-0.0019142 + t / 189474.0));
    double m = 357.52772 + t * (35999.050340 + t * (-0.0001603 - t / 300000.0));
    double mp = 134.96298 + t * (477198.867398 + t * (0.0086972 + t / 56250.0));
    double f = 93.27191 + t * (483202.017538 + t * (-0.0036825 + t / 327270.0));
    double om = 125.04452 + t * (-1934.136261 + t * (0.0020708 + t / 450000.0));
    double psi = 0;
    double eps = 0;
    for (double[] r : TERMS) {
      double arg = Math.toRadians(r[0] * d + r[1] * m + r[2] * mp + r[3] * f + r[4] * om);
      psi += (r[5] + r[6] * t) * Math.sin(arg);
      eps += (r[7] + r[8] * t) * Math.cos(arg);
    }
    return new Angles(psi * 1e-4, eps * 1e-4);
  }

  /** The mean obliquity of the ecliptic ε0 in arcseconds (Meeus eq. 22.2). */
  static double meanObliquityArcsec(double jde) {
    double t = (jde - TimeScales.J2000) / 36525.0;
    return 84381.448 + t * (-46.8150 + t * (-0.00059 + t * 0.001813));
  }

  private static double[][] load() {
    List<double[]> rows = new ArrayList<>();
    try (InputStream in = Nutation.class.getResourceAsStream("nutation-iau1980.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource nutation-iau1980.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.split("\\s+", -1);
        if (f.length != 9) {
          throw new IllegalStateException("nutation-iau1980.txt: expected 9 numbers in: " + s);
        }
        double[] row = new double[9];
        for (int i = 0; i < 9; i++) {
          row[i] = Double.parseDouble(f[i]);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.size() != 63) {
      throw new IllegalStateException(
          "nutation-iau1980.txt: expected 63 terms, found " + rows.size());
    }
    return rows.toArray(new double[0][]);
  }
}
