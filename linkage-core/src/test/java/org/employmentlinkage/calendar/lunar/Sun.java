package org.employmentlinkage.calendar.lunar;

/**
 * The Sun's apparent geocentric ecliptic longitude, referred to the true equinox of date, by the
 * "higher accuracy" method of Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapter 25: VSOP87
 * (Appendix III terms) for the Earth, geocentric longitude Θ = L + 180°, conversion to the FK5
 * system (eq. 32.3: ΔΘ = −0.09033"), nutation in longitude Δψ (chapter 22) and annual aberration
 * −20.4898"/R (eq. 25.10).
 */
final class Sun {

  /** Geometric geocentric longitude Θ and latitude β in the FK5 system (degrees) and R (AU). */
  record Geometric(double longitudeDeg, double latitudeDeg, double radiusAu) {}

  private Sun() {}

  /** The geometric position (FK5, mean equinox of date) at a Julian ephemeris day (TT). */
  static Geometric geometric(double jde) {
    Vsop87Earth.Position p = Vsop87Earth.at(jde);
    double t = (jde - TimeScales.J2000) / 36525.0;
    double theta = Math.toDegrees(p.longitudeRad()) + 180.0;
    double beta = -Math.toDegrees(p.latitudeRad());
    double lambdaPrime = Math.toRadians(theta - 1.397 * t - 0.00031 * t * t);
    double dTheta = -0.09033 / 3600.0;
    double dBeta = 0.03916 / 3600.0 * (Math.cos(lambdaPrime) - Math.sin(lambdaPrime));
    return new Geometric(normalize(theta + dTheta), beta + dBeta, p.radiusAu());
  }

  /** The apparent longitude λ in degrees [0, 360) at a Julian ephemeris day (TT). */
  static double apparentLongitudeDeg(double jde) {
    Geometric g = geometric(jde);
    double nutation = Nutation.at(jde).deltaPsiArcsec();
    double aberration = -20.4898 / g.radiusAu();
    return normalize(g.longitudeDeg() + (nutation + aberration) / 3600.0);
  }

  static double normalize(double degrees) {
    double d = degrees % 360.0;
    return d < 0 ? d + 360.0 : d;
  }
}
