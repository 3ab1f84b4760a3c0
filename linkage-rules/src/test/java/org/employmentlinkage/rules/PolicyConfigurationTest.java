package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;

/**
 * Regional parameters (all HYPOTHETICAL: no region is known to have set any, 瓦政办发〔2018〕66号 only
 * forwards the document): where each applies, how the builder checks them, and the parameters
 * version that records them.
 */
class PolicyConfigurationTest {
  private static final LocalDate D = LocalDate.of(2022, 3, 1);
  private static final Project IN_CHANGXING =
      Project.builder()
          .id("P1")
          .type(ProjectType.CONSTRUCTION)
          .totalInvestment(Money.parse("2亿元"))
          .location(Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND))
          .build();

  private static ScopeWidening widening(Region region, LocalDate from, String threshold) {
    return ScopeWidening.builder()
        .region(region)
        .effectiveFrom(from)
        .threshold(Money.parse(threshold))
        .source("HYPOTHETICAL test configuration")
        .build();
  }

  private static Optional<Period> liaison(LinkagePolicy policy, Project project) {
    Duty d = policy.obligations(ProjectEvent.constructionStarted(project, D)).duties().get(0);
    assertThat(d.code().name()).isEqualTo("PERIODIC_LIAISON");
    return d.recurrence();
  }

  @Test
  void theLiaisonPeriodOfThePilotZoneThenTheCountyThenTheCityApplies() {
    LinkagePolicy all =
        LinkagePolicy.builder()
            .liaisonPeriod(Region.CHANGXING_ISLAND, Period.ofMonths(1))
            .liaisonPeriod(Region.WAFANGDIAN, Period.ofMonths(2))
            .liaisonPeriod(Region.DALIAN, Period.ofMonths(6))
            .build();
    assertThat(liaison(all, IN_CHANGXING)).hasValue(Period.ofMonths(1));
    assertThat(
            liaison(
                all,
                Project.builder()
                    .from(IN_CHANGXING)
                    .location(Location.of(Region.WAFANGDIAN))
                    .build()))
        .hasValue(Period.ofMonths(2));
    assertThat(
            liaison(
                all,
                Project.builder()
                    .from(IN_CHANGXING)
                    .location(Location.of(Region.ZHUANGHE))
                    .build()))
        .hasValue(Period.ofMonths(6));
    LinkagePolicy countyOnly =
        LinkagePolicy.builder().liaisonPeriod(Region.WAFANGDIAN, Period.ofMonths(2)).build();
    assertThat(liaison(countyOnly, IN_CHANGXING)).hasValue(Period.ofMonths(2));
    assertThatThrownBy(
            () -> LinkagePolicy.builder().liaisonPeriod(Region.OUTSIDE_DALIAN, Period.ofMonths(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("liaisonPeriod");
    // issue 12 item 13: bounded before the work, as the settings file is
    LinkagePolicy.builder().liaisonPeriod(Region.WAFANGDIAN, Period.ofYears(10)).build();
    LinkagePolicy.builder().liaisonPeriod(Region.WAFANGDIAN, Period.of(9, 12, 0)).build();
    for (Period tooLong :
        List.of(Period.of(10, 0, 1), Period.ofMonths(121), Period.ofYears(Integer.MAX_VALUE))) {
      assertThatThrownBy(() -> LinkagePolicy.builder().liaisonPeriod(Region.WAFANGDIAN, tooLong))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most 10 years (P10Y)");
    }
  }

  @Test
  void aCustomGroupIsAddedOnce() {
    PersonGroup soldiers =
        PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers");
    LinkagePolicy.Builder b = LinkagePolicy.builder().addPriorityGroup(soldiers);
    assertThatThrownBy(
            () ->
                b.addPriorityGroup(
                    PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人（另一写法）", "veterans")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RETIRED_SOLDIER is already added");
    assertThat(b.build().groups()).contains(soldiers);
  }

  /**
   * The document's list of priority groups ends in "等": a region may add many. Each added group is
   * a certified status; a person certified for the last one is in a priority group.
   */
  @Test
  void manyAddedGroupsAreDecidedLikeOne() {
    LinkagePolicy.Builder b = LinkagePolicy.builder();
    List<PersonGroup> added = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      PersonGroup g = PersonGroup.customPriority("GROUP_" + i, "群体" + i, "group " + i);
      added.add(g);
      b.addPriorityGroup(g);
    }
    LinkagePolicy policy = b.build();
    Person certified =
        Person.builder()
            .id("A")
            .residence(Region.WAFANGDIAN)
            .putCertification("GROUP_16", true)
            .build();
    PersonGroups groups = policy.personGroups(certified, D);
    assertThat(groups.outcome()).isEqualTo(Outcome.YES);
    assertThat(groups.decisions()).hasSize(16 + 5);
    // asked twice, the same answer
    assertThat(policy.personGroups(certified, D)).isEqualTo(groups);
    Person unknown = Person.builder().id("B").build();
    PersonGroups open = policy.personGroups(unknown, D);
    assertThat(open.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(open.missingFacts()).contains(MissingFact.certification("GROUP_1"));
    assertThat(policy.groups()).containsSubsequence(added);
  }

  @Test
  void theParametersVersionIsADigestOfTheConfigurationNotOfItsOrder() {
    ScopeWidening wafangdian = widening(Region.WAFANGDIAN, LocalDate.of(2019, 1, 1), "5000万元");
    ScopeWidening zhuanghe = widening(Region.ZHUANGHE, LocalDate.of(2019, 1, 1), "5000万元");
    String ab =
        LinkagePolicy.builder()
            .addWidening(wafangdian)
            .addWidening(zhuanghe)
            .build()
            .versions()
            .parameters();
    String ba =
        LinkagePolicy.builder()
            .addWidening(zhuanghe)
            .addWidening(wafangdian)
            .build()
            .versions()
            .parameters();
    assertThat(ab).startsWith("sha256:").isEqualTo(ba);
    String lower =
        LinkagePolicy.builder()
            .addWidening(widening(Region.WAFANGDIAN, LocalDate.of(2019, 1, 1), "3000万元"))
            .addWidening(zhuanghe)
            .build()
            .versions()
            .parameters();
    assertThat(lower).isNotEqualTo(ab);
    SubsidySchedule one = SubsidyScheduleTest.hypothetical();
    SubsidySchedule other =
        SubsidySchedule.parse(
            "schedule: 瓦房店市职业培训补贴标准（假设示例）\nsource: HYPOTHETICAL\n"
                + "period: 2022-01-01..\ntraining: 焊工 | 五级 | 1200\n",
            "other.txt");
    String withOne =
        LinkagePolicy.builder()
            .subsidySchedule(Region.WAFANGDIAN, one)
            .build()
            .versions()
            .parameters();
    String withOther =
        LinkagePolicy.builder()
            .subsidySchedule(Region.WAFANGDIAN, other)
            .build()
            .versions()
            .parameters();
    assertThat(withOne).startsWith("sha256:").isNotEqualTo(withOther);
  }

  @Test
  void theServiceSpecialistIsPartOfTheParametersVersion() {
    String a =
        LinkagePolicy.builder()
            .serviceSpecialist(Region.WAFANGDIAN, "HYPOTHETICAL contact A")
            .build()
            .versions()
            .parameters();
    String b =
        LinkagePolicy.builder()
            .serviceSpecialist(Region.WAFANGDIAN, "HYPOTHETICAL contact B")
            .build()
            .versions()
            .parameters();
    assertThat(a).startsWith("sha256:").isNotEqualTo(b);
  }

  /**
   * A person in every group at once (a rural, non-farm, resettled, land-expropriated graduate of
   * the year), of unknown status for an added group: the added group alone is open.
   */
  @Test
  void aPersonInEveryGroupWithAnAddedGroupOpen() {
    PersonGroup soldiers =
        PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers");
    LinkagePolicy policy = LinkagePolicy.builder().addPriorityGroup(soldiers).build();
    Person everything =
        Person.builder()
            .id("A")
            .education(org.employmentlinkage.domain.Education.BACHELOR)
            .graduationDate(LocalDate.of(2022, 6, 30))
            .householdType(org.employmentlinkage.domain.HouseholdType.RURAL)
            .nonFarmTransfer(true)
            .overcapacityResettled(true)
            .landExpropriated(true)
            .build();
    for (Optional<Boolean> certified : List.of(Optional.<Boolean>empty(), Optional.of(false))) {
      Person p = Person.builder().from(everything).build();
      if (certified.isPresent()) {
        p = Person.builder().from(everything).putCertification("RETIRED_SOLDIER", false).build();
      }
      PersonGroups groups = policy.personGroups(p, D);
      assertThat(groups.outcome()).isEqualTo(Outcome.YES);
      for (GroupDecision g : groups.decisions()) {
        Outcome expected =
            g.group().equals(soldiers)
                ? (certified.isPresent() ? Outcome.NO : Outcome.UNDETERMINED)
                : Outcome.YES;
        assertThat(g.outcome()).as(g.group().id()).isEqualTo(expected);
      }
    }
  }

  @Test
  void aPolicyDescribesItselfByItsVersions() {
    LinkagePolicy policy = LinkagePolicy.builder().parametersVersion("label-1").build();
    assertThat(policy.toString()).contains(policy.versions().policy()).contains("label-1");
  }

  @Test
  void aWideningCannotEndBeforeItStarts() {
    assertThatThrownBy(
            () ->
                ScopeWidening.builder()
                    .region(Region.WAFANGDIAN)
                    .effectiveFrom(LocalDate.of(2020, 1, 1))
                    .effectiveUntil(LocalDate.of(2019, 12, 31))
                    .threshold(Money.parse("5000万元"))
                    .source("HYPOTHETICAL test configuration")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("effectiveUntil");
    ScopeWidening oneDay =
        ScopeWidening.builder()
            .region(Region.WAFANGDIAN)
            .effectiveFrom(LocalDate.of(2020, 1, 1))
            .effectiveUntil(LocalDate.of(2020, 1, 1))
            .threshold(Money.parse("5000万元"))
            .source("HYPOTHETICAL test configuration")
            .build();
    assertThat(oneDay.isInForceOn(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(oneDay.isInForceOn(LocalDate.of(2020, 1, 2))).isFalse();
    assertThat(oneDay.isInForceOn(LocalDate.of(2019, 12, 31))).isFalse();
  }

  @Test
  void localityAndSubsidyKindsHaveDistinctLabels() {
    // docs/adr/0003-policy-as-code.md, "Groups": "当地" by residence (default) or by household
    // registration (户籍).
    assertThat(Locality.RESIDENCE.zh()).isEqualTo("居住地");
    assertThat(Locality.HOUSEHOLD_REGISTRATION.zh()).contains("户籍");
    assertThat(Locality.RESIDENCE.en()).isEqualTo("residence");
    assertThat(Locality.HOUSEHOLD_REGISTRATION.en()).isEqualTo("household registration");
    // 三（七）: "按规定给予职业培训补贴和职业技能鉴定补贴"
    String words = org.employmentlinkage.policy.ClauseRef.SKILLS_TRAINING_PLAN.words();
    assertThat(words)
        .contains(SubsidyKind.VOCATIONAL_TRAINING_SUBSIDY.zh())
        .contains(SubsidyKind.SKILL_APPRAISAL_SUBSIDY.zh());
    Set<String> zh = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (SubsidyKind k : SubsidyKind.values()) {
      assertThat(k.zh()).contains("补贴");
      assertThat(k.en()).contains("subsidy");
      zh.add(k.zh());
      en.add(k.en());
    }
    assertThat(zh).hasSize(SubsidyKind.values().length);
    assertThat(en).hasSize(SubsidyKind.values().length);
  }

  // Subsidy schedules by region ------------------------------------------------------------------

  private static final String SCHEDULE_HEAD =
      "source: HYPOTHETICAL test data\nperiod: 2018-07-06..\n";

  private static SubsidySchedule priced(String name, String amount) {
    return SubsidySchedule.parse(
        "schedule: " + name + "\n" + SCHEDULE_HEAD + "training: 焊工 | 五级 | " + amount + "\n", name);
  }

  private static TrainingRecord welder(Optional<Region> region) {
    TrainingRecord.Builder b =
        TrainingRecord.builder()
            .id("T")
            .type(TrainingType.EMPLOYMENT_SKILLS)
            .passed(true)
            .occupation("焊工")
            .level(SkillLevel.JUNIOR_WORKER)
            .certificateDate(D);
    region.ifPresent(b::region);
    return b.build();
  }

  private static Optional<Money> amount(
      LinkagePolicy policy, TrainingRecord record, Optional<Project> project) {
    SubsidyDecision d = policy.subsidies(record, Person.builder().id("W").build(), project, D);
    return d.entitlements().get(0).amount();
  }

  /**
   * The record's region picks its schedule first; otherwise the project's pilot zone, then its
   * county-level unit, then the city's (LinkagePolicy.Builder#subsidySchedule).
   */
  @Test
  void theScheduleOfTheRecordsRegionThenPilotZoneThenCountyThenCityApplies() {
    LinkagePolicy policy =
        LinkagePolicy.builder()
            .subsidySchedule(Region.CHANGXING_ISLAND, priced("长兴岛（假设）", "1100"))
            .subsidySchedule(Region.WAFANGDIAN, priced("瓦房店（假设）", "1200"))
            .subsidySchedule(Region.ZHUANGHE, priced("庄河（假设）", "1300"))
            .subsidySchedule(Region.DALIAN, priced("大连（假设）", "1400"))
            .build();
    Optional<Project> changxing = Optional.of(IN_CHANGXING);
    Optional<Project> wafangdian =
        Optional.of(
            Project.builder().from(IN_CHANGXING).location(Location.of(Region.WAFANGDIAN)).build());
    Optional<Project> jinzhou =
        Optional.of(
            Project.builder().from(IN_CHANGXING).location(Location.of(Region.JINZHOU)).build());
    assertThat(amount(policy, welder(Optional.empty()), changxing)).hasValue(Money.parse("1100"));
    assertThat(amount(policy, welder(Optional.empty()), wafangdian)).hasValue(Money.parse("1200"));
    assertThat(amount(policy, welder(Optional.empty()), jinzhou)).hasValue(Money.parse("1400"));
    assertThat(amount(policy, welder(Optional.empty()), Optional.empty()))
        .hasValue(Money.parse("1400"));
    // the record's own region first, even for a project elsewhere; asked in turn on one policy
    assertThat(amount(policy, welder(Optional.of(Region.ZHUANGHE)), changxing))
        .hasValue(Money.parse("1300"));
    assertThat(amount(policy, welder(Optional.of(Region.WAFANGDIAN)), changxing))
        .hasValue(Money.parse("1200"));
    assertThat(amount(policy, welder(Optional.of(Region.CHANGXING_ISLAND)), changxing))
        .hasValue(Money.parse("1100"));
    // a region without a schedule of its own falls through to the project's
    assertThat(amount(policy, welder(Optional.of(Region.JINZHOU)), wafangdian))
        .hasValue(Money.parse("1200"));
  }

  @Test
  void aZeroUpliftIsNotAnUplift() {
    SubsidySchedule zero =
        SubsidySchedule.parse(
            "schedule: 零上浮（假设）\n" + SCHEDULE_HEAD + "shortage: 焊工 | 0%\ntraining: 焊工 | 五级 | 1000\n",
            "zero.txt");
    LinkagePolicy policy = LinkagePolicy.builder().subsidySchedule(Region.DALIAN, zero).build();
    SubsidyEntitlement e =
        policy
            .subsidies(
                welder(Optional.empty()), Person.builder().id("W").build(), Optional.empty(), D)
            .entitlements()
            .get(0);
    assertThat(e.amount()).hasValue(Money.parse("1000"));
    assertThat(e.amountBasis()).isEqualTo(AmountBasis.SCHEDULE);
  }
}
