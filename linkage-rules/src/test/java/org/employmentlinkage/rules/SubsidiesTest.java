package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingOrganiser;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * 三（七）: "对重大项目建设单位组织开展的在岗职工技能提升培训，按规定给予培训补贴。要将辖区内重大项目建设造成的被征地人员中有培训愿望的，全部纳入农村劳动力转移培训计划，
 * 组织开展职业培训，按规定给予职业培训补贴和职业技能鉴定补贴。" 三（八）: "培训合格的，根据培训职种、等级按相关政策规定给予培训补贴。"
 */
class SubsidiesTest {
  private static final LocalDate AS_OF = LocalDate.of(2022, 3, 1);
  private static final Project MAJOR = Fixtures.construction("P1", "1.5亿元", Region.WAFANGDIAN);
  private static final Project SMALL = Fixtures.construction("P2", "5000万元", Region.WAFANGDIAN);
  private static final Person WORKER = Person.builder().id("W").build();
  private static final Person EXPROPRIATED =
      Person.builder().id("W").landExpropriated(true).addLandExpropriationProjectId("P1").build();

  private final LinkagePolicy policy = Fixtures.freshDalian2018();
  private final LinkagePolicy scheduled =
      LinkagePolicy.builder()
          .subsidySchedule(Region.WAFANGDIAN, SubsidyScheduleTest.hypothetical())
          .build();

  private static TrainingRecord record(TrainingType type, UnaryOperator<TrainingRecord.Builder> f) {
    return f.apply(TrainingRecord.builder().id("T").type(type)).build();
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(rc -> rc.code().name()).toList();
  }

  @Test
  void inServiceTrainingByAMajorProjectEmployer() {
    TrainingRecord r =
        record(
            TrainingType.IN_SERVICE_SKILL_UPGRADING,
            b -> b.organiser(TrainingOrganiser.MAJOR_PROJECT_EMPLOYER));
    SubsidyDecision d = policy.subsidies(r, WORKER, MAJOR, AS_OF);
    assertThat(d.outcome()).isEqualTo(Outcome.YES);
    SubsidyEntitlement e = d.entitlement(SubsidyKind.IN_SERVICE_TRAINING_SUBSIDY).orElseThrow();
    assertThat(e.outcome()).isEqualTo(Outcome.YES);
    // 按规定 (财社〔2017〕164号, as read): paid after completion and a certificate, for in-service
    // training too
    assertThat(e.conditional()).isTrue();
    assertThat(e.amount()).isEmpty();
    assertThat(e.amountBasis()).isEqualTo(AmountBasis.PER_RULES);
    assertThat(codes(e.reasons()))
        .containsExactly(
            "SUBSIDY_IN_SERVICE_ELIGIBLE",
            "SUBSIDY_NOT_UNEMPLOYMENT_INSURANCE",
            "SUBSIDY_CONDITIONAL_ON_COMPLETION",
            "SUBSIDY_AMOUNT_PER_RULES");
    assertThat(e.reasons()).extracting(Reason::clause).containsOnly(ClauseRef.SKILLS_TRAINING_PLAN);
    // kept distinct from the unemployment-insurance 技能提升补贴 (人社部发〔2017〕40号)
    assertThat(e.reasons().get(1).zh()).contains("人社部发〔2017〕40号").contains("不是失业保险");
  }

