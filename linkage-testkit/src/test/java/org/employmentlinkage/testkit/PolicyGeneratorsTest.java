package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.rules.ScopeBasis;
import org.junit.jupiter.api.Test;

/**
 * The domain generators reproduce from a seed, draw valid values of every kind, and reach the edges
 * their javadoc promises as often as it says. Expected shares come from the documented weights
 * (e.g. an optional fact is missing with probability 1 − 0.8); the checks allow a margin of several
 * standard deviations, and every edge is classified here independently of the generators (from the
 * calendar's answers, the policy's configuration and the values themselves).
 */
class PolicyGeneratorsTest {
  private static final PolicyGenerators SHIPPED = PolicyGenerators.of(TestPolicies.shipped());
  private static final PolicyGenerators WAFANGDIAN = PolicyGenerators.of(TestPolicies.wafangdian());
  private static final int N = 20_000;

  private static <T> double share(List<T> values, Predicate<? super T> p) {
    return values.stream().filter(p).count() / (double) values.size();
  }

  @Test
  void reproducibleFromASeed() {
    for (Generator<?> g :
        List.of(
            SHIPPED.projects(),
            SHIPPED.persons(),
            SHIPPED.events(),
            SHIPPED.questions(),
            WAFANGDIAN.recruitmentQuestions(),
            WAFANGDIAN.subsidyQuestions())) {
      assertThat(g.sample(42, 300)).isEqualTo(g.sample(42, 300)).isNotEqualTo(g.sample(43, 300));
    }
    // A new PolicyGenerators for an equal policy draws the same values.
    assertThat(PolicyGenerators.of(TestPolicies.wafangdian()).questions().sample(7, 300))
        .isEqualTo(WAFANGDIAN.questions().sample(7, 300));
  }

