package org.employmentlinkage.rules;

import static org.employmentlinkage.policy.ClauseRef.SKILLED_TALENT_RESERVE;
import static org.employmentlinkage.policy.ClauseRef.SKILLS_TRAINING_PLAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingOrganiser;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;

/**
 * 三（七）: "对重大项目建设单位组织开展的在岗职工技能提升培训，按规定给予培训补贴。要将辖区内重大项目建设造成的被征地人员中有培训愿望的，全部纳入农村劳动力转移培训计划，
 * 组织开展职业培训，按规定给予职业培训补贴和职业技能鉴定补贴。" 三（八）: "加快推行城乡劳动者就业技能培训、初高中毕业生劳动预备制培训、企业职工岗位技能培训等项目。
 * 培训合格的，根据培训职种、等级按相关政策规定给予培训补贴。"
 */
final class Subsidies {
  private final ValidityWindow validity;
  private final ScopeRule scope;
  private final Map<Region, SubsidySchedule> schedules;
  private final Versions versions;

  /**
   * Decisions that need no schedule lookup, by the facts they depend on: shared constants after the
   * first call (lock-free reads; bounded).
   */
  private final ConcurrentHashMap<Long, SubsidyDecision> cache = new ConcurrentHashMap<>();

  /**
   * Decisions that use a schedule, by the facts they depend on and the schedule period that prices
   * them (lock-free reads; bounded).
   */
  private final ConcurrentHashMap<ScheduledKey, SubsidyDecision> scheduledCache =
      new ConcurrentHashMap<>();

  /** The configured schedules by identity, numbered for cache keys. */
  private final IdentityHashMap<SubsidySchedule, Integer> scheduleNumbers = new IdentityHashMap<>();

  private record ScheduledKey(
      long facts,
      int schedule,
      @Nullable String occupation,
      @Nullable SkillLevel level,
      long periodStart) {}

  private static final int MAX_CACHED = 1 << 16;

  /**
   * Builds the subsidy rules.
   *
   * @param validity the policy's validity window
   * @param scope the scope rule
   * @param schedules the subsidy schedules by region ({@link Region#DALIAN} for the whole city)
   * @param versions the versions recorded in every decision
   */
  Subsidies(
      ValidityWindow validity,
      ScopeRule scope,
      Map<Region, SubsidySchedule> schedules,
      Versions versions) {
    this.validity = validity;
    this.scope = scope;
    this.schedules = schedules.isEmpty() ? Map.of() : new EnumMap<>(schedules);
    this.versions = versions;
    for (SubsidySchedule s : this.schedules.values()) {
      scheduleNumbers.putIfAbsent(s, scheduleNumbers.size());
    }
  }

  /** A three-valued condition with its reasons and missing facts. */
  private static final class Cond {
    Outcome outcome = Outcome.YES;
    final List<Reason> reasons = new ArrayList<>();
    final Set<MissingFact> missing = new LinkedHashSet<>();

    void and(Outcome o, @Nullable Reason reason, @Nullable MissingFact fact) {
      if (o == Outcome.YES) {
        return;
      }
      if (o == Outcome.NO) {
        if (outcome != Outcome.NO) {
          reasons.clear();
          missing.clear();
        }
        outcome = Outcome.NO;
        if (reason != null) {
          reasons.add(reason);
        }
        return;
      }
      if (outcome == Outcome.NO) {
        return;
      }
      outcome = Outcome.UNDETERMINED;
      if (reason != null) {
        reasons.add(reason);
      }
      if (fact != null) {
        missing.add(fact);
      }
    }

    void andScope(ScopeDecision s, ClauseRef clause) {
      switch (s.outcome()) {
        case YES -> {}
        case NO -> {
          and(Outcome.NO, Texts.reason(ReasonCode.SUBSIDY_PROJECT_NOT_MAJOR, clause), null);
          if (outcome == Outcome.NO) {
            reasons.addAll(s.reasons());
          }
        }
        default -> {
          and(
              Outcome.UNDETERMINED,
              Texts.reason(ReasonCode.SUBSIDY_PROJECT_UNDETERMINED, clause),
              null);
          if (outcome == Outcome.UNDETERMINED) {
            reasons.addAll(s.reasons());
            missing.addAll(s.missingFacts());
          }
        }
      }
    }
  }

