package org.employmentlinkage.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The astronomy against the worked examples of J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed.
 * (1998), and against the near-midnight new moons that decide 春节 2027 and 2030.
 */
class LunarAstronomyTest {

  private static double arcsec(int deg, int min, double sec) {
    return deg * 3600.0 + min * 60.0 + sec;
  }

  @Test
  void nutationMatchesMeeusExample22a() {
    // Meeus example 22.a: 1987 April 10, 0h TD = JDE 2446895.5.
    Nutation.Angles n = Nutation.at(2446895.5);
    assertThat(n.deltaPsiArcsec()).isCloseTo(-3.788, within(0.001));
    assertThat(n.deltaEpsilonArcsec()).isCloseTo(9.443, within(0.001));
    assertThat(Nutation.meanObliquityArcsec(2446895.5))
        .isCloseTo(arcsec(23, 26, 27.407), within(0.001));
  }

  @Test
  void sunMatchesMeeusExample25b() {
    // Meeus example 25.b: 1992 October 13.0 TD = JDE 2448908.5, VSOP87 terms of Appendix III.
    Sun.Geometric g = Sun.geometric(2448908.5);
    assertThat(g.longitudeDeg()).isCloseTo(199.907347, within(0.000001));
    assertThat(g.latitudeDeg() * 3600).isCloseTo(0.62, within(0.01));
    assertThat(g.radiusAu()).isCloseTo(0.99760775, within(0.00000001));
    assertThat(Nutation.at(2448908.5).deltaPsiArcsec()).isCloseTo(15.908, within(0.001));
    assertThat(-20.4898 / g.radiusAu()).isCloseTo(-20.539, within(0.001));
    assertThat(Sun.apparentLongitudeDeg(2448908.5) * 3600)
        .isCloseTo(arcsec(199, 54, 21.818), within(0.001));
  }

  @Test
  void newMoonMatchesMeeusExample49a() {
    // Meeus example 49.a: the New Moon of 1977 February, k = -283: mean phase JDE 2443192.94102,
    // true phase JDE 2443192.65118 (1977 Feb 18, 3h37m42s TD).
    assertThat(MoonPhases.meanNewMoon(-283)).isCloseTo(2443192.94102, within(0.00001));
    assertThat(MoonPhases.newMoon(-283)).isCloseTo(2443192.65118, within(0.00001));
  }

  @Test
  void solarTermSolverReachesTheRequestedLongitude() {
    for (int lon = 0; lon < 360; lon += 15) {
      double jde = SolarTerms.jde(2027, lon);
      double diff = Sun.normalize(Sun.apparentLongitudeDeg(jde) - lon + 180) - 180;
      assertThat(diff).as("longitude %d", lon).isCloseTo(0.0, within(1e-8));
      assertThat(TimeScales.beijingDate(TimeScales.fromTerrestrialTime(jde)).getYear())
          .as("longitude %d falls in 2027", lon)
          .isEqualTo(2027);
    }
  }

  @Test
  void deltaTPolynomialsStayNearTheMeasuredValues() {
    // Measured ΔT (IERS, as tabulated by Espenak): 63.8 s at 2000.0, 64.7 s at 2005.0, 66.1 s at
    // 2010.0, 69.4 s at 2020.0. The 2005-2050 polynomial is a 2006 forecast and runs ahead.
    assertThat(TimeScales.deltaTSeconds(2000.0)).isCloseTo(63.8, within(0.5));
    assertThat(TimeScales.deltaTSeconds(2005.0)).isCloseTo(64.7, within(0.5));
    assertThat(TimeScales.deltaTSeconds(2010.0)).isCloseTo(66.1, within(1.0));
    assertThat(TimeScales.deltaTSeconds(2020.0)).isCloseTo(69.4, within(2.5));
    // The branches join at 2005 and 2050 (Espenak & Meeus chose them to).
    assertThat(TimeScales.deltaTSeconds(2049.999999))
        .isCloseTo(TimeScales.deltaTSeconds(2050.0), within(0.01));
    assertThat(TimeScales.deltaTSeconds(2004.999999))
        .isCloseTo(TimeScales.deltaTSeconds(2005.0), within(0.1));
  }

  @Test
  void newMoonOf2027FebruaryFallsJustBeforeBeijingMidnight() {
    // GB/T 33661-2017: the new moon falls at 23:56 Beijing time on 2027-02-06, so 正月初一 is
    // 2027-02-06 (ICU4J's ChineseCalendar says 02-07; docs/festivals.md).
    Instant t = LunisolarYear.compute(2027).newMoonMonth1();
    assertNearMinute(t, LocalDateTime.of(2027, 2, 6, 23, 56));
    assertThat(TimeScales.beijingDate(t)).isEqualTo(LocalDate.of(2027, 2, 6));
  }

  @Test
  void newMoonOf2030FebruaryFallsJustAfterBeijingMidnight() {
    // GB/T 33661-2017: the new moon falls at 00:07 Beijing time on 2030-02-03, so 正月初一 is
    // 2030-02-03 (ICU4J's ChineseCalendar says 02-02; docs/festivals.md).
    Instant t = LunisolarYear.compute(2030).newMoonMonth1();
    assertNearMinute(t, LocalDateTime.of(2030, 2, 3, 0, 7));
    assertThat(TimeScales.beijingDate(t)).isEqualTo(LocalDate.of(2030, 2, 3));
  }

  /** The instant lies in the published minute, widened by the error bound on each side. */
  private static void assertNearMinute(Instant t, LocalDateTime beijingMinute) {
    Instant start = beijingMinute.toInstant(TimeScales.BEIJING);
    long bound = (long) FestivalTableGenerator.ERROR_BOUND_SECONDS;
    assertThat(t)
        .isBetween(start.minusSeconds(bound), start.plus(1, ChronoUnit.MINUTES).plusSeconds(bound));
  }

  @Test
  void julianDayRoundTripsWithinAFractionOfAMillisecond() {
    // A double Julian day near 2.46e6 resolves about 40 microseconds.
    Instant t = Instant.parse("2027-02-06T15:56:02.983006Z");
    assertThat(TimeScales.instant(TimeScales.julianDay(t)))
        .isCloseTo(t, within(100, ChronoUnit.MICROS));
    assertThat(TimeScales.julianDay(Instant.parse("2000-01-01T12:00:00Z"))).isEqualTo(2451545.0);
  }
}
