package org.employmentlinkage.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.employmentlinkage.register.Fixtures.beijing;
import static org.employmentlinkage.register.Fixtures.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotices;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.junit.jupiter.api.Test;

/**
 * What a duty register must get right (issue 15), on a real database: H2 in file mode and an
 * embedded PostgreSQL run the same tests (the two subclasses say which). Expected dates are counted
 * by hand from the calendars (each test says how), never taken from the register.
 */
abstract class DutyRegisterContract {

  /**
   * A new, empty database for one test.
   *
   * @return its data source
   */
  abstract DataSource freshDatabase() throws Exception;

  /** The database's name, for reports. */
  abstract String databaseName();

  static DutyRegister open(DataSource db, LinkagePolicy policy, Clock clock, String user) {
    return DutyRegister.open(db, policy, clock, user);
  }

  static long count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static RegisteredDuty only(List<RegisteredDuty> duties, String projectId, DutyCode code) {
    List<RegisteredDuty> found =
        duties.stream().filter(d -> d.projectId().equals(projectId) && d.code() == code).toList();
    assertThat(found).as("%s %s", projectId, code).hasSize(1);
    return found.get(0);
  }

  // ---------------------------------------------------------------------------------------------
  // idempotency

  /**
   * 二（三）: a 征收土地公告 of 2025-09-26 triggers the survey (due 2025-11-13, counted by hand in
   * linkage-examples' HrDutyServiceTest), the 安置分流方案 and the transfer training plan of 三（七). A
   * message queue delivers it twice: the second delivery stores nothing.
   */
  @Test
  void theSameEventDeliveredTwiceCreatesNoSecondDuty() throws Exception {
    DataSource db = freshDatabase();
    Fixtures.MovableClock clock = new Fixtures.MovableClock(beijing(2025, 9, 26, 10, 0));
    DutyRegister register = open(db, LinkagePolicies.dalian2018(), clock, "hr-service-1");
    ProjectEvent notice =
        ProjectEvent.landExpropriationNotice(project("WFD-1"), LocalDate.of(2025, 9, 26));

    Delivery first = register.deliver(notice);
    clock.set(beijing(2025, 9, 26, 10, 5));
    Delivery again = register.deliver(notice);

    assertThat(first.first()).isTrue();
    assertThat(first.duties())
        .extracting(d -> d.code().name())
        .containsExactly(
            "LAND_SURVEY_AND_DATABASES", "RESETTLEMENT_PLAN", "TRANSFER_TRAINING_PLAN");
    RegisteredDuty survey = first.duties().get(0);
    assertThat(survey.due()).contains(LocalDate.of(2025, 11, 13));
    assertThat(survey.latestDue()).contains(LocalDate.of(2025, 11, 13));
    assertThat(survey.dueProvisional()).isFalse();
    assertThat(survey.mayChange()).isFalse();
    assertThat(survey.timing()).isEqualTo(DutyTiming.DUE_DATE);
    assertThat(survey.clause().canonical()).isEqualTo("大政办发〔2018〕83号 二（三）");
    assertThat(survey.responsibleUnits()).isEqualTo(survey.clause().responsibleUnits());
    assertThat(survey.versions()).isEqualTo(LinkagePolicies.dalian2018().versions());
    assertThat(survey.recorded()).isEqualTo(beijing(2025, 9, 26, 10, 0));
    assertThat(survey.recordedBy()).isEqualTo("hr-service-1");
    assertThat(again.first()).isFalse();
    assertThat(again.duties()).isEmpty();
    assertThat(count(db, "SELECT COUNT(*) FROM project_event")).isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM duty")).isEqualTo(3);
    assertThat(register.all()).hasSize(3);

    // The full decision is stored and reads back equal to what the policy decides.
    assertThat(register.decision(survey.id()))
        .isEqualTo(LinkagePolicies.dalian2018().obligations(notice));
  }

