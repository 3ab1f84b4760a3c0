package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Region;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a {@link LinkagePolicy}: one generated value, from which the policy derives
 * its rules, its parameters version (the digest of {@link #digestText()}), whether it has the
 * document's defaults, its copy in {@link LinkagePolicy#toBuilder()} and its serialized form.
 *
 * <p>Package-private on purpose: {@link LinkagePolicy.Builder} is the one way in and the accessors
 * of {@link LinkagePolicy} the way out, so the frozen API is those two and an attribute can be
 * added here without breaking anyone. {@link #check()} holds every rule the builder's setters and
 * {@code build()} apply, with their messages, and runs on every instance, including one read from a
 * stream: a configuration that the builder could not have built cannot be read either.
 *
 * <p>Every attribute either enters {@link #digestText()} or is listed in {@link #NOT_DIGESTED} with
 * the reason; a test compares both lists with the accessors, so a new attribute cannot be forgotten
 * (two configurations that differ must not share a digest).
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
abstract class PolicyConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The attributes that enter {@link #digestText()}, in its order. */
  static final List<String> DIGESTED =
      List.of(
          "validity",
          "widenings",
          "liaisonPeriods",
          "schedules",
          "specialists",
          "locality",
          "graduateYears",
          "customGroups",
          "landTriggers",
          "countMakeupWorkdays",
          "technicianClassesAsGraduates",
          "agreementScope",
          "orderWithinTier",
          "lastDay",
          "lastDaySource");

  /** The attributes that do not enter the digest, and why. */
  static final Map<String, String> NOT_DIGESTED =
      Map.of(
          "calendar", "recorded in every decision on its own, as Versions.calendar()",
          "clock", "decides no answer: it only gives the date of the methods without one",
          "parametersLabel", "replaces the digest when given");

  PolicyConfig() {}

  /** The validity window. */
  abstract ValidityWindow validity();

  /** The working-day calendar. */
  abstract WorkingDayCalendar calendar();

  /** The clock "today" comes from. */
  abstract Clock clock();

  /** The regional widenings of 一（一）, in the order given. */
  abstract List<ScopeWidening> widenings();

  /** The liaison period of 二（五） by region. */
  abstract Map<Region, Period> liaisonPeriods();

  /** The subsidy schedules by region. */
  abstract Map<Region, SubsidySchedule> schedules();

  /** What makes a person local. */
  abstract Locality locality();

  /** Years after graduating a 高校毕业生 still counts; empty for no limit. */
  abstract OptionalInt graduateYears();

  /** Groups added to the 重点群体. */
  abstract List<PersonGroup> customGroups();

  /** The land notices that start 二（三）'s period. */
  abstract Set<LandNoticeKind> landTriggers();

  /** Whether make-up working weekends count. */
  abstract boolean countMakeupWorkdays();

  /** The service specialist's name or contact by region. */
  abstract Map<Region, String> specialists();

  /** Whether 技师学院高级工班、预备技师班 graduates count as 高校毕业生. */
  abstract boolean technicianClassesAsGraduates();

  /** Which projects the investment-agreement duty of 二（四） covers. */
  abstract InvestmentAgreementScope agreementScope();

  /** The order within a tier of 二（五）. */
  abstract TierOrder orderWithinTier();

  /** The last day in force a caller set (a repeal or an expiry the caller knows of). */
  abstract Optional<LocalDate> lastDay();

  /** Where the caller's last day comes from. */
  abstract Optional<String> lastDaySource();

  /** A caller's label of the parameters, recorded instead of the digest. */
  abstract Optional<String> parametersLabel();

  // ---------------------------------------------------------------------------------------------
  // The rules of a configuration, shared by the builder's setters and check()

  static void checkLiaisonPeriod(Region region, Period period) {
    checkRegion(region, "liaisonPeriod");
    Objects.requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException(
          "liaisonPeriod: the period must be positive, was " + period);
    }
    // at most 10 years from any start: measured from a fixed day, so that years, months and days
    // add up as a calendar adds them (P9Y12M and P120M are 10 years; P10Y1D is too long)
    LocalDate start = LocalDate.of(2000, 1, 1);
    boolean tooLong;
    try {
      tooLong =
          start.plus(period).isAfter(start.plusMonths(LinkagePolicy.MAX_LIAISON_PERIOD_MONTHS));
    } catch (DateTimeException | ArithmeticException e) {
      tooLong = true;
    }
    if (tooLong) {
      throw new IllegalArgumentException(
          "liaisonPeriod: the period must be at most 10 years (P10Y), was "
              + abbreviate(period.toString()));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  static void checkSchedule(Region region, SubsidySchedule schedule) {
    checkRegion(region, "subsidySchedule");
    Objects.requireNonNull(schedule, "schedule");
  }

  static void checkGraduateYears(int years) {
    if (years < 0 || years > LinkagePolicy.MAX_COLLEGE_GRADUATE_YEARS) {
      throw new IllegalArgumentException(
          "collegeGraduateYears: years must be from 0 to "
              + LinkagePolicy.MAX_COLLEGE_GRADUATE_YEARS
              + ", was "
              + years);
    }
  }

  static void checkPriorityGroup(PersonGroup group, List<PersonGroup> added) {
    Objects.requireNonNull(group, "group");
    if (group.isBuiltIn()) {
      throw new IllegalArgumentException(
          "addPriorityGroup: "
              + group
              + " is built in; add groups made with PersonGroup.customPriority");
    }
    for (PersonGroup g : added) {
      if (g.id().equals(group.id())) {
        throw new IllegalArgumentException("addPriorityGroup: " + group.id() + " is already added");
      }
    }
  }

  static void checkServiceSpecialist(Region region, String contact) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(contact, "contact");
    if (!region.isCountyLevel() && !region.isPilotZone()) {
      throw new IllegalArgumentException(
          "serviceSpecialist: 三 末段 sets specialists per 区市县 and 先导区, not for " + region);
    }
    if (contact.isBlank()) {
      throw new IllegalArgumentException("serviceSpecialist: contact must not be blank");
    }
  }

  static void checkLastDay(ValidityWindow validity, LocalDate lastDay, String source) {
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("validUntil: source must not be blank");
    }
    if (lastDay.isBefore(validity.firstDay())) {
      throw new IllegalArgumentException(
          "validUntil: the last day "
              + lastDay
              + " is before the first day in force "
              + validity.firstDay());
    }
  }

  /**
   * The validity window in force: {@link #validity()}, ending on {@link #lastDay()} when a caller
   * set one (the earlier of the two ends), its basis naming the caller's source.
   *
   * @return the window
   */
  ValidityWindow effectiveValidity() {
    if (lastDay().isEmpty()) {
      return validity();
    }
    LocalDate last = lastDay().get();
    Optional<LocalDate> own = validity().lastDay();
    if (own.isPresent() && own.get().isBefore(last)) {
      last = own.get();
    }
    return ValidityWindow.builder()
        .firstDay(validity().firstDay())
        .lastDay(last)
        .basis(
            validity().basis()
                + "; last day "
                + lastDay().get()
                + " as configured: "
                + lastDaySource().orElse(""))
        .build();
  }

  static void checkParametersLabel(String label) {
    Objects.requireNonNull(label, "label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("parametersVersion: label must not be blank");
    }
  }

  private static void checkRegion(Region region, String method) {
    Objects.requireNonNull(region, "region");
    if (!region.isInDalian()) {
      throw new IllegalArgumentException(
          method + ": the region must be 大连市, a county-level unit or a pilot zone, was " + region);
    }
  }

  /**
   * Every rule of the builder, on every instance: the generated builder and the generated
   * deserialization both run it. Null checks come first, since a value read from a stream has not
   * been through the generated builder's own.
   */
  @Value.Check
  void check() {
    Objects.requireNonNull(validity(), "validity");
    Objects.requireNonNull(calendar(), "calendar");
    Objects.requireNonNull(clock(), "clock");
    Objects.requireNonNull(locality(), "locality");
    for (ScopeWidening w : widenings()) {
      Objects.requireNonNull(w, "widening");
    }
    ScopeRule.validate(widenings());
    liaisonPeriods().forEach(PolicyConfig::checkLiaisonPeriod);
    schedules().forEach(PolicyConfig::checkSchedule);
    graduateYears().ifPresent(PolicyConfig::checkGraduateYears);
    List<PersonGroup> added = new ArrayList<>();
    for (PersonGroup g : customGroups()) {
      checkPriorityGroup(g, added);
      added.add(g);
    }
    for (LandNoticeKind k : landTriggers()) {
      Objects.requireNonNull(k, "notice");
    }
    if (!landTriggers().contains(LandNoticeKind.EXPROPRIATION_NOTICE)) {
      throw new IllegalArgumentException(
          "landTriggers: the post-approval 征收土地公告 always starts the period of 二（三）; other notices"
              + " may only be added to it");
    }
    specialists().forEach(PolicyConfig::checkServiceSpecialist);
    Objects.requireNonNull(agreementScope(), "agreementScope");
    Objects.requireNonNull(orderWithinTier(), "orderWithinTier");
    if (lastDay().isPresent() != lastDaySource().isPresent()) {
      throw new IllegalArgumentException("validUntil: the last day and its source go together");
    }
    if (lastDay().isPresent()) {
      checkLastDay(validity(), lastDay().get(), lastDaySource().get());
    }
    parametersLabel().ifPresent(PolicyConfig::checkParametersLabel);
  }

  // ---------------------------------------------------------------------------------------------
  // The parameters version

  /**
   * The canonical text of the attributes in {@link #DIGESTED}, one per line (a map by region in
   * {@link Region} order, sets and lists sorted where their order means nothing): stable across
   * JVMs, whatever order things were added in.
   *
   * @return the text
   */
  String digestText() {
    StringBuilder sb = new StringBuilder();
    ValidityWindow validity = validity();
    sb.append("validity=")
        .append(validity.firstDay())
        .append("..")
        .append(validity.lastDay().map(LocalDate::toString).orElse(""))
        .append('\n');
    List<ScopeWidening> sorted = new ArrayList<>(widenings());
    sorted.sort(
        Comparator.comparing((ScopeWidening w) -> w.region().name())
            .thenComparing(ScopeWidening::effectiveFrom));
    for (ScopeWidening w : sorted) {
      sb.append("widen=")
          .append(w.region().name())
          .append(',')
          .append(w.effectiveFrom())
          .append(',')
          .append(w.effectiveUntil().map(LocalDate::toString).orElse(""))
          .append(',')
          .append(w.threshold().map(m -> m.yuan().toPlainString()).orElse(""))
          .append(',')
          .append(new TreeSet<>(w.addedCategories()))
          .append(',')
          .append(new TreeSet<>(w.designatedProjectIds()))
          .append(',')
          .append(w.source())
          .append('\n');
    }
    for (Region r : Region.values()) {
      Period liaison = liaisonPeriods().get(r);
      if (liaison != null) {
        sb.append("liaison=").append(r.name()).append(',').append(liaison).append('\n');
      }
      SubsidySchedule s = schedules().get(r);
      if (s != null) {
        sb.append("schedule=").append(r.name()).append(',').append(s.name()).append(',');
        sb.append(s.textDigest()).append('\n');
      }
      String specialist = specialists().get(r);
      if (specialist != null) {
        sb.append("specialist=").append(r.name()).append(',').append(specialist).append('\n');
      }
    }
    sb.append("locality=").append(locality().name()).append('\n');
    sb.append("graduateYears=").append(graduateYears().orElse(-1)).append('\n');
    for (PersonGroup g : customGroups()) {
      sb.append("group=").append(g.id()).append(',').append(g.zh()).append('\n');
    }
    sb.append("landTriggers=").append(new TreeSet<>(landTriggers())).append('\n');
    sb.append("makeup=").append(countMakeupWorkdays()).append('\n');
    sb.append("technicianClasses=").append(technicianClassesAsGraduates()).append('\n');
    sb.append("agreementScope=").append(agreementScope().name()).append('\n');
    sb.append("orderWithinTier=").append(orderWithinTier().name()).append('\n');
    sb.append("lastDay=")
        .append(lastDay().map(LocalDate::toString).orElse(""))
        .append(',')
        .append(lastDaySource().orElse(""))
        .append('\n');
    return sb.toString();
  }

  /**
   * The parameters version recorded in every decision: the caller's label if given; {@link
   * LinkagePolicy#DEFAULT_PARAMETERS} when the digested attributes equal the document's defaults;
   * otherwise {@code sha256:} and the first 16 hex digits of the SHA-256 of {@link #digestText()}.
   *
   * @return the version
   */
  String parametersVersion() {
    if (parametersLabel().isPresent()) {
      return parametersLabel().get();
    }
    if (digestedAttributes().equals(Defaults.ATTRIBUTES)) {
      return LinkagePolicy.DEFAULT_PARAMETERS;
    }
    String text = digestText();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * The values of the attributes in {@link #DIGESTED}, in that order: equal for two configurations
   * exactly when they have the same parameters (the default check compares them with the document's
   * defaults).
   *
   * @return the values
   */
  List<Object> digestedAttributes() {
    return List.of(
        validity(),
        widenings(),
        liaisonPeriods(),
        schedules(),
        specialists(),
        locality(),
        graduateYears(),
        customGroups(),
        landTriggers(),
        countMakeupWorkdays(),
        technicianClassesAsGraduates(),
        agreementScope(),
        orderWithinTier(),
        lastDay(),
        lastDaySource());
  }

  /** The digested attributes of the document's defaults, built once when first needed. */
  private static final class Defaults {
    static final List<Object> ATTRIBUTES =
        LinkagePolicy.builder().buildConfig().digestedAttributes();

    private Defaults() {}
  }

  /**
   * Writes the serialized form, {@link SerializedForm}, instead of this value.
   *
   * @return the serialized form
   */
  @Serial
  Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream of the value itself: only the serialized form is read.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(PolicyConfig.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(PolicyConfig.class);
  }

  /**
   * The serialized form: the attributes ({@code validity}, {@code calendar}, {@code clock}, {@code
   * widenings}, {@code liaisonPeriods}, {@code schedules}, {@code locality}, {@code graduateYears},
   * {@code customGroups}, {@code landTriggers}, {@code countMakeupWorkdays}, {@code specialists},
   * {@code technicianClassesAsGraduates}, {@code agreementScope}, {@code orderWithinTier}, {@code
   * lastDay}, {@code lastDaySource}, {@code parametersLabel}), an absent optional as {@code null},
   * a collection as a list. It is read back through the builder, so a stream is checked exactly as
   * construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final ValidityWindow validity;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final List<ScopeWidening> widenings;
    private final Map<Region, Period> liaisonPeriods;
    private final Map<Region, SubsidySchedule> schedules;
    private final Locality locality;
    private final @Nullable Integer graduateYears;
    private final List<PersonGroup> customGroups;
    private final List<LandNoticeKind> landTriggers;
    private final boolean countMakeupWorkdays;
    private final Map<Region, String> specialists;
    private final boolean technicianClassesAsGraduates;
    private final InvestmentAgreementScope agreementScope;
    private final TierOrder orderWithinTier;
    private final @Nullable LocalDate lastDay;
    private final @Nullable String lastDaySource;
    private final @Nullable String parametersLabel;

    SerializedForm(PolicyConfig value) {
      validity = value.validity();
      calendar = value.calendar();
      clock = value.clock();
      widenings = List.copyOf(value.widenings());
      liaisonPeriods = value.liaisonPeriods();
      schedules = value.schedules();
      locality = value.locality();
      graduateYears = value.graduateYears().isPresent() ? value.graduateYears().getAsInt() : null;
      customGroups = List.copyOf(value.customGroups());
      landTriggers = List.copyOf(value.landTriggers());
      countMakeupWorkdays = value.countMakeupWorkdays();
      specialists = value.specialists();
      technicianClassesAsGraduates = value.technicianClassesAsGraduates();
      agreementScope = value.agreementScope();
      orderWithinTier = value.orderWithinTier();
      lastDay = value.lastDay().orElse(null);
      lastDaySource = value.lastDaySource().orElse(null);
      parametersLabel = value.parametersLabel().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, PolicyConfig.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          PolicyConfig.class,
          () ->
              ImmutablePolicyConfig.builder()
                  .validity(validity)
                  .calendar(calendar)
                  .clock(clock)
                  .widenings(widenings)
                  .liaisonPeriods(liaisonPeriods)
                  .schedules(schedules)
                  .locality(locality)
                  .graduateYears(
                      graduateYears == null ? OptionalInt.empty() : OptionalInt.of(graduateYears))
                  .customGroups(customGroups)
                  .landTriggers(landTriggers)
                  .countMakeupWorkdays(countMakeupWorkdays)
                  .specialists(specialists)
                  .technicianClassesAsGraduates(technicianClassesAsGraduates)
                  .agreementScope(agreementScope)
                  .orderWithinTier(orderWithinTier)
                  .lastDay(Optional.ofNullable(lastDay))
                  .lastDaySource(Optional.ofNullable(lastDaySource))
                  .parametersLabel(Optional.ofNullable(parametersLabel))
                  .build());
    }
  }
}
