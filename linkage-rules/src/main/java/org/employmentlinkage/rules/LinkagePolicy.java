package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Interpretation;
import org.employmentlinkage.policy.InterpretationId;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocument;
import org.employmentlinkage.policy.PolicyDocuments;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;

/**
 * 大政办发〔2018〕83号 《大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制的意见》 as code: the one entry point of linkage-rules.
 * Get the city-wide policy with {@link LinkagePolicies#dalian2018()}, or build one with regional
 * parameters with {@link #builder()}.
 *
 * <ul>
 *   <li>{@link #classify(Project, LocalDate)} – 一（一）: is a project a 重大项目 (total investment ≥ 1亿元,
 *       or a region's widening), by which rule, why.
 *   <li>{@link #personGroups(Person, LocalDate)} – 一（二）/二（五）/二（三）/三（六）: the groups a person belongs
 *       to, with reasons and missing facts.
 *   <li>{@link #planRecruitment(LabourDemand, Collection)} – 二（五）: local priority groups first,
 *       then the city's labour, then candidates from outside the city (外出招聘、劳务合作), and a duty for
 *       what is still unfilled.
 *   <li>{@link #subsidies(TrainingRecord, Person, Project, LocalDate)} – 三（七）/三（八）: training
 *       subsidies, with amounts where a region's schedule gives them.
 *   <li>{@link #obligations(ProjectEvent)} – the duties a project event triggers (一（一）, 一（二）, 二（三）
 *       to 二（五）, 三（六）, 三（七）, 三 末段), with responsible units and due dates.
 *   <li>{@link #standingDuties(LocalDate)} – the duties that wait for no event (一（一）, 一（二）, 二（四）,
 *       三（八）, 三 末段, 瓦政办发〔2018〕66号).
 *   <li>{@link #interpretations()} – the readings of terms the text leaves open, with their
 *       sources.
 * </ul>
 *
 * <p>Every answer is a {@link org.employmentlinkage.policy.Decision}: an outcome (yes / no /
 * undetermined / not in force), reasons that cite the clause, the missing facts, and the versions
 * of the policy, its parameters and the calendar. Missing facts only ever weaken an answer to
 * undetermined. Decisions whose facts fix the outcome are shared constants.
 *
 * <p>Immutable, thread-safe, lock-free and serializable (it serializes as its configuration and is
 * rebuilt when read; the clock and calendar must be serializable, as the JDK's system and fixed
 * clocks and the linkage calendars are). Nothing reads the system clock except through the injected
 * {@link Clock}, whose instant is taken in Beijing time.
 *
 * <p>Serialized form: a private proxy holding the configuration, itself written as a proxy of its
 * attributes; reading builds the configuration again through the same checks as {@link
 * Builder#build()} (a negative number of graduate years, a liaison period that is not positive, a
 * blank service specialist or a missing clock is an {@link InvalidObjectException}); a stream of
 * the class itself is refused. The serialized forms read no lengths themselves: lists and maps in a
 * stream are read by the JDK's collections, which consult the stream's {@link
 * java.io.ObjectInputFilter}; set one (e.g. {@code jdk.serialFilter}) for streams you do not trust.
 */