  /** The uniqueness is the database's: a raw second INSERT of the natural key is refused. */
  @Test
  void theNaturalKeyIsAUniqueConstraint() throws Exception {
    DataSource db = freshDatabase();
    DutyRegister register =
        open(db, LinkagePolicies.dalian2018(), Clock.systemUTC(), "hr-service-1");
    register.deliver(
        ProjectEvent.landExpropriationNotice(project("WFD-1"), LocalDate.of(2025, 9, 26)));
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO project_event (project_id, event_key, kind, event_date,"
                          + " event_schema, event_json, received_at, received_by)"
                          + " SELECT project_id, event_key, kind, event_date, event_schema,"
                          + " event_json, received_at, 'raw' FROM project_event"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO duty (event_id, project_id, duty_code, duty_reference, clause,"
                          + " timing, due, latest_due, due_provisional, may_change, undetermined,"
                          + " policy_version, parameters_version, calendar_version,"
                          + " decision_schema, decision_json, recorded_at, recorded_by)"
                          + " SELECT event_id, project_id, duty_code, duty_reference, clause,"
                          + " timing, due, latest_due, due_provisional, may_change, undetermined,"
                          + " policy_version, parameters_version, calendar_version,"
                          + " decision_schema, decision_json, recorded_at, 'raw' FROM duty"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // issues of 三 末段

  /**
   * 三 末段: issue ids are the caller's identifiers within one project (issue 8 #16). Two projects
   * raise ISSUE-1; closing it for one leaves the other's open; raising ISSUE-1 again in the same
   * project (another date) is the same issue, not a second duty.
   */
  @Test
  void issueIdsArePerProject() throws Exception {
    DataSource db = freshDatabase();
    Fixtures.MovableClock clock = new Fixtures.MovableClock(beijing(2025, 12, 10, 9, 0));
    DutyRegister register = open(db, LinkagePolicies.dalian2018(), clock, "hr-service-1");
    LocalDate raised = LocalDate.of(2025, 12, 10);
    Project a = project("WFD-1");
    Project b = project("WFD-2");
    Delivery ra =
        register.deliver(
            ProjectEvent.issueRaised(a, raised, "ISSUE-1", IssueTopic.SOCIAL_SECURITY));
    Delivery rb =
        register.deliver(
            ProjectEvent.issueRaised(b, raised, "ISSUE-1", IssueTopic.SOCIAL_SECURITY));
    assertThat(ra.duties())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DutyCode.EXPEDITED_ISSUE_HANDLING);
              assertThat(d.reference()).contains("ISSUE-1");
              assertThat(d.timing()).isEqualTo(DutyTiming.PROMPTLY);
            });
    assertThat(rb.duties()).hasSize(1);
    assertThat(
            register
                .deliver(
                    ProjectEvent.issueRaised(
                        a, raised.plusDays(1), "ISSUE-1", IssueTopic.SOCIAL_SECURITY))
                .first())
        .isFalse();

    clock.set(beijing(2025, 12, 12, 9, 0));
    Delivery closing =
        register.deliver(ProjectEvent.issueClosed(a, LocalDate.of(2025, 12, 12), "ISSUE-1"));
    assertThat(closing.closed()).isEqualTo(1);
    assertThat(register.open())
        .singleElement()
        .satisfies(d -> assertThat(d.projectId()).isEqualTo("WFD-2"));
    assertThat(only(register.all(), "WFD-1", DutyCode.EXPEDITED_ISSUE_HANDLING).closed())
        .contains(beijing(2025, 12, 12, 9, 0));
    // the close redelivered closes nothing more
    Delivery closingAgain =
        register.deliver(ProjectEvent.issueClosed(a, LocalDate.of(2025, 12, 12), "ISSUE-1"));
    assertThat(closingAgain.first()).isFalse();
    assertThat(closingAgain.closed()).isZero();
    assertThat(register.open()).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------
  // overdue

  /** Duties of every kind of deadline, stored by three registers (policies) on one database. */
  record Scenario(Map<Long, Deadline> deadlines, Map<String, Long> ids, List<Instant> instants) {}

  /**
   * Stores: WFD-FINAL, a 2025-09-26 notice (due 2025-11-13, final); WFD-RANGE, 2026-12-20 on the
   * provisional calendar (the range 2027-01-30..2027-02-01, counted by hand in linkage-examples'
   * EmbeddingExampleTest); WFD-DEC, 2018-11-19 on the calendar as known on 2018-12-05 (Mon
   * 2018-11-19, working days Nov 20–23, 26–30, Dec 3–7, 10–14, 17–21, 24–28 are 29, the 30th is Mon
   * 2018-12-31: a single date the next notice may move, mayChange); WFD-UNKNOWN, an investment not
   * given (an undetermined decision); WFD-CLOSED like WFD-FINAL, closed.
   */
  Scenario storeOverdueScenario(DataSource db) throws Exception {
    Fixtures.MovableClock clock = new Fixtures.MovableClock(beijing(2025, 9, 26, 10, 0));
    LinkagePolicy official = LinkagePolicies.dalian2018();
    LinkagePolicy provisional = LinkagePolicy.builder().provisionalCalendar().build();
    LinkagePolicy asKnown2018 =
        LinkagePolicy.builder()
            .calendar(ChinaCalendars.officialAsKnownAt(LocalDate.of(2018, 12, 5)))
            .build();
    Project unknown =
        Project.builder()
            .id("WFD-UNKNOWN")
            .type(ProjectType.CONSTRUCTION)
            .location(Location.of(Region.WAFANGDIAN))
            .build();
    List<ProjectEvent> officialEvents =
        List.of(
            ProjectEvent.landExpropriationNotice(project("WFD-FINAL"), LocalDate.of(2025, 9, 26)),
            ProjectEvent.landExpropriationNotice(project("WFD-CLOSED"), LocalDate.of(2025, 9, 26)),
            ProjectEvent.landExpropriationNotice(unknown, LocalDate.of(2025, 9, 26)),
            ProjectEvent.issueRaised(
                project("WFD-FINAL"),
                LocalDate.of(2025, 10, 9),
                "Q-1",
                IssueTopic.VOCATIONAL_TRAINING));
    Map<Long, Deadline> deadlines = new HashMap<>();
    Map<String, Long> ids = new HashMap<>();
    record Batch(LinkagePolicy policy, List<ProjectEvent> events) {}
    for (Batch batch :
        List.of(
            new Batch(official, officialEvents),
            new Batch(
                provisional,
                List.of(
                    ProjectEvent.landExpropriationNotice(
                        project("WFD-RANGE"), LocalDate.of(2026, 12, 20)))),
            new Batch(
                asKnown2018,
                List.of(
                    ProjectEvent.landExpropriationNotice(
                        project("WFD-DEC"), LocalDate.of(2018, 11, 19)))))) {
      DutyRegister register = open(db, batch.policy(), clock, "instance-" + ids.size());
      for (ProjectEvent e : batch.events()) {
        ObligationDecision expected = batch.policy().obligations(e);
        for (RegisteredDuty d : register.deliver(e).duties()) {
          ids.put(d.projectId() + " " + d.code(), d.id());
          expected
              .duty(d.code())
              .flatMap(x -> x.deadline())
              .ifPresent(x -> deadlines.put(d.id(), x));
        }
      }
    }
    DutyRegister any = open(db, official, clock, "closer");
    any.close(ids.get("WFD-CLOSED LAND_SURVEY_AND_DATABASES"));
    List<Instant> instants = new ArrayList<>();
    for (Deadline d : deadlines.values()) {
      for (LocalDate day : List.of(d.due(), d.latestDue())) {
        Instant end = day.plusDays(1).atStartOfDay(Deadline.BEIJING).toInstant();
        instants.add(end.minusSeconds(60));
        instants.add(end);
        instants.add(end.plusSeconds(3600 * 30));
      }
    }
    instants.add(beijing(2030, 1, 1, 0, 0));
    return new Scenario(deadlines, ids, instants);
  }

  /**
   * The one SQL query agrees with {@link Deadline#isOverdueAt} for every stored duty at every
   * instant around every due and latest date (a minute before 24:00 Beijing time, at it, and a day
   * later), with hand-counted anchors: the final survey is overdue from 2025-11-14T00:00+08:00, not
   * at 23:59 the day before; the range 2027-01-30..2027-02-01 only from 2027-02-02T00:00+08:00; the
   * single date the next notice may move (2018-12-31) never, until recomputed.
   */
  @Test
  void overdueNowIsOneQueryThatAgreesWithTheDeadlines() throws Exception {
    DataSource db = freshDatabase();
    Scenario s = storeOverdueScenario(db);
    long finalSurvey = s.ids().get("WFD-FINAL LAND_SURVEY_AND_DATABASES");
    long range = s.ids().get("WFD-RANGE LAND_SURVEY_AND_DATABASES");
    long december = s.ids().get("WFD-DEC LAND_SURVEY_AND_DATABASES");
    long closed = s.ids().get("WFD-CLOSED LAND_SURVEY_AND_DATABASES");
    assertThat(s.deadlines().get(range).provisional()).isTrue();
    assertThat(s.deadlines().get(range).due()).isEqualTo(LocalDate.of(2027, 1, 30));
    assertThat(s.deadlines().get(range).latestDue()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(s.deadlines().get(december).due()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(s.deadlines().get(december).mayChange()).isTrue();
    assertThat(s.deadlines().get(december).provisional()).isFalse();

    Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.EPOCH);
    DutyRegister register = open(db, LinkagePolicies.dalian2018(), clock, "reader");
    List<RegisteredDuty> all = register.all();
    assertThat(all).hasSizeGreaterThan(10);
    assertThat(all.stream().filter(RegisteredDuty::undetermined).count()).isPositive();
    int compared = 0;
    for (Instant now : s.instants()) {
      clock.set(now);
      Set<Long> expected = new TreeSet<>();
      for (RegisteredDuty d : all) {
        Deadline dl = s.deadlines().get(d.id());
        if (d.isOpen() && dl != null && dl.isOverdueAt(now)) {
          expected.add(d.id());
        }
        compared++;
      }
      Set<Long> actual =
          register.overdue().stream()
              .map(RegisteredDuty::id)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(actual).as("overdue at %s", now).isEqualTo(expected);
    }
    assertThat(compared).isGreaterThan(100);

    clock.set(beijing(2025, 11, 13, 23, 59));
    assertThat(register.overdue()).extracting(RegisteredDuty::id).doesNotContain(finalSurvey);
    clock.set(beijing(2025, 11, 14, 0, 0));
    assertThat(register.overdue())
        .extracting(RegisteredDuty::id)
        .contains(finalSurvey)
        .doesNotContain(closed);
    clock.set(beijing(2027, 2, 1, 23, 59));
    assertThat(register.overdue()).extracting(RegisteredDuty::id).doesNotContain(range);
    clock.set(beijing(2027, 2, 2, 0, 0));
    assertThat(register.overdue()).extracting(RegisteredDuty::id).contains(range);
    clock.set(beijing(2030, 1, 1, 0, 0));
    assertThat(register.overdue()).extracting(RegisteredDuty::id).doesNotContain(december);
  }

  // ---------------------------------------------------------------------------------------------
  // a new holiday notice

  /**
   * Issue 11 on a database: duties stored while their 30 working days ran into 2027, without a
   * notice, settle when the FICTIONAL 2027 notice ({@link Fixtures#FICTIONAL_2027_NOTICE}: made up
   * for the tests, not the State Council's) is loaded. Counted by hand with the fictional notice:
   * WFD-1, published Sun 2026-12-20: Dec 21–25 and 28–31 are 9 working days, 元旦 rests, Jan 4–29 are
   * 20 more, the 30th is the fictional make-up Sunday 2027-01-31 (the range stored before:
   * 2027-01-30..2027-02-01). WFD-10, published Thu 2026-12-10: Dec 11, 14–18, 21–25, 28–31 are 15,
   * Jan 4–8, 11–15, 18–22 are 15 more: 2027-01-22, the date the provisional calendar gave, now
   * final (its timing changes, its date does not). A duty closed before the load and a duty with a
   * final date are not touched.
   */
  @Test
  void aNewNoticeRecomputesTheOpenDutiesThatMayChangeInOneTransaction() throws Exception {
    DataSource db = freshDatabase();
    Fixtures.MovableClock clock = new Fixtures.MovableClock(beijing(2026, 12, 20, 10, 0));
    LinkagePolicy provisional = LinkagePolicy.builder().provisionalCalendar().clock(clock).build();
    DutyRegister register = open(db, provisional, clock, "hr-service-1");
    register.deliver(
        ProjectEvent.landExpropriationNotice(project("WFD-1"), LocalDate.of(2026, 12, 20)));
    register.deliver(
        ProjectEvent.landExpropriationNotice(project("WFD-10"), LocalDate.of(2026, 12, 10)));
    register.deliver(
        ProjectEvent.landExpropriationNotice(project("WFD-CLOSED"), LocalDate.of(2026, 12, 20)));
    register.deliver(
        ProjectEvent.landExpropriationNotice(project("WFD-2025"), LocalDate.of(2025, 9, 26)));
    RegisteredDuty before = only(register.all(), "WFD-1", DutyCode.LAND_SURVEY_AND_DATABASES);
    assertThat(before.timing()).isEqualTo(DutyTiming.PROVISIONAL_DUE_DATE);
    assertThat(before.due()).contains(LocalDate.of(2027, 1, 30));
    assertThat(before.latestDue()).contains(LocalDate.of(2027, 2, 1));
    assertThat(before.dueProvisional()).isTrue();
    assertThat(before.mayChange()).isTrue();
    RegisteredDuty closedBefore =
        register.close(only(register.all(), "WFD-CLOSED", DutyCode.LAND_SURVEY_AND_DATABASES).id());
    RegisteredDuty finalBefore =
        only(register.all(), "WFD-2025", DutyCode.LAND_SURVEY_AND_DATABASES);
    assertThat(finalBefore.mayChange()).isFalse();

    clock.set(beijing(2026, 12, 22, 9, 0));
    WorkingDayCalendar withNotice =
        ChinaCalendars.builder()
            .addNotices(HolidayNotices.parse(Fixtures.FICTIONAL_2027_NOTICE, "fictional-2027.txt"))
            .provisional(true)
            .clock(clock)
            .build();
    LinkagePolicy updated = provisional.toBuilder().calendar(withNotice).build();
    assertThat(updated.versions().calendar()).contains(Fixtures.FICTIONAL_2027_NUMBER);

    // One transaction: a stored event that cannot be read (the second to recompute) undoes all.
    long wfd10Event = only(register.all(), "WFD-10", DutyCode.LAND_SURVEY_AND_DATABASES).eventId();
    String json;
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT event_json FROM project_event WHERE id = ?")) {
      ps.setLong(1, wfd10Event);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        json = rs.getString(1);
      }
    }
    setEventJson(db, wfd10Event, "{\"schema\":\"linkage/1\",\"document\":\"ProjectEvent\"}");
    assertThatThrownBy(() -> register.onNewCalendar(updated, Fixtures.FICTIONAL_2027_NUMBER))
        .isInstanceOf(RegisterException.class)
        .hasMessageContaining("event " + wfd10Event);
    assertThat(only(register.all(), "WFD-1", DutyCode.LAND_SURVEY_AND_DATABASES).due())
        .contains(LocalDate.of(2027, 1, 30));
    assertThat(count(db, "SELECT COUNT(*) FROM notice_load")).isZero();
    assertThat(count(db, "SELECT COUNT(*) FROM duty_history")).isZero();
    setEventJson(db, wfd10Event, json);

    NoticeLoad load = register.onNewCalendar(updated, Fixtures.FICTIONAL_2027_NUMBER);
    System.out.printf(
        java.util.Locale.ROOT,
        "%s recompute on the FICTIONAL 2027 notice %s: %d duties recomputed, %d changed%n",
        databaseName(),
        load.notice(),
        load.recomputed(),
        load.changed());

    assertThat(load.recomputed()).isEqualTo(2);
    assertThat(load.changed()).isEqualTo(2);
    assertThat(load.loadedBy()).isEqualTo("hr-service-1");
    RegisteredDuty after = only(register.all(), "WFD-1", DutyCode.LAND_SURVEY_AND_DATABASES);
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.recorded()).isEqualTo(before.recorded());
    assertThat(after.timing()).isEqualTo(DutyTiming.DUE_DATE);
    assertThat(after.due()).contains(LocalDate.of(2027, 1, 31));
    assertThat(after.latestDue()).contains(LocalDate.of(2027, 1, 31));
    assertThat(after.dueProvisional()).isFalse();
    assertThat(after.mayChange()).isFalse();
    assertThat(after.versions().calendar()).contains(Fixtures.FICTIONAL_2027_NUMBER);
    assertThat(
            register
                .decision(after.id())
                .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
                .orElseThrow()
                .due())
        .contains(LocalDate.of(2027, 1, 31));
    RegisteredDuty ten = only(register.all(), "WFD-10", DutyCode.LAND_SURVEY_AND_DATABASES);
    assertThat(ten.timing()).isEqualTo(DutyTiming.DUE_DATE);
    assertThat(ten.due()).contains(LocalDate.of(2027, 1, 22));

