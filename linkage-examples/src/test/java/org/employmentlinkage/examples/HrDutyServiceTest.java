package org.employmentlinkage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.junit.jupiter.api.Test;

/**
 * The HR service example. The land survey of 二（三） for a notice of 2025-09-26 is due 2025-11-13 and
 * ends at 24:00 Beijing time (the Deadline javadoc: a deadline's last day ends at 24:00 Beijing
 * time), so it is overdue from 2025-11-14T00:00+08:00 on, not at 23:59 the day before.
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
        // 二（三） survey and plan; 三（七） the willing land-expropriated persons into the transfer plan
        .containsExactly(
            "LAND_SURVEY_AND_DATABASES", "RESETTLEMENT_PLAN", "TRANSFER_TRAINING_PLAN");
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
    // the 安置分流方案 (D-2) and the transfer training plan (D-3) have no deadline and stay open
    assertThat(service.open())
        .extracting(HrDutyService.StoredDuty::id)
        .containsExactly("D-2", "D-3");
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

  /**
   * Issue ids are the caller's identifiers within one project: two projects may both raise {@code
   * ISSUE-1}, and closing it for one project leaves the other project's issue open.
   */
  @Test
  void closingAnIssueClosesItOnlyForItsOwnProject() {
    Project other = Project.builder().from(PROJECT).id("WFD-2").build();
    MovableClock clock = new MovableClock(beijing(2025, 12, 10, 9, 0));
    HrDutyService service = new HrDutyService(LinkagePolicies.dalian2018(), clock);
    LocalDate raisedOn = LocalDate.of(2025, 12, 10);
    service.onEvent(
        ProjectEvent.issueRaised(PROJECT, raisedOn, "ISSUE-1", IssueTopic.SOCIAL_SECURITY));
    service.onEvent(
        ProjectEvent.issueRaised(other, raisedOn, "ISSUE-1", IssueTopic.SOCIAL_SECURITY));
    assertThat(service.open()).hasSize(2);

    clock.now = beijing(2025, 12, 12, 9, 0);
    service.onEvent(ProjectEvent.issueClosed(PROJECT, LocalDate.of(2025, 12, 12), "ISSUE-1"));

    assertThat(service.open())
        .singleElement()
        .satisfies(d -> assertThat(d.projectId()).isEqualTo("WFD-2"));
    assertThat(service.all())
        .filteredOn(d -> d.projectId().equals("WFD-1"))
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

  /**
   * A FICTITIOUS notice for 2027, for tests only: its number, title, source and dates are made up
   * (the State Council's 2027 notice is not out when this test was written). It rests the statutory
   * days of 《全国年节及纪念日放假办法》 (2024 revision: 13 days) around made-up blocks, and makes Sunday
   * 2027-01-31 a make-up working day. The same file serves linkage-duty-register's tests, from
   * linkage-core's test jar.
   */
  private static final String FICTITIOUS_2027 = fictional2027();

  private static String fictional2027() {
    String name = "/org/employmentlinkage/fixtures/fictional-2027.txt";
    try (InputStream in =
        Objects.requireNonNull(HrDutyServiceTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  /**
   * Issue 11: a duty stored while its 30 working days ran into a year without a notice settles when
   * the notice is loaded. Published Sun 2026-12-20, counted by hand: Dec 21–25 and 28–31 are 9
   * working days, 元旦 rests, Jan 4–29 are 20 more (29), and the 30th is the fictitious make-up
   * Sunday 2027-01-31 — inside the provisional range stored before, 2027-01-30..2027-02-01 (counted
   * by hand in {@code EmbeddingExampleTest}). A duty closed before the notice is not touched, and a
   * duty with a final date (2025) is not recomputed.
   */
  @Test
  void provisionalDutiesSettleWhenTheNoticeIsLoaded() {
    MovableClock clock = new MovableClock(beijing(2026, 12, 20, 10, 0));
    LinkagePolicy provisional = LinkagePolicy.builder().provisionalCalendar().clock(clock).build();
    HrDutyService service = new HrDutyService(provisional, clock);
    Project closedOne = Project.builder().from(PROJECT).id("WFD-CLOSED").build();
    Project settled = Project.builder().from(PROJECT).id("WFD-2025").build();
    service.onEvent(ProjectEvent.landExpropriationNotice(PROJECT, LocalDate.of(2026, 12, 20)));
    service.onEvent(ProjectEvent.landExpropriationNotice(closedOne, LocalDate.of(2026, 12, 20)));
    service.onEvent(ProjectEvent.landExpropriationNotice(settled, LocalDate.of(2025, 9, 26)));
    HrDutyService.StoredDuty before = survey(service, "WFD-1");
    assertThat(before.duty().timing()).isEqualTo(DutyTiming.PROVISIONAL_DUE_DATE);
    assertThat(before.dueDateMayChange()).isTrue();
    assertThat(before.duty().deadline().orElseThrow().latestDue())
        .isEqualTo(LocalDate.of(2027, 2, 1));
    service.close(survey(service, "WFD-CLOSED").id());
    assertThat(survey(service, "WFD-2025").dueDateMayChange()).isFalse();

    clock.now = beijing(2026, 12, 22, 9, 0);
    List<HolidayNotice> notices = HolidayNotices.parse(FICTITIOUS_2027, "fictitious-2027.txt");
    WorkingDayCalendar withNotice =
        ChinaCalendars.builder().addNotices(notices).provisional(true).clock(clock).build();
    List<HrDutyService.StoredDuty> changed =
        service.onNewCalendar(provisional.toBuilder().calendar(withNotice).build());

    assertThat(changed)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(before.id());
              assertThat(d.recorded()).isEqualTo(before.recorded());
              assertThat(d.duty().timing()).isEqualTo(DutyTiming.DUE_DATE);
              assertThat(d.duty().deadline().orElseThrow().due())
                  .isEqualTo(LocalDate.of(2027, 1, 31));
              assertThat(d.dueDateMayChange()).isFalse();
            });
    assertThat(service.history())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(before.id());
              assertThat(r.before()).isEqualTo(before.duty());
              assertThat(r.calendarVersion()).contains("虚构测试〔2026〕99号");
              assertThat(r.at()).isEqualTo(beijing(2026, 12, 22, 9, 0));
            });
    assertThat(survey(service, "WFD-CLOSED").duty().timing())
        .isEqualTo(DutyTiming.PROVISIONAL_DUE_DATE);
  }

  private static HrDutyService.StoredDuty survey(HrDutyService service, String projectId) {
    return service.all().stream()
        .filter(d -> d.projectId().equals(projectId))
        .filter(d -> d.duty().code() == DutyCode.LAND_SURVEY_AND_DATABASES)
        .findFirst()
        .orElseThrow();
  }
}