public final class LinkagePolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The version of this encoding of the policy, recorded in every decision. */
  public static final String POLICY_VERSION = "大政办发〔2018〕83号/linkage-rules-1";

  /** The parameters version of a policy with the document's defaults and no regional settings. */
  public static final String DEFAULT_PARAMETERS = "municipal-defaults";

  /**
   * The municipal threshold of 一（一）: a construction project (建设项目) with a total investment of
   * 100,000,000.00 元 (1亿元) or more is a major project ("以上" includes the number: 《民法典》第一千二百五十九条,
   * applied by analogy).
   */
  public static final Money MUNICIPAL_THRESHOLD = ScopeRule.MUNICIPAL_THRESHOLD;

  /**
   * The default number of years after leaving school a graduate counts as 高校毕业生 (离校2年内): a labelled
   * reading, not the policy's rule, which names no limit (docs/adr/0009).
   */
  public static final int DEFAULT_GRADUATE_YEARS = 2;

  /**
   * The largest {@link Builder#collegeGraduateYears(int) collegeGraduateYears}: 100 years after
   * graduation (use {@link Builder#collegeGraduatesWithoutTimeLimit()} for no limit). A larger
   * number is refused before any person is judged: 2147483647 would overflow every date computed
   * from it.
   */
  public static final int MAX_COLLEGE_GRADUATE_YEARS = 100;

  /**
   * The longest {@link Builder#liaisonPeriod(Region, Period) liaison period} of 二（五）, in months: 10
   * years ({@code P10Y}); the text says only "定期", and a period longer than the policy has been in
   * force is a typo rather than a reading.
   */
  public static final int MAX_LIAISON_PERIOD_MONTHS = 120;

  /** The configuration; the rules are built from it, and it is the serialized form. */
  private final PolicyConfig config;

  private final transient Versions versions;
  private final transient ScopeRule scope;
  private final transient GroupRules groups;
  private final transient Recruitment recruitment;
  private final transient Subsidies subsidies;
  private final transient Obligations obligations;
  private final transient ValidityWindow validity;
  private final transient List<Interpretation> interpretations;

  private LinkagePolicy(PolicyConfig config) {
    this.config = config;
    this.versions =
        Versions.builder()
            .policy(POLICY_VERSION)
            .parameters(config.parametersVersion())
            .calendar(config.calendar().version())
            .build();
    this.validity = config.effectiveValidity();
    this.interpretations = Readings.of(config);
    this.scope = new ScopeRule(validity, config.widenings(), versions);
    this.groups =
        new GroupRules(
            validity,
            config.graduateYears().orElse(-1),
            config.technicianClassesAsGraduates(),
            config.customGroups(),
            versions);
    this.recruitment =
        new Recruitment(
            validity, scope, groups, config.locality(), config.orderWithinTier(), versions);
    this.subsidies = new Subsidies(validity, scope, config.schedules(), versions);
    this.obligations =
        new Obligations(
            validity,
            scope,
            config.calendar(),
            config.countMakeupWorkdays(),
            config.landTriggers(),
            config.liaisonPeriods(),
            config.specialists(),
            config.agreementScope(),
            versions);
  }

  /**
   * A builder starting from the document's defaults: validity from 2018-07-06, the official
   * calendar, the system clock, residence as locality, 离校2年内 for 高校毕业生, only the 征收土地公告 triggering
   * 二（三）, make-up working days counted, and no regional parameters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this policy's configuration, to derive a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(config);
  }

  // ---------------------------------------------------------------------------------------------
  // 一（一） scope

  /**
   * 一（一）: whether {@code project} is a major project (重大项目) on {@code asOf}: a construction project
   * (建设项目) with total investment ≥ 1亿元 ("以上" includes the number: 《民法典》第一千二百五十九条, applied by
   * analogy), or a project that a widening in force for its county-level unit or pilot zone makes
   * major.
   *
   * @param project the project
   * @param asOf the date to judge on
   * @return the decision, a shared constant; {@link
   *     org.employmentlinkage.policy.Outcome#NOT_IN_FORCE} if {@code asOf} is outside the policy's
   *     validity
   * @throws NullPointerException if an argument is null
   */
  public ScopeDecision classify(Project project, LocalDate asOf) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(asOf, "asOf");
    return scope.classify(project, asOf);
  }

  /**
   * 一（一） on today's date in Beijing, from the injected clock.
   *
   * @param project the project
   * @return the decision
   * @throws NullPointerException if {@code project} is null
   */
  public ScopeDecision classify(Project project) {
    return classify(project, today());
  }

  /**
   * 一（一）: the total-investment threshold (投资额标准) this policy applies to construction projects at
   * {@code location} on {@code asOf}: {@link #MUNICIPAL_THRESHOLD}, or the lower threshold of a
   * regional widening in force on that date for the location's county-level unit or pilot zone (the
   * lowest when both have one). A location that names only a pilot zone says nothing about its
   * county-level unit, whose widenings are then not considered ({@link #classify} answers
   * undetermined in that case). The validity window plays no part: outside it {@link #classify}
   * answers {@link org.employmentlinkage.policy.Outcome#NOT_IN_FORCE} whatever the threshold.
   *
   * <p>A construction project at the location with at least this total investment is a major
   * project on {@code asOf} (when the policy is in force); widenings by category or designation may
   * make other projects major too.
   *
   * @param location the project's location
   * @param asOf the date
   * @return the threshold, at most 1亿元
   * @throws NullPointerException if an argument is null
   */
  public Money investmentThreshold(Location location, LocalDate asOf) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(asOf, "asOf");
    return scope.thresholdAt(location, asOf);
  }

  // ---------------------------------------------------------------------------------------------
  // 一（二）、二（五）、二（三）、三（六） groups

  /**
   * The groups {@code person} belongs to on {@code asOf}: the priority groups (重点群体) of 一（二）/二（五）,
   * 高校毕业生, 农村转移劳动力, 去产能安置职工 and any the policy added, then the two groups the document treats
   * separately, 被征地人员 (二（三）) and 应届高校毕业生 (三（六））. The decision's outcome is about the priority
   * groups only; {@link PersonGroups#certainGroups()} and {@link
   * PersonGroups#certainPriorityGroups()} list the memberships.
   *
   * <p>The text defines none of the groups: the definitions are readings ({@link
   * #interpretations()}; {@code docs/adr/0003-policy-as-code.md}, "Groups"; configurable where
   * listed): 高校毕业生 — 大专 or higher, or 技师学院高级工班/预备技师班, in the graduation year of {@code asOf} or
   * within the configured years after graduating (default 2: 离校2年内); 应届高校毕业生 — the same education,
   * graduating in the year of {@code asOf}; 农村转移劳动力 — rural household registration and moving to
   * non-farm work; 去产能安置职工 and added groups — a certified status; 被征地人员 — land expropriated (for
   * any project).
   *
   * @param person the person
   * @param asOf the date to judge on
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public PersonGroups personGroups(Person person, LocalDate asOf) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(asOf, "asOf");
    return groups.evaluate(person, asOf);
  }

  /**
   * {@link #personGroups(Person, LocalDate)} on today's date in Beijing, from the injected clock.
   *
   * @param person the person
   * @return the decision
   * @throws NullPointerException if {@code person} is null
   */
  public PersonGroups personGroups(Person person) {
    return personGroups(person, today());
  }

  // ---------------------------------------------------------------------------------------------
  // 二（五） recruitment

  /**
   * 二（五）: the recruitment order for a major project's demand. Candidates who meet the position's
   * requirements (the caller's judgement) are seated in tiers: local members of a 重点群体 first, then
   * the rest of the city's labour, then candidates from outside the city ("对本市劳动力仍不能满足项目用工需求的，
   * 通过外出招聘、劳务合作等方式…"), then those whose city membership cannot be told; within a tier by candidate
   * identifier, or as given ({@link TierOrder}, a reading). The unqualified are not seated. What is
   * still unfilled becomes the external-recruitment duty. Local and city membership follow the
   * configured {@link Locality} (a reading).
   *
   * @param demand the demand (project, positions, date)
   * @param candidates the candidates, with unique identifiers
   * @return the plan
   * @throws NullPointerException if an argument or a candidate is null
   * @throws IllegalArgumentException if two candidates have the same identifier
   */
  public RecruitmentPlan planRecruitment(LabourDemand demand, Collection<Candidate> candidates) {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(candidates, "candidates");
    return recruitment.plan(demand, candidates);
  }

  // ---------------------------------------------------------------------------------------------
  // 三（七）、三（八） subsidies

  /**
   * 三（七）/三（八）: the training subsidies of {@code record}, for training that relates to {@code
   * project} (its employer organised it, or its land expropriation affected the trainee).
   *
   * <ul>
   *   <li>在岗职工技能提升培训 organised by a major-project employer → 培训补贴 (三（七）).
   *   <li>农村劳动力转移培训 of a person whose land the major project expropriated and who wants training →
   *       included in the transfer training plan (a duty), 职业培训补贴 and 职业技能鉴定补贴, conditional until
   *       training is completed and a certificate obtained (三（七）).
   *   <li>就业技能培训, 劳动预备制培训 or 企业职工岗位技能培训 passed → 培训补贴 by occupation and level (三（八）).
   * </ul>
   *
   * <p>Amounts come from the subsidy schedule of the record's region (else the project's, else the
   * city-wide one) in force on the certificate date (else the completion date, else {@code asOf}),
   * with the shortage uplift of the 急需紧缺目录; without a schedule the entitlement says "amount per
   * schedule" ({@link AmountBasis#PER_RULES}).
   *
   * @param record the training record
   * @param person the trainee, whose training {@code record} is
   * @param project the related project
   * @param asOf the date to judge on
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public SubsidyDecision subsidies(
      TrainingRecord record, Person person, Project project, LocalDate asOf) {
    Objects.requireNonNull(project, "project");
    return subsidies(record, person, Optional.of(project), asOf);
  }

  /**
   * {@link #subsidies(TrainingRecord, Person, Project, LocalDate)} when the related project may be
   * unknown; subsidies that need it are then undetermined.
   *
   * @param record the training record
   * @param person the trainee, whose training {@code record} is
   * @param project the related project, or empty
   * @param asOf the date to judge on
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public SubsidyDecision subsidies(
      TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(asOf, "asOf");
    return subsidies.subsidies(record, person, project, asOf);
  }

  // ---------------------------------------------------------------------------------------------
  // events

  /**
   * The duties {@code event} triggers, judged on the event's date:
   *
   * <ul>
   *   <li>approved → 一（一） job-demand assessment and (for ≥ 1亿元 projects) the 发展改革 list to HR; 一（二）
   *       demand tracking;
   *   <li>investment agreement signed → 二（四） learn the investor's talent needs (any 招商项目 by
   *       default, a reading; or major projects only);
   *   <li>征收土地公告 → 二（三） survey and databases due 30 working days after publication (day 0 not
   *       counted), by the project's 区市县（先导区） and 街道（乡镇）, then the 安置分流方案 (no fixed deadline), and
   *       三（七） the transfer training plan of the willing 被征地人员; other notices trigger nothing by
   *       default;
   *   <li>construction started or completed → 二（五） periodic liaison at the region's configured
   *       period (undetermined until configured);
   *   <li>recruitment opened → 二（五） local priority groups first; 三（六） public recruitment events,
   *       一企一策 service, and disclosure when a government-funded project recruits 应届高校毕业生;
   *   <li>labour shortfall → 二（五） external recruitment, labour cooperation;
   *   <li>training need → 三（七） order-based and targeted training liaison;
   *   <li>issue raised → 三 末段 expedited handling by the region's service specialist, tracked until
   *       closed; issue closed → tracking ends.
   * </ul>
   *
   * <p>When the working-day calendar does not cover the 30 working days, the survey duty is still
   * returned, with an undetermined due date and a reason, or with a provisional due date and its
   * latest plausible date when the policy uses the provisional calendar.
   *
   * @param event the event
   * @return the decision
   * @throws NullPointerException if {@code event} is null
   */
  public ObligationDecision obligations(ProjectEvent event) {
    Objects.requireNonNull(event, "event");
    return obligations.obligations(event);
  }

  /**
   * The standing duties on {@code asOf}: 一（一） the growth point and staffing duties of 各级政府 and the
   * approval data readable by HR; 一（二） the priority groups as an important part; 二（四） the
   * employment of urban and rural workers as a factor in 招商洽谈; 三（八） the 急需紧缺目录 published regularly
   * by the city HR department, and the training programmes; 三 末段 the service specialist system of
   * every 区市县 and 先导区; from 2018-07-31, 瓦政办发〔2018〕66号's "请结合实际，抓好贯彻落实" for Wafangdian's units.
   *
   * @param asOf the date
   * @return the decision
   * @throws NullPointerException if {@code asOf} is null
   */
  public ObligationDecision standingDuties(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return obligations.standingDuties(asOf);
  }

  // ---------------------------------------------------------------------------------------------
  // configuration

  /**
   * The document encoded: 大政办发〔2018〕83号, with its basis and its forwarding by 瓦政办发〔2018〕66号 in
   * {@link PolicyDocuments}.
   *
   * @return the document
   */
  public PolicyDocument document() {
    return PolicyDocuments.DALIAN_2018_83;
  }

  /**
   * The validity window in force: the configured window (default {@link
   * ValidityWindow#DALIAN_2018_83}), ending on the last day set with {@link Builder#validUntil} if
   * any. No repeal or expiry of 大政办发〔2018〕83号 is known to this project (checked on {@link
   * ValidityWindow#CHECKED 2026-12-07}).
   *
   * @return the window
   */
  public ValidityWindow validity() {
    return validity;
  }

  /**
   * The readings (解读) this policy applies where the text leaves a term open, one per {@link
   * InterpretationId} in that enum's order: each with its statement, source, and either its
   * alternatives with the default and the one chosen on the builder, or fixed. Every reason that
   * rests on a reading names it ({@link org.employmentlinkage.policy.Reason#interpretations()}).
   *
   * @return the interpretations, unmodifiable
   */
  public List<Interpretation> interpretations() {
    return interpretations;
  }

  /**
   * The reading {@code id} as this policy applies it.
   *
   * @param id the id
   * @return the interpretation
   * @throws NullPointerException if {@code id} is null
   */
  public Interpretation interpretation(InterpretationId id) {
    Objects.requireNonNull(id, "id");
    for (Interpretation i : interpretations) {
      if (i.id() == id) {
        return i;
      }
    }
    throw new IllegalStateException("no interpretation " + id);
  }

  /**
   * The working-day calendar.
   *
   * @return the calendar
   */
  public WorkingDayCalendar calendar() {
    return config.calendar();
  }

  /**
   * The clock "today" comes from.
   *
   * @return the clock
   */
  public Clock clock() {
    return config.clock();
  }

  /**
   * Today's date in Beijing (Asia/Shanghai) by the injected clock.
   *
   * @return the date
   */
  public LocalDate today() {
    return LocalDate.ofInstant(config.clock().instant(), Deadline.BEIJING);
  }

  /**
   * The regional widenings of the scope.
   *
   * @return the widenings, unmodifiable
   */
  public List<ScopeWidening> widenings() {
    return config.widenings();
  }

  /**
   * The groups {@link #personGroups} decides, in order.
   *
   * @return the groups
   */
  public List<PersonGroup> groups() {
    return groups.groups();
  }

  /**
   * The versions recorded in every decision.
   *
   * @return the versions
   */
  public Versions versions() {
    return versions;
  }

  /**
   * The policy and parameters versions.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return "LinkagePolicy["
        + versions.policy()
        + ", "
        + versions.parameters()
        + ", "
        + versions.calendar()
        + "]";
  }

  /**
   * Serializes the policy as its configuration, the value {@link PolicyConfig}.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new SerializedForm(config);
  }

  /**
   * Rejects a stream that bypasses the serialized form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(LinkagePolicy.class);
  }

  /**
   * The serialized form: the configuration. Reading it checks every rule the builder checks (the
   * configuration is read through its own form, which builds it again and runs its check; the
   * policy is then built from a copy of it), and any broken rule is an {@link
   * InvalidObjectException} naming the rule.
   */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The configuration. */
    private final PolicyConfig config;

    SerializedForm(PolicyConfig config) {
      this.config = config;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, LinkagePolicy.class);
    }

    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          LinkagePolicy.class,
          () ->
              new LinkagePolicy(
                  ImmutablePolicyConfig.builder()
                      .from(Objects.requireNonNull(config, "config"))
                      .build()));
    }
  }

  /**
   * Builds a {@link LinkagePolicy}. Not thread-safe; the policies it builds are. {@link #build()}
   * validates the whole configuration.
   */
  public static final class Builder {
    private ValidityWindow validity = ValidityWindow.DALIAN_2018_83;
    private @Nullable WorkingDayCalendar calendar;
    private Clock clock = Clock.systemUTC();
    private final List<ScopeWidening> widenings = new ArrayList<>();
    private final Map<Region, Period> liaisonPeriods = new EnumMap<>(Region.class);
    private final Map<Region, SubsidySchedule> schedules = new EnumMap<>(Region.class);
    private Locality locality = Locality.RESIDENCE;
    private OptionalInt graduateYears = OptionalInt.of(DEFAULT_GRADUATE_YEARS);
    private final List<PersonGroup> customGroups = new ArrayList<>();
    private final Set<LandNoticeKind> landTriggers =
        EnumSet.of(LandNoticeKind.EXPROPRIATION_NOTICE);
    private boolean countMakeupWorkdays = true;
    private final Map<Region, String> specialists = new EnumMap<>(Region.class);
    private boolean technicianClasses = true;
    private InvestmentAgreementScope agreementScope =
        InvestmentAgreementScope.ANY_INVESTMENT_PROJECT;
    private TierOrder orderWithinTier = TierOrder.CANDIDATE_ID;
    private @Nullable LocalDate lastDay;
    private @Nullable String lastDaySource;
    private @Nullable String parametersLabel;

    Builder() {}

    Builder(PolicyConfig c) {
      validity = c.validity();
      calendar = c.calendar();
      clock = c.clock();
      widenings.addAll(c.widenings());
      liaisonPeriods.putAll(c.liaisonPeriods());
      schedules.putAll(c.schedules());
      locality = c.locality();
      graduateYears = c.graduateYears();
      customGroups.addAll(c.customGroups());
      landTriggers.addAll(c.landTriggers());
      countMakeupWorkdays = c.countMakeupWorkdays();
      specialists.putAll(c.specialists());
      technicianClasses = c.technicianClassesAsGraduates();
      agreementScope = c.agreementScope();
      orderWithinTier = c.orderWithinTier();
      lastDay = c.lastDay().orElse(null);
      lastDaySource = c.lastDaySource().orElse(null);
      parametersLabel = c.parametersLabel().orElse(null);
    }

    /**
     * The validity window (default {@link ValidityWindow#DALIAN_2018_83}; {@link
     * ValidityWindow#WAFANGDIAN_FORWARDING} for Wafangdian's forwarding date).
     *
     * @param window the window
     * @return this builder
     * @throws NullPointerException if {@code window} is null
     */
    public Builder validity(ValidityWindow window) {
      this.validity = Objects.requireNonNull(window, "window");
      return this;
    }

    /**
     * The working-day calendar for deadlines (default {@link ChinaCalendars#official()}).
     *
     * @param calendar the calendar
     * @return this builder
     * @throws NullPointerException if {@code calendar} is null
     */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Use {@link ChinaCalendars#provisional()}: deadlines running into a year without a State
     * Council notice get a provisional due date and its latest plausible date, flagged, instead of
     * an undetermined one.
     *
     * @return this builder
     */
    public Builder provisionalCalendar() {
      this.calendar = ChinaCalendars.provisional();
      return this;
    }

    /**
     * The clock "today" comes from (default {@link Clock#systemUTC()}; the instant is read in
     * Beijing time).
     *
     * @param clock the clock; serializable if the policy is to be serialized
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a regional widening of the scope (一（一）). No region has published one; label hypothetical
     * ones as such in {@link ScopeWidening#source()}.
     *
     * @param widening the widening
     * @return this builder
     * @throws NullPointerException if {@code widening} is null
     */
    public Builder addWidening(ScopeWidening widening) {
      widenings.add(Objects.requireNonNull(widening, "widening"));
      return this;
    }

    /**
     * The period of the liaison of 二（五） ("定期") for projects in {@code region}; {@link
     * Region#DALIAN} sets it for every region without its own. Without one the duty's period is
     * undetermined.
     *
     * @param region a county-level unit, a pilot zone, or {@link Region#DALIAN}
     * @param period the period, positive and at most 10 years ({@value
     *     LinkagePolicy#MAX_LIAISON_PERIOD_MONTHS} months), e.g. {@code Period.ofMonths(3)}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the region is {@link Region#OUTSIDE_DALIAN} or the period
     *     is zero, negative or longer than 10 years
     */
    public Builder liaisonPeriod(Region region, Period period) {
      PolicyConfig.checkLiaisonPeriod(region, period);
      liaisonPeriods.put(region, period);
      return this;
    }

    /**
     * The subsidy schedule of {@code region} (三（七）/三（八）); {@link Region#DALIAN} sets the city-wide
     * one.
     *
     * @param region a county-level unit, a pilot zone, or {@link Region#DALIAN}
     * @param schedule the schedule
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the region is {@link Region#OUTSIDE_DALIAN}
     */
    public Builder subsidySchedule(Region region, SubsidySchedule schedule) {
      PolicyConfig.checkSchedule(region, schedule);
      schedules.put(region, schedule);
      return this;
    }

    /**
     * What makes a person local (default {@link Locality#RESIDENCE}).
     *
     * @param locality the basis
     * @return this builder
     * @throws NullPointerException if {@code locality} is null
     */
    public Builder locality(Locality locality) {
      this.locality = Objects.requireNonNull(locality, "locality");
      return this;
    }

    /**
     * How many years after graduating a person still counts as 高校毕业生, besides the graduation year
     * itself (default {@value LinkagePolicy#DEFAULT_GRADUATE_YEARS}: 离校2年内; 0 for the graduation
     * year only).
     *
     * @param years the years, from 0 to {@value LinkagePolicy#MAX_COLLEGE_GRADUATE_YEARS}
     * @return this builder
     * @throws IllegalArgumentException if {@code years} is negative or more than {@value
     *     LinkagePolicy#MAX_COLLEGE_GRADUATE_YEARS}
     */
    public Builder collegeGraduateYears(int years) {
      PolicyConfig.checkGraduateYears(years);
      this.graduateYears = OptionalInt.of(years);
      return this;
    }

    /**
     * Counts every graduate (大专 or higher) as 高校毕业生, however long ago they graduated.
     *
     * @return this builder
     */
    public Builder collegeGraduatesWithoutTimeLimit() {
      this.graduateYears = OptionalInt.empty();
      return this;
    }

    /**
     * Adds a group to the open list of 重点群体 (一（二）/二（五）: "等"), made with {@link
     * PersonGroup#customPriority}.
     *
     * @param group the group
     * @return this builder
     * @throws NullPointerException if {@code group} is null
     * @throws IllegalArgumentException if the group is built in or its id is already added
     */
    public Builder addPriorityGroup(PersonGroup group) {
      PolicyConfig.checkPriorityGroup(group, customGroups);
      customGroups.add(group);
      return this;
    }

    /**
     * Lets another land notice also start the 30 working days of 二（三） (by default only the
     * post-approval 征收土地公告 does).
     *
     * @param notice the notice kind
     * @return this builder
     * @throws NullPointerException if {@code notice} is null
     */
    public Builder addLandNoticeTrigger(LandNoticeKind notice) {
      landTriggers.add(Objects.requireNonNull(notice, "notice"));
      return this;
    }

    /**
     * Whether make-up working weekends (调休上班) count among the 30 working days of 二（三） (default
     * {@code true}: they are working days, and no statute excludes them; README, "Decisions you
     * should know").
     *
     * @param count whether they count
     * @return this builder
     */
    public Builder countMakeupWorkdays(boolean count) {
      this.countMakeupWorkdays = count;
      return this;
    }

    /**
     * The name or contact of the HR service specialist (服务专员) of {@code region}, put on the duties
     * of 三 末段.
     *
     * @param region a county-level unit or a pilot zone
     * @param contact the name or contact
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the region is not a county-level unit or a pilot zone, or
     *     the contact is blank
     */
    public Builder serviceSpecialist(Region region, String contact) {
      PolicyConfig.checkServiceSpecialist(region, contact);
      specialists.put(region, contact);
      return this;
    }

    /**
     * Whether graduates of 技师学院高级工班 and 预备技师班 count as 高校毕业生 (reading {@link
     * InterpretationId#COLLEGE_GRADUATE_EDUCATION}; default {@code true}).
     *
     * @param count whether they count
     * @return this builder
     */
    public Builder technicianClassesAsCollegeGraduates(boolean count) {
      this.technicianClasses = count;
      return this;
    }

    /**
     * Which projects the duty of 二（四） at the signing of an investment agreement covers (reading
     * {@link InterpretationId#INVESTMENT_AGREEMENT_SCOPE}; default {@link
     * InvestmentAgreementScope#ANY_INVESTMENT_PROJECT}).
     *
     * @param scope the scope
     * @return this builder
     * @throws NullPointerException if {@code scope} is null
     */
    public Builder investmentAgreementScope(InvestmentAgreementScope scope) {
      this.agreementScope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * The order of candidates within one tier of 二（五） (reading {@link
     * InterpretationId#ORDER_WITHIN_TIER}; default {@link TierOrder#CANDIDATE_ID}).
     *
     * @param order the order
     * @return this builder
     * @throws NullPointerException if {@code order} is null
     */
    public Builder orderWithinTier(TierOrder order) {
      this.orderWithinTier = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * The last day the policy is in force, for a caller who knows of its repeal or expiry (e.g. a
     * 规范性文件 clean-up list); none is known to this project (checked on {@link ValidityWindow#CHECKED
     * 2026-12-07}). From the next day on every rule answers {@link
     * org.employmentlinkage.policy.Outcome#NOT_IN_FORCE}.
     *
     * @param lastDay the last day in force, inclusive
     * @param source where it comes from, e.g. the number of the repealing document
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code source} is blank; {@link #build()} also rejects a
     *     last day before the validity window's first day
     */
    public Builder validUntil(LocalDate lastDay, String source) {
      Objects.requireNonNull(lastDay, "lastDay");
      Objects.requireNonNull(source, "source");
      if (source.isBlank()) {
        throw new IllegalArgumentException("validUntil: source must not be blank");
      }
      this.lastDay = lastDay;
      this.lastDaySource = source;
      return this;
    }

    /**
     * A label for the parameters, recorded in every decision instead of the computed digest.
     *
     * @param label the label, e.g. {@code wafangdian-hypothetical-2025}
     * @return this builder
     * @throws NullPointerException if {@code label} is null
     * @throws IllegalArgumentException if {@code label} is blank
     */
    public Builder parametersVersion(String label) {
      PolicyConfig.checkParametersLabel(label);
      this.parametersLabel = label;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if a widening would narrow the municipal scope (a threshold
     *     above 1亿元), two widenings of one region overlap in time, or the last day of {@link
     *     #validUntil} is before the first day in force
     */
    public LinkagePolicy build() {
      return new LinkagePolicy(buildConfig());
    }

    /** The configuration, checked by {@link PolicyConfig#check()}. */
    PolicyConfig buildConfig() {
      ImmutablePolicyConfig.Builder b =
          ImmutablePolicyConfig.builder()
              .validity(validity)
              .calendar(calendar != null ? calendar : ChinaCalendars.official())
              .clock(clock)
              .widenings(widenings)
              .liaisonPeriods(liaisonPeriods)
              .schedules(schedules)
              .locality(locality)
              .graduateYears(graduateYears)
              .customGroups(customGroups)
              .landTriggers(landTriggers)
              .countMakeupWorkdays(countMakeupWorkdays)
              .specialists(specialists)
              .technicianClassesAsGraduates(technicianClasses)
              .agreementScope(agreementScope)
              .orderWithinTier(orderWithinTier);
      if (lastDay != null && lastDaySource != null) {
        b.lastDay(lastDay).lastDaySource(lastDaySource);
      }
      if (parametersLabel != null) {
        b.parametersLabel(parametersLabel);
      }
      return b.build();
    }
  }
}
