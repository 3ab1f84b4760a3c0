package org.employmentlinkage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.region.RegionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Chinese and English labels of the domain enums: the Chinese ones are the policy's or the
 * document's words, every label is present, and no two constants of one enum share a label.
 */
class DomainLabelsTest {

  private static final LocalDate D = LocalDate.of(2018, 8, 1);

  /**
   * The labels are read inside the test, not while the arguments are built: a mutation-testing tool
   * attributes what argument providers run to no particular test.
   */
  private static <E extends Enum<E>> Arguments labels(
      Class<E> type, Function<E, String> zh, Function<E, String> en) {
    return Arguments.of(type, zh, en);
  }

  static Stream<Arguments> labelledEnums() {
    return Stream.of(
        labels(Education.class, Education::zh, Education::en),
        labels(HouseholdType.class, HouseholdType::zh, HouseholdType::en),
        labels(IssueTopic.class, IssueTopic::zh, IssueTopic::en),
        labels(LandNoticeKind.class, LandNoticeKind::zh, LandNoticeKind::en),
        labels(Ownership.class, Ownership::zh, Ownership::en),
        labels(ProjectStatus.class, ProjectStatus::zh, ProjectStatus::en),
        labels(ProjectType.class, ProjectType::zh, ProjectType::en),
        labels(TrainingOrganiser.class, TrainingOrganiser::zh, TrainingOrganiser::en),
        labels(TrainingType.class, TrainingType::zh, TrainingType::en),
        labels(RegionKind.class, RegionKind::zh, RegionKind::en),
        labels(Region.class, Region::zh, Region::en));
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelledEnums")
  <E extends Enum<E>> void everyConstantHasItsOwnChineseAndEnglishLabel(
      Class<E> type, Function<E, String> zhOf, Function<E, String> enOf) {
    List<String> zh = Stream.of(type.getEnumConstants()).map(zhOf).toList();
    List<String> en = Stream.of(type.getEnumConstants()).map(enOf).toList();
    for (String z : zh) {
      assertThat(z).as(type.getSimpleName()).isNotBlank();
      assertThat(z.codePoints().anyMatch(DomainLabelsTest::isHan))
          .as(type.getSimpleName() + " " + z + " is Chinese")
          .isTrue();
    }
    for (String e : en) {
      assertThat(e).as(type.getSimpleName()).isNotBlank();
      assertThat(e.codePoints().noneMatch(DomainLabelsTest::isHan))
          .as(type.getSimpleName() + " " + e + " is not Chinese")
          .isTrue();
    }
    assertThat(new HashSet<>(zh)).as(type.getSimpleName()).hasSameSizeAs(zh);
    assertThat(new HashSet<>(en)).as(type.getSimpleName()).hasSameSizeAs(en);
  }

  @Test
  void labelsUseThePolicysWords() {
    // 一（一）: "总投资额在1亿元以上建设项目"
    assertThat(ClauseRef.JOB_DEMAND_ASSESSMENT.words()).contains(ProjectType.CONSTRUCTION.zh());
    // 二（五）: "重大项目在建或建成后"
    assertThat(ProjectStatus.UNDER_CONSTRUCTION.zh()).isEqualTo("在建");
    assertThat(ProjectStatus.COMPLETED.zh()).isEqualTo("建成");
    assertThat(ClauseRef.PROJECT_CONSTRUCTION.words()).contains("在建或建成后");
    // 三（六）: "国有企业或国有控股企业"
    assertThat(ClauseRef.PUBLIC_EMPLOYMENT_SERVICE.words())
        .contains(Ownership.STATE_OWNED.zh() + "或" + Ownership.STATE_CONTROLLED.zh());
    // 三 末段: "就业、职业培训和社会保障等问题"
    assertThat(ClauseRef.SERVICE_SPECIALISTS.words())
        .contains(
            IssueTopic.EMPLOYMENT.zh()
                + "、"
                + IssueTopic.VOCATIONAL_TRAINING.zh()
                + "和"
                + IssueTopic.SOCIAL_SECURITY.zh());
    // 三（七）: "组织职业培训机构与重大项目建设单位进行对接"
    assertThat(ClauseRef.SKILLS_TRAINING_PLAN.words())
        .contains(
            TrainingOrganiser.TRAINING_INSTITUTION.zh()
                + "与"
                + TrainingOrganiser.MAJOR_PROJECT_EMPLOYER.zh());
    // README.md, "Decisions you should know": the post-approval notice is the 征收土地公告 (default
    // trigger)
    assertThat(LandNoticeKind.EXPROPRIATION_NOTICE.zh()).isEqualTo("征收土地公告");
    assertThat(LandNoticeKind.PRE_NOTICE.zh()).contains("预公告");
    assertThat(LandNoticeKind.COMPENSATION_PLAN_NOTICE.zh()).contains("补偿安置方案");
    // docs/adr/0003-policy-as-code.md, "Groups": 大专及以上; 技师学院高级工班、预备技师班
    assertThat(Education.JUNIOR_COLLEGE.zh()).isEqualTo("大专");
    assertThat(Education.TECHNICIAN_COLLEGE_SENIOR_CLASS.zh()).isEqualTo("技师学院高级工班、预备技师班");
    assertThat(HouseholdType.RURAL.zh()).contains("农村").contains("户籍");
    assertThat(HouseholdType.URBAN.zh()).contains("户籍");
  }

  @Test
  void theChineseLabelsAreThePolicysWordsExactly() {
    assertThat(ProjectType.CONSTRUCTION.zh()).isEqualTo("建设项目");
    assertThat(Ownership.STATE_OWNED.zh()).isEqualTo("国有企业");
    assertThat(Ownership.STATE_CONTROLLED.zh()).isEqualTo("国有控股企业");
    assertThat(TrainingOrganiser.MAJOR_PROJECT_EMPLOYER.zh()).isEqualTo("重大项目建设单位");
    assertThat(TrainingOrganiser.TRAINING_INSTITUTION.zh()).isEqualTo("职业培训机构");
    // 三（七）: "在岗职工技能提升培训"; 三（八）: "就业技能培训、……劳动预备制培训、企业职工岗位技能培训"
    assertThat(TrainingType.IN_SERVICE_SKILL_UPGRADING.zh()).isEqualTo("在岗职工技能提升培训");
    assertThat(TrainingType.EMPLOYMENT_SKILLS.zh()).isEqualTo("就业技能培训");
    assertThat(TrainingType.LABOUR_PREPARATION.zh()).isEqualTo("劳动预备制培训");
    assertThat(TrainingType.ENTERPRISE_POST_SKILLS.zh()).isEqualTo("企业职工岗位技能培训");
    assertThat(IssueTopic.SOCIAL_SECURITY.zh()).isEqualTo("社会保障");
  }

  @Test
  void trainingRecordsRejectABlankOccupationAndDeriveTheCertificate() {
    TrainingRecord.Builder b =
        TrainingRecord.builder().id("T").type(TrainingType.EMPLOYMENT_SKILLS);
    assertThatThrownBy(() -> b.occupation(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("occupation");
    TrainingRecord welder =
        TrainingRecord.builder()
            .id("T")
            .type(TrainingType.EMPLOYMENT_SKILLS)
            .occupation("焊工")
            .build();
    assertThat(welder.occupation()).hasValue("焊工");
    assertThat(welder.certificateObtained()).isEqualTo(Fact.UNKNOWN);
    TrainingRecord notCertified = TrainingRecord.builder().from(welder).certified(false).build();
    assertThat(notCertified.certificateObtained()).isEqualTo(Fact.NO);
    TrainingRecord certified = TrainingRecord.builder().from(welder).certified(true).build();
    assertThat(certified.certificateObtained()).isEqualTo(Fact.YES);
  }

  @Test
  void onlyStateOwnedAndStateControlledEnterprisesAreState() {
    // 三（六）: "国有企业或国有控股企业承担财政资金投资的重大项目"
    assertThat(Ownership.STATE_OWNED.isState()).isTrue();
    assertThat(Ownership.STATE_CONTROLLED.isState()).isTrue();
    assertThat(Ownership.OTHER.isState()).isFalse();
  }

  @Test
  void skillLevelsAreTheFiveNationalGrades() {
    // docs/adr/0003-policy-as-code.md, subsidies: 五级/初级工, 四级/中级工, 三级/高级工, 二级/技师, 一级/高级技师.
    assertThat(SkillLevel.values()).extracting(SkillLevel::grade).containsExactly(5, 4, 3, 2, 1);
    assertThat(SkillLevel.values())
        .extracting(SkillLevel::title)
        .containsExactly("初级工", "中级工", "高级工", "技师", "高级技师");
    assertThat(SkillLevel.values())
        .extracting(SkillLevel::gradeName)
        .containsExactly("五级", "四级", "三级", "二级", "一级");
    assertThat(SkillLevel.parse(" 二级 ")).isEqualTo(SkillLevel.TECHNICIAN);
    assertThat(SkillLevel.parse("SENIOR_WORKER")).isEqualTo(SkillLevel.SENIOR_WORKER);
    assertThat(SkillLevel.parse("初级")).isEqualTo(SkillLevel.JUNIOR_WORKER);
    // 技师 has no 工 to drop: "技" alone names nothing
    assertThatThrownBy(() -> SkillLevel.parse("技")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SkillLevel.parse(null)).isInstanceOf(NullPointerException.class);
  }

  private static Project project() {
    return Project.builder()
        .id("P-1")
        .type(ProjectType.CONSTRUCTION)
        .location(Location.of(Region.WAFANGDIAN))
        .build();
  }

  @Test
  void aCandidatesIdIsThePersons() {
    Person p = Person.builder().id("A-7").build();
    assertThat(Candidate.of(p, false).id()).isEqualTo("A-7");
    assertThat(Candidate.of(p, false).meetsRequirements()).isFalse();
  }

  @Test
  void aDemandOfOnePositionIsTheSmallest() {
    assertThat(LabourDemand.of(project(), 1, D).positions()).isEqualTo(1);
  }

  @Test
  void projectsRejectBlankNamesAndAcceptEqualStartAndCompletion() {
    assertThatThrownBy(() -> Project.builder().id("P").name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThat(Project.builder().id("P").name("大连湾海底隧道").build().name()).hasValue("大连湾海底隧道");
    Project sameDay = Project.builder().id("P").constructionStarted(D).completed(D).build();
    assertThat(sameDay.completed()).hasValue(D);
    // only one of the two dates: nothing to compare
    assertThat(Project.builder().id("P").completed(D).build().constructionStarted()).isEmpty();
  }

  @Test
  void personsRejectBlankKeysAndProjectIds() {
    assertThatThrownBy(() -> Person.builder().id("A").putCertification(" ", true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key");
    assertThatThrownBy(() -> Person.builder().id("A").addLandExpropriationProjectId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project id");
    // land expropriated (or unknown) with project ids is consistent
    assertThat(
            Person.builder()
                .id("A")
                .landExpropriated(true)
                .addLandExpropriationProjectId("P-1")
                .build()
                .landExpropriationProjectIds())
        .containsExactly("P-1");
    assertThat(
            Person.builder()
                .id("A")
                .addLandExpropriationProjectId("P-1")
                .build()
                .landExpropriationProjectIds())
        .containsExactly("P-1");
  }

  @Test
  void eachEventKindAcceptsItsOwnAttributesOnly() {
    Project p = project();
    assertThat(ProjectEvent.labourShortfall(p, D, 1).workers().getAsInt()).isEqualTo(1);
    assertThat(ProjectEvent.recruitmentOpened(p, D, true).recruitsCurrentGraduates())
        .isEqualTo(Fact.YES);
    assertThat(
            ProjectEvent.landNotice(p, D, LandNoticeKind.PRE_NOTICE, Fact.UNKNOWN).landNoticeKind())
        .isEqualTo(LandNoticeKind.PRE_NOTICE);
    assertThat(ProjectEvent.issueClosed(p, D, "ISSUE-1").issueId()).hasValue("ISSUE-1");
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.PROJECT_APPROVED)
                    .project(p)
                    .date(D)
                    .landNotice(LandNoticeKind.PRE_NOTICE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("landNotice");
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.PROJECT_APPROVED)
                    .project(p)
                    .date(D)
                    .involvesLandExpropriatedPersons(true)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("involvesLandExpropriatedPersons");
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.CONSTRUCTION_STARTED)
                    .project(p)
                    .date(D)
                    .recruitsCurrentGraduates(true)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recruitsCurrentGraduates");
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.ISSUE_CLOSED)
                    .project(p)
                    .date(D)
                    .issueId("ISSUE-1")
                    .issueTopic(IssueTopic.OTHER)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issueTopic");
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.CONSTRUCTION_COMPLETED)
                    .project(p)
                    .date(D)
                    .issueId("ISSUE-1")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issueId");
    assertThatThrownBy(() -> ProjectEvent.issueClosed(p, D, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issueId must be given");
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.LABOUR_SHORTFALL)
                    .project(p)
                    .date(D)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers must be given");
  }

  @Test
  void trainingTypesCiteTheClauseThatNamesThem() {
    Set<ClauseRef> clauses = new HashSet<>();
    for (TrainingType t : TrainingType.values()) {
      clauses.add(t.clause());
    }
    assertThat(TrainingType.IN_SERVICE_SKILL_UPGRADING.clause())
        .isEqualTo(ClauseRef.SKILLS_TRAINING_PLAN);
    assertThat(TrainingType.LABOUR_PREPARATION.clause())
        .isEqualTo(ClauseRef.SKILLED_TALENT_RESERVE);
    assertThat(clauses)
        .containsOnly(ClauseRef.SKILLS_TRAINING_PLAN, ClauseRef.SKILLED_TALENT_RESERVE);
  }
}
