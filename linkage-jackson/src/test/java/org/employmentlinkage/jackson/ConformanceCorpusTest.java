package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectStatus;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingOrganiser;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocument;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.AmountBasis;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.employmentlinkage.rules.SubsidyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance corpus of ADR 0008: documents under {@code corpus/} written by hand from the
 * shape docs/json.md documents (one document on one line, then a line feed), which every
 * implementation of the shape must read and write byte for byte. Here each document is read and
 * must equal a value built by hand below; that value, written, must give the file's bytes; and the
 * document is valid under the JSON Schema. The values are fictional test data.
 */
class ConformanceCorpusTest {
  private static final ObjectMapper JSON = LinkageJson.mapper();

  private static final Versions MUNICIPAL =
      versions("大政办发〔2018〕83号/linkage-rules-1", "municipal-defaults", "CN official 2018-2026");
  private static final Versions DIGEST =
      versions("大政办发〔2018〕83号/linkage-rules-1", "sha256:00ff", "CN official 2018-2026");

  private static final Reason THRESHOLD_MET =
      Reason.of(
          ReasonCode.SCOPE_MUNICIPAL_THRESHOLD_MET,
          ClauseRef.JOB_DEMAND_ASSESSMENT,
          "建设项目总投资额在1亿元以上（“以上”含本数），属于本意见所称重大项目。",
          "The construction project's total investment is 100 million yuan or more (\"以上\""
              + " includes the number itself), so it is a major project under this opinion.");

  private static final MissingFact INVESTMENT =
      MissingFact.builder()
          .key("project.totalInvestment")
          .zh("项目总投资额")
          .en("the project's total investment")
          .build();

