package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotices;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project events: the duties and their due dates (or provisional ranges) are those of {@link
 * LinkagePolicy#obligations}, built here with the Java API; a new year's holiday notice, given as a
 * file path as on a cluster, changes the due dates without any rebuild.
 */
class EventsAndNoticesTest {
  /** A land notice whose 30 working days run into 2027, a year with no official notice here. */
  static final LocalDate LATE_2026 = LocalDate.of(2026, 12, 10);

  static final LocalDate SEPT_2025 = LocalDate.of(2025, 9, 26);

  @TempDir Path dir;

  private static Dataset<Row> events(SparkSession spark) {
    return spark.sql(
        "SELECT * FROM VALUES"
            + " ('J1', '2亿元', '210281', 'LAND_EXPROPRIATION_NOTICE', DATE'2025-09-26',"
            + "   'EXPROPRIATION_NOTICE', 'true', NULL),"
            + " ('J2', '2亿元', '210281', 'LAND_EXPROPRIATION_NOTICE', DATE'2026-12-10',"
            + "   'EXPROPRIATION_NOTICE', 'true', NULL),"
            + " ('J3', '2亿元', '210281', 'LABOUR_SHORTFALL', DATE'2025-09-26', NULL, NULL, '50'),"
            + " ('J4', '2亿元', '210281', 'LABOUR_SHORTFALL', DATE'2025-09-26', NULL, NULL, NULL),"
            + " ('J5', '2亿元', '210281', 'no such kind', DATE'2025-09-26', NULL, NULL, NULL)"
            + " AS t(id, totalInvestment, region, kind, date, landNotice,"
            + "      involvesLandExpropriatedPersons, workers)");
  }

  private static Project project(String id) {
    return Project.builder()
        .id(id)
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(Money.parse("2亿元"))
        .location(Location.of(Region.ofCode("210281")))
        .build();
  }

  private static ProjectEvent land(String id, LocalDate date) {
    return ProjectEvent.builder()
        .kind(ProjectEventKind.LAND_EXPROPRIATION_NOTICE)
        .project(project(id))
        .date(date)
        .landNotice(LandNoticeKind.EXPROPRIATION_NOTICE)
        .involvesLandExpropriatedPersons(true)
        .build();
  }

  /** Compares a decided row's duties with the Java API's. */
  private static void sameDuties(Row decision, ObligationDecision expected) {
    assertThat(decision.getString(decision.fieldIndex("outcome")))
        .isEqualTo(expected.outcome().name());
    List<Row> duties = decision.getList(decision.fieldIndex("duties"));
    assertThat(duties).hasSize(expected.duties().size());
    for (int i = 0; i < duties.size(); i++) {
      Row d = duties.get(i);
      Duty e = expected.duties().get(i);
      assertThat(d.getString(d.fieldIndex("code"))).isEqualTo(e.code().name());
      assertThat(d.getString(d.fieldIndex("clause"))).isEqualTo(e.clause().canonical());
      Deadline dl = e.deadline().orElse(null);
      int due = d.fieldIndex("due");
      if (dl == null) {
        assertThat(d.isNullAt(due)).as(e.code().name()).isTrue();
      } else {
        assertThat(d.getDate(due).toLocalDate()).as(e.code().name()).isEqualTo(dl.due());
        assertThat(d.getDate(d.fieldIndex("latestDue")).toLocalDate()).isEqualTo(dl.latestDue());
        assertThat(d.getBoolean(d.fieldIndex("provisional"))).isEqualTo(dl.provisional());
        assertThat(d.getBoolean(d.fieldIndex("mayChange"))).isEqualTo(dl.mayChange());
        assertThat(d.getString(d.fieldIndex("calendarVersion"))).isEqualTo(dl.calendarVersion());
      }
    }
  }

  private static List<Row> decide(PolicySpec spec) {
    SparkSession spark = TestSpark.session();
    return LinkageSpark.create(spark, spec)
        .events(events(spark))
        .orderBy("id")
        .select("id", LinkageSchemas.DECISION, LinkageSchemas.REJECTION)
        .collectAsList();
  }

  @Test
  void dutiesAreThoseOfTheJavaApiAndBadEventsAreRejected() {
    LinkagePolicy policy = LinkagePolicy.builder().build();
    List<Row> rows = decide(PolicySpec.defaults());

    sameDuties(rows.get(0).getStruct(1), policy.obligations(land("J1", SEPT_2025)));
    // 2027 unknown to the official calendar: the Java API's answer, whatever it is
    sameDuties(rows.get(1).getStruct(1), policy.obligations(land("J2", LATE_2026)));
    ProjectEvent shortfall =
        ProjectEvent.builder()
            .kind(ProjectEventKind.LABOUR_SHORTFALL)
            .project(project("J3"))
            .date(SEPT_2025)
            .workers(50)
            .build();
    sameDuties(rows.get(2).getStruct(1), policy.obligations(shortfall));

    Row noWorkers = rows.get(3);
    assertThat(noWorkers.isNullAt(1)).isTrue();
    assertThat(noWorkers.getStruct(2).getString(0)).isEqualTo("workers");
    assertThat(noWorkers.getStruct(2).getString(1)).isEqualTo("REQUIRED");
    Row badKind = rows.get(4);
    assertThat(badKind.getStruct(2).getString(0)).isEqualTo("kind");
    assertThat(badKind.getStruct(2).getString(1)).isEqualTo("UNKNOWN_VALUE");
  }

  @Test
  void provisionalSpecGivesTheJavaApisProvisionalRanges() {
    LinkagePolicy policy =
        LinkagePolicy.builder()
            .calendar(ChinaCalendars.builder().provisional(true).build())
            .build();
    List<Row> rows = decide(PolicySpec.defaults().withProvisional(true));
    ObligationDecision expected = policy.obligations(land("J2", LATE_2026));
    sameDuties(rows.get(1).getStruct(1), expected);
    // the survey duty's range is provisional, its end after its plan-by date or equal
    assertThat(
            expected.duties().stream()
                .flatMap(d -> d.deadline().stream())
                .anyMatch(Deadline::provisional))
        .isTrue();
  }

  @Test
  void aNewNoticeFileChangesTheDueDatesWithoutARebuild() throws IOException {
    // the way a cluster gets next year's notice: a file at a path every driver can read
    String text;
    try (InputStream in =
        getClass().getResourceAsStream("/org/employmentlinkage/cli/hypothetical-2027.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path notice = dir.resolve("notice-2027.txt");
    Files.writeString(notice, text, StandardCharsets.UTF_8);

    PolicySpec spec =
        LinkageSpark.readSpec(
            TestSpark.session(), null, List.of(notice.toUri().toString()), false, null);
    List<Row> rows = decide(spec);

    WorkingDayCalendar withNotice =
        ChinaCalendars.builder()
            .addNotices(HolidayNotices.parse(text, notice.toUri().toString()))
            .build();
    LinkagePolicy policy = LinkagePolicy.builder().calendar(withNotice).build();
    ObligationDecision expected = policy.obligations(land("J2", LATE_2026));
    sameDuties(rows.get(1).getStruct(1), expected);
    // with the notice, the 30 working days are counted: a due date, not provisional
    assertThat(
            expected.duties().stream()
                .flatMap(d -> d.deadline().stream())
                .anyMatch(d -> d.due().getYear() == 2027 && !d.provisional()))
        .isTrue();
    Row versions = rows.get(1).getStruct(1).getStruct(6);
    assertThat(versions.getString(2)).isEqualTo(policy.versions().calendar());
  }
}
