package org.employmentlinkage.jackson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocument;
import org.employmentlinkage.policy.PolicyDocuments;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.ScopeWidening;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.employmentlinkage.rules.SubsidySchedule;
import org.employmentlinkage.testkit.CalendarGenerators;
import org.employmentlinkage.testkit.Generators;
import org.employmentlinkage.testkit.MoneyGenerators;
import org.employmentlinkage.testkit.PolicyGenerators;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * Many values of every type the module covers, drawn from the testkit's seeded generators: the
 * domain types directly, the decisions by asking two policies (the municipal defaults, and a
 * hypothetical regional configuration with a widening, subsidy schedules, a liaison period, an
 * added priority group, a service specialist and the provisional calendar) the generated questions,
 * and the parts of decisions (duties, deadlines, notices, reasons, …) taken from those decisions.
 * Seed {@code -Dlinkage.seed} (default 20180706), size {@code -Dlinkage.examples} (default 150
 * questions per kind and policy).
 */
final class Values {
  static final long SEED = Long.getLong("linkage.seed", 20180706L);
  static final int EXAMPLES = Integer.getInteger("linkage.examples", 150);

  static final LinkagePolicy MUNICIPAL = LinkagePolicies.dalian2018();
  static final LinkagePolicy REGIONAL = regional();

  private static final CalendarGenerators CALENDAR =
      CalendarGenerators.of(ChinaCalendars.official());
  static final PolicyGenerators MUNICIPAL_GEN =
      PolicyGenerators.of(PolicyUnderTest.of(MUNICIPAL), CALENDAR);
  static final PolicyGenerators REGIONAL_GEN =
      PolicyGenerators.of(PolicyUnderTest.of(REGIONAL), CALENDAR);

  private static final List<Decision> DECISIONS = decisions();

  private Values() {}