  private static final HolidayNotice NOTICE_2030 =
      HolidayNotice.builder()
          .number("测试明电〔2029〕1号")
          .title("关于2030年部分节假日安排的通知（虚构）")
          .released(LocalDate.of(2029, 11, 1))
          .year(2030)
          .source("https://example.org/fictional-2030")
          .addDeclaration(
              DayDeclaration.rest(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), "元旦"))
          .addDeclaration(DayDeclaration.work(LocalDate.of(2030, 2, 9), "春节"))
          .build();

  private static final Deadline DEADLINE =
      Deadline.builder()
          .trigger(LocalDate.of(2029, 12, 20))
          .period(WorkingDayPeriod.of(30))
          .due(LocalDate.of(2030, 2, 8))
          .provisional(true)
          .latestDue(LocalDate.of(2030, 2, 15))
          .addNotice(NOTICE_2030)
          .calendarVersion("FICTIONAL test calendar")
          .build();

  private static final Project MINIMAL_PROJECT = Project.builder().id("P-9").build();

  private static final Reason SCHEDULE_REASON =
      Reason.of(
          ReasonCode.SUBSIDY_AMOUNT_FROM_SCHEDULE,
          ClauseRef.SKILLS_TRAINING_PLAN,
          "按补贴标准。",
          "From the schedule.");

  private static final Reason LOCAL_FIRST =
      Reason.of(
          ReasonCode.RECRUITMENT_LOCAL_PRIORITY,
          ClauseRef.PROJECT_CONSTRUCTION,
          "当地重点群体优先。",
          "Local priority groups first.");

  private static final Reason CERTIFIED =
      Reason.of(ReasonCode.GROUP_CERTIFIED_YES, ClauseRef.LINKAGE_GOALS, "经认定。", "Certified.");

  private static final Location LOCATION =
      Location.builder()
          .countyLevelUnit(Region.WAFANGDIAN)
          .pilotZone(Region.CHANGXING_ISLAND)
          .subdistrict("某街道")
          .build();

  /** File name → the value the file holds, built by hand. */
  static Map<String, Object> expected() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reason.json", THRESHOLD_MET);
    m.put("missing-fact.json", INVESTMENT);
    m.put("versions.json", MUNICIPAL);
    m.put(
        "scope-decision-yes.json",
        ScopeDecision.builder()
            .outcome(Outcome.YES)
            .basis(ScopeBasis.MUNICIPAL_THRESHOLD)
            .addReason(THRESHOLD_MET)
            .versions(MUNICIPAL)
            .build());
    m.put(
        "scope-decision-undetermined.json",
        ScopeDecision.builder()
            .outcome(Outcome.UNDETERMINED)
            .basis(ScopeBasis.NONE)
            .addReason(
                Reason.of(
                    ReasonCode.SCOPE_INVESTMENT_UNKNOWN,
                    ClauseRef.JOB_DEMAND_ASSESSMENT,
                    "未提供项目总投资额。",
                    "The total investment is not given."))
            .addMissingFact(INVESTMENT)
            .versions(MUNICIPAL)
            .build());
    m.put("holiday-notice.json", NOTICE_2030);
    m.put("deadline-provisional.json", DEADLINE);
    m.put(
        "duty-provisional-due-date.json",
        Duty.builder()
            .code(DutyCode.LAND_SURVEY_AND_DATABASES)
            .clause(ClauseRef.LAND_EXPROPRIATION)
            .zh("摸清被征地人员情况，建立数据库。")
            .en("Survey the land-expropriated persons and build the databases.")
            .addPerformer(Performer.of(PerformerRole.COUNTY_OR_PILOT_ZONE, Region.WAFANGDIAN))
            .addPerformer(
                Performer.builder()
                    .role(PerformerRole.SUBDISTRICT_OR_TOWNSHIP)
                    .region(Region.WAFANGDIAN)
                    .subdistrict("某街道")
                    .build())
            .timing(DutyTiming.PROVISIONAL_DUE_DATE)
            .trigger(LocalDate.of(2029, 12, 20))
            .period(WorkingDayPeriod.of(30))
            .deadline(DEADLINE)
            .addReason(
                Reason.of(
                    ReasonCode.LAND_NOTICE_TRIGGERS,
                    ClauseRef.LAND_EXPROPRIATION,
                    "土地征收公告发布后30个工作日内。",
                    "Within 30 working days after the notice."))
            .build());
    m.put(
        "duty-periodic.json",
        Duty.builder()
            .code(DutyCode.PERIODIC_LIAISON)
            .clause(ClauseRef.PROJECT_CONSTRUCTION)
            .zh("定期对接了解重大项目需求。")
            .en("Liaise regularly with the major project.")
            .addPerformer(Performer.of(PerformerRole.HR_DEPARTMENT))
            .timing(DutyTiming.PERIODIC)
            .recurrence(Period.ofMonths(3))
            .addReason(
                Reason.of(
                    ReasonCode.LIAISON_PERIOD_CONFIGURED,
                    ClauseRef.PROJECT_CONSTRUCTION,
                    "定期对接。",
                    "Regular liaison."))
            .build());
    Reason expedited =
        Reason.of(
            ReasonCode.ISSUE_EXPEDITED,
            ClauseRef.SERVICE_SPECIALISTS,
            "项目反映问题。",
            "The project raised an issue.");
    m.put(
        "obligation-decision.json",
        ObligationDecision.builder()
            .outcome(Outcome.YES)
            .addDuty(
                Duty.builder()
                    .code(DutyCode.EXPEDITED_ISSUE_HANDLING)
                    .clause(ClauseRef.SERVICE_SPECIALISTS)
                    .zh("跟踪服务。")
                    .en("Follow the issue up.")
                    .addPerformer(
                        Performer.builder()
                            .role(PerformerRole.HR_SERVICE_SPECIALIST)
                            .region(Region.CHANGXING_ISLAND)
                            .name("张三\t13800000000")
                            .build())
                    .timing(DutyTiming.PROMPTLY)
                    .reference("ISSUE-7")
                    .trackedUntilClosed(true)
                    .addReason(
                        Reason.of(
                            ReasonCode.ISSUE_EXPEDITED,
                            ClauseRef.SERVICE_SPECIALISTS,
                            "特事特办、急事急办。",
                            "Handle it promptly.\nTrack it until closed."))
                    .build())
            .addReason(expedited)
            .versions(DIGEST)
            .build());
    m.put(
        "project.json",
        Project.builder()
            .id("WFD-1")
            .name("某港口物流项目")
            .type(ProjectType.CONSTRUCTION)
            // given out of order: written sorted
            .addCategory("港口物流")
            .addCategory("制造业")
            .totalInvestment(Money.parse("1.2亿元"))
            .location(LOCATION)
            .governmentFunded(true)
            .ownership(Ownership.STATE_CONTROLLED)
            .status(ProjectStatus.UNDER_CONSTRUCTION)
            .approved(LocalDate.of(2025, 6, 16))
            .constructionStarted(LocalDate.of(2025, 11, 3))
            .build());
    m.put("location.json", LOCATION);
    m.put(
        "person.json",
        Person.builder()
            .id("P1")
            .education(Education.BACHELOR)
            .graduationDate(LocalDate.of(2025, 7, 1))
            .householdType(HouseholdType.RURAL)
            .nonFarmTransfer(true)
            .overcapacityResettled(false)
            .putCertification("RETIRED_SOLDIER", true)
            .putCertification("DISABLED", false)
            .landExpropriated(true)
            .addLandExpropriationProjectId("WFD-2")
            .addLandExpropriationProjectId("WFD-1")
            .residence(Region.WAFANGDIAN)
            .householdRegion(Region.OUTSIDE_DALIAN)
            .build());
    m.put(
        "training-record.json",
        TrainingRecord.builder()
            .id("T1")
            .type(TrainingType.RURAL_LABOUR_TRANSFER)
            .organiser(TrainingOrganiser.TRAINING_INSTITUTION)
            .occupation("焊工")
            .level(SkillLevel.JUNIOR_WORKER)
            .region(Region.WAFANGDIAN)
            .willing(true)
            .completed(true)
            .passed(true)
            .certificateDate(LocalDate.of(2025, 12, 20))
            .completionDate(LocalDate.of(2025, 12, 15))
            .build());
    m.put(
        "project-event-labour-shortfall.json",
        ProjectEvent.labourShortfall(MINIMAL_PROJECT, LocalDate.of(2025, 12, 1), 120));
    m.put(
        "labour-demand.json",
        LabourDemand.builder()
            .project(MINIMAL_PROJECT)
            .positions(3)
            .asOf(LocalDate.of(2025, 12, 1))
            .title("焊工")
            .build());
    m.put("candidate.json", Candidate.of(Person.builder().id("C1").build(), true));
    m.put(
        "subsidy-decision.json",
        SubsidyDecision.builder()
            .outcome(Outcome.YES)
            .addEntitlement(
                SubsidyEntitlement.builder()
                    .kind(SubsidyKind.VOCATIONAL_TRAINING_SUBSIDY)
                    .outcome(Outcome.YES)
                    .conditional(false)
                    .amount(Money.parse("1333.33"))
                    .amountBasis(AmountBasis.SCHEDULE)
                    .addReason(SCHEDULE_REASON)
                    .build())
            .addReason(SCHEDULE_REASON)
            .versions(DIGEST)
            .build());
    m.put(
        "recruitment-plan.json",
        RecruitmentPlan.builder()
            .outcome(Outcome.YES)
            .positions(1)
            .addPlacement(
                Placement.builder()
                    .candidateId("C1")
                    .tier(RecruitmentTier.LOCAL_PRIORITY)
                    .seated(true)
                    .addReason(LOCAL_FIRST)
                    .build())
            .addPlacement(
                Placement.builder()
                    .candidateId("C2")
                    .tier(RecruitmentTier.NOT_QUALIFIED)
                    .seated(false)
                    .addReason(LOCAL_FIRST)
                    .build())
            .shortfall(0)
            .addReason(LOCAL_FIRST)
            .versions(MUNICIPAL)
            .build());
    m.put(
        "person-groups.json",
        PersonGroups.builder()
            .outcome(Outcome.YES)
            .addDecision(
                GroupDecision.builder()
                    .group(
                        PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers"))
                    .outcome(Outcome.YES)
                    .addReason(CERTIFIED)
                    .versions(MUNICIPAL)
                    .build())
            .addReason(CERTIFIED)
            .versions(MUNICIPAL)
            .build());
    m.put("date-range-empty.json", DateRange.empty());
    m.put("working-day-period.json", WorkingDayPeriod.of(30).excludingMakeupWorkdays());
    m.put(
        "policy-document.json",
        PolicyDocument.builder()
            .number("测试〔2030〕1号")
            .title("虚构文件")
            .issuer("测试机关")
            .issued(LocalDate.of(2030, 1, 2))
            .validity(
                ValidityWindow.builder()
                    .firstDay(LocalDate.of(2030, 1, 2))
                    .basis("HYPOTHETICAL")
                    .build())
            .forwards(
                PolicyDocument.builder()
                    .number("测试〔2029〕9号")
                    .title("被转发的虚构文件")
                    .issuer("上级机关")
                    .build())
            .note("转发")
            .build());
    return m;
  }

  static Stream<Arguments> corpus() {
    return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theDocumentIsReadAsTheValueAndTheValueIsWrittenAsTheDocument(String file, Object value)
      throws Exception {
    String text = resource(file);
    assertThat(text).as("one document on one line, then a line feed").endsWith("}\n");
    assertThat(text.substring(0, text.length() - 1)).doesNotContain("\n", "\r");
    Class<?> type = publicType(value);
    assertThat(JSON.readValue(text, type)).as("read %s", file).isEqualTo(value);
    assertThat((JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8))
        .as("written %s", file)
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(SchemaCheck.errors(text)).isEmpty();
  }

  /** Strings are escaped as docs/json.md says ("Bytes"), and nothing else is. */
  @Test
  void stringsAreEscapedAsDocumented() throws Exception {
    Reason r =
        Reason.of(
            ReasonCode.NOT_IN_FORCE,
            ClauseRef.LINKAGE_GOALS,
            "引号\"反斜杠\\斜杠/\b\f\n\r\t\u0001\u001f\u007f\u2028é",
            "x");
    assertThat(JSON.writeValueAsString(r))
        .isEqualTo(
            "{\"schema\":\"linkage/1\",\"document\":\"Reason\",\"code\":\"NOT_IN_FORCE\","
                + "\"clause\":\"大政办发〔2018〕83号 一（二）\",\"basis\":\"CONFIGURATION\","
                + "\"interpretations\":[\"VALIDITY\"],\"zh\":\"引号\\\"反斜杠\\\\斜杠/"
                + "\\b\\f\\n\\r\\t\\u0001\\u001F\u007f\u2028é\",\"en\":\"x\"}");
  }

  /** Every file of the corpus has its expected value (no document is left untested). */
  @Test
  void everyFileOfTheCorpusIsTested() throws IOException {
    Path dir = Path.of("src/test/resources/org/employmentlinkage/jackson/corpus");
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(p -> files.add(p.getFileName().toString()));
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(expected().keySet());
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
  }

  private static Class<?> publicType(Object value) {
    for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
      if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
        return c;
      }
    }
    throw new AssertionError(value.getClass());
  }

  private static Versions versions(String policy, String parameters, String calendar) {
    return Versions.builder().policy(policy).parameters(parameters).calendar(calendar).build();
  }

  static String resource(String file) throws IOException {
    try (InputStream in = ConformanceCorpusTest.class.getResourceAsStream("corpus/" + file)) {
      return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> files() {
    return List.copyOf(expected().keySet());
  }
}