  @Test
  void inServiceTrainingThatTheRuleDoesNotCover() {
    TrainingRecord byInstitution =
        record(
            TrainingType.IN_SERVICE_SKILL_UPGRADING,
            b -> b.organiser(TrainingOrganiser.TRAINING_INSTITUTION));
    assertThat(policy.subsidies(byInstitution, WORKER, MAJOR, AS_OF).outcome())
        .isEqualTo(Outcome.NO);
    TrainingRecord unknownOrganiser = record(TrainingType.IN_SERVICE_SKILL_UPGRADING, b -> b);
    SubsidyDecision u = policy.subsidies(unknownOrganiser, WORKER, MAJOR, AS_OF);
    assertThat(u.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(u.missingFacts()).containsExactly(MissingFact.TRAINING_ORGANISER);
    TrainingRecord byEmployer =
        record(
            TrainingType.IN_SERVICE_SKILL_UPGRADING,
            b -> b.organiser(TrainingOrganiser.MAJOR_PROJECT_EMPLOYER));
    SubsidyDecision small = policy.subsidies(byEmployer, WORKER, SMALL, AS_OF);
    assertThat(small.outcome()).isEqualTo(Outcome.NO);
    assertThat(codes(small.reasons())).startsWith("SUBSIDY_PROJECT_NOT_MAJOR");
    SubsidyDecision noProject = policy.subsidies(byEmployer, WORKER, Optional.empty(), AS_OF);
    assertThat(noProject.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(noProject.missingFacts()).containsExactly(MissingFact.TRAINING_PROJECT);
  }

  @Test
  void landExpropriatedPersonsWhoWantTrainingAreIncludedConditionally() {
    TrainingRecord willing =
        record(TrainingType.RURAL_LABOUR_TRANSFER, b -> b.willing(true).firstAppraisal(true));
    SubsidyDecision d = policy.subsidies(willing, EXPROPRIATED, MAJOR, AS_OF);
    assertThat(d.outcome()).isEqualTo(Outcome.YES);
    SubsidyEntitlement training =
        d.entitlement(SubsidyKind.VOCATIONAL_TRAINING_SUBSIDY).orElseThrow();
    SubsidyEntitlement appraisal = d.entitlement(SubsidyKind.SKILL_APPRAISAL_SUBSIDY).orElseThrow();
    assertThat(training.outcome()).isEqualTo(Outcome.YES);
    assertThat(training.conditional()).isTrue();
    assertThat(codes(training.reasons())).contains("SUBSIDY_CONDITIONAL_ON_COMPLETION");
    assertThat(appraisal.conditional()).isTrue();
    assertThat(codes(appraisal.reasons())).contains("SUBSIDY_APPRAISAL_CONDITIONAL");
    Duty plan = d.duties().get(0);
    assertThat(plan.code().name()).isEqualTo("TRANSFER_TRAINING_PLAN");
    assertThat(plan.zh()).contains("全部纳入农村劳动力转移培训计划");
    assertThat(plan.performers())
        .containsExactly(Performer.of(PerformerRole.HR_DEPARTMENT, Region.WAFANGDIAN));

    TrainingRecord done =
        record(
            TrainingType.RURAL_LABOUR_TRANSFER,
            b ->
                b.willing(true)
                    .completed(true)
                    .firstAppraisal(true)
                    .certificateDate(LocalDate.of(2022, 2, 1)));
    SubsidyDecision paid = policy.subsidies(done, EXPROPRIATED, MAJOR, AS_OF);
    assertThat(paid.entitlements()).allMatch(e -> !e.conditional());
    assertThat(paid.entitlements())
        .allMatch(e -> codes(e.reasons()).contains("SUBSIDY_CONDITIONS_MET"));
  }

  @Test
  void landExpropriatedPersonsWhoDoNotQualify() {
    TrainingRecord unwilling = record(TrainingType.RURAL_LABOUR_TRANSFER, b -> b.willing(false));
    SubsidyDecision no = policy.subsidies(unwilling, EXPROPRIATED, MAJOR, AS_OF);
    assertThat(no.outcome()).isEqualTo(Outcome.NO);
    assertThat(no.duties()).isEmpty();
    TrainingRecord willing = record(TrainingType.RURAL_LABOUR_TRANSFER, b -> b.willing(true));
    Person notExpropriated = Person.builder().id("W").landExpropriated(false).build();
    assertThat(policy.subsidies(willing, notExpropriated, MAJOR, AS_OF).outcome())
        .isEqualTo(Outcome.NO);
    Person whichProject = Person.builder().id("W").landExpropriated(true).build();
    SubsidyDecision u = policy.subsidies(willing, whichProject, MAJOR, AS_OF);
    assertThat(u.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(u.missingFacts())
        .containsExactly(
            MissingFact.PERSON_LAND_EXPROPRIATED_FOR_PROJECT, MissingFact.TRAINING_FIRST_APPRAISAL);
    TrainingRecord unknown = record(TrainingType.RURAL_LABOUR_TRANSFER, b -> b);
    assertThat(policy.subsidies(unknown, EXPROPRIATED, MAJOR, AS_OF).missingFacts())
        .containsExactly(MissingFact.TRAINING_WILLING, MissingFact.TRAINING_FIRST_APPRAISAL);
    assertThat(policy.subsidies(willing, EXPROPRIATED, SMALL, AS_OF).outcome())
        .isEqualTo(Outcome.NO);
  }

  @Test
  void passedTrainingIsSubsidisedByOccupationAndLevel() {
    for (TrainingType t :
        List.of(
            TrainingType.EMPLOYMENT_SKILLS,
            TrainingType.LABOUR_PREPARATION,
            TrainingType.ENTERPRISE_POST_SKILLS)) {
      assertThat(
              policy
                  .subsidies(record(t, b -> b.passed(true)), WORKER, Optional.empty(), AS_OF)
                  .outcome())
          .isEqualTo(Outcome.YES);
      assertThat(
              policy
                  .subsidies(record(t, b -> b.passed(false)), WORKER, Optional.empty(), AS_OF)
                  .outcome())
          .isEqualTo(Outcome.NO);
      SubsidyDecision u = policy.subsidies(record(t, b -> b), WORKER, Optional.empty(), AS_OF);
      assertThat(u.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(u.missingFacts()).containsExactly(MissingFact.TRAINING_PASSED);
    }
  }

  @Test
  void amountsComeFromTheRegionsSchedule() {
    // hypothetical schedule: 焊工 五级 1000, shortage +30% from 2022 (worked out in
    // SubsidyScheduleTest)
    TrainingRecord welder =
        record(
            TrainingType.EMPLOYMENT_SKILLS,
            b ->
                b.passed(true)
                    .occupation("焊工")
                    .level(SkillLevel.JUNIOR_WORKER)
                    .region(Region.WAFANGDIAN)
                    .certificateDate(LocalDate.of(2022, 3, 1)));
    SubsidyEntitlement e =
        scheduled.subsidies(welder, WORKER, Optional.empty(), AS_OF).entitlements().get(0);
    assertThat(e.amount()).hasValue(Money.parse("1300.00"));
    assertThat(e.amountBasis()).isEqualTo(AmountBasis.SCHEDULE_WITH_SHORTAGE_UPLIFT);
    assertThat(codes(e.reasons()))
        .containsExactly(
            "SUBSIDY_PASSED_ELIGIBLE",
            "SUBSIDY_CONDITIONS_MET",
            "SUBSIDY_AMOUNT_FROM_SCHEDULE",
            "SUBSIDY_AMOUNT_SHORTAGE_UPLIFT");

    TrainingRecord welder2020 =
        TrainingRecord.builder().from(welder).certificateDate(LocalDate.of(2020, 5, 1)).build();
    SubsidyEntitlement e2020 =
        scheduled.subsidies(welder2020, WORKER, Optional.empty(), AS_OF).entitlements().get(0);
    assertThat(e2020.amount()).hasValue(Money.parse("1000.00"));
    assertThat(e2020.amountBasis()).isEqualTo(AmountBasis.SCHEDULE);

    TrainingRecord fitter2020 = TrainingRecord.builder().from(welder2020).occupation("钳工").build();
    assertThat(
            scheduled
                .subsidies(fitter2020, WORKER, Optional.empty(), AS_OF)
                .entitlements()
                .get(0)
                .amountBasis())
        .isEqualTo(AmountBasis.NOT_IN_SCHEDULE);

    TrainingRecord noOccupation =
        TrainingRecord.builder().from(welder).occupation(Optional.empty()).build();
    SubsidyEntitlement missing =
        scheduled.subsidies(noOccupation, WORKER, Optional.empty(), AS_OF).entitlements().get(0);
    assertThat(missing.outcome()).isEqualTo(Outcome.YES);
    assertThat(missing.amountBasis()).isEqualTo(AmountBasis.FACTS_MISSING);
    assertThat(missing.missingFacts()).containsExactly(MissingFact.TRAINING_OCCUPATION);

    // another region without its own schedule: "amount per schedule"
    TrainingRecord zhuanghe = TrainingRecord.builder().from(welder).region(Region.ZHUANGHE).build();
    assertThat(
            scheduled
                .subsidies(zhuanghe, WORKER, Optional.empty(), AS_OF)
                .entitlements()
                .get(0)
                .amountBasis())
        .isEqualTo(AmountBasis.PER_RULES);
    // a city-wide schedule applies to every region without its own
    LinkagePolicy cityWide =
        LinkagePolicy.builder()
            .subsidySchedule(Region.DALIAN, SubsidyScheduleTest.hypothetical())
            .build();
    assertThat(
            cityWide
                .subsidies(zhuanghe, WORKER, Optional.empty(), AS_OF)
                .entitlements()
                .get(0)
                .amount())
        .hasValue(Money.parse("1300.00"));
  }

  @Test
  void otherTrainingAndDatesOutsideTheWindow() {
    SubsidyDecision other =
        policy.subsidies(record(TrainingType.OTHER, b -> b.passed(true)), WORKER, MAJOR, AS_OF);
    // 三（八） lists "…企业职工岗位技能培训等项目": an open list, so another training is not a firm no
    assertThat(other.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(codes(other.reasons())).containsExactly("SUBSIDY_TYPE_NOT_LISTED");
    assertThat(other.missingFacts()).containsExactly(MissingFact.TRAINING_TYPE);
    assertThat(
            policy
                .subsidies(
                    record(TrainingType.EMPLOYMENT_SKILLS, b -> b.passed(true)),
                    WORKER,
                    MAJOR,
                    LocalDate.of(2018, 7, 5))
                .outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
  }

  /**
   * An answer for a date before the policy took effect (2018-07-06) is not reused for a date it is
   * in force on: 三（八） "培训合格的…给予培训补贴" still applies then, on a fresh policy asked in that order,
   * with and without a project.
   */
  @Test
  void aNotInForceAnswerIsNotReusedForADateInForce() {
    LinkagePolicy fresh = Fixtures.freshDalian2018();
    TrainingRecord passed = record(TrainingType.EMPLOYMENT_SKILLS, b -> b.passed(true));
    LocalDate before = LocalDate.of(2018, 7, 5);
    assertThat(fresh.subsidies(passed, WORKER, Optional.empty(), before).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(fresh.subsidies(passed, WORKER, Optional.empty(), AS_OF).outcome())
        .isEqualTo(Outcome.YES);
    assertThat(fresh.subsidies(passed, WORKER, MAJOR, before).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(fresh.subsidies(passed, WORKER, MAJOR, AS_OF).outcome()).isEqualTo(Outcome.YES);
  }

  /**
   * 三（七）: in-service training organised by the employer of a major project is subsidised; with no
   * project given, which project it was is missing. The project (1.5亿元, construction, 一（一）) is
   * located only by its pilot zone 金普新区 while the hypothetical Wafangdian widening of a county is
   * in force, so its county-level unit is open; the record names the same pilot zone. Asked in both
   * orders on fresh policies, neither answer is given for the other.
   */
  @Test
  void aProjectLocatedOnlyByItsPilotZoneIsNotConfusedWithNoProject() {
    Project jinpu =
        Project.builder()
            .id("P-JP")
            .type(org.employmentlinkage.domain.ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("1.5亿元"))
            .location(org.employmentlinkage.region.Location.of(Region.JINPU_NEW_AREA))
            .build();
    TrainingRecord byEmployer =
        record(
            TrainingType.IN_SERVICE_SKILL_UPGRADING,
            b ->
                b.organiser(TrainingOrganiser.MAJOR_PROJECT_EMPLOYER)
                    .region(Region.JINPU_NEW_AREA));
    for (boolean projectFirst : List.of(true, false)) {
      LinkagePolicy fresh = Fixtures.hypotheticalWafangdianPolicy();
      List<SubsidyDecision> answers = new ArrayList<>();
      for (boolean withProject : List.of(projectFirst, !projectFirst)) {
        answers.add(
            withProject
                ? fresh.subsidies(byEmployer, WORKER, jinpu, AS_OF)
                : fresh.subsidies(byEmployer, WORKER, Optional.empty(), AS_OF));
      }
      SubsidyDecision withJinpu = answers.get(projectFirst ? 0 : 1);
      SubsidyDecision without = answers.get(projectFirst ? 1 : 0);
      assertThat(withJinpu.outcome()).as("project first: %s", projectFirst).isEqualTo(Outcome.YES);
      assertThat(without.outcome())
          .as("project first: %s", projectFirst)
          .isEqualTo(Outcome.UNDETERMINED);
      assertThat(without.missingFacts()).containsExactly(MissingFact.TRAINING_PROJECT);
    }
  }

  /**
   * Answers do not depend on what was asked before. A hypothetical Wafangdian widening that only
   * designates projects (not P-D); project P-D, of unknown type and investment, in Wafangdian, so
   * its scope is undetermined (一（一）). In-service training organised by the employer: with P-D it is
   * undetermined with the scope's missing facts, with no project it is undetermined for want of the
   * project (三（七）). For every region named on the record, the answer without a project is the same
   * whether P-D was asked about first or not.
   */
  @Test
  void answersWithoutAProjectDoNotDependOnAnEarlierQuestionWithOne() {
    ScopeWidening designationOnly =
        ScopeWidening.builder()
            .region(Region.WAFANGDIAN)
            .effectiveFrom(LocalDate.of(2019, 1, 1))
            .addDesignatedProjectId("WFD-DESIGNATED")
            .source(Fixtures.HYPOTHETICAL)
            .build();
    Project undetermined =
        Project.builder()
            .id("P-D")
            .location(org.employmentlinkage.region.Location.of(Region.WAFANGDIAN))
            .build();
    for (Region region : Region.values()) {
      TrainingRecord byEmployer =
          record(
              TrainingType.IN_SERVICE_SKILL_UPGRADING,
              b -> b.organiser(TrainingOrganiser.MAJOR_PROJECT_EMPLOYER).region(region));
      LinkagePolicy fresh = LinkagePolicy.builder().addWidening(designationOnly).build();
      SubsidyDecision withProject = fresh.subsidies(byEmployer, WORKER, undetermined, AS_OF);
      assertThat(withProject.outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(withProject.missingFacts())
          .contains(MissingFact.PROJECT_TYPE, MissingFact.PROJECT_TOTAL_INVESTMENT);
      SubsidyDecision without = fresh.subsidies(byEmployer, WORKER, Optional.empty(), AS_OF);
      assertThat(without.outcome()).as("region %s", region).isEqualTo(Outcome.UNDETERMINED);
      assertThat(without.missingFacts())
          .as("region %s", region)
          .containsExactly(MissingFact.TRAINING_PROJECT);
    }
  }

  @Test
  void badInputIsRejected() {
    // The record no longer names its trainee, so it cannot name another person than the one given.
    TrainingRecord someoneElse =
        TrainingRecord.builder().id("T").type(TrainingType.EMPLOYMENT_SKILLS).build();
    assertThatThrownBy(() -> policy.subsidies(null, WORKER, MAJOR, AS_OF))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("record");
    assertThatThrownBy(() -> policy.subsidies(someoneElse, WORKER, (Project) null, AS_OF))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("project");
  }

  static Gen<TrainingRecord> records() {
    Gen<TrainingType> types = Generate.enumValues(TrainingType.class);
    Gen<TrainingOrganiser> organisers = Generate.enumValues(TrainingOrganiser.class);
    Gen<Boolean> bools = Generate.booleans();
    Gen<SkillLevel> levels = Generate.enumValues(SkillLevel.class);
    Gen<String> occupations = Generate.pick(List.of("焊工", "电工", "钳工"));
    Gen<Region> regions = Generate.pick(List.of(Region.WAFANGDIAN, Region.ZHUANGHE));
    return in -> {
      TrainingRecord.Builder b = TrainingRecord.builder().id("T").type(types.generate(in));
      Generators.maybe(in, organisers).ifPresent(b::organiser);
      Generators.maybe(in, occupations).ifPresent(b::occupation);
      Generators.maybe(in, levels).ifPresent(b::level);
      Generators.maybe(in, regions).ifPresent(b::region);
      Generators.maybe(in, bools).ifPresent(b::willing);
      Optional<Boolean> completed = Generators.maybe(in, bools);
      completed.ifPresent(b::completed);
      if (!completed.equals(Optional.of(false))) {
        Generators.maybe(in, bools).ifPresent(b::passed);
      }
      Optional<Boolean> certified = Generators.maybe(in, bools);
      certified.ifPresent(b::certified);
      if (!certified.equals(Optional.of(false))) {
        Generators.maybe(in, Generators.dates()).ifPresent(b::certificateDate);
      }
      return b.build();
    };
  }

  static List<TrainingRecord> withFactsRemoved(TrainingRecord r) {
    List<TrainingRecord> list = new ArrayList<>();
    list.add(TrainingRecord.builder().from(r).organiser(Optional.empty()).build());
    list.add(TrainingRecord.builder().from(r).willing(Fact.UNKNOWN).build());
    list.add(TrainingRecord.builder().from(r).passed(Fact.UNKNOWN).build());
    list.add(TrainingRecord.builder().from(r).completed(Fact.UNKNOWN).build());
    list.add(
        TrainingRecord.builder()
            .from(r)
            .occupation(Optional.empty())
            .level(Optional.empty())
            .build());
    return list;
  }

  @Test
  void removingFactsNeverTurnsAnAnswerDefinite() {
    qt().forAll(records(), Generators.persons(), Generators.projects(), Generators.dates())
        .checkAssert(
            (r, p, project, d) -> {
              Person person = Person.builder().from(p).id("A").build();
              for (LinkagePolicy pol : List.of(policy, scheduled)) {
                Outcome full = pol.subsidies(r, person, project, d).outcome();
                for (TrainingRecord less : withFactsRemoved(r)) {
                  Monotonicity.assertWeakening(
                      full, pol.subsidies(less, person, project, d).outcome());
                }
                for (Person lessP : Generators.withFactsRemoved(person)) {
                  Monotonicity.assertWeakening(full, pol.subsidies(r, lessP, project, d).outcome());
                }
                for (Project lessProject : Generators.withFactsRemoved(project)) {
                  Monotonicity.assertWeakening(
                      full, pol.subsidies(r, person, lessProject, d).outcome());
                }
                Monotonicity.assertWeakening(
                    full, pol.subsidies(r, person, Optional.empty(), d).outcome());
              }
            });
  }

  private static LinkagePolicy withSchedule() {
    return LinkagePolicy.builder()
        .subsidySchedule(Region.WAFANGDIAN, SubsidyScheduleTest.hypothetical())
        .build();
  }

  @Test
  void sharedDecisionsEqualFreshlyComputedOnes() {
    // the policy caches decisions that need no schedule by the facts they depend on; a key that
    // missed a fact would hand one input's decision to another
    LinkagePolicy warmed = LinkagePolicy.builder().build();
    qt().withExamples(300)
        .forAll(records(), Generators.persons(), Generators.projects(), Generators.dates())
        .checkAssert(
            (r, p, project, d) -> {
              Person person = Person.builder().from(p).id("A").build();
              SubsidyDecision shared = warmed.subsidies(r, person, project, d);
              SubsidyDecision fresh =
                  LinkagePolicy.builder().build().subsidies(r, person, project, d);
              assertThat(shared).isEqualTo(fresh);
            });
  }

  private record Query(TrainingRecord record, Person person, Optional<Project> project) {}

  private static <T> List<Optional<T>> maybe(List<T> values) {
    List<Optional<T>> list = new ArrayList<>();
    list.add(Optional.empty());
    values.forEach(v -> list.add(Optional.of(v)));
    return list;
  }

  /**
   * Every combination of the facts a subsidy decision depends on, over small domains: type,
   * organiser, willingness, completion, passing, certificate, region, the person's land facts and
   * the project (none, major, below 1亿元, of unknown type). Combinations a record rejects are left
   * out.
   */
  private static List<Query> everyCombination() {
    Project unknownType =
        Project.builder()
            .id("P1")
            .totalInvestment(Money.parse("2亿元"))
            .location(org.employmentlinkage.region.Location.of(Region.WAFANGDIAN))
            .build();
    List<Optional<Project>> projects = maybe(List.of(MAJOR, SMALL, unknownType));
    List<Person> persons =
        List.of(
            Person.builder().id("W").landExpropriated(false).build(),
            EXPROPRIATED,
            Person.builder()
                .id("W")
                .landExpropriated(true)
                .addLandExpropriationProjectId("P9")
                .build(),
            WORKER);
    List<Optional<Boolean>> tri = maybe(List.of(true, false));
    List<Query> queries = new ArrayList<>();
    for (TrainingType type : TrainingType.values()) {
      for (Optional<TrainingOrganiser> organiser :
          maybe(List.of(TrainingOrganiser.MAJOR_PROJECT_EMPLOYER, TrainingOrganiser.OTHER))) {
        for (Optional<Boolean> willing : tri) {
          for (Optional<Boolean> completed : tri) {
            for (Optional<Boolean> passed : tri) {
              for (Optional<Boolean> certified : tri) {
                // 中山区 and 瓦房店市: the first and a middle region code
                for (Optional<Region> region :
                    maybe(List.of(Region.ZHONGSHAN, Region.WAFANGDIAN))) {
                  if (completed.equals(Optional.of(false)) && passed.equals(Optional.of(true))) {
                    continue;
                  }
                  TrainingRecord.Builder b = TrainingRecord.builder().id("T").type(type);
                  organiser.ifPresent(b::organiser);
                  willing.ifPresent(b::willing);
                  completed.ifPresent(b::completed);
                  passed.ifPresent(b::passed);
                  certified.ifPresent(b::certified);
                  region.ifPresent(b::region);
                  TrainingRecord r = b.build();
                  for (Person person : persons) {
                    for (Optional<Project> project : projects) {
                      queries.add(new Query(r, person, project));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return queries;
  }

  /**
   * Decisions are cached by the facts they depend on: two policies built alike, one asked every
   * combination in one order and the other in the reverse order, must give the same answers, which
   * fails if a cache key confuses two combinations whose decisions differ.
   */
  @Test
  void theOrderOfQuestionsDoesNotChangeTheAnswers() {
    List<Query> queries = everyCombination();
    assertThat(queries).hasSizeGreaterThan(10_000);
    LinkagePolicy forward = Fixtures.freshDalian2018();
    LinkagePolicy backward = Fixtures.freshDalian2018();
    List<SubsidyDecision> first = new ArrayList<>();
    for (Query q : queries) {
      first.add(forward.subsidies(q.record(), q.person(), q.project(), AS_OF));
    }
    for (int i = queries.size() - 1; i >= 0; i--) {
      Query q = queries.get(i);
      assertThat(backward.subsidies(q.record(), q.person(), q.project(), AS_OF))
          .as("%s", q)
          .isEqualTo(first.get(i));
    }
  }

  /**
   * The same with a schedule: decisions that carry an amount are cached by the facts, the schedule
   * period and the occupation and level, and the schedule itself is chosen per record.
   */
  @Test
  void theOrderOfQuestionsDoesNotChangeScheduledAnswers() {
    List<Query> queries = new ArrayList<>();
    for (TrainingType type :
        List.of(TrainingType.EMPLOYMENT_SKILLS, TrainingType.RURAL_LABOUR_TRANSFER)) {
      for (Optional<String> occupation : maybe(List.of("焊工", "电工", "钳工"))) {
        for (Optional<SkillLevel> level :
            maybe(List.of(SkillLevel.JUNIOR_WORKER, SkillLevel.INTERMEDIATE_WORKER))) {
          for (Optional<LocalDate> certificate :
              maybe(List.of(LocalDate.of(2020, 5, 1), LocalDate.of(2022, 3, 1)))) {
            for (Optional<Region> region : maybe(List.of(Region.WAFANGDIAN, Region.ZHUANGHE))) {
              TrainingRecord.Builder b =
                  TrainingRecord.builder()
                      .id("T")
                      .type(type)
                      .passed(true)
                      .willing(true)
                      .completed(true);
              occupation.ifPresent(b::occupation);
              level.ifPresent(b::level);
              certificate.ifPresent(b::certificateDate);
              region.ifPresent(b::region);
              TrainingRecord r = b.build();
              for (Optional<Project> project : maybe(List.of(MAJOR, SMALL))) {
                queries.add(new Query(r, EXPROPRIATED, project));
              }
            }
          }
        }
      }
    }
    LinkagePolicy forward = scheduledPolicy();
    LinkagePolicy backward = scheduledPolicy();
    List<SubsidyDecision> first = new ArrayList<>();
    for (Query q : queries) {
      first.add(forward.subsidies(q.record(), q.person(), q.project(), AS_OF));
    }
    for (int i = queries.size() - 1; i >= 0; i--) {
      Query q = queries.get(i);
      assertThat(backward.subsidies(q.record(), q.person(), q.project(), AS_OF))
          .as("%s", q)
          .isEqualTo(first.get(i));
    }
  }

  private static LinkagePolicy scheduledPolicy() {
    return LinkagePolicy.builder()
        .subsidySchedule(Region.WAFANGDIAN, SubsidyScheduleTest.hypothetical())
        .subsidySchedule(
            Region.ZHUANGHE,
            SubsidySchedule.parse(
                "schedule: 庄河（假设）\nsource: HYPOTHETICAL test data\nperiod: 2018-07-06..\n"
                    + "training: 焊工 | 五级 | 1100\nappraisal: 焊工 | 五级 | 160\n",
                "zhuanghe.txt"))
        .build();
  }
}
