package org.employmentlinkage.rules;

import static org.employmentlinkage.policy.ClauseRef.FORWARDING_NOTICE;
import static org.employmentlinkage.policy.ClauseRef.INVESTMENT_PROMOTION;
import static org.employmentlinkage.policy.ClauseRef.JOB_DEMAND_ASSESSMENT;
import static org.employmentlinkage.policy.ClauseRef.LAND_EXPROPRIATION;
import static org.employmentlinkage.policy.ClauseRef.LINKAGE_GOALS;
import static org.employmentlinkage.policy.ClauseRef.PROJECT_CONSTRUCTION;
import static org.employmentlinkage.policy.ClauseRef.PUBLIC_EMPLOYMENT_SERVICE;
import static org.employmentlinkage.policy.ClauseRef.SERVICE_SPECIALISTS;
import static org.employmentlinkage.policy.ClauseRef.SKILLED_TALENT_RESERVE;
import static org.employmentlinkage.policy.ClauseRef.SKILLS_TRAINING_PLAN;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
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

/** The duties project events trigger, clause by clause, and the standing duties. */
final class Obligations {
  /** 二（三）: "在土地征收公告发布后30个工作日内". */
  static final int LAND_SURVEY_WORKING_DAYS = 30;

  /** The date of 瓦政办发〔2018〕66号, from which its standing duty is listed. */
  static final LocalDate FORWARDED = LocalDate.of(2018, 7, 31);

  /** The day 《民法典》 took effect, replacing 《民法总则》 (its art. 201 in the same words). */
  static final LocalDate CIVIL_CODE = LocalDate.of(2021, 1, 1);

  private final ValidityWindow validity;
  private final ScopeRule scope;
  private final WorkingDayCalendar calendar;
  private final WorkingDayPeriod landPeriod;
  private final Set<LandNoticeKind> landTriggers;
  private final Map<Region, Period> liaisonPeriods;
  private final Map<Region, String> specialists;
  private final InvestmentAgreementScope agreementScope;
  private final Versions versions;

  /**
   * Builds the obligation rules.
   *
   * @param validity the policy's validity window
   * @param scope the scope rule
   * @param calendar the working-day calendar
   * @param countMakeupWorkdays whether make-up working weekends count in the 30 working days
   * @param landTriggers the land notices that start the 30 working days
   * @param liaisonPeriods the liaison period of 二（五） by region
   * @param specialists the service specialist's name or contact by region
   * @param agreementScope which projects the investment-agreement duty of 二（四） covers
   * @param versions the versions recorded in every decision
   */
  Obligations(
      ValidityWindow validity,
      ScopeRule scope,
      WorkingDayCalendar calendar,
      boolean countMakeupWorkdays,
      Set<LandNoticeKind> landTriggers,
      Map<Region, Period> liaisonPeriods,
      Map<Region, String> specialists,
      InvestmentAgreementScope agreementScope,
      Versions versions) {
    this.validity = validity;
    this.scope = scope;
    this.calendar = calendar;
    WorkingDayPeriod p = WorkingDayPeriod.of(LAND_SURVEY_WORKING_DAYS);
    this.landPeriod = countMakeupWorkdays ? p : p.excludingMakeupWorkdays();
    this.landTriggers = Set.copyOf(landTriggers);
    this.liaisonPeriods = liaisonPeriods.isEmpty() ? Map.of() : new EnumMap<>(liaisonPeriods);
    this.specialists = specialists.isEmpty() ? Map.of() : new EnumMap<>(specialists);
    this.agreementScope = agreementScope;
    this.versions = versions;
  }

  /**
   * The duties an event triggers.
   *
   * @param event the event
   * @return the decision
   */
  ObligationDecision obligations(ProjectEvent event) {
    return switch (event.kind()) {
      case PROJECT_APPROVED -> approved(event);
      case INVESTMENT_AGREEMENT_SIGNED -> agreement(event);
      case LAND_EXPROPRIATION_NOTICE -> land(event);
      case CONSTRUCTION_STARTED, CONSTRUCTION_COMPLETED -> construction(event);
      case RECRUITMENT_OPENED -> recruitment(event);
      case LABOUR_SHORTFALL -> shortfall(event);
      case TRAINING_NEED_IDENTIFIED -> trainingNeed(event);
      case ISSUE_RAISED -> issueRaised(event);
      case ISSUE_CLOSED -> issueClosed(event);
    };
  }

