package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.rules.LinkagePolicy;
import org.junit.jupiter.api.Test;

/** Each kind of question asks the method of its name, and removes facts of all its inputs. */
class PolicyQuestionTest {
  private static final LinkagePolicy POLICY = TestPolicies.shipped();
  private static final PolicyUnderTest SUBJECT = PolicyUnderTest.of(POLICY);
  private static final LocalDate D = LocalDate.of(2021, 9, 1);
  private static final Project PROJECT =
      Project.builder()
          .id("P-1")
          .type(ProjectType.CONSTRUCTION)
          .totalInvestment(Money.parse("1亿元"))
          .build();
  private static final Person PERSON = Person.builder().id("A").landExpropriated(true).build();

  @Test
  void eachKindAsksItsMethod() {
    assertThat(new PolicyQuestion.Scope(PROJECT, D).askOf(SUBJECT))
        .isEqualTo(POLICY.classify(PROJECT, D));
    assertThat(new PolicyQuestion.Groups(PERSON, D).askOf(SUBJECT))
        .isEqualTo(POLICY.personGroups(PERSON, D));
    LabourDemand demand = LabourDemand.of(PROJECT, 2, D);
    List<Candidate> candidates = List.of(Candidate.of(PERSON, true));
    assertThat(new PolicyQuestion.Recruitment(demand, candidates).askOf(SUBJECT))
        .isEqualTo(POLICY.planRecruitment(demand, candidates));
    TrainingRecord record =
        TrainingRecord.builder().id("T-1").type(TrainingType.RURAL_LABOUR_TRANSFER).build();
    assertThat(new PolicyQuestion.Subsidies(record, PERSON, Optional.of(PROJECT), D).askOf(SUBJECT))
        .isEqualTo(POLICY.subsidies(record, PERSON, PROJECT, D));
    ProjectEvent event = ProjectEvent.landExpropriationNotice(PROJECT, D);
    assertThat(new PolicyQuestion.Obligations(event).askOf(SUBJECT))
        .isEqualTo(POLICY.obligations(event));
    assertThat(new PolicyQuestion.Obligations(event).asOf()).isEqualTo(D);
    assertThat(new PolicyQuestion.StandingDuties(D).askOf(SUBJECT))
        .isEqualTo(POLICY.standingDuties(D));
    assertThat(new PolicyQuestion.StandingDuties(D).withOneFactRemoved()).isEmpty();
  }

  @Test
  void recruitmentRemovesFactsOfTheDemandAndOfEachCandidateAndCopiesTheList() {
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(Candidate.of(PERSON, true));
    candidates.add(
        Candidate.of(Person.builder().id("B").overcapacityResettled(true).build(), true));
    PolicyQuestion.Recruitment q =
        new PolicyQuestion.Recruitment(LabourDemand.of(PROJECT, 1, D), candidates);
    candidates.clear();
    assertThat(q.candidates()).hasSize(2);
    // project: type, investment; A: landExpropriated; B: overcapacityResettled
    assertThat(q.withOneFactRemoved())
        .hasSize(4)
        .allMatch(x -> x instanceof PolicyQuestion.Recruitment);
    assertThat(q.asOf()).isEqualTo(D);
  }

  @Test
  void subsidiesRemoveTheProjectAltogetherToo() {
    TrainingRecord record =
        TrainingRecord.builder()
            .id("T-1")
            .type(TrainingType.EMPLOYMENT_SKILLS)
            .passed(true)
            .build();
    PolicyQuestion.Subsidies q =
        new PolicyQuestion.Subsidies(record, PERSON, Optional.of(PROJECT), D);
    // record: passed; person: landExpropriated; project: type, investment; the project itself
    assertThat(q.withOneFactRemoved())
        .hasSize(5)
        .contains(new PolicyQuestion.Subsidies(record, PERSON, Optional.empty(), D));
  }
}
