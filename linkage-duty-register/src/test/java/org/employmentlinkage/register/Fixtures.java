package org.employmentlinkage.register;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
   * A FICTIONAL notice for 2027, written for these tests only: its number, title, source and dates
   * are made up (the State Council's 2027 notice was not out when they were written). It is the
   * same fictional text as linkage-examples' HrDutyServiceTest: the statutory days of
   * 《全国年节及纪念日放假办法》 (2024 revision: 13 days) around made-up blocks, with Sunday 2027-01-31 a make-up
   * working day.
   */
  static final String FICTIONAL_2027_NOTICE =
      String.join(
          "\n",
          "# FICTIONAL TEST DATA: not the State Council's notice for 2027.",
          "notice: 虚构测试〔2026〕99号",
          "title: 虚构的测试通知（非官方）：2027年部分节假日安排",
          "released: 2026-12-21",
          "year: 2027",
          "source: https://example.invalid/fictitious-2027",
          "rest: 2027-01-01..2027-01-03 元旦",
          "rest: 2027-02-05..2027-02-11 春节",
          "work: 2027-01-31 春节",
          "work: 2027-02-20 春节",
          "rest: 2027-04-03..2027-04-05 清明节",
          "rest: 2027-05-01..2027-05-05 劳动节",
          "work: 2027-04-25 劳动节",
          "rest: 2027-06-09 端午节",
          "rest: 2027-09-15 中秋节",
          "rest: 2027-10-01..2027-10-07 国庆节",
          "work: 2027-09-26 国庆节",
          "work: 2027-10-09 国庆节",
          "");

  /** The fictional notice's number, as the history names it. */
  static final String FICTIONAL_2027_NUMBER = "虚构测试〔2026〕99号";
}