  /**
   * The standing duties of the policy: duties that do not wait for a project event.
   *
   * @param asOf the date
   * @return the decision
   */
  ObligationDecision standingDuties(LocalDate asOf) {
    if (!validity.contains(asOf)) {
      return decision(Outcome.NOT_IN_FORCE)
          .addReason(Texts.reason(ReasonCode.NOT_IN_FORCE, JOB_DEMAND_ASSESSMENT))
          .build();
    }
    ObligationDecision.Builder d = decision(Outcome.YES);
    d.addReason(Texts.reason(ReasonCode.STANDING_DUTY, JOB_DEMAND_ASSESSMENT));
    // 一（一）: "各级政府要把重大项目建设作为就业增长点…要将重大项目拉动就业作为重要职责，在项目招商引资和建设过程中，统筹考虑人力资源配置问题。"
    d.addDuty(
        Duties.duty(DutyCode.EMPLOYMENT_GROWTH_POINT, JOB_DEMAND_ASSESSMENT)
            .addPerformer(Performer.of(PerformerRole.GOVERNMENTS_AT_ALL_LEVELS))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    d.addDuty(
        Duties.duty(DutyCode.STAFFING_IN_INVESTMENT_AND_CONSTRUCTION, JOB_DEMAND_ASSESSMENT)
            .addPerformer(Performer.of(PerformerRole.GOVERNMENTS_AT_ALL_LEVELS))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    d.addDuty(
        Duties.duty(DutyCode.APPROVAL_DATA_ACCESS, JOB_DEMAND_ASSESSMENT)
            .addPerformer(
                Performer.of(PerformerRole.PUBLIC_ADMINISTRATIVE_SERVICE_CENTRE, Region.DALIAN))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    // 一（二）: "要把吸纳就业特别是高校毕业生、农村转移劳动力、去产能安置职工等重点群体就业作为重要内容" (no subject: the
    // clause's responsible units).
    d.addReason(Texts.reason(ReasonCode.STANDING_DUTY, LINKAGE_GOALS));
    d.addDuty(
        Duties.duty(DutyCode.PRIORITY_GROUPS_AS_CONTENT, LINKAGE_GOALS)
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    // 二（四）: "各级承担招商引资工作任务的部门以及区市县（先导区）、街道（乡镇）在招商洽谈时，要把吸纳城乡劳动者就业作为重大项目引进重要因素".
    d.addReason(Texts.reason(ReasonCode.STANDING_DUTY, INVESTMENT_PROMOTION));
    d.addDuty(
        Duties.duty(DutyCode.INVESTMENT_NEGOTIATION_EMPLOYMENT, INVESTMENT_PROMOTION)
            .addPerformer(Performer.of(PerformerRole.INVESTMENT_PROMOTION_DEPARTMENT))
            .addPerformer(Performer.of(PerformerRole.COUNTY_LEVEL_UNITS_AND_PILOT_ZONES))
            .addPerformer(Performer.of(PerformerRole.SUBDISTRICT_OR_TOWNSHIP))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    d.addReason(Texts.reason(ReasonCode.STANDING_DUTY, SKILLED_TALENT_RESERVE));
    d.addDuty(
        Duties.duty(DutyCode.SHORTAGE_CATALOGUE, SKILLED_TALENT_RESERVE)
            .addPerformer(Performer.of(PerformerRole.CITY_HR_DEPARTMENT, Region.DALIAN))
            .timing(DutyTiming.PERIOD_UNDETERMINED)
            .addReason(Texts.reason(ReasonCode.CATALOGUE_PERIOD_OPEN, SKILLED_TALENT_RESERVE))
            .build());
    // "加快推行…等项目" has no subject of its own: the clause's responsible units
    // (市人社局、市财政局，各区市县政府和先导区管委会)
    // carry it, so no performer narrower than them is named.
    d.addDuty(
        Duties.duty(DutyCode.TRAINING_PROGRAMMES, SKILLED_TALENT_RESERVE)
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    d.addReason(Texts.reason(ReasonCode.STANDING_DUTY, SERVICE_SPECIALISTS));
    Duty.Builder specialistsDuty =
        Duties.duty(DutyCode.SERVICE_SPECIALIST_SYSTEM, SERVICE_SPECIALISTS)
            .timing(DutyTiming.NO_FIXED_DEADLINE);
    for (Region r : Region.values()) {
      if (r.isCountyLevel() || r.isPilotZone()) {
        specialistsDuty.addPerformer(Performer.of(PerformerRole.HR_DEPARTMENT, r));
      }
    }
    d.addDuty(specialistsDuty.build());
    // 瓦政办发〔2018〕66号: "请结合实际，抓好贯彻落实", to Wafangdian's units, from its date.
    if (!asOf.isBefore(FORWARDED)) {
      d.addReason(Texts.reason(ReasonCode.STANDING_DUTY, FORWARDING_NOTICE));
      d.addDuty(
          Duties.duty(DutyCode.FORWARDED_IMPLEMENTATION, FORWARDING_NOTICE)
              .addPerformer(Performer.of(PerformerRole.FORWARDING_ADDRESSEES, Region.WAFANGDIAN))
              .timing(DutyTiming.NO_FIXED_DEADLINE)
              .build());
    }
    return d.build();
  }

  private ObligationDecision.Builder decision(Outcome outcome) {
    return ObligationDecision.builder().outcome(outcome).versions(versions);
  }

  /** The common start: validity and scope. Returns null when the decision is already final. */
  private Gate gate(ProjectEvent event, ClauseRef clause) {
    if (!validity.contains(event.date())) {
      return new Gate(
          decision(Outcome.NOT_IN_FORCE)
              .addReason(Texts.reason(ReasonCode.NOT_IN_FORCE, clause))
              .build(),
          Outcome.NOT_IN_FORCE,
          List.of(),
          List.of(),
          scope.classify(event.project(), event.date()));
    }
    ScopeDecision s = scope.classify(event.project(), event.date());
    List<Reason> reasons = new ArrayList<>();
    switch (s.outcome()) {
      case YES -> reasons.add(Texts.reason(ReasonCode.EVENT_PROJECT_MAJOR, clause));
      case NO -> {
        reasons.add(Texts.reason(ReasonCode.EVENT_PROJECT_NOT_MAJOR, clause));
        reasons.addAll(s.reasons());
        return new Gate(
            decision(Outcome.NO).addAllReasons(reasons).build(), Outcome.NO, reasons, List.of(), s);
      }
      default -> reasons.add(Texts.reason(ReasonCode.EVENT_PROJECT_UNDETERMINED, clause));
    }
    reasons.addAll(s.reasons());
    return new Gate(null, s.outcome(), reasons, s.missingFacts(), s);
  }

  private record Gate(
      @org.jspecify.annotations.Nullable ObligationDecision finalDecision,
      Outcome outcome,
      List<Reason> reasons,
      List<MissingFact> missing,
      ScopeDecision scope) {}

  private ObligationDecision approved(ProjectEvent event) {
    Gate g = gate(event, JOB_DEMAND_ASSESSMENT);
    if (g.finalDecision() != null) {
      return g.finalDecision();
    }
    Optional<Location> loc = event.project().location();
    ObligationDecision.Builder d =
        decision(g.outcome()).addAllReasons(g.reasons()).addAllMissingFacts(g.missing());
    d.addDuty(
        Duties.duty(DutyCode.JOB_DEMAND_ASSESSMENT, JOB_DEMAND_ASSESSMENT)
            .addAllPerformers(Duties.hrAtAllLevels(loc))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    // "发展改革部门向人社部门提供总投资额1亿元以上建设项目情况": the list depends on the project being a 建设项目
    // of at least 1亿元 itself, not on the scope decision (a widening or a missing location).
    Project project = event.project();
    Outcome construction =
        project.type().isEmpty()
            ? Outcome.UNDETERMINED
            : project.type().get() == ProjectType.CONSTRUCTION ? Outcome.YES : Outcome.NO;
    Outcome threshold =
        project.totalInvestment().isEmpty()
            ? Outcome.UNDETERMINED
            : project.totalInvestment().get().isAtLeast(LinkagePolicy.MUNICIPAL_THRESHOLD)
                ? Outcome.YES
                : Outcome.NO;
    boolean listed = construction != Outcome.NO && threshold != Outcome.NO;
    boolean certain = construction == Outcome.YES && threshold == Outcome.YES;
    if (listed && (certain || g.outcome() == Outcome.UNDETERMINED)) {
      d.addDuty(
          Duties.duty(DutyCode.PROJECT_LIST_TO_HR, JOB_DEMAND_ASSESSMENT)
              .addPerformer(Performer.of(PerformerRole.DEVELOPMENT_AND_REFORM_DEPARTMENT))
              .timing(DutyTiming.NO_FIXED_DEADLINE)
              .build());
    } else if (listed) {
      // major by a widening, the list's own facts missing: the duty is not listed, its facts are
      if (construction == Outcome.UNDETERMINED) {
        d.addMissingFact(MissingFact.PROJECT_TYPE);
      }
      if (threshold == Outcome.UNDETERMINED) {
        d.addMissingFact(MissingFact.PROJECT_TOTAL_INVESTMENT);
      }
    } else {
      d.addReason(
          Texts.reason(ReasonCode.DEVELOPMENT_REFORM_LIST_THRESHOLD_ONLY, JOB_DEMAND_ASSESSMENT));
    }
    d.addDuty(
        Duties.duty(DutyCode.DEMAND_TRACKING, LINKAGE_GOALS)
            .addAllPerformers(Duties.hrAtAllLevels(loc))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    return d.build();
  }

  private ObligationDecision agreement(ProjectEvent event) {
    if (!validity.contains(event.date())) {
      return decision(Outcome.NOT_IN_FORCE)
          .addReason(Texts.reason(ReasonCode.NOT_IN_FORCE, INVESTMENT_PROMOTION))
          .build();
    }
    Optional<Location> loc = event.project().location();
    List<Performer> performers = new ArrayList<>();
    performers.add(Performer.of(PerformerRole.INVESTMENT_PROMOTION_DEPARTMENT));
    performers.addAll(Duties.countyAndSubdistrict(loc));
    ObligationDecision.Builder d;
    if (agreementScope == InvestmentAgreementScope.MAJOR_PROJECTS_ONLY) {
      Gate g = gate(event, INVESTMENT_PROMOTION);
      Reason why = Texts.reason(ReasonCode.INVESTMENT_AGREEMENT_MAJOR_ONLY, INVESTMENT_PROMOTION);
      if (g.finalDecision() != null) {
        return decision(g.outcome()).addReason(why).addAllReasons(g.reasons()).build();
      }
      d =
          decision(g.outcome())
              .addReason(why)
              .addAllReasons(g.reasons())
              .addAllMissingFacts(g.missing());
    } else {
      d =
          decision(Outcome.YES)
              .addReason(
                  Texts.reason(ReasonCode.INVESTMENT_AGREEMENT_ANY_PROJECT, INVESTMENT_PROMOTION));
    }
    return d.addDuty(
            Duties.duty(DutyCode.INVESTOR_TALENT_NEEDS, INVESTMENT_PROMOTION)
                .addAllPerformers(performers)
                .timing(DutyTiming.PROMPTLY)
                .build())
        .build();
  }

  private ObligationDecision land(ProjectEvent event) {
    if (!validity.contains(event.date())) {
      return decision(Outcome.NOT_IN_FORCE)
          .addReason(Texts.reason(ReasonCode.NOT_IN_FORCE, LAND_EXPROPRIATION))
          .build();
    }
    LandNoticeKind kind = event.landNoticeKind();
    List<Reason> noticeReasons = new ArrayList<>();
    if (!landTriggers.contains(kind)) {
      ReasonCode code =
          kind == LandNoticeKind.PRE_NOTICE
              ? ReasonCode.LAND_PRE_NOTICE_NO_TRIGGER
              : ReasonCode.LAND_COMPENSATION_NOTICE_NO_TRIGGER;
      return decision(Outcome.NO).addReason(Texts.reason(code, LAND_EXPROPRIATION)).build();
    }
    if (kind != LandNoticeKind.EXPROPRIATION_NOTICE) {
      noticeReasons.add(
          Texts.reason(ReasonCode.LAND_NOTICE_TRIGGER_CONFIGURED, LAND_EXPROPRIATION));
    }
    Fact involves = event.involvesLandExpropriatedPersons();
    if (involves == Fact.NO) {
      return decision(Outcome.NO)
          .addReason(Texts.reason(ReasonCode.LAND_NO_PERSONS, LAND_EXPROPRIATION))
          .build();
    }
    Gate g = gate(event, LAND_EXPROPRIATION);
    if (g.finalDecision() != null) {
      return g.finalDecision();
    }
    Outcome outcome = g.outcome();
    Set<MissingFact> missing = new LinkedHashSet<>(g.missing());
    List<Reason> reasons = new ArrayList<>(g.reasons());
    reasons.addAll(noticeReasons);
    if (involves == Fact.UNKNOWN) {
      outcome = Outcome.UNDETERMINED;
      reasons.add(Texts.reason(ReasonCode.LAND_PERSONS_UNKNOWN, LAND_EXPROPRIATION));
      missing.add(MissingFact.EVENT_INVOLVES_LAND_EXPROPRIATED_PERSONS);
    }
    reasons.add(Texts.reason(ReasonCode.LAND_NOTICE_TRIGGERS, LAND_EXPROPRIATION));
    Optional<Location> loc = event.project().location();
    Duty.Builder survey =
        Duties.duty(DutyCode.LAND_SURVEY_AND_DATABASES, LAND_EXPROPRIATION)
            .addAllPerformers(Duties.countyAndSubdistrict(loc))
            .trigger(event.date())
            .period(landPeriod)
            .addReason(
                Texts.reason(
                    event.date().isBefore(CIVIL_CODE)
                        ? ReasonCode.DUE_COUNTING_GENERAL_PROVISIONS
                        : ReasonCode.DUE_COUNTING_CIVIL_CODE,
                    LAND_EXPROPRIATION))
            .addReason(
                Texts.reason(
                    landPeriod.countsMakeupWorkdays()
                        ? ReasonCode.DUE_MAKEUP_WORKDAYS_COUNTED
                        : ReasonCode.DUE_MAKEUP_WORKDAYS_EXCLUDED,
                    LAND_EXPROPRIATION));
    try {
      Deadline deadline = landPeriod.after(event.date(), calendar);
      survey.deadline(deadline);
      if (deadline.provisional()) {
        survey
            .timing(DutyTiming.PROVISIONAL_DUE_DATE)
            .addReason(Texts.reason(ReasonCode.DUE_PROVISIONAL, LAND_EXPROPRIATION));
      } else {
        survey
            .timing(DutyTiming.DUE_DATE)
            .addReason(Texts.reason(ReasonCode.DUE_FROM_CALENDAR, LAND_EXPROPRIATION));
      }
    } catch (OutsideCoverageException e) {
      survey
          .timing(DutyTiming.DUE_DATE_UNDETERMINED)
          .addReason(Texts.reason(ReasonCode.DUE_OUTSIDE_CALENDAR, LAND_EXPROPRIATION));
    }
    List<Performer> planPerformers = new ArrayList<>(Duties.countyAndSubdistrict(loc));
    planPerformers.add(Duties.local(PerformerRole.LOCAL_GOVERNMENT, loc));
    Duty plan =
        Duties.duty(DutyCode.RESETTLEMENT_PLAN, LAND_EXPROPRIATION)
            .addAllPerformers(planPerformers)
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .addReason(Texts.reason(ReasonCode.RESETTLEMENT_NO_DEADLINE, LAND_EXPROPRIATION))
            .build();
    // 三（七）: "要将辖区内重大项目建设造成的被征地人员中有培训愿望的，全部纳入农村劳动力转移培训计划…按规定给予职业培训补贴和职业技能鉴定补贴",
    // from the land notice of the major project, by the HR department of the project's 区市县（先导区）.
    Reason transfer = Texts.reason(ReasonCode.TRANSFER_PLAN_FROM_LAND_NOTICE, SKILLS_TRAINING_PLAN);
    reasons.add(transfer);
    Duty transferPlan =
        Duties.duty(DutyCode.TRANSFER_TRAINING_PLAN, SKILLS_TRAINING_PLAN)
            .addPerformer(Duties.local(PerformerRole.HR_DEPARTMENT, loc))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .addReason(transfer)
            .build();
    return decision(outcome)
        .addAllReasons(reasons)
        .addAllMissingFacts(missing)
        .addDuty(survey.build())
        .addDuty(plan)
        .addDuty(transferPlan)
        .build();
  }

  private ObligationDecision construction(ProjectEvent event) {
    Gate g = gate(event, PROJECT_CONSTRUCTION);
    if (g.finalDecision() != null) {
      return g.finalDecision();
    }
    Optional<Location> loc = event.project().location();
    Duty.Builder liaison =
        Duties.duty(DutyCode.PERIODIC_LIAISON, PROJECT_CONSTRUCTION)
            .addPerformer(Duties.local(PerformerRole.HR_DEPARTMENT, loc));
    Optional<Period> period = liaisonPeriod(loc);
    if (period.isPresent()) {
      liaison
          .timing(DutyTiming.PERIODIC)
          .recurrence(period.get())
          .addReason(Texts.reason(ReasonCode.LIAISON_PERIOD_CONFIGURED, PROJECT_CONSTRUCTION));
    } else {
      liaison
          .timing(DutyTiming.PERIOD_UNDETERMINED)
          .addReason(Texts.reason(ReasonCode.LIAISON_PERIOD_NOT_CONFIGURED, PROJECT_CONSTRUCTION));
    }
    return decision(g.outcome())
        .addAllReasons(g.reasons())
        .addAllMissingFacts(g.missing())
        .addDuty(liaison.build())
        .build();
  }

  private Optional<Period> liaisonPeriod(Optional<Location> loc) {
    if (loc.isPresent()) {
      Optional<Region> zone = loc.get().pilotZone();
      if (zone.isPresent() && liaisonPeriods.containsKey(zone.get())) {
        return Optional.of(liaisonPeriods.get(zone.get()));
      }
      Optional<Region> county = loc.get().countyLevelUnit();
      if (county.isPresent() && liaisonPeriods.containsKey(county.get())) {
        return Optional.of(liaisonPeriods.get(county.get()));
      }
    }
    return Optional.ofNullable(liaisonPeriods.get(Region.DALIAN));
  }

  private ObligationDecision recruitment(ProjectEvent event) {
    Gate g = gate(event, PROJECT_CONSTRUCTION);
    if (g.finalDecision() != null) {
      return g.finalDecision();
    }
    Optional<Location> loc = event.project().location();
    ObligationDecision.Builder d =
        decision(g.outcome())
            .addAllReasons(g.reasons())
            .addReason(Texts.reason(ReasonCode.RECRUITMENT_DUTIES, PROJECT_CONSTRUCTION))
            .addReason(Texts.reason(ReasonCode.PUBLIC_SERVICE_DUTIES, PUBLIC_EMPLOYMENT_SERVICE));
    Set<MissingFact> missing = new LinkedHashSet<>(g.missing());
    d.addDuty(
        Duties.duty(DutyCode.PRIORITY_EMPLOYMENT, PROJECT_CONSTRUCTION)
            .addAllPerformers(Duties.hrAtAllLevels(loc))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    d.addDuty(
        Duties.duty(DutyCode.PUBLIC_RECRUITMENT_EVENTS, PUBLIC_EMPLOYMENT_SERVICE)
            .addAllPerformers(Duties.hrAtAllLevels(loc))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    d.addDuty(
        Duties.duty(DutyCode.ONE_ENTERPRISE_ONE_POLICY, PUBLIC_EMPLOYMENT_SERVICE)
            .addAllPerformers(Duties.hrAtAllLevels(loc))
            .timing(DutyTiming.NO_FIXED_DEADLINE)
            .build());
    Project project = event.project();
    Fact graduates = event.recruitsCurrentGraduates();
    Fact funded = project.governmentFunded();
    if (graduates == Fact.NO) {
      d.addReason(Texts.reason(ReasonCode.DISCLOSURE_NO_GRADUATES, PUBLIC_EMPLOYMENT_SERVICE));
    } else if (funded == Fact.NO) {
      d.addReason(
          Texts.reason(ReasonCode.DISCLOSURE_NOT_GOVERNMENT_FUNDED, PUBLIC_EMPLOYMENT_SERVICE));
    } else if (graduates == Fact.UNKNOWN || funded == Fact.UNKNOWN) {
      if (graduates == Fact.UNKNOWN) {
        d.addReason(
            Texts.reason(ReasonCode.DISCLOSURE_GRADUATES_UNKNOWN, PUBLIC_EMPLOYMENT_SERVICE));
        missing.add(MissingFact.EVENT_RECRUITS_CURRENT_GRADUATES);
      }
      if (funded == Fact.UNKNOWN) {
        d.addReason(Texts.reason(ReasonCode.DISCLOSURE_FUNDING_UNKNOWN, PUBLIC_EMPLOYMENT_SERVICE));
        missing.add(MissingFact.PROJECT_GOVERNMENT_FUNDED);
      }
    } else {
      boolean state = project.ownership().map(o -> o.isState()).orElse(false);
      Reason why =
          Texts.reason(
              state
                  ? ReasonCode.DISCLOSURE_STATE_ENTERPRISE
                  : ReasonCode.DISCLOSURE_GOVERNMENT_FUNDED,
              PUBLIC_EMPLOYMENT_SERVICE);
      d.addReason(why);
      d.addDuty(
          Duties.duty(DutyCode.GRADUATE_RECRUITMENT_DISCLOSURE, PUBLIC_EMPLOYMENT_SERVICE)
              .addPerformer(Performer.of(PerformerRole.PROJECT_EMPLOYER))
              // 三（六） says "应主动公开信息" without 及时 or any period
              .timing(DutyTiming.NO_FIXED_DEADLINE)
              .addReason(why)
              .build());
    }
    return d.addAllMissingFacts(missing).build();
  }

  private ObligationDecision shortfall(ProjectEvent event) {
    Gate g = gate(event, PROJECT_CONSTRUCTION);
    if (g.finalDecision() != null) {
      return g.finalDecision();
    }
    return decision(g.outcome())
        .addAllReasons(g.reasons())
        .addReason(Texts.reason(ReasonCode.SHORTFALL_EXTERNAL, PROJECT_CONSTRUCTION))
        .addAllMissingFacts(g.missing())
        .addDuty(externalRecruitment(event.project().location(), event.workers().getAsInt()))
        .build();
  }

  /**
   * The external-recruitment duty of 二（五）.
   *
   * @param location the project's location
   * @param workers the shortfall
   * @return the duty
   */
  static Duty externalRecruitment(Optional<Location> location, int workers) {
    return Duties.duty(DutyCode.EXTERNAL_RECRUITMENT, PROJECT_CONSTRUCTION)
        .addAllPerformers(Duties.hrAtAllLevels(location))
        .timing(DutyTiming.NO_FIXED_DEADLINE)
        .workers(workers)
        .addReason(Texts.reason(ReasonCode.SHORTFALL_EXTERNAL, PROJECT_CONSTRUCTION))
        .build();
  }

  private ObligationDecision trainingNeed(ProjectEvent event) {
    Gate g = gate(event, SKILLS_TRAINING_PLAN);
    if (g.finalDecision() != null) {
      return g.finalDecision();
    }
    return decision(g.outcome())
        .addAllReasons(g.reasons())
        .addReason(Texts.reason(ReasonCode.TRAINING_LIAISON, SKILLS_TRAINING_PLAN))
        .addAllMissingFacts(g.missing())
        .addDuty(
            Duties.duty(DutyCode.ORDER_TRAINING_LIAISON, SKILLS_TRAINING_PLAN)
                .addAllPerformers(Duties.hrAtAllLevels(event.project().location()))
                .timing(DutyTiming.NO_FIXED_DEADLINE)
                .build())
        .build();
  }

  private ObligationDecision issueRaised(ProjectEvent event) {
    Gate g = gate(event, SERVICE_SPECIALISTS);
    if (g.finalDecision() != null) {
      return g.finalDecision();
    }
    Optional<Location> loc = event.project().location();
    Performer.Builder specialist = Performer.builder().role(PerformerRole.HR_SERVICE_SPECIALIST);
    if (loc.isPresent()) {
      Region unit = loc.get().administeringUnit();
      specialist.region(unit);
      String name = specialists.get(unit);
      if (name != null) {
        specialist.name(name);
      }
    }
    return decision(g.outcome())
        .addAllReasons(g.reasons())
        .addReason(Texts.reason(ReasonCode.ISSUE_EXPEDITED, SERVICE_SPECIALISTS))
        .addAllMissingFacts(g.missing())
        .addDuty(
            Duties.duty(DutyCode.EXPEDITED_ISSUE_HANDLING, SERVICE_SPECIALISTS)
                .addPerformer(specialist.build())
                .timing(DutyTiming.PROMPTLY)
                .trackedUntilClosed(true)
                .reference(event.issueId().orElseThrow())
                .build())
        .build();
  }

  private ObligationDecision issueClosed(ProjectEvent event) {
    if (!validity.contains(event.date())) {
      return decision(Outcome.NOT_IN_FORCE)
          .addReason(Texts.reason(ReasonCode.NOT_IN_FORCE, SERVICE_SPECIALISTS))
          .build();
    }
    // Closing an issue creates no duty: it ends the tracking of the one its raising created.
    return decision(Outcome.NO)
        .addReason(Texts.reason(ReasonCode.ISSUE_CLOSED, SERVICE_SPECIALISTS))
        .build();
  }
}
