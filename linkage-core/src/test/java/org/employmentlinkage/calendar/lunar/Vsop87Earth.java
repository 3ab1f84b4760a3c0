package org.employmentlinkage.calendar.lunar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Earth's heliocentric ecliptic longitude L, latitude B and radius vector R (VSOP87D, mean
 * equinox and ecliptic of date, dynamical ecliptic), with the terms of Meeus, <i>Astronomical
 * Algorithms</i>, 2nd ed., Appendix III ({@code vsop87-earth-meeus.txt}), evaluated as in his
 * chapter 32.
 */
final class Vsop87Earth {

  /** Heliocentric L and B in radians, R in AU. */
  record Position(double longitudeRad, double latitudeRad, double radiusAu) {}

  private static final Map<String, double[][]> SERIES = load();

  private Vsop87Earth() {}

  /** The heliocentric position of the Earth at a Julian ephemeris day (TT). */
  static Position at(double jde) {
    double tau = (jde - TimeScales.J2000) / 365250.0;
    return new Position(series("L", 6, tau), series("B", 2, tau), series("R", 5, tau));
  }

  private static double series(String name, int count, double tau) {
    double sum = 0;
    double power = 1;
    for (int i = 0; i < count; i++) {
      double s = 0;
      for (double[] term : SERIES.get(name + i)) {
        s += term[0] * Math.cos(term[1] + term[2] * tau);
      }
      sum += s * power;
      power *= tau;
    }
    return sum / 1e8;
  }

  private static Map<String, double[][]> load() {
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
    try (InputStream in = Vsop87Earth.class.getResourceAsStream("vsop87-earth-meeus.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource vsop87-earth-meeus.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.split("\\s+", -1);
        if (f.length != 4) {
          throw new IllegalStateException("vsop87-earth-meeus.txt: expected 4 fields in: " + s);
        }
        rows.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(
                new double[] {
                  Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])
                });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Integer> expected =
        Map.ofEntries(
            Map.entry("L0", 64),
            Map.entry("L1", 34),
            Map.entry("L2", 20),
            Map.entry("L3", 7),
            Map.entry("L4", 3),
            Map.entry("L5", 1),
            Map.entry("B0", 5),
            Map.entry("B1", 2),
            Map.entry("R0", 40),
            Map.entry("R1", 10),
            Map.entry("R2", 6),
            Map.entry("R3", 2),
            Map.entry("R4", 1));
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      List<double[]> list = rows.get(e.getKey());
      int found = list == null ? 0 : list.size();
      if (found != e.getValue()) {
        throw new IllegalStateException(
            "vsop87-earth-meeus.txt: series "
                + e.getKey()
                + " has "
                + found
                + " terms, Meeus has "
                + e.getValue());
      }
      out.put(e.getKey(), list.toArray(new double[0][]));
    }
    if (rows.size() != expected.size()) {
      throw new IllegalStateException(
          "vsop87-earth-meeus.txt: unexpected series in " + rows.keySet());
    }
    return out;
  }
}
