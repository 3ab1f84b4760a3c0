package org.employmentlinkage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocuments;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;

class DomainValuesTest {

  private static final LocalDate D = LocalDate.of(2018, 8, 1);

  private static Project project() {
    return Project.builder()
        .id("P-1")
        .type(ProjectType.CONSTRUCTION)
        .location(Location.of(Region.WAFANGDIAN))
        .build();
  }

  @Test
  void projectsRejectBlankIdsAndReversedDates() {
    assertThatThrownBy(() -> Project.builder().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Project.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                Project.builder()
                    .id("P")
                    .constructionStarted(LocalDate.of(2020, 1, 2))
                    .completed(LocalDate.of(2020, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("completed");
    assertThatThrownBy(() -> Project.builder().id("P").addCategory(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Project.builder().id("P").totalInvestment((org.employmentlinkage.money.Money) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void personsRejectContradictoryLandFacts() {
    assertThatThrownBy(
            () ->
                Person.builder()
                    .id("A")
                    .landExpropriated(false)
                    .addLandExpropriationProjectId("P-1")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("landExpropriated is false");
    assertThatThrownBy(() -> Person.builder().id("").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trainingRecordsRejectContradictions() {
    TrainingRecord.Builder b =
        TrainingRecord.builder().id("T").type(TrainingType.EMPLOYMENT_SKILLS);
    assertThatThrownBy(() -> b.completed(false).passed(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("passed");
    TrainingRecord dated =
        TrainingRecord.builder()
            .id("T")
            .type(TrainingType.EMPLOYMENT_SKILLS)
            .certificateDate(D)
            .build();
    assertThat(dated.certificateObtained()).isEqualTo(Fact.YES);
    assertThatThrownBy(
            () ->
                TrainingRecord.builder()
                    .id("T")
                    .type(TrainingType.EMPLOYMENT_SKILLS)
                    .certified(false)
                    .certificateDate(D)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trainingTypesUseTheDocumentsWords() {
    for (TrainingType t : TrainingType.values()) {
      if (t != TrainingType.OTHER) {
        assertThat(t.clause().words()).as(t.name()).contains(t.zh());
      }
    }
  }

  @Test
  void skillLevelsParseTheirChineseNames() {
    // docs/adr/0003-policy-as-code.md, subsidies: 五级/初级工, 四级/中级工, 三级/高级工, 二级/技师, 一级/高级技师.
    assertThat(SkillLevel.parse("五级")).isEqualTo(SkillLevel.JUNIOR_WORKER);
    assertThat(SkillLevel.parse("初级工")).isEqualTo(SkillLevel.JUNIOR_WORKER);
    assertThat(SkillLevel.parse("中级")).isEqualTo(SkillLevel.INTERMEDIATE_WORKER);
    assertThat(SkillLevel.parse("三级")).isEqualTo(SkillLevel.SENIOR_WORKER);
    assertThat(SkillLevel.parse("技师")).isEqualTo(SkillLevel.TECHNICIAN);
    assertThat(SkillLevel.parse("一级")).isEqualTo(SkillLevel.SENIOR_TECHNICIAN);
    assertThat(SkillLevel.parse("高级技师")).isEqualTo(SkillLevel.SENIOR_TECHNICIAN);
    assertThat(SkillLevel.parse("4")).isEqualTo(SkillLevel.INTERMEDIATE_WORKER);
    assertThatThrownBy(() -> SkillLevel.parse("六级"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("六级");
  }

  @Test
  void eventsAcceptOnlyTheirOwnAttributes() {
    ProjectEvent land = ProjectEvent.landExpropriationNotice(project(), D);
    assertThat(land.landNoticeKind()).isEqualTo(LandNoticeKind.EXPROPRIATION_NOTICE);
    assertThat(land.involvesLandExpropriatedPersons()).isEqualTo(Fact.YES);
    // one way to make a land-notice event: the shorthand is the general factory with its two facts
    assertThat(land)
        .isEqualTo(
            ProjectEvent.landNotice(project(), D, LandNoticeKind.EXPROPRIATION_NOTICE, Fact.YES));
    assertThat(
            ProjectEvent.landNotice(project(), D, LandNoticeKind.EXPROPRIATION_NOTICE, Fact.UNKNOWN)
                .involvesLandExpropriatedPersons())
        .isEqualTo(Fact.UNKNOWN);
    ProjectEvent bare =
        ProjectEvent.builder()
            .kind(ProjectEventKind.LAND_EXPROPRIATION_NOTICE)
            .project(project())
            .date(D)
            .build();
    assertThat(bare.landNoticeKind()).isEqualTo(LandNoticeKind.EXPROPRIATION_NOTICE);
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.PROJECT_APPROVED)
                    .project(project())
                    .date(D)
                    .workers(3)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers");
    assertThatThrownBy(() -> ProjectEvent.labourShortfall(project(), D, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(
            () ->
                ProjectEvent.builder()
                    .kind(ProjectEventKind.ISSUE_RAISED)
                    .project(project())
                    .date(D)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issueId");
    assertThatThrownBy(() -> ProjectEvent.approved(null, D))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void demandsNeedAPosition() {
    assertThatThrownBy(() -> LabourDemand.of(project(), 0, D))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positions");
  }

  @Test
  void valuesSurviveSerializationWithValueEquality() throws Exception {
    Person person =
        Person.builder()
            .id("A")
            .education(Education.BACHELOR)
            .graduationDate(LocalDate.of(2018, 6, 30))
            .putCertification("RETIRED_SOLDIER", true)
            .residence(Region.WAFANGDIAN)
            .build();
    List<Serializable> values =
        List.of(
            project(),
            person,
            Candidate.of(person, true),
            ProjectEvent.issueRaised(project(), D, "ISSUE-1", IssueTopic.SOCIAL_SECURITY),
            PolicyDocuments.WAFANGDIAN_2018_66,
            ValidityWindow.DALIAN_2018_83,
            PersonGroup.COLLEGE_GRADUATE,
            Reason.of(ReasonCode.ISSUE_CLOSED, ClauseRef.SERVICE_SPECIALISTS, "中", "en"));
    for (Serializable v : values) {
      SerializableTester.reserializeAndAssert(v); // equal, with the same hash code
    }
  }
}
