package org.employmentlinkage.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;

/** Fictional projects, a movable clock and a FICTIONAL 2027 holiday notice for the tests. */
final class Fixtures {
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private Fixtures() {}

  /** A fictional 1.2亿元 construction project in 瓦房店市: a major project under 一（一）. */
  static Project project(String id) {
    return Project.builder()
        .id(id)
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(Money.parse("1.2亿元"))
        .location(Location.of(Region.WAFANGDIAN))
        .build();
  }

  static Instant beijing(int y, int m, int d, int h, int min) {
    return ZonedDateTime.of(y, m, d, h, min, 0, 0, BEIJING).toInstant();
  }

  /** A clock that can be moved, like a test clock in an application. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * A FICTIONAL notice for 2027, for tests only: its number, title, source and dates are made up
   * (the State Council's 2027 notice was not out when they were written). The same file serves
   * linkage-examples' HrDutyServiceTest, from linkage-core's test jar: the statutory days of
   * 《全国年节及纪念日放假办法》 (2024 revision: 13 days) around made-up blocks, with Sunday 2027-01-31 a make-up
   * working day.
   */
  static final String FICTIONAL_2027_NOTICE =
      resource("/org/employmentlinkage/fixtures/fictional-2027.txt");

  /** The fictional notice's number, as the history names it. */
  static final String FICTIONAL_2027_NUMBER = "虚构测试〔2026〕99号";

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
