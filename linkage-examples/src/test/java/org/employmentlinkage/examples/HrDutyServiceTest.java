package org.employmentlinkage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.junit.jupiter.api.Test;

/**
 * The HR service example. The land survey of 二（三） for a notice of 2025-09-26 is due 2025-11-13 and
 * ends at 24:00 Beijing time (DESIGN.md: "a deadline's last day ends at 24:00 Beijing time"), so it
 * is overdue from 2025-11-14T00:00+08:00 on, not at 23:59 the day before.
 */
class HrDutyServiceTest {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final Project PROJECT =
      Project.builder()
          .id("WFD-1")
          .type(ProjectType.CONSTRUCTION)
          .totalInvestment(Money.parse("1.2亿元"))
          .location(Location.of(Region.WAFANGDIAN))
          .build();

  /** A clock that can be moved, like a test clock in an application. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
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

  private static Instant beijing(int y, int m, int d, int h, int min) {
    return ZonedDateTime.of(y, m, d, h, min, 0, 0, BEIJING).toInstant();
  }

  @Test
  void landNoticeDutiesAreStoredAndFallOverdueAfterTheDueDay() {
    MovableClock clock = new MovableClock(beijing(2025, 9, 26, 10, 0));
    HrDutyService service = new HrDutyService(LinkagePolicies.dalian2018(), clock);
    List<HrDutyService.StoredDuty> stored =
        service.onEvent(ProjectEvent.landExpropriationNotice(PROJECT, LocalDate.of(2025, 9, 26)));
    assertThat(stored)
        .extracting(d -> d.duty().code().name())
        .containsExactly("LAND_SURVEY_AND_DATABASES", "RESETTLEMENT_PLAN");
    assertThat(stored.get(0).id()).isEqualTo("D-1");
    assertThat(stored.get(0).recorded()).isEqualTo(clock.instant());
    assertThat(stored.get(0).provisional()).isFalse();

    clock.now = beijing(2025, 11, 13, 23, 59);
    assertThat(service.overdue()).isEmpty();
    clock.now = beijing(2025, 11, 14, 0, 0);
    assertThat(service.overdue()).extracting(HrDutyService.StoredDuty::id).containsExactly("D-1");

    HrDutyService.StoredDuty done = service.close("D-1");
    assertThat(done.closed()).isEqualTo(clock.instant());
    assertThat(service.overdue()).isEmpty();
    assertThat(service.open()).extracting(HrDutyService.StoredDuty::id).containsExactly("D-2");
    assertThatThrownBy(() -> service.close("D-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("D-1");
  }

  /** 三 末段: an issue raised is tracked until closed; closing it ends the tracking. */
  @Test
  void anIssueIsTrackedUntilItIsClosed() {
    MovableClock clock = new MovableClock(beijing(2025, 12, 10, 9, 0));
    HrDutyService service = new HrDutyService(LinkagePolicies.dalian2018(), clock);
    List<HrDutyService.StoredDuty> raised =
        service.onEvent(
            ProjectEvent.issueRaised(
                PROJECT, LocalDate.of(2025, 12, 10), "Q-1", IssueTopic.SOCIAL_SECURITY));
    assertThat(raised)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.duty().code().name()).isEqualTo("EXPEDITED_ISSUE_HANDLING");
              assertThat(d.duty().trackedUntilClosed()).isTrue();
            });
    clock.now = beijing(2025, 12, 12, 9, 0);
    service.onEvent(ProjectEvent.issueClosed(PROJECT, LocalDate.of(2025, 12, 12), "Q-1"));
    assertThat(service.open()).isEmpty();
    assertThat(service.all())
        .singleElement()
        .satisfies(d -> assertThat(d.closed()).isEqualTo(beijing(2025, 12, 12, 9, 0)));
  }

  /** A project whose investment is not known: the duties are stored, marked provisional. */
  @Test
  void undeterminedDecisionsAreStoredAsProvisional() {
    Project unknown =
        Project.builder()
            .id("X")
            .type(ProjectType.CONSTRUCTION)
            .location(Location.of(Region.WAFANGDIAN))
            .build();
    HrDutyService service =
        new HrDutyService(LinkagePolicies.dalian2018(), Clock.fixed(Instant.EPOCH, BEIJING));
    List<HrDutyService.StoredDuty> stored =
        service.onEvent(ProjectEvent.landExpropriationNotice(unknown, LocalDate.of(2025, 9, 26)));
    assertThat(stored).isNotEmpty().allSatisfy(d -> assertThat(d.provisional()).isTrue());
    // a project below 1亿元 triggers nothing
    Project small = Project.builder().from(unknown).totalInvestment(Money.parse("5000万元")).build();
    assertThat(
            service.onEvent(ProjectEvent.landExpropriationNotice(small, LocalDate.of(2025, 9, 26))))
        .isEmpty();
  }
}
