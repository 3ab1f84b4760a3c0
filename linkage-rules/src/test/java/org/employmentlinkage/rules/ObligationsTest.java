package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The duties project events trigger, clause by clause. */
class ObligationsTest {
  private static final Project MAJOR =
      Project.builder()
          .id("P1")
          .type(ProjectType.CONSTRUCTION)
          .totalInvestment(Money.parse("1.5亿元"))
          .location(
              Location.builder().countyLevelUnit(Region.WAFANGDIAN).subdistrict("复州城镇").build())
          .build();
  private static final Project SMALL = Fixtures.construction("P2", "5000万元", Region.WAFANGDIAN);
  private static final LocalDate D = LocalDate.of(2019, 3, 1);

  private final LinkagePolicy policy = Fixtures.freshDalian2018();

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(rc -> rc.code().name()).toList();
  }

  // 二（三） -------------------------------------------------------------------------------------

  /**
   * "在土地征收公告发布后30个工作日内": day 0 is the publication date, due on the 30th working day after it (the
   * counting examples of README.md, "Decisions you should know", checked against the State Council
   * notices).
   */
  static Stream<Arguments> landDeadlines() {
    return Stream.of(
        // published Fri 2018-07-06 → due Fri 2018-08-17; before 2021: 《民法总则》第二百零一条
        Arguments.of(
            LocalDate.of(2018, 7, 6), LocalDate.of(2018, 8, 17), "DUE_COUNTING_GENERAL_PROVISIONS"),
        // published 2025-09-26 → due 2025-11-13 (国庆、中秋 2025-10-01..08, make-up 09-28 and 10-11);
        // from 2021-01-01: 《民法典》第二百零一条
        Arguments.of(
            LocalDate.of(2025, 9, 26), LocalDate.of(2025, 11, 13), "DUE_COUNTING_CIVIL_CODE"));
  }

  @ParameterizedTest
  @MethodSource("landDeadlines")
  void landExpropriationNoticeStartsThirtyWorkingDays(
      LocalDate published, LocalDate due, String countingRule) {
    ObligationDecision d =
        policy.obligations(ProjectEvent.landExpropriationNotice(MAJOR, published));
    assertThat(d.outcome()).isEqualTo(Outcome.YES);
    assertThat(d.duties())
        .extracting(dc -> dc.code().name())
        .containsExactly(
            "LAND_SURVEY_AND_DATABASES", "RESETTLEMENT_PLAN", "TRANSFER_TRAINING_PLAN");
    Duty survey = d.duty(DutyCode.LAND_SURVEY_AND_DATABASES).orElseThrow();
    assertThat(survey.timing()).isEqualTo(DutyTiming.DUE_DATE);
    assertThat(survey.due()).hasValue(due);
    assertThat(survey.trigger()).hasValue(published);
    assertThat(survey.period()).hasValue(WorkingDayPeriod.of(30));
    assertThat(survey.clause()).isEqualTo(ClauseRef.LAND_EXPROPRIATION);
    assertThat(survey.responsibleUnits())
        .containsExactly(ResponsibleUnit.COUNTY_GOVERNMENTS_AND_PILOT_ZONE_COMMITTEES);
    assertThat(survey.performers())
        .containsExactly(
            Performer.of(PerformerRole.COUNTY_OR_PILOT_ZONE, Region.WAFANGDIAN),
            Performer.builder()
                .role(PerformerRole.SUBDISTRICT_OR_TOWNSHIP)
                .region(Region.WAFANGDIAN)
                .subdistrict("复州城镇")
                .build());
    assertThat(codes(survey.reasons()))
        .containsExactly(countingRule, "DUE_MAKEUP_WORKDAYS_COUNTED", "DUE_FROM_CALENDAR");
    assertThat(survey.zh()).contains("建立被征地人员基本信息、需求信息数据库");
    Duty plan = d.duty(DutyCode.RESETTLEMENT_PLAN).orElseThrow();
    assertThat(plan.timing()).isEqualTo(DutyTiming.NO_FIXED_DEADLINE);
    assertThat(plan.deadline()).isEmpty();
    assertThat(codes(plan.reasons())).containsExactly("RESETTLEMENT_NO_DEADLINE");
    assertThat(plan.performers())
        .extracting(Performer::role)
        .contains(PerformerRole.LOCAL_GOVERNMENT);
    assertThat(codes(d.reasons()))
        .containsExactly(
            "EVENT_PROJECT_MAJOR",
            "SCOPE_MUNICIPAL_THRESHOLD_MET",
            "LAND_NOTICE_TRIGGERS",
            "TRANSFER_PLAN_FROM_LAND_NOTICE");
  }

  @Test
  void theSpringFestivalExamplesNeedAWindowThatIncludesThem() {
    // README.md, "Decisions you should know": published Wed 2018-02-14 or on the holiday Thu
    // 2018-02-15 → both due Tue
    // 2018-04-03. Both dates precede the document (2018-07-06), so the default policy is not in
    // force; a window from 2018-01-01 (a test-only configuration) shows the counting.
    for (LocalDate published : List.of(LocalDate.of(2018, 2, 14), LocalDate.of(2018, 2, 15))) {
      assertThat(
              policy.obligations(ProjectEvent.landExpropriationNotice(MAJOR, published)).outcome())
          .isEqualTo(Outcome.NOT_IN_FORCE);
    }
    LinkagePolicy early =
        LinkagePolicy.builder()
            .validity(
                ValidityWindow.builder()
                    .firstDay(LocalDate.of(2018, 1, 1))
                    .basis(
                        "test-only window, to check the counting examples of README.md, Decisions you should know")
                    .build())
            .build();
    for (LocalDate published : List.of(LocalDate.of(2018, 2, 14), LocalDate.of(2018, 2, 15))) {
      Duty survey =
          early
              .obligations(ProjectEvent.landExpropriationNotice(MAJOR, published))
              .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
              .orElseThrow();
      assertThat(survey.due()).hasValue(LocalDate.of(2018, 4, 3));
    }
  }

  @Test
  void otherLandNoticesTriggerNothingByDefault() {
    ObligationDecision pre =
        policy.obligations(
            ProjectEvent.landNotice(MAJOR, D, LandNoticeKind.PRE_NOTICE, Fact.UNKNOWN));
    assertThat(pre.outcome()).isEqualTo(Outcome.NO);
    assertThat(pre.duties()).isEmpty();
    assertThat(codes(pre.reasons())).containsExactly("LAND_PRE_NOTICE_NO_TRIGGER");
    assertThat(pre.reasons().get(0).zh()).contains("第二十六条");
    ObligationDecision plan =
        policy.obligations(
            ProjectEvent.landNotice(
                MAJOR, D, LandNoticeKind.COMPENSATION_PLAN_NOTICE, Fact.UNKNOWN));
    assertThat(plan.outcome()).isEqualTo(Outcome.NO);
    assertThat(codes(plan.reasons())).containsExactly("LAND_COMPENSATION_NOTICE_NO_TRIGGER");
    // … unless the policy is configured so
    LinkagePolicy preTriggers =
        LinkagePolicy.builder().addLandNoticeTrigger(LandNoticeKind.PRE_NOTICE).build();
    ObligationDecision configured =
        preTriggers.obligations(
            ProjectEvent.builder()
                .from(ProjectEvent.landNotice(MAJOR, D, LandNoticeKind.PRE_NOTICE, Fact.UNKNOWN))
                .involvesLandExpropriatedPersons(true)
                .build());
    assertThat(configured.outcome()).isEqualTo(Outcome.YES);
    assertThat(codes(configured.reasons())).contains("LAND_NOTICE_TRIGGER_CONFIGURED");
    assertThat(configured.versions().parameters()).startsWith("sha256:");
  }

  @Test
  void landExpropriationWithoutOrWithUnknownAffectedPersons() {
    ProjectEvent none =
        ProjectEvent.builder()
            .from(ProjectEvent.landExpropriationNotice(MAJOR, D))
            .involvesLandExpropriatedPersons(false)
            .build();
    assertThat(policy.obligations(none).outcome()).isEqualTo(Outcome.NO);
    ObligationDecision unknown =
        policy.obligations(
            ProjectEvent.landNotice(MAJOR, D, LandNoticeKind.EXPROPRIATION_NOTICE, Fact.UNKNOWN));
    assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(unknown.missingFacts())
        .containsExactly(MissingFact.EVENT_INVOLVES_LAND_EXPROPRIATED_PERSONS);
    assertThat(unknown.duties()).hasSize(3);
    ObligationDecision notMajor =
        policy.obligations(ProjectEvent.landExpropriationNotice(SMALL, D));
    assertThat(notMajor.outcome()).isEqualTo(Outcome.NO);
    assertThat(codes(notMajor.reasons())).startsWith("EVENT_PROJECT_NOT_MAJOR");
  }

  @Test
  void aDueDateBeyondTheCalendarIsUndeterminedOrProvisional() {
    // Published Tue 2026-12-01: the 30 working days run into 2027, which has no State Council
    // notice yet (the State Council notices; docs/festivals.md for 2027).
    LocalDate published = LocalDate.of(2026, 12, 1);
    Duty official =
        policy
            .obligations(ProjectEvent.landExpropriationNotice(MAJOR, published))
            .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
            .orElseThrow();
    assertThat(official.timing()).isEqualTo(DutyTiming.DUE_DATE_UNDETERMINED);
    assertThat(official.deadline()).isEmpty();
    assertThat(official.trigger()).hasValue(published);
    assertThat(official.period()).hasValue(WorkingDayPeriod.of(30));
    assertThat(codes(official.reasons()))
        .containsExactly(
            "DUE_COUNTING_CIVIL_CODE", "DUE_MAKEUP_WORKDAYS_COUNTED", "DUE_OUTSIDE_CALENDAR");

    LinkagePolicy provisional = LinkagePolicy.builder().provisionalCalendar().build();
    Duty projected =
        provisional
            .obligations(ProjectEvent.landExpropriationNotice(MAJOR, published))
            .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
            .orElseThrow();
    assertThat(projected.timing()).isEqualTo(DutyTiming.PROVISIONAL_DUE_DATE);
    Deadline deadline = projected.deadline().orElseThrow();
    assertThat(deadline.provisional()).isTrue();
    // By hand: 22 working days in Dec 2026 after the 1st; 元旦 Fri 2027-01-01 is a statutory rest
    // day; Jan 4-8 and 11-13 make 30 → Wed 2027-01-13. The latest plausible block for a Friday
    // 元旦 is Fri–Sun, so the range collapses to the same day.
    assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 13));
    assertThat(deadline.latestDue()).isEqualTo(LocalDate.of(2027, 1, 13));
    assertThat(codes(projected.reasons()))
        .containsExactly(
            "DUE_COUNTING_CIVIL_CODE", "DUE_MAKEUP_WORKDAYS_COUNTED", "DUE_PROVISIONAL");
  }

  @Test
  void theDueDateIsTheCalendarsAnswerAndAWorkingDay() {
    WorkingDayCalendar official = ChinaCalendars.official();
    qt().forAll(org.quicktheories.generators.Generate.range(0, 3040))
        .checkAssert(
            i -> {
              LocalDate published = LocalDate.of(2018, 7, 6).plusDays(i);
              Duty survey =
                  policy
                      .obligations(ProjectEvent.landExpropriationNotice(MAJOR, published))
                      .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
                      .orElseThrow();
              LocalDate due = survey.due().orElseThrow();
              assertThat(due).isEqualTo(official.plusWorkingDays(published, 30));
              assertThat(official.isWorkingDay(due)).isTrue();
              assertThat(official.workingDaysBetween(published, due)).isEqualTo(30);
            });
  }

  // 一（一）、一（二） ---------------------------------------------------------------------------------

  @Test
  void approvalOfAMajorProject() {
    ObligationDecision d = policy.obligations(ProjectEvent.approved(MAJOR, D));
    assertThat(d.outcome()).isEqualTo(Outcome.YES);
    assertThat(d.duties())
        .extracting(dc -> dc.code().name())
        .containsExactly("JOB_DEMAND_ASSESSMENT", "PROJECT_LIST_TO_HR", "DEMAND_TRACKING");
    assertThat(d.duty(DutyCode.JOB_DEMAND_ASSESSMENT).orElseThrow().performers())
        .containsExactly(
            Performer.of(PerformerRole.HR_DEPARTMENT, Region.DALIAN),
            Performer.of(PerformerRole.HR_DEPARTMENT, Region.WAFANGDIAN));
    assertThat(d.duty(DutyCode.PROJECT_LIST_TO_HR).orElseThrow().performers())
        .containsExactly(Performer.of(PerformerRole.DEVELOPMENT_AND_REFORM_DEPARTMENT));
    assertThat(d.duty(DutyCode.DEMAND_TRACKING).orElseThrow().clause())
        .isEqualTo(ClauseRef.LINKAGE_GOALS);
    assertThat(d.duty(DutyCode.JOB_DEMAND_ASSESSMENT).orElseThrow().responsibleUnits())
        .contains(ResponsibleUnit.LAND_AND_HOUSING_BUREAU, ResponsibleUnit.STATE_ASSETS_COMMISSION);
    // a regionally widened major project is not on the ≥1亿元 list 发展改革 sends
    Project wfd6000 = Fixtures.construction("W", "6000万元", Region.WAFANGDIAN);
    ObligationDecision widened =
        Fixtures.hypotheticalWafangdianPolicy().obligations(ProjectEvent.approved(wfd6000, D));
    assertThat(widened.duties())
        .extracting(dc -> dc.code().name())
        .containsExactly("JOB_DEMAND_ASSESSMENT", "DEMAND_TRACKING");
    assertThat(codes(widened.reasons())).contains("DEVELOPMENT_REFORM_LIST_THRESHOLD_ONLY");
    assertThat(policy.obligations(ProjectEvent.approved(SMALL, D)).outcome()).isEqualTo(Outcome.NO);
  }

  // 二（四） ------------------------------------------------------------------------------------------

  @Test
  void investmentAgreementSigned() {
    ObligationDecision d = policy.obligations(ProjectEvent.investmentAgreementSigned(SMALL, D));
    assertThat(d.outcome()).isEqualTo(Outcome.YES);
    Duty duty = d.duties().get(0);
    assertThat(duty.code().name()).isEqualTo("INVESTOR_TALENT_NEEDS");
    assertThat(duty.timing()).isEqualTo(DutyTiming.PROMPTLY);
    assertThat(duty.responsibleUnits())
        .containsExactly(
            ResponsibleUnit.ECONOMIC_COOPERATION_OFFICE,
            ResponsibleUnit.COMMERCE_BUREAU,
            ResponsibleUnit.HUMAN_RESOURCES_AND_SOCIAL_SECURITY_BUREAU,
            ResponsibleUnit.COUNTY_GOVERNMENTS_AND_PILOT_ZONE_COMMITTEES);
    assertThat(duty.performers())
        .extracting(Performer::role)
        .containsExactly(
            PerformerRole.INVESTMENT_PROMOTION_DEPARTMENT,
            PerformerRole.COUNTY_OR_PILOT_ZONE,
            PerformerRole.SUBDISTRICT_OR_TOWNSHIP);
    assertThat(codes(d.reasons())).containsExactly("INVESTMENT_AGREEMENT_ANY_PROJECT");
  }

  // 二（五） ------------------------------------------------------------------------------------------

  @Test
  void constructionStartedOrCompletedStartsPeriodicLiaison() {
    for (ProjectEvent e :
        List.of(
            ProjectEvent.constructionStarted(MAJOR, D),
            ProjectEvent.constructionCompleted(MAJOR, D))) {
      Duty liaison = policy.obligations(e).duties().get(0);
      assertThat(liaison.code().name()).isEqualTo("PERIODIC_LIAISON");
      // "定期": no period is invented
      assertThat(liaison.timing()).isEqualTo(DutyTiming.PERIOD_UNDETERMINED);
      assertThat(liaison.recurrence()).isEmpty();
      assertThat(codes(liaison.reasons())).containsExactly("LIAISON_PERIOD_NOT_CONFIGURED");
      assertThat(liaison.performers())
          .containsExactly(Performer.of(PerformerRole.HR_DEPARTMENT, Region.WAFANGDIAN));
    }
    LinkagePolicy quarterly =
        LinkagePolicy.builder().liaisonPeriod(Region.WAFANGDIAN, Period.ofMonths(3)).build();
    Duty liaison =
        quarterly.obligations(ProjectEvent.constructionStarted(MAJOR, D)).duties().get(0);
    assertThat(liaison.timing()).isEqualTo(DutyTiming.PERIODIC);
    assertThat(liaison.recurrence()).hasValue(Period.ofMonths(3));
    LinkagePolicy cityMonthly =
        LinkagePolicy.builder().liaisonPeriod(Region.DALIAN, Period.ofMonths(1)).build();
    assertThat(
            cityMonthly
                .obligations(ProjectEvent.constructionStarted(MAJOR, D))
                .duties()
                .get(0)
                .recurrence())
        .hasValue(Period.ofMonths(1));
    assertThatThrownBy(() -> LinkagePolicy.builder().liaisonPeriod(Region.WAFANGDIAN, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  private static Project funded(Ownership ownership, boolean governmentFunded) {
    return Project.builder()
        .from(MAJOR)
        .ownership(ownership)
        .governmentFunded(governmentFunded)
        .build();
  }

  @Test
  void recruitmentOpenedTriggersPriorityPublicServiceAndDisclosure() {
    ObligationDecision soe =
        policy.obligations(
            ProjectEvent.recruitmentOpened(funded(Ownership.STATE_CONTROLLED, true), D, true));
    assertThat(soe.outcome()).isEqualTo(Outcome.YES);
    assertThat(soe.duties())
        .extracting(dc -> dc.code().name())
        .containsExactly(
            "PRIORITY_EMPLOYMENT",
            "PUBLIC_RECRUITMENT_EVENTS",
            "ONE_ENTERPRISE_ONE_POLICY",
            "GRADUATE_RECRUITMENT_DISCLOSURE");
    Duty disclosure = soe.duty(DutyCode.GRADUATE_RECRUITMENT_DISCLOSURE).orElseThrow();
    assertThat(codes(disclosure.reasons())).containsExactly("DISCLOSURE_STATE_ENTERPRISE");
    assertThat(disclosure.performers())
        .containsExactly(Performer.of(PerformerRole.PROJECT_EMPLOYER));
    assertThat(disclosure.responsibleUnits()).contains(ResponsibleUnit.STATE_ASSETS_COMMISSION);
    // "各级财政投资…的重大项目": government funding alone suffices
    ObligationDecision other =
        policy.obligations(ProjectEvent.recruitmentOpened(funded(Ownership.OTHER, true), D, true));
    assertThat(codes(other.duty(DutyCode.GRADUATE_RECRUITMENT_DISCLOSURE).orElseThrow().reasons()))
        .containsExactly("DISCLOSURE_GOVERNMENT_FUNDED");
    ObligationDecision notFunded =
        policy.obligations(
            ProjectEvent.recruitmentOpened(funded(Ownership.STATE_OWNED, false), D, true));
    assertThat(notFunded.duty(DutyCode.GRADUATE_RECRUITMENT_DISCLOSURE)).isEmpty();
    assertThat(codes(notFunded.reasons())).contains("DISCLOSURE_NOT_GOVERNMENT_FUNDED");
    ObligationDecision noGraduates =
        policy.obligations(
            ProjectEvent.recruitmentOpened(funded(Ownership.STATE_OWNED, true), D, false));
    assertThat(noGraduates.duty(DutyCode.GRADUATE_RECRUITMENT_DISCLOSURE)).isEmpty();
    assertThat(codes(noGraduates.reasons())).contains("DISCLOSURE_NO_GRADUATES");
    ObligationDecision unknown =
        policy.obligations(
            ProjectEvent.builder()
                .kind(org.employmentlinkage.domain.ProjectEventKind.RECRUITMENT_OPENED)
                .project(MAJOR)
                .date(D)
                .build());
    assertThat(unknown.duty(DutyCode.GRADUATE_RECRUITMENT_DISCLOSURE)).isEmpty();
    assertThat(unknown.missingFacts())
        .containsExactly(
            MissingFact.EVENT_RECRUITS_CURRENT_GRADUATES, MissingFact.PROJECT_GOVERNMENT_FUNDED);
  }

  @Test
  void labourShortfallTriggersExternalRecruitment() {
    ObligationDecision d = policy.obligations(ProjectEvent.labourShortfall(MAJOR, D, 5));
    Duty duty = d.duties().get(0);
    assertThat(duty.code().name()).isEqualTo("EXTERNAL_RECRUITMENT");
    assertThat(duty.workers()).hasValue(5);
    assertThat(duty.clause()).isEqualTo(ClauseRef.PROJECT_CONSTRUCTION);
  }

  // 三（七） ------------------------------------------------------------------------------------------

  @Test
  void trainingNeedTriggersOrderBasedTrainingLiaison() {
    Duty duty = policy.obligations(ProjectEvent.trainingNeedIdentified(MAJOR, D)).duties().get(0);
    assertThat(duty.code().name()).isEqualTo("ORDER_TRAINING_LIAISON");
    assertThat(duty.zh()).contains("订单式、定向式培训");
    assertThat(duty.responsibleUnits()).contains(ResponsibleUnit.FINANCE_BUREAU);
  }

  // 三 末段
  // -------------------------------------------------------------------------------------------

  @Test
  void anIssueIsExpeditedByTheServiceSpecialistUntilClosed() {
    LinkagePolicy withSpecialist =
        LinkagePolicy.builder()
            .serviceSpecialist(Region.WAFANGDIAN, "服务专员 (HYPOTHETICAL contact)")
            .build();
    ObligationDecision raised =
        withSpecialist.obligations(
            ProjectEvent.issueRaised(MAJOR, D, "ISSUE-7", IssueTopic.SOCIAL_SECURITY));
    Duty duty = raised.duties().get(0);
    assertThat(duty.code().name()).isEqualTo("EXPEDITED_ISSUE_HANDLING");
    assertThat(duty.clause()).isEqualTo(ClauseRef.SERVICE_SPECIALISTS);
    assertThat(duty.timing()).isEqualTo(DutyTiming.PROMPTLY);
    assertThat(duty.trackedUntilClosed()).isTrue();
    assertThat(duty.reference()).hasValue("ISSUE-7");
    assertThat(duty.zh()).contains("特事特办、急事急办");
    assertThat(duty.performers())
        .containsExactly(
            Performer.builder()
                .role(PerformerRole.HR_SERVICE_SPECIALIST)
                .region(Region.WAFANGDIAN)
                .name("服务专员 (HYPOTHETICAL contact)")
                .build());
    ObligationDecision closed = policy.obligations(ProjectEvent.issueClosed(MAJOR, D, "ISSUE-7"));
    // closing creates no duty: "是否产生职责" is no
    assertThat(closed.outcome()).isEqualTo(Outcome.NO);
    assertThat(closed.duties()).isEmpty();
    assertThat(codes(closed.reasons())).contains("ISSUE_CLOSED");
  }

  @Test
  void standingDuties() {
    ObligationDecision d = policy.standingDuties(D);
    assertThat(d.duties())
        .extracting(dc -> dc.code().name())
        .containsExactly(
            "EMPLOYMENT_GROWTH_POINT",
            "STAFFING_IN_INVESTMENT_AND_CONSTRUCTION",
            "APPROVAL_DATA_ACCESS",
            "PRIORITY_GROUPS_AS_CONTENT",
            "INVESTMENT_NEGOTIATION_EMPLOYMENT",
            "SHORTAGE_CATALOGUE",
            "TRAINING_PROGRAMMES",
            "SERVICE_SPECIALIST_SYSTEM",
            "FORWARDED_IMPLEMENTATION");
    // 三（八） "加快推行…等项目" names no subject: its 责任单位 carry it
    Duty programmes = d.duty(DutyCode.TRAINING_PROGRAMMES).orElseThrow();
    assertThat(programmes.performers()).isEmpty();
    assertThat(programmes.responsibleUnits())
        .containsExactly(
            ResponsibleUnit.HUMAN_RESOURCES_AND_SOCIAL_SECURITY_BUREAU,
            ResponsibleUnit.FINANCE_BUREAU,
            ResponsibleUnit.COUNTY_GOVERNMENTS_AND_PILOT_ZONE_COMMITTEES);
    assertThat(d.duty(DutyCode.SHORTAGE_CATALOGUE).orElseThrow().performers())
        .containsExactly(Performer.of(PerformerRole.CITY_HR_DEPARTMENT, Region.DALIAN));
    assertThat(d.duty(DutyCode.SHORTAGE_CATALOGUE).orElseThrow().timing())
        .isEqualTo(DutyTiming.PERIOD_UNDETERMINED);
    // every 区市县 and 先导区 keeps service specialists
    assertThat(d.duty(DutyCode.SERVICE_SPECIALIST_SYSTEM).orElseThrow().performers()).hasSize(14);
    assertThat(policy.standingDuties(LocalDate.of(2018, 7, 5)).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @Test
  void eventsBeforeThePolicyAreNotInForce() {
    LocalDate before = LocalDate.of(2018, 7, 5);
    for (ProjectEvent e :
        List.of(
            ProjectEvent.approved(MAJOR, before),
            ProjectEvent.investmentAgreementSigned(MAJOR, before),
            ProjectEvent.landExpropriationNotice(MAJOR, before),
            ProjectEvent.constructionStarted(MAJOR, before),
            ProjectEvent.issueRaised(MAJOR, before, "I", IssueTopic.EMPLOYMENT))) {
      ObligationDecision d = policy.obligations(e);
      assertThat(d.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
      assertThat(d.duties()).isEmpty();
      assertThat(codes(d.reasons())).containsExactly("NOT_IN_FORCE");
    }
    assertThatThrownBy(() -> policy.obligations(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("event");
  }
}