  @Test
  void thresholdsAndDatesAreReadFromThePolicy() {
    assertThat(SHIPPED.thresholds()).containsExactly(Money.parse("1亿元"));
    assertThat(WAFANGDIAN.thresholds())
        .containsExactly(Money.parse("30000000.01"), Money.parse("5000万元"), Money.parse("1亿元"));
    // 2018-07-06: 大政办发〔2018〕83号 is dated 2018-07-06, no 施行日期; 2018-07-31: 瓦政办发〔2018〕66号.
    assertThat(SHIPPED.policyDates())
        .containsExactly(
            LocalDate.of(2018, 7, 5),
            LocalDate.of(2018, 7, 6),
            LocalDate.of(2018, 7, 7),
            LocalDate.of(2018, 7, 30),
            LocalDate.of(2018, 7, 31),
            LocalDate.of(2018, 8, 1));
    // The hypothetical widenings' first and last days (TestPolicies.wafangdian()), ± 1 day.
    assertThat(WAFANGDIAN.policyDates())
        .contains(
            LocalDate.of(2018, 12, 31),
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 1, 2),
            LocalDate.of(2019, 12, 31),
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2024, 12, 30),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 1, 1))
        .hasSize(6 + 9);
    assertThat(SHIPPED.policy().toString()).isEqualTo(TestPolicies.shipped().toString());
    assertThat(SHIPPED.calendarGenerators().calendar()).isSameAs(ChinaCalendars.official());
  }

  /**
   * Half the draws are edge amounts, uniformly among 0, Money.MAX and each threshold ± 0.01元: 11
   * edges for the Wafangdian configuration, about 4.5 % each.
   */
  @Test
  void amountsFavourEveryConfiguredThresholdAndItsNeighbours() {
    List<Money> amounts = WAFANGDIAN.amounts().sample(1, N);
    for (Money t : WAFANGDIAN.thresholds()) {
      for (Money edge : List.of(t.minus(Money.ofFen(1)), t, t.plus(Money.ofFen(1)))) {
        assertThat(share(amounts, edge::equals)).as("share of %s", edge).isBetween(0.035, 0.056);
      }
    }
  }

  /**
   * dates(): 2/10 policy dates (6 for the shipped policy, so 2018-07-05..07 about 10 %), 1/10 the
   * last 60 covered days, 1/20 after and 1/20 before the coverage.
   */
  @Test
  void datesFavourTheValidityStartTheCoverageEndAndBeyond() {
    DateRange coverage = ChinaCalendars.official().coverage();
    List<LocalDate> dates = SHIPPED.dates().sample(2, N);
    assertThat(
            share(
                dates,
                d -> !d.isBefore(LocalDate.of(2018, 7, 5)) && !d.isAfter(LocalDate.of(2018, 7, 7))))
        .isBetween(0.09, 0.12);
    assertThat(share(dates, d -> d.isAfter(coverage.last()))).isBetween(0.04, 0.06);
    assertThat(share(dates, d -> d.isBefore(coverage.first()))).isBetween(0.04, 0.06);
    assertThat(
            share(dates, d -> coverage.contains(d) && !d.isBefore(coverage.last().minusDays(60))))
        .isBetween(0.09, 0.13);
    // Year ends (December 29 to January 3): in the edge half of the 6/10 calendar draws, the
    // YEAR_END class (1/7 of the official calendar's seven classes) and the COVERAGE_BOUNDARY class
    // (2018-01-01, 2018-01-02, 2026-12-31: all year ends, 1/7), plus the 元旦 share of the holiday
    // eve, block and after classes (about 1/7 x 0.4): about 0.3 x 0.34 = 10 %, and about 1 % more
    // from uniform, near-end and outside dates.
    assertThat(
            share(
                dates,
                d ->
                    (d.getMonthValue() == 12 && d.getDayOfMonth() >= 29)
                        || (d.getMonthValue() == 1 && d.getDayOfMonth() <= 3)))
        .isBetween(0.08, 0.14);
    assertThat(dates).allMatch(d -> !d.isAfter(coverage.last().plusDays(400)));
    assertThat(dates).allMatch(d -> !d.isBefore(coverage.first().minusDays(400)));
  }

  /**
   * Land-notice triggers hit the eve of every holiday block, a day inside every block and every
   * make-up working weekend of the official calendar (classified here from dayKind).
   */
  @Test
  void landNoticeTriggersHitEveryHolidayEveEveryBlockAndEveryMakeupDay() {
    WorkingDayCalendar cal = ChinaCalendars.official();
    List<LocalDate> days = cal.coverage().days().toList();
    List<LocalDate> eves = new ArrayList<>();
    List<List<LocalDate>> blocks = new ArrayList<>();
    List<LocalDate> makeup = new ArrayList<>();
    List<LocalDate> run = new ArrayList<>();
    boolean holiday = false;
    for (LocalDate d : days) {
      DayKind k = cal.dayKind(d);
      if (k == DayKind.MAKEUP_WORKDAY) {
        makeup.add(d);
      }
      if (!k.isWorkingDay()) {
        run.add(d);
        holiday |= k == DayKind.HOLIDAY;
        continue;
      }
      if (holiday) {
        blocks.add(List.copyOf(run));
        LocalDate eve = run.get(0).minusDays(1);
        if (cal.coverage().contains(eve)) {
          eves.add(eve);
        }
      }
      run.clear();
      holiday = false;
    }
    assertThat(eves).hasSizeGreaterThan(50);
    assertThat(makeup).hasSizeGreaterThan(30);
    Set<LocalDate> triggers = new HashSet<>();
    for (ProjectEvent e :
        SHIPPED.events(ProjectEventKind.LAND_EXPROPRIATION_NOTICE).sample(3, 30_000)) {
      triggers.add(e.date());
    }
    assertThat(triggers).containsAll(eves).containsAll(makeup);
    for (List<LocalDate> block : blocks) {
      assertThat(block).as("a trigger inside %s", block).anyMatch(triggers::contains);
    }
  }

  @Test
  void locationsTakeEveryRegionEveryShapeAndSometimesAStreet() {
    List<Location> locations = SHIPPED.locations().sample(4, N);
    Set<Region> counties = EnumSet.noneOf(Region.class);
    Set<Region> zones = EnumSet.noneOf(Region.class);
    for (Location l : locations) {
      l.countyLevelUnit().ifPresent(counties::add);
      l.pilotZone().ifPresent(zones::add);
    }
    assertThat(counties).containsExactlyInAnyOrderElementsOf(Region.countyLevelUnits());
    assertThat(zones).containsExactlyInAnyOrderElementsOf(Region.pilotZones());
    assertThat(share(locations, l -> l.pilotZone().isEmpty())).isBetween(0.47, 0.53);
    assertThat(share(locations, l -> l.countyLevelUnit().isEmpty())).isBetween(0.15, 0.18);
    assertThat(share(locations, l -> l.subdistrict().isPresent())).isBetween(0.23, 0.27);
    // Widened regions: a county-level unit is drawn in 5/6 of locations, 瓦房店市 (the widened one)
    // in half of those draws plus 1/10 of the other half.
    List<Location> widened = WAFANGDIAN.locations().sample(4, N);
    double expected = 5.0 / 6 * (0.5 + 0.5 / 10);
    assertThat(share(widened, l -> l.countyLevelUnit().equals(Optional.of(Region.WAFANGDIAN))))
        .isBetween(expected - 0.02, expected + 0.02);
    Set<Region> residences = EnumSet.noneOf(Region.class);
    for (Person p : SHIPPED.persons().sample(5, 5_000)) {
      p.residence().ifPresent(residences::add);
    }
    assertThat(residences).containsExactlyInAnyOrder(Region.values());
  }

  /** A three-valued fact as an optional: empty when unknown. */
  private static Optional<Fact> known(Fact fact) {
    return fact.isKnown() ? Optional.of(fact) : Optional.empty();
  }

  /** Every optional fact is missing with probability 1 − 0.8. */
  @Test
  void everyOptionalFactIsMissingAboutOneTimeInFive() {
    List<Project> projects = SHIPPED.projects().sample(6, N);
    Map<String, Function<Project, Optional<?>>> projectFacts = new HashMap<>();
    projectFacts.put("type", Project::type);
    projectFacts.put("totalInvestment", Project::totalInvestment);
    projectFacts.put("location", Project::location);
    projectFacts.put("governmentFunded", p -> known(p.governmentFunded()));
    projectFacts.put("ownership", Project::ownership);
    projectFacts.put("status", Project::status);
    projectFacts.put("approved", Project::approved);
    projectFacts.forEach(
        (name, fact) ->
            assertThat(share(projects, p -> fact.apply(p).isEmpty()))
                .as("project.%s missing", name)
                .isBetween(0.18, 0.22));
    List<Person> persons = SHIPPED.persons().sample(7, N);
    Map<String, Function<Person, Optional<?>>> personFacts = new HashMap<>();
    personFacts.put("education", Person::education);
    personFacts.put("graduationDate", Person::graduationDate);
    personFacts.put("householdType", Person::householdType);
    personFacts.put("nonFarmTransfer", p -> known(p.nonFarmTransfer()));
    personFacts.put("overcapacityResettled", p -> known(p.overcapacityResettled()));
    personFacts.put("landExpropriated", p -> known(p.landExpropriated()));
    personFacts.put("residence", Person::residence);
    personFacts.put("householdRegion", Person::householdRegion);
    personFacts.forEach(
        (name, fact) ->
            assertThat(share(persons, p -> fact.apply(p).isEmpty()))
                .as("person.%s missing", name)
                .isBetween(0.18, 0.22));
    assertThat(share(persons, p -> p.education().isPresent() && p.residence().isPresent()))
        .isBetween(0.62, 0.66);
    assertThat(share(persons, p -> !p.landExpropriationProjectIds().isEmpty())).isPositive();
    // The Wafangdian policy adds 退役军人: its status is present in half of the draws.
    assertThat(
            share(
                WAFANGDIAN.persons().sample(8, N),
                p -> p.certifications().containsKey("RETIRED_SOLDIER")))
        .isBetween(0.48, 0.52);
  }

  /**
   * persons(asOf): 2/3 × 0.8 of graduation dates are among the 17 window edges (about 3 % each),
   * among them asOf − 2 years (the end of 离校2年内) and the day before.
   */
  @Test
  void graduationDatesHitTheWindowEdges() {
    LocalDate asOf = LocalDate.of(2024, 3, 15);
    List<Person> persons = SHIPPED.persons(asOf).sample(9, N);
    for (LocalDate edge :
        List.of(
            LocalDate.of(2022, 3, 15),
            LocalDate.of(2022, 3, 14),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2024, 3, 16))) {
      assertThat(share(persons, p -> p.graduationDate().equals(Optional.of(edge))))
          .as("graduation on %s", edge)
          .isBetween(0.025, 0.04);
    }
    assertThat(persons)
        .allMatch(
            p ->
                p.graduationDate().isEmpty()
                    || (p.graduationDate().get().getYear() >= 2018
                        && p.graduationDate().get().getYear() <= 2025));
    assertThatThrownBy(() -> SHIPPED.persons(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void eventsOfEveryKindCarryTheirFacts() {
    List<ProjectEvent> events = SHIPPED.events().sample(10, N);
    Map<ProjectEventKind, Integer> kinds = new EnumMap<>(ProjectEventKind.class);
    for (ProjectEvent e : events) {
      kinds.merge(e.kind(), 1, Integer::sum);
    }
    assertThat(kinds).containsOnlyKeys(ProjectEventKind.values());
    kinds.values().forEach(n -> assertThat(n / (double) N).isBetween(0.09, 0.113));
    List<ProjectEvent> land =
        events.stream()
            .filter(e -> e.kind() == ProjectEventKind.LAND_EXPROPRIATION_NOTICE)
            .toList();
    assertThat(share(land, e -> e.landNotice().isEmpty())).isBetween(0.29, 0.38);
    for (LandNoticeKind k : LandNoticeKind.values()) {
      assertThat(share(land, e -> e.landNotice().equals(Optional.of(k)))).isBetween(0.19, 0.26);
    }
    assertThat(share(land, e -> e.involvesLandExpropriatedPersons() == Fact.UNKNOWN))
        .isBetween(0.16, 0.24);
    List<ProjectEvent> shortfalls =
        events.stream().filter(e -> e.kind() == ProjectEventKind.LABOUR_SHORTFALL).toList();
    assertThat(share(shortfalls, e -> e.workers().getAsInt() == 1)).isBetween(0.45, 0.55);
    assertThat(
            events.stream()
                .filter(e -> e.kind() == ProjectEventKind.ISSUE_CLOSED)
                .allMatch(e -> e.issueId().isPresent()))
        .isTrue();
  }

  @Test
  void candidatesAreDistinctOftenLocalAndOrderedByTrickyIdentifiers() {
    List<PolicyQuestion.Recruitment> questions = SHIPPED.recruitmentQuestions().sample(11, 5_000);
    Set<Integer> sizes = new HashSet<>();
    int local = 0;
    int total = 0;
    boolean c2AndC10 = false;
    boolean caseAndDotlessI = false;
    for (PolicyQuestion.Recruitment q : questions) {
      List<String> ids = q.candidates().stream().map(Candidate::id).toList();
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
      sizes.add(ids.size());
      c2AndC10 |= ids.contains("C2") && ids.contains("C10");
      caseAndDotlessI |= ids.contains("I1") && ids.contains("ı1");
      Optional<Location> loc = q.demand().project().location();
      for (Candidate c : q.candidates()) {
        total++;
        if (loc.isPresent()
            && c.person().residence().isPresent()
            && (loc.get().countyLevelUnit().equals(c.person().residence())
                || loc.get().pilotZone().equals(c.person().residence()))) {
          local++;
        }
      }
    }
    assertThat(sizes).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(c2AndC10).isTrue();
    assertThat(caseAndDotlessI).isTrue();
    assertThat(local / (double) total).isGreaterThan(0.25);
  }

  /**
   * Against the shipped policy, the questions reach every outcome of every kind, and the deadline
   * duty of 二（三） is both computed and (outside the coverage) undetermined.
   */
  @Test
  void questionsReachEveryOutcomeOfTheShippedPolicy() {
    PolicyUnderTest policy = SHIPPED.policy();
    Map<String, Set<Outcome>> outcomes = new HashMap<>();
    Set<DutyTiming> timings = EnumSet.noneOf(DutyTiming.class);
    boolean shortfall = false;
    boolean localPriorityWaits = false;
    for (PolicyQuestion q : SHIPPED.questions().sample(12, N)) {
      var d = q.askOf(policy);
      outcomes
          .computeIfAbsent(q.getClass().getSimpleName(), k -> EnumSet.noneOf(Outcome.class))
          .add(d.outcome());
      if (q instanceof PolicyQuestion.Obligations o) {
        o.askOf(policy).duties().stream()
            .filter(duty -> duty.code().name().equals("LAND_SURVEY_AND_DATABASES"))
            .map(Duty::timing)
            .forEach(timings::add);
      }
      if (d instanceof RecruitmentPlan p) {
        shortfall |= p.shortfall() > 0 && !p.placements().isEmpty();
        for (Placement pl : p.placements()) {
          localPriorityWaits |= pl.tier() == RecruitmentTier.LOCAL_PRIORITY && !pl.seated();
        }
      }
    }
    for (String kind : List.of("Scope", "Groups", "Recruitment", "Subsidies", "Obligations")) {
      assertThat(outcomes.get(kind)).as(kind).containsExactlyInAnyOrder(Outcome.values());
    }
    assertThat(outcomes.get("StandingDuties"))
        .containsExactlyInAnyOrder(Outcome.YES, Outcome.NOT_IN_FORCE);
    assertThat(timings)
        .containsExactlyInAnyOrder(DutyTiming.DUE_DATE, DutyTiming.DUE_DATE_UNDETERMINED);
    assertThat(shortfall).isTrue();
    assertThat(localPriorityWaits).isTrue();
  }

  @Test
  void theWidenedPolicyIsReachedByEveryRegionalRuleAndTheProvisionalOneByProvisionalDueDates() {
    PolicyUnderTest wafangdian = WAFANGDIAN.policy();
    Set<ScopeBasis> bases = EnumSet.noneOf(ScopeBasis.class);
    for (PolicyQuestion.Scope q : WAFANGDIAN.scopeQuestions().sample(13, N)) {
      bases.add(q.askOf(wafangdian).basis());
    }
    assertThat(bases).containsExactlyInAnyOrder(ScopeBasis.values());
    PolicyGenerators provisional = PolicyGenerators.of(TestPolicies.provisional());
    Set<DutyTiming> timings = EnumSet.noneOf(DutyTiming.class);
    for (ProjectEvent e :
        provisional.events(ProjectEventKind.LAND_EXPROPRIATION_NOTICE).sample(14, 5_000)) {
      provisional.policy().obligations(e).duties().stream()
          .filter(duty -> duty.code().name().equals("LAND_SURVEY_AND_DATABASES"))
          .map(Duty::timing)
          .forEach(timings::add);
    }
    assertThat(timings)
        .containsExactlyInAnyOrder(
            DutyTiming.DUE_DATE, DutyTiming.PROVISIONAL_DUE_DATE, DutyTiming.DUE_DATE_UNDETERMINED);
  }

  @Test
  void subsidyQuestionsLinkThePersonToTheProject() {
    List<PolicyQuestion.Subsidies> questions = SHIPPED.subsidyQuestions().sample(15, 5_000);
    assertThat(share(questions, q -> q.project().isEmpty())).isBetween(0.17, 0.23);
    assertThat(
            share(
                questions,
                q ->
                    q.project().isPresent()
                        && q.person()
                            .landExpropriationProjectIds()
                            .contains(q.project().get().id())))
        .isGreaterThan(0.3);
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> PolicyGenerators.of((PolicyUnderTest) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SHIPPED.events(null)).isInstanceOf(NullPointerException.class);
  }
}