    assertThat(register.history())
        .hasSize(2)
        .first()
        .satisfies(
            r -> {
              assertThat(r.dutyId()).isEqualTo(before.id());
              assertThat(r.notice()).isEqualTo(Fixtures.FICTIONAL_2027_NUMBER);
              assertThat(r.changedBy()).isEqualTo("hr-service-1");
              assertThat(r.changed()).isEqualTo(beijing(2026, 12, 22, 9, 0));
              assertThat(r.oldTiming()).isEqualTo(DutyTiming.PROVISIONAL_DUE_DATE);
              assertThat(r.oldDue()).contains(LocalDate.of(2027, 1, 30));
              assertThat(r.oldLatestDue()).contains(LocalDate.of(2027, 2, 1));
              assertThat(r.oldCalendarVersion()).isEqualTo(before.versions().calendar());
              assertThat(r.newTiming()).isEqualTo(DutyTiming.DUE_DATE);
              assertThat(r.newDue()).contains(LocalDate.of(2027, 1, 31));
            });
    RegisteredDuty closedAfter =
        only(register.all(), "WFD-CLOSED", DutyCode.LAND_SURVEY_AND_DATABASES);
    assertThat(closedAfter.timing()).isEqualTo(DutyTiming.PROVISIONAL_DUE_DATE);
    assertThat(closedAfter.due()).isEqualTo(closedBefore.due());
    assertThat(closedAfter.latestDue()).isEqualTo(closedBefore.latestDue());
    assertThat(closedAfter.versions()).isEqualTo(closedBefore.versions());
    RegisteredDuty finalAfter =
        only(register.all(), "WFD-2025", DutyCode.LAND_SURVEY_AND_DATABASES);
    assertThat(finalAfter.versions()).isEqualTo(finalBefore.versions());

