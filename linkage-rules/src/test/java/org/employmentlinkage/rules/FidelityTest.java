package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Interpretation;
import org.employmentlinkage.policy.InterpretationId;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonBasis;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a rule or a reading, never confused. Every expected value here comes from the text of
 * 大政办发〔2018〕83号 (quoted beside it), a statute, or the State Council's holiday notices.
 */
class FidelityTest {
  private static final LocalDate D = LocalDate.of(2019, 3, 1);
  private static final Project MAJOR = Fixtures.construction("P1", "1.5亿元", Region.WAFANGDIAN);
  private static final Project SMALL = Fixtures.construction("P2", "5000万元", Region.WAFANGDIAN);
  private final LinkagePolicy policy = LinkagePolicy.builder().build();

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(r -> r.code().name()).toList();
  }

  private static boolean names(Decision d, InterpretationId id) {
    return d.reasons().stream().anyMatch(r -> r.interpretations().contains(id));
  }

  // ---------------------------------------------------------------------------------------------
  // reasons say what they rest on

  /** The policy's own phrases with 规定: 按规定 (三（七）), 按相关政策规定 (三（八）), 本意见未规定. */
  private static String withoutThePolicysPhrases(String zh) {
    return zh.replace("按相关政策规定", "").replace("按规定", "").replace("本意见未规定", "");
  }

  @Test
  void noReadingOrConfigurationPassesForThePolicysRule() {
    List<String> problems = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      String zh = Texts.MESSAGES.zh("reason." + code.name());
      if (code.basis() == ReasonBasis.TEXT) {
        continue;
      }
      if (!zh.contains("本库解读") && !zh.contains("按配置")) {
        problems.add(code + " rests on " + code.basis() + " but says neither 本库解读 nor 按配置: " + zh);
      }
      if (withoutThePolicysPhrases(zh).contains("规定")) {
        problems.add(code + " presents a reading as 规定: " + zh);
      }
    }
    assertThat(problems).isEmpty();
    // the finding of the issue: the time limit of 高校毕业生 was called 规定年限
    assertThat(Texts.MESSAGES.zh("reason.GROUP_COLLEGE_GRADUATE_TIME_NO"))
        .doesNotContain("规定年限")
        .contains("本意见未规定时限");
    // "没有生效的扩大重大项目范围的规定" stated a fact the library cannot know
    assertThat(Texts.MESSAGES.zh("reason.SCOPE_NO_REGIONAL_WIDENING"))
        .contains("未配置")
        .doesNotContain("没有生效的扩大重大项目范围的规定");
  }

  @Test
  void everyReadingTheReasonsNameIsListedByThePolicy() {
    List<Interpretation> listed = policy.interpretations();
    assertThat(listed).extracting(Interpretation::id).containsExactly(InterpretationId.values());
    for (Interpretation i : listed) {
      assertThat(i.isDefault()).as(i.id().name()).isTrue();
      assertThat(i.zh()).as(i.id().name()).containsAnyOf("本库解读", "按配置");
      assertThat(i.sourceZh()).as(i.id().name()).isNotBlank();
    }
    assertThat(policy.interpretation(InterpretationId.INCLUSIVE_THRESHOLD).fixed()).isTrue();
    assertThat(policy.interpretation(InterpretationId.INCLUSIVE_THRESHOLD).sourceZh())
        .contains("第一千二百五十九条", "第二百零五条");
    assertThat(policy.interpretation(InterpretationId.PERIOD_START_NOT_COUNTED).sourceZh())
        .contains("《中华人民共和国民法典》第二百零一条");
    assertThat(policy.interpretation(InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT).chosen())
        .hasValue("WITHIN_2_YEARS");
    assertThat(policy.interpretation(InterpretationId.LOCALITY).chosen()).hasValue("RESIDENCE");
  }

  @Test
  void theThresholdReasonCitesTheCivilCodeByAnalogyInBothLanguages() {
    // "总投资额在1亿元以上": 1亿元 itself is in (《民法典》第一千二百五十九条)
    Reason r =
        policy.classify(Fixtures.construction("A", "1亿元", Region.JINZHOU), D).reasons().get(0);
    assertThat(r.code()).isEqualTo(ReasonCode.SCOPE_MUNICIPAL_THRESHOLD_MET);
    assertThat(r.basis()).isEqualTo(ReasonBasis.READING);
    assertThat(r.interpretations()).containsExactly(InterpretationId.INCLUSIVE_THRESHOLD);
    assertThat(r.zh()).contains("《民法典》第一千二百五十九条", "《民法总则》第二百零五条", "类推适用");
    assertThat(r.en()).contains("art. 1259", "art. 205", "by analogy");
  }

  // ---------------------------------------------------------------------------------------------
  // every configurable reading, switched, changes a decision and the reason names it

  @Test
  void locality() {
    // a 重点群体 member living in 金州区 with household registration in 瓦房店市, for a 瓦房店市 project
    Person p =
        Person.builder()
            .id("C1")
            .overcapacityResettled(true)
            .residence(Region.JINZHOU)
            .householdRegion(Region.WAFANGDIAN)
            .build();
    LabourDemand demand = LabourDemand.of(MAJOR, 1, D);
    Placement byResidence =
        policy.planRecruitment(demand, List.of(Candidate.of(p, true))).placements().get(0);
    LinkagePolicy registered =
        LinkagePolicy.builder().locality(Locality.HOUSEHOLD_REGISTRATION).build();
    Placement byRegistration =
        registered.planRecruitment(demand, List.of(Candidate.of(p, true))).placements().get(0);
    assertThat(byResidence.tier()).isEqualTo(RecruitmentTier.CITY_LABOUR);
    assertThat(byRegistration.tier()).isEqualTo(RecruitmentTier.LOCAL_PRIORITY);
    assertThat(byRegistration.reasons().get(0).interpretations())
        .contains(InterpretationId.LOCALITY);
    assertThat(registered.interpretation(InterpretationId.LOCALITY).chosen())
        .hasValue("HOUSEHOLD_REGISTRATION");
  }

  @Test
  void collegeGraduateTimeLimit() {
    // graduated 2021-06-30; asked on 2024-03-01: more than 2 years after leaving school
    Person p =
        Person.builder()
            .id("G")
            .education(Education.BACHELOR)
            .graduationDate(LocalDate.of(2021, 6, 30))
            .build();
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    GroupDecision byDefault = policy.personGroups(p, asOf).decisions().get(0);
    assertThat(byDefault.outcome()).isEqualTo(Outcome.NO);
    assertThat(codes(byDefault.reasons())).containsExactly("GROUP_COLLEGE_GRADUATE_TIME_NO");
    assertThat(byDefault.reasons().get(0).interpretations())
        .containsExactly(InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT);
    LinkagePolicy three = LinkagePolicy.builder().collegeGraduateYears(3).build();
    assertThat(three.personGroups(p, asOf).decisions().get(0).outcome()).isEqualTo(Outcome.YES);
    assertThat(three.interpretation(InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT).chosen())
        .hasValue("WITHIN_3_YEARS");
    LinkagePolicy none = LinkagePolicy.builder().collegeGraduatesWithoutTimeLimit().build();
    assertThat(none.personGroups(p, asOf).decisions().get(0).outcome()).isEqualTo(Outcome.YES);
    assertThat(none.interpretation(InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT).chosen())
        .hasValue("NO_LIMIT");
    // graduated 2023-06-30, asked 2024-01-02: within 2 years, but not in the graduation year
    Person recent = Person.builder().from(p).graduationDate(LocalDate.of(2023, 6, 30)).build();
    LocalDate jan = LocalDate.of(2024, 1, 2);
    assertThat(policy.personGroups(recent, jan).decisions().get(0).outcome())
        .isEqualTo(Outcome.YES);
    LinkagePolicy yearOnly = LinkagePolicy.builder().collegeGraduateYears(0).build();
    assertThat(yearOnly.personGroups(recent, jan).decisions().get(0).outcome())
        .isEqualTo(Outcome.NO);
    assertThat(yearOnly.interpretation(InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT).chosen())
        .hasValue("GRADUATION_YEAR_ONLY");
  }

  @Test
  void collegeGraduateEducation() {
    Person technician =
        Person.builder()
            .id("T")
            .education(Education.TECHNICIAN_COLLEGE_SENIOR_CLASS)
            .graduationDate(LocalDate.of(2019, 6, 30))
            .build();
    assertThat(policy.personGroups(technician, D).decisions().get(0).outcome())
        .isEqualTo(Outcome.YES);
    LinkagePolicy regular =
        LinkagePolicy.builder().technicianClassesAsCollegeGraduates(false).build();
    GroupDecision excluded = regular.personGroups(technician, D).decisions().get(0);
    assertThat(excluded.outcome()).isEqualTo(Outcome.NO);
    assertThat(codes(excluded.reasons()))
        .containsExactly("GROUP_COLLEGE_GRADUATE_TECHNICIAN_EXCLUDED");
    assertThat(excluded.reasons().get(0).interpretations())
        .containsExactly(InterpretationId.COLLEGE_GRADUATE_EDUCATION);
    // 应届 follows the same education reading
    GroupDecision current =
        regular.personGroups(technician, D).decisions().stream()
            .filter(g -> g.group().equals(PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE))
            .findFirst()
            .orElseThrow();
    assertThat(current.outcome()).isEqualTo(Outcome.NO);
    assertThat(regular.interpretation(InterpretationId.COLLEGE_GRADUATE_EDUCATION).chosen())
        .hasValue("REGULAR_COLLEGES_ONLY");
  }

  @Test
  void makeupWorkdays() {
    // published Fri 2025-09-26; 国办发明电〔2024〕12号 makes Sun 2025-09-28 and Sat 2025-10-11 working
    // days: counted, due Thu 2025-11-13; not counted, two working days later, Mon 2025-11-17
    ProjectEvent notice = ProjectEvent.landExpropriationNotice(MAJOR, LocalDate.of(2025, 9, 26));
    Duty counted =
        policy.obligations(notice).duty(DutyCode.LAND_SURVEY_AND_DATABASES).orElseThrow();
    LinkagePolicy excluding = LinkagePolicy.builder().countMakeupWorkdays(false).build();
    Duty excluded =
        excluding.obligations(notice).duty(DutyCode.LAND_SURVEY_AND_DATABASES).orElseThrow();
    assertThat(counted.due()).hasValue(LocalDate.of(2025, 11, 13));
    assertThat(excluded.due()).hasValue(LocalDate.of(2025, 11, 17));
    assertThat(codes(excluded.reasons())).contains("DUE_MAKEUP_WORKDAYS_EXCLUDED");
    assertThat(excluded.reasons())
        .anyMatch(r -> r.interpretations().contains(InterpretationId.MAKEUP_WORKDAYS));
    assertThat(excluding.interpretation(InterpretationId.MAKEUP_WORKDAYS).chosen())
        .hasValue("EXCLUDED");
  }

  @Test
  void landNoticeTrigger() {
    ProjectEvent pre = ProjectEvent.landNotice(MAJOR, D, LandNoticeKind.PRE_NOTICE, Fact.YES);
    ObligationDecision byDefault = policy.obligations(pre);
    assertThat(byDefault.outcome()).isEqualTo(Outcome.NO);
    assertThat(names(byDefault, InterpretationId.LAND_NOTICE_TRIGGER)).isTrue();
    LinkagePolicy withPre =
        LinkagePolicy.builder().addLandNoticeTrigger(LandNoticeKind.PRE_NOTICE).build();
    ObligationDecision configured = withPre.obligations(pre);
    assertThat(configured.outcome()).isEqualTo(Outcome.YES);
    assertThat(codes(configured.reasons())).contains("LAND_NOTICE_TRIGGER_CONFIGURED");
    assertThat(withPre.interpretation(InterpretationId.LAND_NOTICE_TRIGGER).chosen())
        .hasValue("WITH_PRE_NOTICE");
    // the reasons cite the edition of 《土地管理法实施条例》
    assertThat(byDefault.reasons().get(0).zh()).contains("国务院令第743号", "2021年9月1日");
  }

  @Test
  void validityStartAndEnd() {
    // 瓦政办发〔2018〕66号 forwarded the opinion on 2018-07-31; the opinion is dated 2018-07-06
    LocalDate between = LocalDate.of(2018, 7, 10);
    assertThat(policy.classify(MAJOR, between).outcome()).isEqualTo(Outcome.YES);
    LinkagePolicy wafangdian =
        LinkagePolicy.builder().validity(ValidityWindow.WAFANGDIAN_FORWARDING).build();
    ScopeDecision before = wafangdian.classify(MAJOR, between);
    assertThat(before.outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(before.reasons().get(0).interpretations())
        .containsExactly(InterpretationId.VALIDITY);
    assertThat(wafangdian.interpretation(InterpretationId.VALIDITY).chosen())
        .hasValue("WAFANGDIAN_FORWARDING");
    // an end date only a caller can set: no repeal or expiry is known (checked 2026-12-07)
    assertThat(policy.validity().lastDay()).isEmpty();
    assertThat(policy.validity().basis()).contains("No repeal or expiry", "2026-12-07");
    assertThat(Texts.MESSAGES.zh("reason.NOT_IN_FORCE")).contains("2026年12月7日", "未查到");
    LinkagePolicy ended =
        LinkagePolicy.builder().validUntil(LocalDate.of(2025, 12, 31), "HYPOTHETICAL").build();
    assertThat(ended.classify(MAJOR, LocalDate.of(2025, 12, 31)).outcome()).isEqualTo(Outcome.YES);
    assertThat(ended.classify(MAJOR, LocalDate.of(2026, 1, 1)).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(ended.validity().lastDay()).hasValue(LocalDate.of(2025, 12, 31));
    assertThat(ended.validity().basis()).contains("HYPOTHETICAL");
    assertThat(ended.interpretation(InterpretationId.VALIDITY).zh()).contains("2025-12-31");
    assertThatThrownBy(
            () -> LinkagePolicy.builder().validUntil(LocalDate.of(2018, 7, 5), "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validUntil");
    assertThatThrownBy(() -> LinkagePolicy.builder().validUntil(LocalDate.of(2030, 1, 1), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
  }

  @Test
  void openPriorityList() {
    PersonGroup soldiers =
        PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers");
    Person p =
        Person.builder()
            .id("S")
            .residence(Region.WAFANGDIAN)
            .education(Education.SENIOR_SECONDARY)
            .householdType(org.employmentlinkage.domain.HouseholdType.URBAN)
            .overcapacityResettled(false)
            .putCertification("RETIRED_SOLDIER", true)
            .build();
    LabourDemand demand = LabourDemand.of(MAJOR, 1, D);
    assertThat(
            policy
                .planRecruitment(demand, List.of(Candidate.of(p, true)))
                .placements()
                .get(0)
                .tier())
        .isEqualTo(RecruitmentTier.CITY_LABOUR);
    LinkagePolicy added = LinkagePolicy.builder().addPriorityGroup(soldiers).build();
    assertThat(
            added
                .planRecruitment(demand, List.of(Candidate.of(p, true)))
                .placements()
                .get(0)
                .tier())
        .isEqualTo(RecruitmentTier.LOCAL_PRIORITY);
    assertThat(names(added.personGroups(p, D), InterpretationId.OPEN_PRIORITY_LIST)).isTrue();
    assertThat(added.interpretation(InterpretationId.OPEN_PRIORITY_LIST).zh()).contains("退役军人");
  }

  @Test
  void orderWithinTier() {
    Person b = Person.builder().id("B").residence(Region.JINZHOU).build();
    Person a = Person.builder().id("A").residence(Region.JINZHOU).build();
    List<Candidate> given = List.of(Candidate.of(b, true), Candidate.of(a, true));
    LabourDemand one = LabourDemand.of(MAJOR, 1, D);
    RecruitmentPlan byId = policy.planRecruitment(one, given);
    assertThat(byId.seated()).extracting(Placement::candidateId).containsExactly("A");
    LinkagePolicy asGiven = LinkagePolicy.builder().orderWithinTier(TierOrder.AS_GIVEN).build();
    RecruitmentPlan plan = asGiven.planRecruitment(one, given);
    assertThat(plan.seated()).extracting(Placement::candidateId).containsExactly("B");
    assertThat(codes(plan.reasons())).contains("RECRUITMENT_ORDER_AS_GIVEN");
    assertThat(names(plan, InterpretationId.ORDER_WITHIN_TIER)).isTrue();
  }

  @Test
  void investmentAgreementScope() {
    // "招商项目签订投资协议时，要及时了解投资者对人才的需求情况": any 招商项目 by default
    ProjectEvent signed = ProjectEvent.investmentAgreementSigned(SMALL, D);
    ObligationDecision any = policy.obligations(signed);
    assertThat(any.outcome()).isEqualTo(Outcome.YES);
    assertThat(any.duty(DutyCode.INVESTOR_TALENT_NEEDS)).isPresent();
    assertThat(names(any, InterpretationId.INVESTMENT_AGREEMENT_SCOPE)).isTrue();
    LinkagePolicy majorOnly =
        LinkagePolicy.builder()
            .investmentAgreementScope(InvestmentAgreementScope.MAJOR_PROJECTS_ONLY)
            .build();
    ObligationDecision small = majorOnly.obligations(signed);
    assertThat(small.outcome()).isEqualTo(Outcome.NO);
    assertThat(small.duties()).isEmpty();
    assertThat(codes(small.reasons())).startsWith("INVESTMENT_AGREEMENT_MAJOR_ONLY");
    assertThat(majorOnly.obligations(ProjectEvent.investmentAgreementSigned(MAJOR, D)).outcome())
        .isEqualTo(Outcome.YES);
  }

  // ---------------------------------------------------------------------------------------------
  // what was wrong

  @Test
  void theLandNoticeOfAMajorProjectPutsItsWillingPersonsInTheTransferTrainingPlan() {
    // 三（七）: "要将辖区内重大项目建设造成的被征地人员中有培训愿望的，全部纳入农村劳动力转移培训计划，组织开展职业培训，
    // 按规定给予职业培训补贴和职业技能鉴定补贴。（责任单位：市人社局、市财政局，各区市县政府和先导区管委会）"
    ObligationDecision d = policy.obligations(ProjectEvent.landExpropriationNotice(MAJOR, D));
    Duty plan = d.duty(DutyCode.TRANSFER_TRAINING_PLAN).orElseThrow();
    assertThat(plan.clause()).isEqualTo(ClauseRef.SKILLS_TRAINING_PLAN);
    assertThat(plan.zh())
        .contains("辖区内重大项目建设造成的被征地人员中有培训愿望的", "全部纳入农村劳动力转移培训计划", "按规定给予职业培训补贴和职业技能鉴定补贴");
    assertThat(plan.responsibleUnits())
        .containsExactly(
            ResponsibleUnit.HUMAN_RESOURCES_AND_SOCIAL_SECURITY_BUREAU,
            ResponsibleUnit.FINANCE_BUREAU,
            ResponsibleUnit.COUNTY_GOVERNMENTS_AND_PILOT_ZONE_COMMITTEES);
    assertThat(plan.performers())
        .containsExactly(Performer.of(PerformerRole.HR_DEPARTMENT, Region.WAFANGDIAN));
    // a project in a 先导区: its 先导区
    Project inZone =
        Project.builder()
            .from(MAJOR)
            .location(Location.of(Region.JINZHOU, Region.JINPU_NEW_AREA))
            .build();
    assertThat(
            policy
                .obligations(ProjectEvent.landExpropriationNotice(inZone, D))
                .duty(DutyCode.TRANSFER_TRAINING_PLAN)
                .orElseThrow()
                .performers())
        .containsExactly(Performer.of(PerformerRole.HR_DEPARTMENT, Region.JINPU_NEW_AREA));
    assertThat(policy.obligations(ProjectEvent.landExpropriationNotice(SMALL, D)).duties())
        .isEmpty();
  }

  @Test
  void aMissingProjectTypeIsAMissingFact() {
    Project noType =
        Project.builder()
            .id("X")
            .totalInvestment(Money.parse("1亿元"))
            .location(Location.of(Region.WAFANGDIAN))
            .build();
    ScopeDecision d = policy.classify(noType, D);
    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.missingFacts()).containsExactly(MissingFact.PROJECT_TYPE);
  }

  @Test
  void theDevelopmentAndReformListIsOnlyForConstructionProjectsOfOneHundredMillion() {
    // "发展改革部门向人社部门提供总投资额1亿元以上建设项目情况"
    LinkagePolicy widened = Fixtures.hypotheticalWafangdianPolicy();
    Project noLocation =
        Project.builder()
            .id("Q")
            .type(org.employmentlinkage.domain.ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("6000万元"))
            .build();
    ObligationDecision d = widened.obligations(ProjectEvent.approved(noLocation, D));
    assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(d.duty(DutyCode.PROJECT_LIST_TO_HR)).isEmpty();
    assertThat(codes(d.reasons())).contains("DEVELOPMENT_REFORM_LIST_THRESHOLD_ONLY");
    assertThat(
            policy.obligations(ProjectEvent.approved(MAJOR, D)).duty(DutyCode.PROJECT_LIST_TO_HR))
        .isPresent();
  }

  @Test
  void standingDutiesListEveryDirectionThatWaitsForNoEvent() {
    ObligationDecision d = policy.standingDuties(D);
    // 一（一）: "各级政府要把重大项目建设作为就业增长点"
    assertThat(d.duty(DutyCode.EMPLOYMENT_GROWTH_POINT).orElseThrow().performers())
        .containsExactly(Performer.of(PerformerRole.GOVERNMENTS_AT_ALL_LEVELS));
    // 二（四）: "在招商洽谈时，要把吸纳城乡劳动者就业作为重大项目引进重要因素"
    assertThat(d.duty(DutyCode.INVESTMENT_NEGOTIATION_EMPLOYMENT).orElseThrow().zh())
        .contains("吸纳城乡劳动者就业作为重大项目引进重要因素");
    // 瓦政办发〔2018〕66号 of 2018-07-31: "请结合实际，抓好贯彻落实"
    Duty forwarded = d.duty(DutyCode.FORWARDED_IMPLEMENTATION).orElseThrow();
    assertThat(forwarded.clause()).isEqualTo(ClauseRef.FORWARDING_NOTICE);
    assertThat(forwarded.performers())
        .containsExactly(Performer.of(PerformerRole.FORWARDING_ADDRESSEES, Region.WAFANGDIAN));
    assertThat(
            policy
                .standingDuties(LocalDate.of(2018, 7, 30))
                .duty(DutyCode.FORWARDED_IMPLEMENTATION))
        .isEmpty();
  }

  @Test
  void recruitmentDutiesCiteTheirOwnClauses() {
    ObligationDecision d = policy.obligations(ProjectEvent.recruitmentOpened(MAJOR, D, true));
    Reason priority =
        d.reasons().stream()
            .filter(r -> r.code() == ReasonCode.RECRUITMENT_DUTIES)
            .findFirst()
            .orElseThrow();
    Reason service =
        d.reasons().stream()
            .filter(r -> r.code() == ReasonCode.PUBLIC_SERVICE_DUTIES)
            .findFirst()
            .orElseThrow();
    // 公共招聘、一企一策 are 三（六）, not 二（五）
    assertThat(priority.clause()).isEqualTo(ClauseRef.PROJECT_CONSTRUCTION);
    assertThat(priority.zh()).doesNotContain("一企一策");
    assertThat(service.clause()).isEqualTo(ClauseRef.PUBLIC_EMPLOYMENT_SERVICE);
    assertThat(service.zh()).contains("公共招聘活动", "一企一策");
  }

  @Test
  void theDisclosureOfThreeSixIsNotTimedPromptly() {
    // 三（六）: "应主动公开信息，接受社会监督" – no 及时 in 三（六）
    assertThat(ClauseRef.PUBLIC_EMPLOYMENT_SERVICE.words()).doesNotContain("及时");
    Project funded = Project.builder().from(MAJOR).governmentFunded(true).build();
    Duty disclosure =
        policy
            .obligations(ProjectEvent.recruitmentOpened(funded, D, true))
            .duty(DutyCode.GRADUATE_RECRUITMENT_DISCLOSURE)
            .orElseThrow();
    assertThat(disclosure.timing()).isEqualTo(DutyTiming.NO_FIXED_DEADLINE);
  }

  @Test
  void theLocalGovernmentApprovesTheResettlementPlan() {
    // 二（三）: "制定被征地人员安置分流方案报当地政府同意实施"
    Duty plan =
        policy
            .obligations(ProjectEvent.landExpropriationNotice(MAJOR, D))
            .duty(DutyCode.RESETTLEMENT_PLAN)
            .orElseThrow();
    assertThat(plan.zh()).contains("报当地政府同意实施");
    assertThat(PerformerRole.LOCAL_GOVERNMENT.zh()).contains("同意实施").contains("先导区为管委会");
    assertThat(Texts.dutyZh(DutyCode.PERIODIC_LIAISON)).contains("辖区内重大项目建设");
  }

  @Test
  void thePeriodIsCountedByAnalogyWithTheCivilCode() {
    // 《民法典》第二百零一条 from 2021-01-01, 《民法总则》第二百零一条 before
    Duty y2019 =
        policy
            .obligations(ProjectEvent.landExpropriationNotice(MAJOR, D))
            .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
            .orElseThrow();
    assertThat(y2019.reasons().get(0).zh()).contains("《民法总则》第二百零一条", "类推适用");
    Duty y2025 =
        policy
            .obligations(ProjectEvent.landExpropriationNotice(MAJOR, LocalDate.of(2025, 9, 26)))
            .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
            .orElseThrow();
    assertThat(y2025.reasons().get(0).zh()).contains("《民法典》第二百零一条", "类推适用");
    assertThat(y2025.reasons().get(0).en()).contains("art. 201", "by analogy");
  }

  private static TrainingRecord record(TrainingType type, UnaryOperator<TrainingRecord.Builder> f) {
    return f.apply(TrainingRecord.builder().id("T").type(type)).build();
  }

  @Test
  void theShortageUpliftIsConfiguredDataAndSparesTheAppraisalSubsidy() {
    LinkagePolicy scheduled =
        LinkagePolicy.builder()
            .subsidySchedule(Region.WAFANGDIAN, SubsidyScheduleTest.hypothetical())
            .build();
    Person p =
        Person.builder().id("W").landExpropriated(true).addLandExpropriationProjectId("P1").build();
    TrainingRecord r =
        record(
            TrainingType.RURAL_LABOUR_TRANSFER,
            b ->
                b.willing(true)
                    .completed(true)
                    .firstAppraisal(true)
                    .occupation("焊工")
                    .level(SkillLevel.JUNIOR_WORKER)
                    .certificateDate(LocalDate.of(2022, 3, 1)));
    SubsidyDecision d = scheduled.subsidies(r, p, MAJOR, LocalDate.of(2022, 3, 1));
    SubsidyEntitlement training =
        d.entitlement(SubsidyKind.VOCATIONAL_TRAINING_SUBSIDY).orElseThrow();
    SubsidyEntitlement appraisal = d.entitlement(SubsidyKind.SKILL_APPRAISAL_SUBSIDY).orElseThrow();
    // the hypothetical schedule: 焊工 五级 1000 (+30% shortage uplift), appraisal 150
    assertThat(training.amount()).hasValue(Money.parse("1300.00"));
    Reason uplift =
        training.reasons().stream()
            .filter(x -> x.code() == ReasonCode.SUBSIDY_AMOUNT_SHORTAGE_UPLIFT)
            .findFirst()
            .orElseThrow();
    assertThat(uplift.basis()).isEqualTo(ReasonBasis.CONFIGURATION);
    assertThat(uplift.clause()).isEqualTo(ClauseRef.SKILLS_TRAINING_PLAN);
    assertThat(uplift.zh()).contains("按配置", "本意见未规定上浮");
    assertThat(appraisal.amount()).hasValue(Money.parse("150.00"));
    assertThat(appraisal.amountBasis()).isEqualTo(AmountBasis.SCHEDULE);
  }

  @Test
  void theAppraisalSubsidyIsForAFirstAppraisal() {
    Person p =
        Person.builder().id("W").landExpropriated(true).addLandExpropriationProjectId("P1").build();
    TrainingRecord again =
        record(TrainingType.RURAL_LABOUR_TRANSFER, b -> b.willing(true).firstAppraisal(false));
    SubsidyDecision d = policy.subsidies(again, p, MAJOR, D);
    assertThat(d.entitlement(SubsidyKind.SKILL_APPRAISAL_SUBSIDY).orElseThrow().outcome())
        .isEqualTo(Outcome.NO);
    assertThat(d.entitlement(SubsidyKind.VOCATIONAL_TRAINING_SUBSIDY).orElseThrow().outcome())
        .isEqualTo(Outcome.YES);
  }
}
