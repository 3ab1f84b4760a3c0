package org.employmentlinkage.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.Interpretation;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocument;
import org.employmentlinkage.policy.PolicySentence;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.UnitAlias;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.ScopeWidening;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.employmentlinkage.rules.SubsidySchedule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Serialization is an attack surface (issue 12, items 14 and 15): every {@link Serializable} class
 * of the product packages, found by reflection so that a new one cannot be forgotten, has a table
 * here with a valid sample and its tampered streams, one per invariant, each of which must be
 * refused with {@link InvalidObjectException}.
 *
 * <p>The streams are written honestly: a valid value is written with an {@link ObjectOutputStream}
 * whose {@code replaceObject} changes the fields of the value's serialized form (the private proxy
 * its {@code writeReplace} returns, or the value itself where the value is its own form) on the way
 * into the stream, as an attacker who writes the stream by hand would. Besides the invariants
 * listed per type, every type gets, derived from its form's fields:
 *
 * <ul>
 *   <li>one stream per field that is not {@code @Nullable}, holding {@code null} there;
 *   <li>one stream per list or map field, holding a {@code null} element;
 *   <li>for a value with a proxy, a stream of the value's class itself (a look-alike class written
 *       and renamed in the bytes, with the real class's {@code serialVersionUID}), and for a value
 *       class with a serializable superclass a stream that leaves the superclass out;
 *   <li>for every list or map field, a stream holding a mutable collection and a second reference
 *       to it (the rogue-reference attack of Effective Java item 88): changing that collection
 *       after reading must not change the value.
 * </ul>
 *
 * <p>Enums (written by name by the JVM) and exceptions (no invariants) are listed apart.
 */
class SerializationGateTest {
  private static final LocalDate DATE = LocalDate.of(2025, 9, 26);

  private static final LinkagePolicy POLICY =
      LinkagePolicy.builder()
          .clock(Clock.fixed(Instant.parse("2025-09-26T00:00:00Z"), ZoneOffset.UTC))
          .build();

  // ---------------------------------------------------------------------------------------------
  // Samples

  private static Project project() {
    return Project.builder()
        .id("P-1")
        .name("港区物流园")
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(Money.parse("1.5亿元"))
        .location(Location.of(Region.WAFANGDIAN))
        .addCategory("物流")
        .approved(LocalDate.of(2025, 1, 6))
        .constructionStarted(LocalDate.of(2025, 3, 1))
        .build();
  }

  private static Person person() {
    return Person.builder()
        .id("P-0001")
        .landExpropriated(Fact.YES)
        .addLandExpropriationProjectId("P-1")
        .certifications(Map.of("X_STATUS", true))
        .residence(Region.WAFANGDIAN)
        .build();
  }

  private static TrainingRecord training() {
    return TrainingRecord.builder()
        .id("T-1")
        .type(TrainingType.IN_SERVICE_SKILL_UPGRADING)
        .willing(Fact.YES)
        .completed(Fact.YES)
        .passed(Fact.YES)
        .build();
  }

  private static RecruitmentPlan plan() {
    return POLICY.planRecruitment(
        LabourDemand.of(project(), 1, DATE),
        List.of(Candidate.builder().person(person()).meetsRequirements(true).build()));
  }

  private static ObligationDecision obligations() {
    return POLICY.obligations(ProjectEvent.landExpropriationNotice(project(), DATE));
  }

  private static Interpretation configurable() {
    return POLICY.interpretations().stream().filter(i -> !i.fixed()).findFirst().orElseThrow();
  }