    // Loading it again finds nothing left to recompute.
    NoticeLoad again = register.onNewCalendar(updated, Fixtures.FICTIONAL_2027_NUMBER);
    assertThat(again.recomputed()).isZero();
    // An instance still on the old calendar refuses to deliver; one on the new calendar delivers.
    DutyRegister stale = open(db, provisional, clock, "hr-service-2");
    ProjectEvent later =
        ProjectEvent.landExpropriationNotice(project("WFD-3"), LocalDate.of(2026, 12, 22));
    assertThatThrownBy(() -> stale.deliver(later))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Fixtures.FICTIONAL_2027_NUMBER);
    assertThat(register.deliver(later).duties()).isNotEmpty();
  }

  private static void setEventJson(DataSource db, long eventId, String json) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE project_event SET event_json = ? WHERE id = ?")) {
      ps.setString(1, json);
      ps.setLong(2, eventId);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // two service instances

  /** Deliveries per event in the concurrency test (the queue redelivers each event twice). */
  static final int DELIVERIES_PER_EVENT = 3;

  /**
   * Two service instances, each with its own connection pool (HikariCP, 4 connections) and 4
   * threads, deliver the events of one project at once, each event three times in a shuffled order
   * (fixed seed): every duty the policy decides is stored exactly once.
   */
  @Test
  void twoInstancesProcessingOneProjectLoseAndDuplicateNothing() throws Exception {
    DataSource db = freshDatabase();
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    Clock clock = Clock.fixed(beijing(2026, 3, 2, 9, 0), Fixtures.BEIJING);
    Project p = project("WFD-CONC");
    List<ProjectEvent> events = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      events.add(ProjectEvent.landExpropriationNotice(p, LocalDate.of(2025, 3, 3).plusDays(i)));
      events.add(
          ProjectEvent.issueRaised(
              p, LocalDate.of(2025, 6, 2).plusDays(i), "ISSUE-" + i, IssueTopic.SOCIAL_SECURITY));
      events.add(ProjectEvent.labourShortfall(p, LocalDate.of(2025, 9, 1), 10 + i));
    }
    // expected: what the policy decides for each event, by (event key, code, reference)
    Set<String> expected = new TreeSet<>();
    for (ProjectEvent e : events) {
      ObligationDecision d = policy.obligations(e);
      assertThat(d.outcome()).isEqualTo(Outcome.YES);
      d.duties()
          .forEach(
              x ->
                  expected.add(
                      EventKeys.naturalKey(e) + "|" + x.code() + "|" + x.reference().orElse("")));
    }
    List<ProjectEvent> deliveries = new ArrayList<>();
    for (int r = 0; r < DELIVERIES_PER_EVENT; r++) {
      deliveries.addAll(events);
    }
    java.util.Collections.shuffle(deliveries, new java.util.Random(20180706));

    open(db, policy, clock, "migrator"); // migrate once, before the instances start
    java.util.concurrent.atomic.AtomicInteger firsts =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger redeliveries =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    try (com.zaxxer.hikari.HikariDataSource pool1 = pool(db, "instance-1");
        com.zaxxer.hikari.HikariDataSource pool2 = pool(db, "instance-2")) {
      DutyRegister[] instances = {
        open(pool1, policy, clock, "instance-1"), open(pool2, policy, clock, "instance-2")
      };
      java.util.concurrent.ExecutorService threads =
          java.util.concurrent.Executors.newFixedThreadPool(8);
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.ConcurrentLinkedQueue<ProjectEvent> queue1 =
          new java.util.concurrent.ConcurrentLinkedQueue<>();
      java.util.concurrent.ConcurrentLinkedQueue<ProjectEvent> queue2 =
          new java.util.concurrent.ConcurrentLinkedQueue<>();
      for (int i = 0; i < deliveries.size(); i++) {
        (i % 2 == 0 ? queue1 : queue2).add(deliveries.get(i));
      }
      for (int t = 0; t < 8; t++) {
        DutyRegister instance = instances[t % 2];
        java.util.concurrent.ConcurrentLinkedQueue<ProjectEvent> queue =
            t % 2 == 0 ? queue1 : queue2;
        threads.execute(
            () -> {
              try {
                start.await();
                for (ProjectEvent e = queue.poll(); e != null; e = queue.poll()) {
                  (instance.deliver(e).first() ? firsts : redeliveries).incrementAndGet();
                }
              } catch (Throwable x) {
                failures.add(x);
              }
            });
      }
      start.countDown();
      threads.shutdown();
      assertThat(threads.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(failures).isEmpty();

    List<String> stored = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT e.event_key, d.duty_code, d.duty_reference FROM duty d"
                    + " JOIN project_event e ON e.id = d.event_id")) {
      while (rs.next()) {
        stored.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
      }
    }
    long duplicates = (long) stored.size() - new TreeSet<>(stored).size();
    Set<String> lost = new TreeSet<>(expected);
    stored.forEach(lost::remove);
    Set<String> unexpected = new TreeSet<>(stored);
    unexpected.removeAll(expected);
    System.out.printf(
        java.util.Locale.ROOT,
        "%s, two instances x 4 threads, two pools: %d events, %d deliveries (%d first, %d"
            + " redelivered), %d duties expected, %d stored, duplicates: %d, lost: %d (%.1f s)%n",
        databaseName(),
        events.size(),
        deliveries.size(),
        firsts.get(),
        redeliveries.get(),
        expected.size(),
        stored.size(),
        duplicates,
        lost.size(),
        seconds);
    assertThat(firsts.get()).isEqualTo(events.size());
    assertThat(redeliveries.get()).isEqualTo(events.size() * (DELIVERIES_PER_EVENT - 1));
    assertThat(duplicates).isZero();
    assertThat(lost).isEmpty();
    assertThat(unexpected).isEmpty();
    assertThat(count(db, "SELECT COUNT(*) FROM project_event")).isEqualTo(events.size());
  }

  static com.zaxxer.hikari.HikariDataSource pool(DataSource db, String name) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setDataSource(db);
    config.setPoolName(name);
    config.setMaximumPoolSize(4);
    return new com.zaxxer.hikari.HikariDataSource(config);
  }

  // ---------------------------------------------------------------------------------------------
  // stored documents

  /**
   * Rows stored at schema V1, written by hand (v1-stored-rows.sql, the decision being linkage-
   * jackson's hand-written corpus document): the register reads them back through {@code
   * LinkageJson.mapper()}. {@code linkage/1} is the oldest (and only) JSON schema version; a row in
   * a version this release does not read makes the migration fail and say why.
   */
  @Test
  void aDecisionStoredUnderSchemaV1IsReadableOrTheMigrationSaysWhyNot() throws Exception {
    DataSource db = freshDatabase();
    open(db, LinkagePolicies.dalian2018(), Clock.systemUTC(), "migrator");
    runScript(db, "v1-stored-rows.sql");
    DutyRegister register = open(db, LinkagePolicies.dalian2018(), Clock.systemUTC(), "reader");
    RegisteredDuty stored = register.all().get(0);
    assertThat(stored.projectId()).isEqualTo("P-9");
    assertThat(stored.code()).isEqualTo(DutyCode.EXPEDITED_ISSUE_HANDLING);
    assertThat(stored.reference()).contains("ISSUE-7");
    assertThat(stored.responsibleUnits())
        .containsExactly(ResponsibleUnit.HUMAN_RESOURCES_AND_SOCIAL_SECURITY_BUREAU);
    assertThat(stored.recorded()).isEqualTo(Instant.parse("2025-12-01T01:00:00Z"));
    ObligationDecision decision = register.decision(stored.id());
    assertThat(decision.outcome()).isEqualTo(Outcome.YES);
    assertThat(decision.versions().parameters()).isEqualTo("sha256:00ff");
    assertThat(decision.duties())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reference()).contains("ISSUE-7");
              assertThat(d.en()).isEqualTo("Follow the issue up.");
              assertThat(d.performers().get(0).name()).contains("张三\t13800000000");
            });
    // The hand-written event is readable too, so the duty could be recomputed from it.
    assertThat(
            org.employmentlinkage.jackson.LinkageJson.mapper()
                .readValue(eventJson(db), ProjectEvent.class)
                .issueId())
        .contains("ISSUE-7");
    // Closing the issue of the hand-written row works like any other.
    assertThat(
            register
                .deliver(
                    ProjectEvent.issueClosed(
                        Project.builder().id("P-9").build(), LocalDate.of(2025, 12, 2), "ISSUE-7"))
                .closed())
        .isEqualTo(1);

    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE duty SET decision_schema = 'linkage/0'");
    }
    assertThatThrownBy(() -> open(db, LinkagePolicies.dalian2018(), Clock.systemUTC(), "reader"))
        .isInstanceOf(RegisterException.class)
        .hasMessageContaining("1 decisions in schema \"linkage/0\"")
        .hasMessageContaining("reads [linkage/1]")
        .hasMessageContaining("recompute those duties from their events");
  }

  private static String eventJson(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT event_json FROM project_event")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static void runScript(DataSource db, String resource) throws SQLException, IOException {
    String text;
    try (InputStream in = DutyRegisterContract.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String line : text.split("\n", -1)) {
        if (!line.isBlank() && !line.startsWith("--")) {
          s.executeUpdate(line.substring(0, line.lastIndexOf(';')));
        }
      }
    }
  }
}
