package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 一（二）/二（五）: "高校毕业生、农村转移劳动力、去产能安置职工等重点群体"; 二（三）/三（七）: 被征地人员; 三（六）: 应届高校毕业生. The document defines
 * none of them: the definitions are the readings of docs/adr/0003-policy-as-code.md ("Groups").
 */
class GroupsTest {
  private static final LocalDate AS_OF = LocalDate.of(2019, 3, 1);
  private static final PersonGroup RETIRED_SOLDIER =
      PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers");

  private final LinkagePolicy policy = Fixtures.freshDalian2018();

  private static Person person(UnaryOperator<Person.Builder> facts) {
    return facts.apply(Person.builder().id("X")).build();
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /**
   * 高校毕业生 and 应届高校毕业生, judged on 2019-03-01. docs/adr/0003-policy-as-code.md, "Groups": 普通高校 大专及以上
   * and 技师学院高级工班、预备技师班; 毕业年度 = the calendar year of graduation; "离校2年内" (以内 includes the end,
   * 民法典第1259条); 应届 = the graduation year.
   */
  static Stream<Arguments> graduates() {
    return Stream.of(
        // graduating in 2019: in the 毕业年度 before the graduation day
        Arguments.of(Education.BACHELOR, d(2019, 6, 30), Outcome.YES, Outcome.YES),
        // graduated 2018: within 离校2年内, not 应届 in 2019
        Arguments.of(Education.JUNIOR_COLLEGE, d(2018, 6, 30), Outcome.YES, Outcome.NO),
        // graduated exactly two years before: "以内" includes the end
        Arguments.of(Education.BACHELOR, d(2017, 3, 1), Outcome.YES, Outcome.NO),
        Arguments.of(Education.BACHELOR, d(2017, 2, 28), Outcome.NO, Outcome.NO),
        Arguments.of(Education.POSTGRADUATE, d(2016, 6, 30), Outcome.NO, Outcome.NO),
        // the equivalents of docs/adr/0003-policy-as-code.md, "Groups"
        Arguments.of(
            Education.TECHNICIAN_COLLEGE_SENIOR_CLASS, d(2019, 7, 1), Outcome.YES, Outcome.YES),
        // below 大专: not a 高校毕业生 whatever the date
        Arguments.of(Education.SECONDARY_VOCATIONAL, d(2019, 7, 1), Outcome.NO, Outcome.NO),
        Arguments.of(Education.SENIOR_SECONDARY, d(2018, 7, 1), Outcome.NO, Outcome.NO),
        // a graduation expected after the 毕业年度 of the date asked: not yet a graduate
        Arguments.of(Education.BACHELOR, d(2020, 6, 30), Outcome.NO, Outcome.NO));
  }

  @ParameterizedTest
  @MethodSource("graduates")
  void collegeGraduates(
      Education education, LocalDate graduated, Outcome college, Outcome current) {
    PersonGroups g =
        policy.personGroups(person(b -> b.education(education).graduationDate(graduated)), AS_OF);
    assertThat(g.membership(PersonGroup.COLLEGE_GRADUATE)).isEqualTo(college);
    assertThat(g.membership(PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE)).isEqualTo(current);
  }

  @Test
  void missingEducationOrGraduationDateIsNamed() {
    PersonGroups noEducation =
        policy.personGroups(person(b -> b.graduationDate(d(2018, 6, 30))), AS_OF);
    GroupDecision college = noEducation.decision(PersonGroup.COLLEGE_GRADUATE);
    assertThat(college.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(college.missingFacts()).containsExactly(MissingFact.PERSON_EDUCATION);
    assertThat(college.reasons())
        .extracting(rc -> rc.code().name())
        .containsExactly("GROUP_COLLEGE_GRADUATE_UNDETERMINED");
    PersonGroups noDate = policy.personGroups(person(b -> b.education(Education.BACHELOR)), AS_OF);
    assertThat(noDate.decision(PersonGroup.COLLEGE_GRADUATE).missingFacts())
        .containsExactly(MissingFact.PERSON_GRADUATION_DATE);
    // education below 大专 settles it without the date
    PersonGroups vocational =
        policy.personGroups(person(b -> b.education(Education.SECONDARY_VOCATIONAL)), AS_OF);
    assertThat(vocational.membership(PersonGroup.COLLEGE_GRADUATE)).isEqualTo(Outcome.NO);
  }

  @Test
  void graduateYearsAreConfigurable() {
    Person graduated2018 =
        person(b -> b.education(Education.BACHELOR).graduationDate(d(2018, 6, 30)));
    LinkagePolicy yearOnly = LinkagePolicy.builder().collegeGraduateYears(0).build();
    assertThat(yearOnly.personGroups(graduated2018, AS_OF).membership(PersonGroup.COLLEGE_GRADUATE))
        .isEqualTo(Outcome.NO);
    Person graduated2000 =
        person(b -> b.education(Education.BACHELOR).graduationDate(d(2000, 6, 30)));
    LinkagePolicy unlimited = LinkagePolicy.builder().collegeGraduatesWithoutTimeLimit().build();
    assertThat(
            unlimited.personGroups(graduated2000, AS_OF).membership(PersonGroup.COLLEGE_GRADUATE))
        .isEqualTo(Outcome.YES);
    assertThatThrownBy(() -> LinkagePolicy.builder().collegeGraduateYears(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("years");
    // issue 12 item 13: 2147483647 was accepted and then every person threw DateTimeException
    assertThatThrownBy(() -> LinkagePolicy.builder().collegeGraduateYears(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("collegeGraduateYears: years must be from 0 to 100, was 2147483647");
    assertThatThrownBy(() -> LinkagePolicy.builder().collegeGraduateYears(101))
        .isInstanceOf(IllegalArgumentException.class);
    LinkagePolicy hundred = LinkagePolicy.builder().collegeGraduateYears(100).build();
    assertThat(hundred.personGroups(graduated2000, AS_OF).membership(PersonGroup.COLLEGE_GRADUATE))
        .isEqualTo(Outcome.YES);
  }

  /**
   * 农村转移劳动力 (docs/adr/0003-policy-as-code.md, "Groups"): rural household registration and moving to
   * non-farm work.
   */
  static Stream<Arguments> ruralLabour() {
    return Stream.of(
        Arguments.of(HouseholdType.RURAL, true, Outcome.YES),
        Arguments.of(HouseholdType.URBAN, true, Outcome.NO),
        Arguments.of(HouseholdType.RURAL, false, Outcome.NO),
        Arguments.of(HouseholdType.RURAL, null, Outcome.UNDETERMINED),
        Arguments.of(null, true, Outcome.UNDETERMINED),
        Arguments.of(HouseholdType.URBAN, null, Outcome.NO));
  }

  @ParameterizedTest
  @MethodSource("ruralLabour")
  void ruralTransferLabour(HouseholdType household, Boolean transfer, Outcome expected) {
    Person p =
        person(
            b -> {
              if (household != null) {
                b.householdType(household);
              }
              if (transfer != null) {
                b.nonFarmTransfer(transfer);
              }
              return b;
            });
    assertThat(policy.personGroups(p, AS_OF).membership(PersonGroup.RURAL_TRANSFER_LABOUR))
        .isEqualTo(expected);
  }

  @Test
  void certifiedStatusesAreTakenAsGiven() {
    // 去产能安置职工: a certified status (人社部发〔2016〕32号), never derived (docs/adr/0003-policy-as-code.md,
    // "Groups")
    assertThat(
            membership(
                b -> b.overcapacityResettled(true), PersonGroup.OVERCAPACITY_RESETTLED_WORKER))
        .isEqualTo(Outcome.YES);
    assertThat(
            membership(
                b -> b.overcapacityResettled(false), PersonGroup.OVERCAPACITY_RESETTLED_WORKER))
        .isEqualTo(Outcome.NO);
    assertThat(membership(b -> b, PersonGroup.OVERCAPACITY_RESETTLED_WORKER))
        .isEqualTo(Outcome.UNDETERMINED);
    // 被征地人员
    assertThat(
            membership(
                b -> b.addLandExpropriationProjectId("P1"), PersonGroup.LAND_EXPROPRIATED_PERSON))
        .isEqualTo(Outcome.YES);
    assertThat(membership(b -> b.landExpropriated(true), PersonGroup.LAND_EXPROPRIATED_PERSON))
        .isEqualTo(Outcome.YES);
    assertThat(membership(b -> b.landExpropriated(false), PersonGroup.LAND_EXPROPRIATED_PERSON))
        .isEqualTo(Outcome.NO);
    assertThat(membership(b -> b, PersonGroup.LAND_EXPROPRIATED_PERSON))
        .isEqualTo(Outcome.UNDETERMINED);
  }

  private Outcome membership(UnaryOperator<Person.Builder> facts, PersonGroup group) {
    return policy.personGroups(person(facts), AS_OF).membership(group);
  }

  @Test
  void regionsMayAddGroupsToTheOpenList() {
    // "…去产能安置职工等重点群体": the list ends in 等
    LinkagePolicy withSoldiers = LinkagePolicy.builder().addPriorityGroup(RETIRED_SOLDIER).build();
    assertThat(withSoldiers.groups())
        .containsExactly(
            PersonGroup.COLLEGE_GRADUATE,
            PersonGroup.RURAL_TRANSFER_LABOUR,
            PersonGroup.OVERCAPACITY_RESETTLED_WORKER,
            RETIRED_SOLDIER,
            PersonGroup.LAND_EXPROPRIATED_PERSON,
            PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE);
    PersonGroups yes =
        withSoldiers.personGroups(person(b -> b.putCertification("RETIRED_SOLDIER", true)), AS_OF);
    assertThat(yes.membership(RETIRED_SOLDIER)).isEqualTo(Outcome.YES);
    assertThat(yes.outcome()).isEqualTo(Outcome.YES);
    PersonGroups unknown = withSoldiers.personGroups(person(b -> b), AS_OF);
    assertThat(unknown.decision(RETIRED_SOLDIER).missingFacts())
        .containsExactly(MissingFact.certification("RETIRED_SOLDIER"));
    assertThatThrownBy(() -> policy.personGroups(person(b -> b), AS_OF).decision(RETIRED_SOLDIER))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> LinkagePolicy.builder().addPriorityGroup(PersonGroup.COLLEGE_GRADUATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOverallOutcomeIsMembershipOfAPriorityGroup() {
    Person overcapacity = person(b -> b.overcapacityResettled(true));
    assertThat(policy.personGroups(overcapacity, AS_OF).outcome()).isEqualTo(Outcome.YES);
    assertThat(policy.personGroups(overcapacity, AS_OF).certainGroups())
        .containsExactly(PersonGroup.OVERCAPACITY_RESETTLED_WORKER);
    Person none =
        person(
            b ->
                b.education(Education.SENIOR_SECONDARY)
                    .householdType(HouseholdType.URBAN)
                    .overcapacityResettled(false));
    assertThat(policy.personGroups(none, AS_OF).outcome()).isEqualTo(Outcome.NO);
    // a 被征地人员 alone is not one of the 重点群体 of 二（五）
    Person landOnly =
        person(
            b ->
                b.education(Education.SENIOR_SECONDARY)
                    .householdType(HouseholdType.URBAN)
                    .overcapacityResettled(false)
                    .landExpropriated(true));
    assertThat(policy.personGroups(landOnly, AS_OF).outcome()).isEqualTo(Outcome.NO);
    // ... though certainly a member of that separately treated group (二（三）)
    assertThat(policy.personGroups(landOnly, AS_OF).certainGroups())
        .containsExactly(PersonGroup.LAND_EXPROPRIATED_PERSON);
    assertThat(policy.personGroups(landOnly, AS_OF).certainPriorityGroups()).isEmpty();
    assertThat(policy.personGroups(overcapacity, AS_OF).certainPriorityGroups())
        .containsExactly(PersonGroup.OVERCAPACITY_RESETTLED_WORKER);
    assertThat(policy.personGroups(person(b -> b), AS_OF).outcome())
        .isEqualTo(Outcome.UNDETERMINED);
    assertThat(policy.personGroups(overcapacity, d(2018, 7, 5)).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @Test
  void removingFactsNeverTurnsAnAnswerDefinite() {
    LinkagePolicy withSoldiers = LinkagePolicy.builder().addPriorityGroup(RETIRED_SOLDIER).build();
    qt().forAll(Generators.persons(), Generators.dates())
        .checkAssert(
            (p, d) -> {
              PersonGroups full = withSoldiers.personGroups(p, d);
              for (Person less : Generators.withFactsRemoved(p)) {
                PersonGroups fewer = withSoldiers.personGroups(less, d);
                Monotonicity.assertWeakening(full.outcome(), fewer.outcome());
                for (PersonGroup g : withSoldiers.groups()) {
                  Monotonicity.assertWeakening(full.membership(g), fewer.membership(g));
                }
              }
            });
  }

  @Test
  void equalInputsGiveEqualDecisions() {
    qt().forAll(Generators.persons(), Generators.dates())
        .checkAssert(
            (p, d) ->
                assertThat(policy.personGroups(Person.builder().from(p).build(), d))
                    .isEqualTo(policy.personGroups(p, d)));
  }

  @Test
  void everyGroupDecisionExplainsItself() {
    qt().forAll(Generators.persons(), Generators.dates())
        .checkAssert(
            (p, d) -> {
              for (GroupDecision g : policy.personGroups(p, d).decisions()) {
                assertThat(g.reasons()).isNotEmpty();
                assertThat(g.reasons()).extracting(Reason::clause).containsOnly(g.group().clause());
                assertThat(g.missingFacts().isEmpty())
                    .isEqualTo(g.outcome() != Outcome.UNDETERMINED);
              }
            });
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> policy.personGroups(null, AS_OF))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("person");
    assertThatThrownBy(() -> policy.personGroups(person(b -> b), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void groupOrderIsDocumented() {
    assertThat(policy.personGroups(person(b -> b), AS_OF).decisions())
        .extracting(GroupDecision::group)
        .containsExactlyElementsOf(
            List.of(
                PersonGroup.COLLEGE_GRADUATE,
                PersonGroup.RURAL_TRANSFER_LABOUR,
                PersonGroup.OVERCAPACITY_RESETTLED_WORKER,
                PersonGroup.LAND_EXPROPRIATED_PERSON,
                PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE));
  }
}