  private static Object config() {
    try {
      Field f = LinkagePolicy.class.getDeclaredField("config");
      f.setAccessible(true);
      return f.get(POLICY);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The table

  /**
   * A tampered stream: the field of the form of {@code form} (default: the type's) set to value.
   */
  private record Tamper(
      String invariant, @Nullable String form, String field, Supplier<@Nullable Object> value) {}

  private record Entry(Supplier<?> sample, List<Tamper> tampers) {}

  private static Tamper t(String invariant, String field, @Nullable Object value) {
    return new Tamper(invariant, null, field, () -> value);
  }

  private static Tamper in(String form, String invariant, String field, @Nullable Object value) {
    return new Tamper(invariant, form, field, () -> value);
  }

  private static final String POLICY_CONFIG = "org.employmentlinkage.rules.PolicyConfig";

  private static final String ARRAY_CALENDAR = "org.employmentlinkage.calendar.ArrayCalendar";

  /** Every serializable class of the product, with its sample and its invariants. */
  private static Map<String, Entry> table() {
    Map<String, Entry> m = new LinkedHashMap<>();
    // linkage-core: calendar
    m.put(
        DateRange.class.getName(),
        new Entry(
            () -> DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            List.of(
                t("first and last go together", "first", null),
                t("last is not before first", "last", LocalDate.of(2024, 1, 1)))));
    m.put(
        WorkingDayPeriod.class.getName(),
        new Entry(
            () -> WorkingDayPeriod.of(30),
            List.of(
                t("at least one working day (-5)", "workingDays", -5),
                t("at least one working day (0)", "workingDays", 0))));
    m.put(
        DayDeclaration.class.getName(),
        new Entry(
            () -> DayDeclaration.work(LocalDate.of(2025, 9, 28), "国庆节、中秋节"),
            List.of(
                t(
                    "a working-day declaration is one day",
                    "days",
                    DateRange.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 9, 29))),
                t("festival is not blank", "festival", " "),
                t("days are not empty", "days", DateRange.empty()))));
    m.put(
        HolidayNotice.class.getName(),
        new Entry(
            () -> ChinaCalendars.officialNotices().get(0),
            List.of(
                t("declarations are not empty", "declarations", new ArrayList<>()),
                t("the year is within 1950..2999", "year", 3000),
                t("number is not blank", "number", " "),
                t("the source is an absolute URL", "source", "no url"))));
    m.put(
        Deadline.class.getName(),
        new Entry(
            () -> WorkingDayPeriod.of(30).after(DATE, ChinaCalendars.official()),
            List.of(
                t("due is after the trigger", "due", DATE.minusDays(1)),
                t("latestDue is not before due", "latestDue", DATE.plusDays(1)),
                t("a provisional deadline may change", "provisional", true))));
    m.put(
        ARRAY_CALENDAR,
        new Entry(
            () -> ChinaCalendars.officialAsKnownAt(LocalDate.of(2020, 6, 1)),
            List.of(
                t("the notices are valid together", "notices", notContiguous()),
                t(
                    "a built-in calendar's form lists no notices",
                    "kind",
                    enumConstant(ARRAY_CALENDAR + "$Kind", "OFFICIAL")))));
    // money
    m.put(
        Money.class.getName(),
        new Entry(
            () -> Money.parse("1.5亿元"),
            List.of(t("not negative", "fen", -1L), t("at most Money.MAX", "fen", Long.MAX_VALUE))));
    // policy
    m.put(
        PolicySentence.class.getName(),
        new Entry(
            () -> PolicySentence.of("一（一）.1", "重大项目建设与促进就业联动。"),
            List.of(t("id is not blank", "id", " "), t("text is not blank", "text", " "))));
    m.put(
        UnitAlias.class.getName(),
        new Entry(
            () -> UnitAlias.of("市自然资源局", Year.of(2019), "机构改革"),
            List.of(t("name is not blank", "name", " "), t("source is not blank", "source", " "))));
    m.put(
        Interpretation.Alternative.class.getName(),
        new Entry(
            () -> Interpretation.Alternative.of("A_READING", "一种解读", "a reading"),
            List.of(
                t("key is upper-case ASCII", "key", "a reading"),
                t("statements are not blank", "zh", " "))));
    m.put(
        Interpretation.class.getName(),
        new Entry(
            SerializationGateTest::configurable,
            List.of(
                t("a fixed reading has no alternatives", "fixed", true),
                t("statements are not blank", "zh", " "),
                t("a configurable reading has two alternatives", "alternatives", List.of()),
                t("the chosen alternative is one of them", "chosen", "NO_SUCH_READING"))));
    m.put(
        ValidityWindow.class.getName(),
        new Entry(
            () -> ValidityWindow.DALIAN_2018_83,
            List.of(
                t("basis is not blank", "basis", " "),
                t("lastDay is not before firstDay", "lastDay", LocalDate.of(2000, 1, 1)))));
    m.put(
        Versions.class.getName(),
        new Entry(POLICY::versions, List.of(t("policy is given", "policy", " "))));
    m.put(
        MissingFact.class.getName(),
        new Entry(
            () -> POLICY.classify(Project.builder().id("P-2").build(), DATE).missingFacts().get(0),
            List.of(t("key is not blank", "key", " "), t("texts are not blank", "zh", " "))));
    m.put(
        PolicyDocument.class.getName(),
        new Entry(POLICY::document, List.of(t("number is not blank", "number", " "))));
    m.put(
        PersonGroup.class.getName(),
        new Entry(
            () -> PersonGroup.COLLEGE_GRADUATE,
            List.of(
                t("id is upper-case ASCII", "id", "college"),
                t("names are not blank", "zh", " "))));
    m.put(
        Reason.class.getName(),
        new Entry(
            () -> POLICY.classify(project(), DATE).reasons().get(0),
            List.of(t("texts are not blank", "zh", " "))));
    m.put(
        Duty.class.getName(),
        new Entry(
            () -> obligations().duties().get(0),
            List.of(t("texts are not blank", "zh", " "), t("workers at least 1", "workers", 0))));
    m.put(
        Performer.class.getName(),
        new Entry(() -> obligations().duties().get(0).performers().get(0), List.of()));
    // region
    m.put(
        Location.class.getName(),
        new Entry(
            () -> Location.of(Region.WAFANGDIAN),
            List.of(
                t("a county-level unit or a pilot zone is given", "countyLevelUnit", null),
                t("countyLevelUnit is a county-level unit", "countyLevelUnit", Region.DALIAN))));
    // domain
    m.put(
        Project.class.getName(),
        new Entry(
            SerializationGateTest::project,
            List.of(
                t("id is not blank", "id", " "),
                t("no category is blank", "categories", List.of(" ")),
                t("name is not blank", "name", " "),
                t(
                    "completed is not before constructionStarted",
                    "completed",
                    LocalDate.of(2025, 2, 1)))));
    m.put(
        Person.class.getName(),
        new Entry(
            SerializationGateTest::person,
            List.of(
                t("id is not blank", "id", " "),
                t(
                    "no land-expropriation projects unless land-expropriated",
                    "landExpropriated",
                    Fact.NO),
                t("no certified-status key is blank", "certifications", Map.of(" ", true)),
                t("no project id is blank", "landExpropriationProjectIds", List.of(" ")))));
    m.put(
        Candidate.class.getName(),
        new Entry(
            () -> Candidate.builder().person(person()).meetsRequirements(true).build(), List.of()));
    m.put(
        LabourDemand.class.getName(),
        new Entry(
            () -> LabourDemand.of(project(), 3, DATE),
            List.of(t("positions at least 1", "positions", 0))));
    m.put(
        TrainingRecord.class.getName(),
        new Entry(
            SerializationGateTest::training,
            List.of(
                t("id is not blank", "id", " "),
                t("passed needs completed", "completed", Fact.NO),
                t("occupation is not blank", "occupation", " "))));
    m.put(
        ProjectEvent.class.getName(),
        new Entry(
            () -> ProjectEvent.labourShortfall(project(), DATE, 40),
            List.of(
                t("a labour shortfall gives its workers", "workers", null),
                t("workers at least 1", "workers", 0),
                t("issueId only for issues", "issueId", "ISSUE-1"))));
    // linkage-rules
    m.put(
        ScopeDecision.class.getName(),
        new Entry(
            () -> POLICY.classify(project(), DATE),
            List.of(
                t("reasons are not empty", "reasons", List.of()),
                t("the basis fits the outcome", "basis", ScopeBasis.NONE))));
    m.put(
        PersonGroups.class.getName(),
        new Entry(() -> POLICY.personGroups(person(), DATE), List.of()));
    m.put(
        GroupDecision.class.getName(),
        new Entry(
            () -> POLICY.personGroups(person(), DATE).decisions().get(0),
            List.of(t("reasons are not empty", "reasons", List.of()))));
    m.put(
        RecruitmentPlan.class.getName(),
        new Entry(
            SerializationGateTest::plan,
            List.of(
                t("shortfall is positions minus seated", "shortfall", 99),
                t("no more seated than positions", "positions", 0),
                t("reasons are not empty", "reasons", List.of()))));
    m.put(
        Placement.class.getName(),
        new Entry(
            () -> plan().placements().get(0),
            List.of(
                t(
                    "a candidate who is not qualified is not seated",
                    "tier",
                    RecruitmentTier.NOT_QUALIFIED))));
    m.put(
        ObligationDecision.class.getName(),
        new Entry(
            SerializationGateTest::obligations,
            List.of(t("reasons are not empty", "reasons", List.of()))));
    m.put(
        SubsidyDecision.class.getName(),
        new Entry(
            () -> POLICY.subsidies(training(), person(), project(), DATE),
            List.of(t("reasons are not empty", "reasons", List.of()))));
    m.put(
        SubsidyEntitlement.class.getName(),
        new Entry(
            () -> POLICY.subsidies(training(), person(), project(), DATE).entitlements().get(0),
            List.of(
                t("reasons are not empty", "reasons", List.of()),
                t("an amount exactly when it comes from a schedule", "amount", Money.ofYuan(1)),
                t("only an eligible subsidy is conditional", "conditional", true))));
    m.put(
        ScopeWidening.class.getName(),
        new Entry(
            () ->
                ScopeWidening.builder()
                    .region(Region.WAFANGDIAN)
                    .effectiveFrom(LocalDate.of(2019, 1, 1))
                    .threshold(Money.parse("5000万元"))
                    .source("HYPOTHETICAL")
                    .build(),
            List.of(
                t("the region is a county-level unit or a pilot zone", "region", Region.DALIAN),
                t("source is not blank", "source", " "))));
    m.put(
        SubsidySchedule.class.getName(),
        new Entry(
            () ->
                SubsidySchedule.builder()
                    .name("样例补贴标准（假设）")
                    .source("hypothetical")
                    .period(LocalDate.of(2018, 7, 6), LocalDate.of(2024, 12, 31))
                    .training("焊工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(1200))
                    .build(),
            List.of(t("the text is a valid schedule", "text", "name: x\nperiod: nonsense\n"))));
    m.put(
        POLICY_CONFIG,
        new Entry(
            SerializationGateTest::config,
            List.of(
                t("graduateYears at least 0", "graduateYears", -7),
                t("the land triggers hold the 征收土地公告", "landTriggers", List.of()))));
    m.put(
        LinkagePolicy.class.getName(),
        new Entry(
            () -> POLICY,
            List.of(
                // issue 12, item 14: a builder path that skips the setters' checks
                in(POLICY_CONFIG, "collegeGraduateYears at least 0 (-7)", "graduateYears", -7),
                in(
                    POLICY_CONFIG,
                    "a liaison period is positive (P-3M)",
                    "liaisonPeriods",
                    Map.of(Region.WAFANGDIAN, Period.parse("P-3M"))),
                in(
                    POLICY_CONFIG,
                    "a service specialist is not blank",
                    "specialists",
                    Map.of(Region.WAFANGDIAN, " ")),
                in(POLICY_CONFIG, "the clock is given", "clock", null),
                in(
                    POLICY_CONFIG,
                    "a liaison period's region is in Dalian",
                    "liaisonPeriods",
                    Map.of(Region.OUTSIDE_DALIAN, Period.ofMonths(3))),
                in(
                    POLICY_CONFIG,
                    "a custom group is not built in",
                    "customGroups",
                    List.of(PersonGroup.COLLEGE_GRADUATE)),
                in(POLICY_CONFIG, "the parameters label is not blank", "parametersLabel", " "),
                in(
                    POLICY_CONFIG,
                    "the last day and its source go together",
                    "lastDay",
                    LocalDate.of(2030, 1, 1)))));
    return m;
  }

  /** The notices of 2018 and 2020 without 2019's: the years would not be contiguous. */
  private static List<HolidayNotice> notContiguous() {
    List<HolidayNotice> all = ChinaCalendars.officialNotices();
    assertThat(all.get(3).year()).isEqualTo(all.get(0).year() + 2);
    return new ArrayList<>(List.of(all.get(0), all.get(3)));
  }

  private static Object enumConstant(String enumClass, String name) {
    for (Object constant : load(enumClass).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError(enumClass + "." + name);
  }

  // ---------------------------------------------------------------------------------------------
  // Finding the serializable classes

  /** Every serializable class of the product packages (main code of every module). */
  private static List<Class<?>> serializableClasses() {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass jc :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.employmentlinkage")) {
      if (jc.getPackageName().startsWith("org.employmentlinkage.spark")) {
        // linkage-spark, exempt: its classes implement Spark's interfaces and cannot be loaded
        // without Spark, which is `provided` and not on this class path. Its one public
        // serializable type, PolicySpec, has a serialization proxy and its own table of tampered
        // streams (linkage-spark's PolicySpecSerializationTest); the others are Spark closures.
        continue;
      }
      Class<?> c = load(jc.getName());
      if (Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
        out.add(c);
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SerializationGateTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  /**
   * Serializable only through a superclass of a library (a Jackson serializer, a {@code
   * Properties}, Jackson's {@code CharacterEscapes}) and not public: plumbing that no caller can
   * name, let alone serialize on purpose.
   */
  private static boolean isPlumbing(Class<?> c) {
    if (isPublicApi(c) || isEnumOrThrowable(c)) {
      return false;
    }
    Class<?> k = c.getSuperclass();
    while (k != null && k.getName().startsWith("org.employmentlinkage.")) {
      k = k.getSuperclass();
    }
    return k != null && Serializable.class.isAssignableFrom(k);
  }

  private static boolean isEnumOrThrowable(Class<?> c) {
    return Enum.class.isAssignableFrom(c) || Throwable.class.isAssignableFrom(c);
  }

  /** A proxy: a private nested serialized form with a {@code readResolve}. */
  private static boolean isForm(Class<?> c) {
    return c.isMemberClass()
        && Modifier.isPrivate(c.getModifiers())
        && hasMethod(c, "readResolve")
        && !hasMethod(c, "writeReplace");
  }

  /** A generated implementation of a value type ({@code ImmutableX extends X}). */
  private static boolean isGenerated(Class<?> c) {
    return c.getSimpleName().equals("Immutable" + c.getSuperclass().getSimpleName());
  }

  private static boolean hasMethod(Class<?> c, String name) {
    return Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name));
  }

  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void everySerializableClassHasATable() {
    Map<String, Entry> table = table();
    List<String> missing = new ArrayList<>();
    for (Class<?> c : serializableClasses()) {
      if (isEnumOrThrowable(c) || isForm(c) || isPlumbing(c)) {
        continue;
      }
      if (isGenerated(c)) {
        assertThat(table)
            .as("the value type of %s", c.getName())
            .containsKey(c.getSuperclass().getName());
        continue;
      }
      if (!table.containsKey(c.getName())) {
        missing.add(c.getName());
      }
    }
    assertThat(missing).as("serializable classes without a table of tampered streams").isEmpty();
    // and the table names no class that is gone
    Set<String> found = new TreeSet<>();
    serializableClasses().forEach(c -> found.add(c.getName()));
    assertThat(found).containsAll(table.keySet());
  }

  @Test
  void everyPublicValueTypeWithAProxyRefusesAStreamOfItself() {
    for (Class<?> c : serializableClasses()) {
      if (isPublicApi(c) && !isEnumOrThrowable(c) && !Modifier.isFinal(c.getModifiers())) {
        assertThat(hasMethod(c, "readObject") && hasMethod(c, "readObjectNoData"))
            .as("%s refuses a stream of its generated class", c.getName())
            .isTrue();
      }
    }
  }

  /** The counts for the closing note of issue 12. */
  @Test
  void counts() {
    List<Class<?>> all = serializableClasses();
    long publicTypes = all.stream().filter(c -> isPublicApi(c) && !isEnumOrThrowable(c)).count();
    long enums = all.stream().filter(c -> Enum.class.isAssignableFrom(c) && isPublicApi(c)).count();
    long throwables =
        all.stream().filter(c -> Throwable.class.isAssignableFrom(c) && isPublicApi(c)).count();
    long plumbing = all.stream().filter(SerializationGateTest::isPlumbing).count();
    all.stream()
        .filter(SerializationGateTest::isPlumbing)
        .forEach(c -> System.out.println("  library-serializable plumbing: " + c.getName()));
    int listed = 0;
    int derived = 0;
    for (Map.Entry<String, Entry> e : table().entrySet()) {
      listed += e.getValue().tampers().size();
      derived += derivedTampers(e.getValue()).size();
    }
    System.out.printf(
        "serialization gate: %d public serializable value types (%d table entries in all),"
            + " %d public enums, %d public exceptions and %d library-serializable plumbing"
            + " classes apart; %d listed invariants, %d derived (null fields, null elements),"
            + " %d tampered streams%n",
        publicTypes,
        table().size(),
        enums,
        throwables,
        plumbing,
        listed,
        derived,
        listed + derived);
    assertThat(publicTypes).isPositive();
  }

  // ---------------------------------------------------------------------------------------------
  // Round trips and tampered streams

  @TestFactory
  Stream<DynamicTest> aValidValueRoundTrips() {
    return table().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    simple(e.getKey()),
                    () -> {
                      Object value = e.getValue().sample().get();
                      Object again = read(write(value, null));
                      assertThat(again.getClass()).isEqualTo(value.getClass());
                      assertThat(write(again, null)).isEqualTo(write(value, null));
                      if (declaresEquals(value.getClass())) {
                        assertThat(again).isEqualTo(value);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyTamperedStreamIsRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    table()
        .forEach(
            (type, entry) -> {
              List<Tamper> all = new ArrayList<>(entry.tampers());
              all.addAll(derivedTampers(entry));
              for (Tamper t : all) {
                tests.add(
                    DynamicTest.dynamicTest(
                        simple(type) + ": " + t.invariant(),
                        () -> {
                          byte[] stream = write(entry.sample().get(), t);
                          assertThat(catchThrowable(() -> read(stream)))
                              .as("%s: %s", type, t.invariant())
                              .isInstanceOf(InvalidObjectException.class)
                              .hasMessageStartingWith(expectedPrefix(type, t));
                        }));
              }
            });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aStreamOfTheValueClassItselfIsRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    table()
        .forEach(
            (type, entry) -> {
              Class<?> value = entry.sample().get().getClass();
              if (formOf(value) == value) {
                return; // the value is its own form, checked by the tampered streams
              }
              boolean serializableSuper =
                  Serializable.class.isAssignableFrom(value.getSuperclass());
              tests.add(
                  DynamicTest.dynamicTest(
                      simple(type) + ": proxy required",
                      () ->
                          assertThatThrownBy(() -> read(lookAlike(value, serializableSuper)))
                              .isInstanceOf(InvalidObjectException.class)
                              .hasMessageContaining("proxy required")));
              if (serializableSuper) {
                tests.add(
                    DynamicTest.dynamicTest(
                        simple(type) + ": proxy required (no superclass data)",
                        () ->
                            assertThatThrownBy(() -> read(lookAlike(value, false)))
                                .isInstanceOf(InvalidObjectException.class)
                                .hasMessageContaining("proxy required")));
              }
            });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> collectionsReadFromAStreamAreCopied() {
    List<DynamicTest> tests = new ArrayList<>();
    table()
        .forEach(
            (type, entry) -> {
              Object sample = entry.sample().get();
              for (Field f : formFields(formOf(sample.getClass()))) {
                if (!List.class.isAssignableFrom(f.getType())
                    && !Map.class.isAssignableFrom(f.getType())) {
                  continue;
                }
                tests.add(
                    DynamicTest.dynamicTest(
                        simple(type) + "." + f.getName() + " is copied",
                        () -> rogueReferenceChangesNothing(entry.sample().get(), f)));
              }
            });
    return tests.stream();
  }

  /** Item 15's two named cases, spelled out: a plain HashSet/ArrayList in the stream is copied. */
  @Test
  void projectCategoriesAndNoticeDeclarationsAreImmutableAfterReading() throws Exception {
    Project project = (Project) read(write(project(), null));
    assertThatThrownBy(() -> project.categories().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    HolidayNotice notice =
        (HolidayNotice) read(write(ChinaCalendars.officialNotices().get(0), null));
    assertThatThrownBy(() -> notice.declarations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** The message names the type and the rule, never the value that broke it. */
  @Test
  void theMessageNamesTheRuleNotThePersonsValue() throws Exception {
    Person person = Person.builder().from(person()).id("110101199003077777").build();
    byte[] stream =
        write(person, new Tamper("x", null, "landExpropriationProjectIds", () -> List.of(" ")));
    assertThatThrownBy(() -> read(stream))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Person")
        .hasMessageContaining("project id is blank")
        .hasMessageNotContaining("110101199003077777");
    // nor does the cause
    try {
      read(stream);
    } catch (InvalidObjectException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        assertThat(String.valueOf(c.getMessage())).doesNotContain("110101199003077777");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The machinery

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
  }

  private static String expectedPrefix(String type, Tamper t) {
    return simple(t.form() != null ? t.form() : type)
        .replace("ArrayCalendar", "WorkingDayCalendar");
  }

  private static boolean declaresEquals(Class<?> c) {
    for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
      if (Arrays.stream(k.getDeclaredMethods())
          .anyMatch(m -> m.getName().equals("equals") && m.getParameterCount() == 1)) {
        return true;
      }
    }
    return false;
  }

  /** The class of the serialized form of {@code value}: its proxy, or itself. */
  private static Class<?> formOf(Class<?> value) {
    for (Class<?> k = value; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Class<?> nested : k.getDeclaredClasses()) {
        if (Serializable.class.isAssignableFrom(nested) && isForm(nested)) {
          return nested;
        }
      }
    }
    return value;
  }

  private static List<Field> formFields(Class<?> form) {
    List<Field> out = new ArrayList<>();
    for (Field f : form.getDeclaredFields()) {
      int mod = f.getModifiers();
      if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod)) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean isNullable(Field f) {
    return Arrays.stream(f.getAnnotatedType().getAnnotations())
        .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  /** The tampers every type gets from its form's fields. */
  private static List<Tamper> derivedTampers(Entry entry) {
    Class<?> form = formOf(entry.sample().get().getClass());
    List<Tamper> out = new ArrayList<>();
    for (Field f : formFields(form)) {
      if (f.getType().isPrimitive()) {
        continue;
      }
      if (!isNullable(f)) {
        out.add(t(f.getName() + " is given (null)", f.getName(), null));
      }
      if (List.class.isAssignableFrom(f.getType())) {
        List<@Nullable Object> withNull = new ArrayList<>();
        withNull.add(null);
        out.add(t(f.getName() + " holds no null", f.getName(), withNull));
      } else if (Map.class.isAssignableFrom(f.getType())) {
        Map<Object, @Nullable Object> withNull = new HashMap<>();
        withNull.put(someKey(entry, f), null);
        out.add(t(f.getName() + " maps to no null", f.getName(), withNull));
      }
    }
    return out;
  }

  private static Object someKey(Entry entry, Field f) {
    try {
      Map<?, ?> m = (Map<?, ?>) field(formInstance(entry.sample().get()), f.getName());
      return m.isEmpty() ? Region.WAFANGDIAN : m.keySet().iterator().next();
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  private static Object formInstance(Object value) throws ReflectiveOperationException {
    for (Class<?> k = value.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
      try {
        Method m = k.getDeclaredMethod("writeReplace");
        m.setAccessible(true);
        return m.invoke(value);
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    return value;
  }

  private static @Nullable Object field(Object o, String name) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }

  /**
   * Writes {@code value}; with a tamper, the first serialized form of the tamper's class (the
   * outermost) gets the tampered field, on a copy where the value is its own form.
   */
  private static byte[] write(Object value, @Nullable Tamper tamper) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TamperingStream out = new TamperingStream(bytes, value, tamper)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static final class TamperingStream extends ObjectOutputStream {
    private final @Nullable Tamper tamper;
    private final String formName;
    private boolean done;

    TamperingStream(ByteArrayOutputStream bytes, Object value, @Nullable Tamper tamper)
        throws IOException {
      super(bytes);
      this.tamper = tamper;
      String target = tamper != null && tamper.form() != null ? tamper.form() : null;
      this.formName =
          target != null ? formOf(load(target)).getName() : formOf(value.getClass()).getName();
      enableReplaceObject(tamper != null);
    }

    @Override
    protected Object replaceObject(Object obj) throws IOException {
      if (tamper == null || done || !obj.getClass().getName().equals(formName)) {
        return obj;
      }
      done = true;
      try {
        Object target = obj;
        if (!isForm(obj.getClass())) {
          target = read(SerializationGateTest.write(obj, null)); // its own form: change a copy
        }
        Field f = target.getClass().getDeclaredField(tamper.field());
        f.setAccessible(true);
        f.set(target, tamper.value().get());
        return target;
      } catch (ReflectiveOperationException e) {
        throw new LinkageError(tamper.field(), e);
      }
    }
  }

  private static Object read(byte[] stream) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
      return in.readObject();
    }
  }

  /**
   * Writes the form with a mutable copy of the collection in {@code field} and then the same
   * collection again, reads both, changes the collection and checks the value did not change.
   */
  private static void rogueReferenceChangesNothing(Object value, Field field) throws Exception {
    Object form = formInstance(value);
    if (form == value) {
      return;
    }
    Object original = field(form, field.getName());
    Object mutable =
        original instanceof Map<?, ?> map
            ? new HashMap<>(map)
            : new ArrayList<>((Collection<?>) original);
    Field f = form.getClass().getDeclaredField(field.getName());
    f.setAccessible(true);
    f.set(form, mutable);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(form);
      out.writeObject(mutable);
    }
    Object read;
    Object rogue;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
      rogue = in.readObject();
    }
    byte[] before = write(read, null);
    if (rogue instanceof Map<?, ?> m) {
      m.clear();
    } else {
      ((Collection<?>) rogue).clear();
    }
    assertThat(write(read, null))
        .as("%s after its stream's collection changed", field)
        .isEqualTo(before);
  }

  /**
   * The stream of a look-alike of {@code value}'s class: a test class with the same {@code
   * serialVersionUID}, renamed in the bytes to the real class (and its superclass renamed to the
   * real superclass, or left out), as an attacker who bypasses the proxy would write it.
   */
  private static byte[] lookAlike(Class<?> value, boolean withSuperclass) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(withSuperclass ? new LookAlike() : new LookAlikeAlone());
    }
    byte[] stream = bytes.toByteArray();
    stream = rename(stream, LookAlike.class, value);
    stream = rename(stream, LookAlikeAlone.class, value);
    if (withSuperclass) {
      stream = rename(stream, LookAlikeBase.class, value.getSuperclass());
    }
    return stream;
  }

  /** Replaces the class descriptor's name and serialVersionUID of {@code from} by those of to. */
  private static byte[] rename(byte[] stream, Class<?> from, Class<?> to) {
    byte[] old = utf(from.getName());
    int at = indexOf(stream, old);
    if (at < 0) {
      return stream;
    }
    byte[] name = utf(to.getName());
    long uid = ObjectStreamClass.lookup(to).getSerialVersionUID();
    ByteBuffer b = ByteBuffer.allocate(stream.length - old.length + name.length);
    b.put(stream, 0, at).put(name).putLong(uid);
    int rest = at + old.length + Long.BYTES;
    b.put(stream, rest, stream.length - rest);
    return b.array();
  }

  private static byte[] utf(String s) {
    byte[] text = s.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(2 + text.length).putShort((short) text.length).put(text).array();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The look-alike of a value type's abstract superclass. */
  static class LookAlikeBase implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The look-alike of a generated value class, with some data of its own. */
  static class LookAlike extends LookAlikeBase {
    private static final long serialVersionUID = 1L;
    final String id = "P-1";
    final BigDecimal n = BigDecimal.ONE;
  }

  /** The look-alike of a value class whose superclass is left out of the stream. */
  static class LookAlikeAlone implements Serializable {
    private static final long serialVersionUID = 1L;
    final String id = "P-1";
  }
}
