package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.LandNoticeKind;
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
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;

/** One variant per fact present, each differing in exactly that fact; complete sets are kept. */
class FactRemovalsTest {
  private static final LocalDate D = LocalDate.of(2020, 5, 6);

  private static final Project FULL =
      Project.builder()
          .id("P-1")
          .name("项目")
          .type(ProjectType.CONSTRUCTION)
          .addCategory("制造业")
          .totalInvestment(Money.parse("1亿元"))
          .location(
              Location.builder()
                  .countyLevelUnit(Region.WAFANGDIAN)
                  .pilotZone(Region.CHANGXING_ISLAND)
                  .subdistrict("subdistrict-1")
                  .build())
          .governmentFunded(true)
          .ownership(Ownership.STATE_OWNED)
          .status(ProjectStatus.UNDER_CONSTRUCTION)
          .approved(D)
          .constructionStarted(D)
          .completed(D.plusYears(1))
          .build();

  @Test
  void aProjectLosesEachFactOnceAndKeepsItsCategoriesAndPilotZone() {
    List<Project> variants = FactRemovals.of(FULL);
    // name, type, investment, location, its county, its subdistrict, funded, ownership, status,
    // approved, started, completed
    assertThat(variants).hasSize(12).doesNotContain(FULL).doesNotHaveDuplicates();
    assertThat(variants).allMatch(p -> p.categories().equals(FULL.categories()));
    assertThat(variants)
        .filteredOn(p -> p.location().isPresent())
        .allMatch(p -> p.location().get().pilotZone().equals(Optional.of(Region.CHANGXING_ISLAND)));
    assertThat(variants).filteredOn(p -> p.totalInvestment().isEmpty()).hasSize(1);
    assertThat(FactRemovals.of(Project.builder().id("P-2").build())).isEmpty();
    // A location with only a county-level unit is removed as a whole.
    Project countyOnly = Project.builder().id("P-3").location(Location.of(Region.ZHUANGHE)).build();
    assertThat(FactRemovals.of(countyOnly)).containsExactly(Project.builder().id("P-3").build());
  }

  @Test
  void aPersonLosesEachFactEachStatusAndEachLandLinkOnce() {
    Person full =
        Person.builder()
            .id("A")
            .education(Education.BACHELOR)
            .graduationDate(D)
            .householdType(HouseholdType.RURAL)
            .nonFarmTransfer(true)
            .overcapacityResettled(false)
            .putCertification("RETIRED_SOLDIER", true)
            .putCertification("OTHER", false)
            .landExpropriated(true)
            .addLandExpropriationProjectIds("P-1", "P-2")
            .residence(Region.WAFANGDIAN)
            .householdRegion(Region.OUTSIDE_DALIAN)
            .build();
    List<Person> variants = FactRemovals.of(full);
    assertThat(variants).hasSize(5 + 2 + 1 + 2 + 2).doesNotContain(full).doesNotHaveDuplicates();
    assertThat(variants)
        .filteredOn(p -> p.certifications().size() == 1)
        .extracting(Person::certifications)
        .containsExactlyInAnyOrder(Map.of("OTHER", false), Map.of("RETIRED_SOLDIER", true));
    assertThat(variants)
        .filteredOn(p -> p.landExpropriationProjectIds().size() == 1)
        .extracting(Person::landExpropriationProjectIds)
        .containsExactlyInAnyOrder(Set.of("P-1"), Set.of("P-2"));
    assertThat(FactRemovals.of(Person.builder().id("B").build())).isEmpty();
  }

  @Test
  void aTrainingRecordLosesEachFactOnce() {
    TrainingRecord full =
        TrainingRecord.builder()
            .id("T-1")
            .type(TrainingType.RURAL_LABOUR_TRANSFER)
            .organiser(TrainingOrganiser.TRAINING_INSTITUTION)
            .occupation("焊工")
            .level(SkillLevel.JUNIOR_WORKER)
            .region(Region.WAFANGDIAN)
            .willing(true)
            .completed(true)
            .passed(true)
            .certified(true)
            .certificateDate(D)
            .completionDate(D)
            .build();
    List<TrainingRecord> variants = FactRemovals.of(full);
    assertThat(variants).hasSize(10).doesNotContain(full).doesNotHaveDuplicates();
    assertThat(variants).allMatch(r -> r.type() == TrainingType.RURAL_LABOUR_TRANSFER);
  }

  @Test
  void anEventLosesItsProjectsFactsAndItsOwnButNotTheDefaultNoticeKind() {
    ProjectEvent land =
        ProjectEvent.builder()
            .kind(org.employmentlinkage.domain.ProjectEventKind.LAND_EXPROPRIATION_NOTICE)
            .project(FULL)
            .date(D)
            .landNotice(LandNoticeKind.PRE_NOTICE)
            .involvesLandExpropriatedPersons(true)
            .build();
    List<ProjectEvent> variants = FactRemovals.of(land);
    assertThat(variants).hasSize(12 + 1);
    assertThat(variants)
        .allMatch(e -> e.landNotice().equals(Optional.of(LandNoticeKind.PRE_NOTICE)));
    ProjectEvent issue = ProjectEvent.issueRaised(FULL, D, "ISSUE-1", IssueTopic.EMPLOYMENT);
    assertThat(FactRemovals.of(issue))
        .hasSize(12 + 1)
        .allMatch(e -> e.issueId().equals(Optional.of("ISSUE-1")));
    assertThat(FactRemovals.of(ProjectEvent.recruitmentOpened(FULL, D, true))).hasSize(13);
  }

  @Test
  void candidatesAndDemandsDelegate() {
    Candidate c = Candidate.of(Person.builder().id("A").residence(Region.DALIAN).build(), false);
    assertThat(FactRemovals.of(c))
        .containsExactly(Candidate.of(Person.builder().id("A").build(), false));
    LabourDemand d = LabourDemand.builder().project(FULL).positions(3).asOf(D).title("焊工").build();
    assertThat(FactRemovals.of(d)).hasSize(13).allMatch(x -> x.positions() == 3);
    assertThatThrownBy(() -> FactRemovals.of((Project) null))
        .isInstanceOf(NullPointerException.class);
  }
}