  /**
   * The subsidies of a training record.
   *
   * @param record the training record
   * @param person the trainee
   * @param project the major project the training relates to, if any
   * @param asOf the date
   * @return the decision
   */
  SubsidyDecision subsidies(
      TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf) {
    if (!validity.contains(asOf)) {
      return compute(record, person, project, asOf);
    }
    SubsidySchedule schedule = schedules.isEmpty() ? null : schedule(record, project);
    if (schedule == null) {
      long key = key(record, person, project, asOf);
      SubsidyDecision hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
      SubsidyDecision computed = compute(record, person, project, asOf);
      if (cache.size() < MAX_CACHED) {
        cache.putIfAbsent(key, computed);
      }
      return computed;
    }
    LocalDate priced = record.certificateDate().orElse(record.completionDate().orElse(asOf));
    Integer number = scheduleNumbers.get(schedule);
    ScheduledKey key =
        new ScheduledKey(
            key(record, person, project, asOf),
            number == null ? -1 : number,
            record.occupation().orElse(null),
            record.level().orElse(null),
            schedule.periodStart(priced).map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    SubsidyDecision hit = scheduledCache.get(key);
    if (hit != null) {
      return hit;
    }
    SubsidyDecision computed = compute(record, person, project, asOf);
    if (scheduledCache.size() < MAX_CACHED) {
      scheduledCache.putIfAbsent(key, computed);
    }
    return computed;
  }

  /**
   * Encodes everything a decision without a schedule depends on. Ordinals are used only within this
   * JVM, as cache keys.
   */
  @SuppressWarnings("EnumOrdinal")
  private long key(
      TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf) {
    long k = record.type().ordinal();
    k = k * 4 + record.organiser().map(o -> o.ordinal()).orElse(3);
    k = k * 3 + tri(record.willing());
    k = k * 3 + tri(record.passed());
    int land;
    if (person.landExpropriated() == Fact.NO) {
      land = 0;
    } else if (project.isPresent()
        && person.landExpropriationProjectIds().contains(project.get().id())) {
      land = 1;
    } else {
      land = 2;
    }
    k = k * 3 + land;
    k = k * 2 + (record.completed() == Fact.YES ? 1 : 0);
    k = k * 2 + (record.certificateObtained() == Fact.YES ? 1 : 0);
    k = k * 3 + tri(record.firstAppraisal());
    int region = Region.values().length;
    Optional<Location> loc = project.flatMap(Project::location);
    if (loc.isPresent()) {
      region = loc.get().administeringUnit().ordinal();
    } else if (record.region().isPresent()) {
      region = record.region().get().ordinal();
    }
    k = k * (Region.values().length + 1) + region;
    int scopeIndex = project.isEmpty() ? 0 : scope.indexOf(project.get(), asOf) + 2;
    return k * (scope.tableSize() + 2) + scopeIndex;
  }

  private static int tri(Fact fact) {
    return switch (fact) {
      case YES -> 0;
      case NO -> 1;
      case UNKNOWN -> 2;
    };
  }

  private SubsidyDecision compute(
      TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf) {
    ClauseRef typeClause = record.type().clause();
    SubsidyDecision.Builder d = SubsidyDecision.builder().versions(versions);
    if (!validity.contains(asOf)) {
      return d.outcome(Outcome.NOT_IN_FORCE)
          .addReason(Texts.reason(ReasonCode.NOT_IN_FORCE, typeClause))
          .build();
    }
    List<SubsidyEntitlement> entitlements = new ArrayList<>();
    List<Duty> duties = new ArrayList<>();
    switch (record.type()) {
      case IN_SERVICE_SKILL_UPGRADING -> entitlements.add(inService(record, project, asOf));
      case RURAL_LABOUR_TRANSFER ->
          landExpropriated(record, person, project, asOf, entitlements, duties);
      case EMPLOYMENT_SKILLS, LABOUR_PREPARATION, ENTERPRISE_POST_SKILLS ->
          entitlements.add(passed(record, project, asOf));
      case OTHER -> {
        // 三（八）: "…企业职工岗位技能培训等项目": the list is open; no firm no (reading TRAINING_LIST_OPEN).
        return d.outcome(Outcome.UNDETERMINED)
            .addReason(Texts.reason(ReasonCode.SUBSIDY_TYPE_NOT_LISTED, SKILLED_TALENT_RESERVE))
            .addMissingFact(MissingFact.TRAINING_TYPE)
            .build();
      }
    }
    boolean yes = false;
    boolean undetermined = false;
    Set<Reason> reasons = new LinkedHashSet<>();
    Set<MissingFact> missing = new LinkedHashSet<>();
    for (SubsidyEntitlement e : entitlements) {
      yes |= e.outcome() == Outcome.YES;
      undetermined |= e.outcome() == Outcome.UNDETERMINED;
      reasons.addAll(e.reasons());
      missing.addAll(e.missingFacts());
    }
    return d.outcome(yes ? Outcome.YES : undetermined ? Outcome.UNDETERMINED : Outcome.NO)
        .entitlements(entitlements)
        .duties(duties)
        .reasons(reasons)
        .missingFacts(missing)
        .build();
  }

  private SubsidyEntitlement inService(
      TrainingRecord record, Optional<Project> project, LocalDate asOf) {
    Cond c = new Cond();
    Optional<TrainingOrganiser> organiser = record.organiser();
    if (organiser.isEmpty()) {
      c.and(
          Outcome.UNDETERMINED,
          Texts.reason(ReasonCode.SUBSIDY_IN_SERVICE_ORGANISER_UNKNOWN, SKILLS_TRAINING_PLAN),
          MissingFact.TRAINING_ORGANISER);
    } else if (organiser.get() != TrainingOrganiser.MAJOR_PROJECT_EMPLOYER) {
      c.and(
          Outcome.NO,
          Texts.reason(ReasonCode.SUBSIDY_IN_SERVICE_OTHER_ORGANISER, SKILLS_TRAINING_PLAN),
          null);
    }
    requireMajor(c, project, asOf, SKILLS_TRAINING_PLAN);
    boolean done = trainingDone(record);
    List<Reason> eligible =
        List.of(
            Texts.reason(ReasonCode.SUBSIDY_IN_SERVICE_ELIGIBLE, SKILLS_TRAINING_PLAN),
            Texts.reason(ReasonCode.SUBSIDY_NOT_UNEMPLOYMENT_INSURANCE, SKILLS_TRAINING_PLAN),
            trainingCondition(done, SKILLS_TRAINING_PLAN));
    return entitlement(
        SubsidyKind.IN_SERVICE_TRAINING_SUBSIDY, c, eligible, !done, record, project, asOf);
  }

  /**
   * 财社〔2017〕164号 as this library reads "按规定" (reading SUBSIDY_CONDITIONS): a training subsidy is
   * paid after the training is completed and a certificate obtained.
   */
  private static boolean trainingDone(TrainingRecord record) {
    return record.completed() != Fact.NO
        && (record.completed() == Fact.YES || record.passed() == Fact.YES)
        && record.certificateObtained() == Fact.YES;
  }

  private static Reason trainingCondition(boolean done, ClauseRef clause) {
    return Texts.reason(
        done ? ReasonCode.SUBSIDY_CONDITIONS_MET : ReasonCode.SUBSIDY_CONDITIONAL_ON_COMPLETION,
        clause);
  }

  private void requireMajor(Cond c, Optional<Project> project, LocalDate asOf, ClauseRef clause) {
    if (c.outcome == Outcome.NO) {
      return;
    }
    if (project.isEmpty()) {
      c.and(
          Outcome.UNDETERMINED,
          Texts.reason(ReasonCode.SUBSIDY_PROJECT_UNKNOWN, clause),
          MissingFact.TRAINING_PROJECT);
    } else {
      c.andScope(scope.classify(project.get(), asOf), clause);
    }
  }

  private void landExpropriated(
      TrainingRecord record,
      Person person,
      Optional<Project> project,
      LocalDate asOf,
      List<SubsidyEntitlement> entitlements,
      List<Duty> duties) {
    Cond c = new Cond();
    if (person.landExpropriated() == Fact.NO) {
      c.and(
          Outcome.NO,
          Texts.reason(ReasonCode.SUBSIDY_LAND_NOT_EXPROPRIATED, SKILLS_TRAINING_PLAN),
          null);
    } else if (project.isPresent()
        && !person.landExpropriationProjectIds().contains(project.get().id())) {
      c.and(
          Outcome.UNDETERMINED,
          Texts.reason(ReasonCode.SUBSIDY_LAND_UNDETERMINED, SKILLS_TRAINING_PLAN),
          MissingFact.PERSON_LAND_EXPROPRIATED_FOR_PROJECT);
    }
    switch (record.willing()) {
      case YES -> {}
      case NO ->
          c.and(
              Outcome.NO, Texts.reason(ReasonCode.SUBSIDY_NOT_WILLING, SKILLS_TRAINING_PLAN), null);
      case UNKNOWN ->
          c.and(
              Outcome.UNDETERMINED,
              Texts.reason(ReasonCode.SUBSIDY_WILLINGNESS_UNKNOWN, SKILLS_TRAINING_PLAN),
              MissingFact.TRAINING_WILLING);
    }
    requireMajor(c, project, asOf, SKILLS_TRAINING_PLAN);
    Reason eligible = Texts.reason(ReasonCode.SUBSIDY_LAND_ELIGIBLE, SKILLS_TRAINING_PLAN);
    boolean trainingDone = trainingDone(record);
    boolean certified = record.certificateObtained() == Fact.YES;
    Reason met = Texts.reason(ReasonCode.SUBSIDY_CONDITIONS_MET, SKILLS_TRAINING_PLAN);
    // The appraisal subsidy is for a first appraisal (财社〔2017〕164号, reading SUBSIDY_CONDITIONS):
    // an eligibility condition, so a missing answer leaves it undetermined.
    Cond appraisal = new Cond();
    appraisal.outcome = c.outcome;
    appraisal.reasons.addAll(c.reasons);
    appraisal.missing.addAll(c.missing);
    switch (record.firstAppraisal()) {
      case YES -> {}
      case NO ->
          appraisal.and(
              Outcome.NO,
              Texts.reason(ReasonCode.SUBSIDY_APPRAISAL_NOT_FIRST, SKILLS_TRAINING_PLAN),
              null);
      case UNKNOWN ->
          appraisal.and(
              Outcome.UNDETERMINED,
              Texts.reason(ReasonCode.SUBSIDY_FIRST_APPRAISAL_UNKNOWN, SKILLS_TRAINING_PLAN),
              MissingFact.TRAINING_FIRST_APPRAISAL);
    }
    entitlements.add(
        entitlement(
            SubsidyKind.VOCATIONAL_TRAINING_SUBSIDY,
            c,
            List.of(
                eligible,
                trainingDone
                    ? met
                    : Texts.reason(
                        ReasonCode.SUBSIDY_CONDITIONAL_ON_COMPLETION, SKILLS_TRAINING_PLAN)),
            !trainingDone,
            record,
            project,
            asOf));
    entitlements.add(
        entitlement(
            SubsidyKind.SKILL_APPRAISAL_SUBSIDY,
            appraisal,
            List.of(
                eligible,
                certified
                    ? met
                    : Texts.reason(ReasonCode.SUBSIDY_APPRAISAL_CONDITIONAL, SKILLS_TRAINING_PLAN)),
            !certified,
            record,
            project,
            asOf));
    if (c.outcome != Outcome.NO) {
      Optional<Location> loc = project.flatMap(Project::location);
      Performer hr =
          loc.isPresent()
              ? Performer.of(PerformerRole.HR_DEPARTMENT, loc.get().administeringUnit())
              : record.region().isPresent()
                  ? Performer.of(PerformerRole.HR_DEPARTMENT, record.region().get())
                  : Performer.of(PerformerRole.HR_DEPARTMENT);
      duties.add(
          Duties.duty(DutyCode.TRANSFER_TRAINING_PLAN, SKILLS_TRAINING_PLAN)
              .addPerformer(hr)
              .timing(DutyTiming.NO_FIXED_DEADLINE)
              .addReason(eligible)
              .build());
    }
  }

  private SubsidyEntitlement passed(
      TrainingRecord record, Optional<Project> project, LocalDate asOf) {
    Cond c = new Cond();
    switch (record.passed()) {
      case YES -> {}
      case NO ->
          c.and(
              Outcome.NO,
              Texts.reason(ReasonCode.SUBSIDY_NOT_PASSED, SKILLED_TALENT_RESERVE),
              null);
      case UNKNOWN ->
          c.and(
              Outcome.UNDETERMINED,
              Texts.reason(ReasonCode.SUBSIDY_PASSED_UNKNOWN, SKILLED_TALENT_RESERVE),
              MissingFact.TRAINING_PASSED);
    }
    boolean done = trainingDone(record);
    return entitlement(
        SubsidyKind.TRAINING_SUBSIDY_BY_OCCUPATION_AND_LEVEL,
        c,
        List.of(
            Texts.reason(ReasonCode.SUBSIDY_PASSED_ELIGIBLE, SKILLED_TALENT_RESERVE),
            trainingCondition(done, SKILLED_TALENT_RESERVE)),
        !done,
        record,
        project,
        asOf);
  }

  private SubsidyEntitlement entitlement(
      SubsidyKind kind,
      Cond c,
      List<Reason> eligible,
      boolean conditional,
      TrainingRecord record,
      Optional<Project> project,
      LocalDate asOf) {
    SubsidyEntitlement.Builder e = SubsidyEntitlement.builder().kind(kind).outcome(c.outcome);
    if (c.outcome != Outcome.YES) {
      return e.conditional(false)
          .amountBasis(AmountBasis.NOT_APPLICABLE)
          .addAllReasons(c.reasons)
          .addAllMissingFacts(c.missing)
          .build();
    }
    e.conditional(conditional).addAllReasons(eligible);
    ClauseRef clause = kind.clause();
    SubsidySchedule schedule = schedule(record, project);
    if (schedule == null) {
      return e.amountBasis(AmountBasis.PER_RULES)
          .addReason(Texts.reason(ReasonCode.SUBSIDY_AMOUNT_PER_RULES, clause))
          .build();
    }
    Optional<String> occupation = record.occupation();
    Optional<SkillLevel> level = record.level();
    if (occupation.isEmpty() || level.isEmpty()) {
      e.amountBasis(AmountBasis.FACTS_MISSING)
          .addReason(Texts.reason(ReasonCode.SUBSIDY_AMOUNT_FACTS_MISSING, clause));
      if (occupation.isEmpty()) {
        e.addMissingFact(MissingFact.TRAINING_OCCUPATION);
      }
      if (level.isEmpty()) {
        e.addMissingFact(MissingFact.TRAINING_LEVEL);
      }
      return e.build();
    }
    LocalDate date = record.certificateDate().orElse(record.completionDate().orElse(asOf));
    Optional<Money> amount =
        schedule.amount(kind.scheduleItem(), occupation.get(), level.get(), date);
    if (amount.isEmpty()) {
      return e.amountBasis(AmountBasis.NOT_IN_SCHEDULE)
          .addReason(Texts.reason(ReasonCode.SUBSIDY_AMOUNT_NOT_IN_SCHEDULE, clause))
          .build();
    }
    Optional<BigDecimal> uplift = schedule.shortageUpliftPercent(occupation.get(), date);
    e.amount(amount.get()).addReason(Texts.reason(ReasonCode.SUBSIDY_AMOUNT_FROM_SCHEDULE, clause));
    // The uplift is the schedule's data (按配置), not a rule of 三（八); it raises only the items the
    // schedule names (the training subsidy by default, not the appraisal subsidy).
    if (uplift.isPresent()
        && uplift.get().signum() > 0
        && schedule.upliftApplies(kind.scheduleItem())) {
      return e.amountBasis(AmountBasis.SCHEDULE_WITH_SHORTAGE_UPLIFT)
          .addReason(Texts.reason(ReasonCode.SUBSIDY_AMOUNT_SHORTAGE_UPLIFT, clause))
          .build();
    }
    return e.amountBasis(AmountBasis.SCHEDULE).build();
  }

  private @Nullable SubsidySchedule schedule(TrainingRecord record, Optional<Project> project) {
    if (schedules.isEmpty()) {
      return null;
    }
    if (record.region().isPresent() && schedules.containsKey(record.region().get())) {
      return schedules.get(record.region().get());
    }
    Optional<Location> loc = project.flatMap(Project::location);
    if (loc.isPresent()) {
      Optional<Region> zone = loc.get().pilotZone();
      if (zone.isPresent() && schedules.containsKey(zone.get())) {
        return schedules.get(zone.get());
      }
      Optional<Region> county = loc.get().countyLevelUnit();
      if (county.isPresent() && schedules.containsKey(county.get())) {
        return schedules.get(county.get());
      }
    }
    return schedules.get(Region.DALIAN);
  }
}