  /** A hypothetical configuration of 瓦房店市 (test data, not a published one). */
  static LinkagePolicy regional() {
    SubsidySchedule schedule =
        SubsidySchedule.builder()
            .name("瓦房店市职业培训补贴标准（假设示例）")
            .source("HYPOTHETICAL test data, not a published schedule")
            .rounding(RoundingMode.HALF_UP)
            .period(LocalDate.of(2018, 7, 6))
            .shortageUplift(new BigDecimal("30"))
            .shortage("焊工")
            .training("焊工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(1000))
            .training("焊工", SkillLevel.INTERMEDIATE_WORKER, Money.parse("1333.33"))
            .appraisal("焊工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(150))
            .training("电工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(900))
            .training("电工", SkillLevel.INTERMEDIATE_WORKER, Money.ofYuan(1200))
            .training("电工", SkillLevel.SENIOR_WORKER, Money.ofYuan(1500))
            .training("砌筑工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(800))
            .training("砌筑工", SkillLevel.INTERMEDIATE_WORKER, Money.ofYuan(1100))
            .appraisal("电工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(120))
            .build();
    return LinkagePolicy.builder()
        .addWidening(
            ScopeWidening.builder()
                .region(Region.WAFANGDIAN)
                .effectiveFrom(LocalDate.of(2018, 7, 31))
                .threshold(Money.parse("5000万元"))
                .addAddedCategory("制造业")
                .addDesignatedProjectId("P-2")
                .source("HYPOTHETICAL test widening")
                .build())
        .subsidySchedule(Region.WAFANGDIAN, schedule)
        .subsidySchedule(Region.ZHONGSHAN, schedule)
        .liaisonPeriod(Region.WAFANGDIAN, Period.ofMonths(3))
        .addPriorityGroup(PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers"))
        .serviceSpecialist(Region.WAFANGDIAN, "服务专员（假设）")
        .provisionalCalendar()
        .parametersVersion("hypothetical-wafangdian")
        .build();
  }

  private static List<Decision> decisions() {
    List<Decision> list = new ArrayList<>();
    for (PolicyGenerators gen : List.of(MUNICIPAL_GEN, REGIONAL_GEN)) {
      PolicyUnderTest policy = gen.policy();
      for (var kind :
          List.<org.employmentlinkage.testkit.Generator<? extends PolicyQuestion>>of(
              gen.scopeQuestions(),
              gen.groupQuestions(),
              gen.recruitmentQuestions(),
              gen.subsidyQuestions(),
              gen.obligationQuestions(),
              gen.standingDutyQuestions())) {
        for (PolicyQuestion q : kind.sample(SEED, EXAMPLES)) {
          list.add(q.askOf(policy));
        }
      }
    }
    return list;
  }

  static <T> List<T> decisionsOf(Class<T> type) {
    return DECISIONS.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static List<Decision> allDecisions() {
    return DECISIONS;
  }

  static List<ScopeDecision> scopeDecisions() {
    return decisionsOf(ScopeDecision.class);
  }

  static List<PersonGroups> personGroups() {
    return decisionsOf(PersonGroups.class);
  }

  static List<GroupDecision> groupDecisions() {
    return distinct(personGroups(), PersonGroups::decisions);
  }

  static List<SubsidyDecision> subsidyDecisions() {
    return decisionsOf(SubsidyDecision.class);
  }

  static List<SubsidyEntitlement> entitlements() {
    return distinct(subsidyDecisions(), SubsidyDecision::entitlements);
  }

  static List<ObligationDecision> obligationDecisions() {
    return decisionsOf(ObligationDecision.class);
  }

  static List<RecruitmentPlan> recruitmentPlans() {
    return decisionsOf(RecruitmentPlan.class);
  }

  static List<Placement> placements() {
    return distinct(recruitmentPlans(), RecruitmentPlan::placements);
  }

  static List<Duty> duties() {
    Set<Duty> set = new LinkedHashSet<>();
    obligationDecisions().forEach(d -> set.addAll(d.duties()));
    subsidyDecisions().forEach(d -> set.addAll(d.duties()));
    recruitmentPlans().forEach(p -> p.shortfallDuty().ifPresent(set::add));
    return List.copyOf(set);
  }

  static List<Performer> performers() {
    return distinct(duties(), Duty::performers);
  }

  static List<Reason> reasons() {
    return distinct(DECISIONS, Decision::reasons);
  }

  static List<MissingFact> missingFacts() {
    List<MissingFact> list = new ArrayList<>(distinct(DECISIONS, Decision::missingFacts));
    list.add(MissingFact.certification("退役军人"));
    return list;
  }

  static List<Versions> versions() {
    return distinct(DECISIONS, d -> List.of(d.versions()));
  }

  static List<PersonGroup> personGroupValues() {
    return distinct(groupDecisions(), g -> List.of(g.group()));
  }

  /** Deadlines of the duties, and deadlines counted on the official and provisional calendars. */
  static List<Deadline> deadlines() {
    Set<Deadline> set = new LinkedHashSet<>();
    duties().forEach(d -> d.deadline().ifPresent(set::add));
    RandomGenerator random = Generators.random(SEED);
    List<LocalDate> dates = CALENDAR.dates().sample(SEED, EXAMPLES);
    for (LocalDate trigger : dates) {
      WorkingDayPeriod period = WorkingDayPeriod.of(1 + random.nextInt(60));
      if (random.nextBoolean()) {
        period = period.excludingMakeupWorkdays();
      }
      for (WorkingDayCalendar calendar :
          List.of(ChinaCalendars.official(), ChinaCalendars.provisional())) {
        try {
          set.add(period.after(trigger, calendar));
        } catch (OutsideCoverageException e) {
          // a date the calendar does not cover: no deadline to write
        }
      }
    }
    return List.copyOf(set);
  }

  static List<WorkingDayPeriod> periods() {
    Set<WorkingDayPeriod> set = new LinkedHashSet<>();
    deadlines().forEach(d -> set.add(d.period()));
    set.add(WorkingDayPeriod.of(Integer.MAX_VALUE));
    set.add(WorkingDayPeriod.of(1).excludingMakeupWorkdays());
    return List.copyOf(set);
  }

  static List<HolidayNotice> notices() {
    Set<HolidayNotice> set = new LinkedHashSet<>(ChinaCalendars.officialNotices());
    deadlines().forEach(d -> set.addAll(d.notices()));
    return List.copyOf(set);
  }

  static List<DayDeclaration> declarations() {
    return distinct(notices(), HolidayNotice::declarations);
  }

  static List<DateRange> dateRanges() {
    List<DateRange> list = new ArrayList<>();
    list.add(DateRange.empty());
    list.add(DateRange.of(LocalDate.MIN, LocalDate.MAX));
    list.add(DateRange.ofDay(LocalDate.of(-1, 1, 1)));
    list.add(DateRange.of(LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1)));
    declarations().forEach(d -> list.add(d.days()));
    return list;
  }

  static List<ValidityWindow> validityWindows() {
    return List.of(
        ValidityWindow.DALIAN_2018_83,
        ValidityWindow.WAFANGDIAN_FORWARDING,
        ValidityWindow.builder()
            .firstDay(LocalDate.of(2018, 7, 6))
            .lastDay(LocalDate.of(2030, 12, 31))
            .basis("HYPOTHETICAL: a repeal on 2030-12-31, for the test")
            .build());
  }

  static List<PolicyDocument> policyDocuments() {
    return List.of(
        PolicyDocuments.DALIAN_2017_46,
        PolicyDocuments.DALIAN_2018_83,
        PolicyDocuments.WAFANGDIAN_2018_66,
        MUNICIPAL.document(),
        PolicyDocument.builder()
            .number("测试〔2030〕1号")
            .title("HYPOTHETICAL document with every field")
            .issuer("测试机关")
            .issued(LocalDate.of(2030, 1, 2))
            .validity(validityWindows().get(2))
            .forwards(PolicyDocuments.WAFANGDIAN_2018_66)
            .addBasedOn(PolicyDocuments.DALIAN_2017_46, PolicyDocuments.DALIAN_2018_83)
            .note("a note with \"quotes\", a back\\slash, a tab\tand a line\nbreak")
            .build());
  }

  static List<Project> projects() {
    List<Project> list = new ArrayList<>(MUNICIPAL_GEN.projects().sample(SEED, EXAMPLES));
    list.addAll(REGIONAL_GEN.projects().sample(SEED + 1, EXAMPLES));
    return list;
  }

  static List<Location> locations() {
    List<Location> list = new ArrayList<>(MUNICIPAL_GEN.locations().sample(SEED, EXAMPLES));
    list.add(Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND));
    list.add(Location.builder().pilotZone(Region.HIGH_TECH_ZONE).subdistrict("某街道").build());
    return list;
  }

  static List<Person> persons() {
    List<Person> list = new ArrayList<>(MUNICIPAL_GEN.persons().sample(SEED, EXAMPLES));
    list.addAll(REGIONAL_GEN.persons().sample(SEED + 1, EXAMPLES));
    return list;
  }

  static List<TrainingRecord> trainingRecords() {
    return REGIONAL_GEN.trainingRecords().sample(SEED, EXAMPLES);
  }

  static List<LabourDemand> labourDemands() {
    return MUNICIPAL_GEN.labourDemands().sample(SEED, EXAMPLES);
  }

  static List<Candidate> candidates() {
    List<Candidate> list = new ArrayList<>();
    for (LabourDemand d : labourDemands().subList(0, 20)) {
      list.addAll(MUNICIPAL_GEN.candidates(d).next(Generators.random(SEED)));
    }
    return list;
  }

  static List<ProjectEvent> events() {
    List<ProjectEvent> list = new ArrayList<>(MUNICIPAL_GEN.events().sample(SEED, EXAMPLES));
    list.addAll(REGIONAL_GEN.events().sample(SEED + 1, EXAMPLES));
    return list;
  }

  static List<Money> amounts() {
    List<Money> list = new ArrayList<>(MoneyGenerators.amounts().sample(SEED, EXAMPLES));
    list.addAll(List.of(Money.ZERO, Money.MAX, Money.ofFen(1), Money.parse("1亿元")));
    return list;
  }

  private static <S, T> List<T> distinct(List<S> sources, Function<S, List<T>> parts) {
    Set<T> set = new LinkedHashSet<>();
    for (S s : sources) {
      set.addAll(parts.apply(s));
    }
    return List.copyOf(set);
  }
}
