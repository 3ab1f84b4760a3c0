package org.employmentlinkage.testkit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.domain.ProjectStatus;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingOrganiser;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScopeWidening;

/**
 * Edge-biased generators of every linkage domain type and project event (领域对象生成器), for one policy
 * under test: the edges are read from the policy's own configuration and calendar, never hard-coded
 * for one configuration.
 *
 * <ul>
 *   <li><b>Amounts</b> ({@link #amounts()}): {@link MoneyGenerators#amountsNear} of {@link
 *       #thresholds()}, the municipal 1亿元 ("总投资额在1亿元以上", 一（一）) and every threshold of the policy's
 *       regional widenings, each ± 0.01元.
 *   <li><b>Dates</b> ({@link #dates()}): the calendar's edge dates ({@link
 *       CalendarGenerators#dates()}: holiday eves and blocks, the day after, make-up working
 *       weekends, year ends, the coverage boundary, provisional years), the {@link #policyDates()}
 *       (the validity start 2018-07-06 ± 1 day, 大政办发〔2018〕83号 being dated 2018-07-06 with no 施行日期;
 *       Wafangdian's forwarding date 2018-07-31 ± 1 day, 瓦政办发〔2018〕66号; the policy's own first and
 *       last day; each widening's first and last day, ± 1 day), the weeks before the calendar's
 *       coverage ends (where a 30-working-day period runs out of it), and dates outside the
 *       coverage.
 *   <li><b>Places</b>: every region of {@link Region} (every code, every pilot zone, 大连市 and
 *       outside Dalian, for where people live); project locations by county-level unit, pilot zone
 *       or both, with or without a sub-district identifier, a widened region in half of the draws;
 *       a location may be missing (unknown).
 *   <li><b>Missing facts</b>: every optional fact of a project, person, training record or event is
 *       present with probability {@value #PRESENT_PROBABILITY} (so a person has all eight of their
 *       plain facts in about one draw of six, 0.8<sup>8</sup>, and misses some in the others), and
 *       shrinks toward missing.
 *   <li><b>People</b>: graduation dates around the graduation-window edges of the date asked about
 *       ({@link #graduationDates(LocalDate)}); certified statuses keyed by the policy's added
 *       groups; land expropriated for the projects the generators draw.
 *   <li><b>Events</b>: every {@link ProjectEventKind}, with the facts each kind may carry; land
 *       notices of every kind, their trigger date drawn like {@link #dates()}.
 * </ul>
 *
 * <p>Identifiers come from small pools, so that designations, land-expropriation links and
 * candidate order are exercised: project identifiers are the widenings' designated projects and
 * {@code P-1} to {@code P-3}; candidate identifiers are distinct within a recruitment and include
 * pairs such as {@code C2}/{@code C10} and {@code I1}/{@code i1} whose order depends on comparing
 * strings without a locale.
 *
 * <p>Every generator draws only through the methods of {@link Generators} (see the shrinking notes
 * there), so values are reproducible from a seed and shrink under the QuickTheories adapter.
 * Immutable and thread-safe; the generators are stateless. Building one scans the calendar once
 * (see {@link CalendarGenerators#of}); reuse it.
 */
public final class PolicyGenerators {
  /** The probability that an optional fact is present: {@value}. */
  public static final double PRESENT_PROBABILITY = 0.8;

  /** How many days before the end of the calendar's coverage {@link #dates()} favours: {@value}. */
  public static final int COVERAGE_END_DAYS = 60;

  /** How many days beyond the calendar's coverage {@link #dates()} may reach: {@value}. */
  public static final int BEYOND_COVERAGE_DAYS = 400;

  private static final List<String> BASE_PROJECT_IDS = List.of("P-1", "P-2", "P-3");

  /** Sample project categories (the caller's own words; a widening may add any). */
  private static final List<String> SAMPLE_CATEGORIES = List.of("制造业", "基础设施");

  private static final List<String> SUBDISTRICTS = List.of("subdistrict-1", "subdistrict-2");

  /** Sample occupations (职业（工种）) for training records. */
  private static final List<String> OCCUPATIONS = List.of("焊工", "电工", "砌筑工");

  /** A certified status no group uses, to show unrelated statuses change nothing. */
  private static final String UNRELATED_STATUS = "UNRELATED_STATUS";

  /**
   * Candidate identifiers: pairs whose order differs between numeric, case-insensitive or
   * locale-sensitive comparison and {@link String#compareTo} (C2/C10, I1/i1/İ1).
   */
  private static final List<String> CANDIDATE_IDS =
      List.of(
          "C1", "C2", "C3", "C10", "C11", "C20", "I1", "i1", "İ1", "ı1", "c1", "Z9", "张三", "A-1",
          "a-1", "B");

  /** The most candidates a recruitment question holds. */
  private static final int MAX_CANDIDATES = 8;

  private final PolicyUnderTest policy;
  private final CalendarGenerators calendar;
  private final List<Money> thresholds;
  private final List<LocalDate> policyDates;
  private final List<Region> widenedRegions;
  private final List<String> categories;
  private final List<String> projectIds;
  private final List<String> statusKeys;

  private PolicyGenerators(PolicyUnderTest policy, CalendarGenerators calendar) {
    this.policy = policy;
    this.calendar = calendar;
    TreeSet<Money> t = new TreeSet<>();
    t.add(MoneyGenerators.MUNICIPAL_THRESHOLD);
    Set<Region> widened = new LinkedHashSet<>();
    Set<String> cats = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (ValidityWindow w :
        List.of(
            ValidityWindow.DALIAN_2018_83,
            ValidityWindow.WAFANGDIAN_FORWARDING,
            policy.validity())) {
      addAround(dates, w.firstDay());
      w.lastDay().ifPresent(d -> addAround(dates, d));
    }
    for (ScopeWidening w : policy.widenings()) {
      w.threshold().ifPresent(t::add);
      widened.add(w.region());
      cats.addAll(w.addedCategories());
      ids.addAll(w.designatedProjectIds());
      addAround(dates, w.effectiveFrom());
      w.effectiveUntil().ifPresent(d -> addAround(dates, d));
    }
    cats.addAll(SAMPLE_CATEGORIES);
    ids.addAll(BASE_PROJECT_IDS);
    Set<String> keys = new LinkedHashSet<>();
    for (PersonGroup g : policy.groups()) {
      if (!g.isBuiltIn()) {
        keys.add(g.id());
      }
    }
    keys.add(UNRELATED_STATUS);
    this.thresholds = List.copyOf(t);
    this.policyDates = List.copyOf(dates);
    this.widenedRegions = List.copyOf(widened);
    this.categories = List.copyOf(cats);
    this.projectIds = List.copyOf(ids);
    this.statusKeys = List.copyOf(keys);
  }

  private static void addAround(Set<LocalDate> dates, LocalDate d) {
    if (d.isAfter(LocalDate.MIN)) {
      dates.add(d.minusDays(1));
    }
    dates.add(d);
    if (d.isBefore(LocalDate.MAX)) {
      dates.add(d.plusDays(1));
    }
  }

  /**
   * The generators for {@code policy} and its calendar.
   *
   * @param policy the policy
   * @return the generators
   * @throws NullPointerException if {@code policy} is null
   * @throws IllegalArgumentException if the policy's calendar covers no date, or too many (see
   *     {@link CalendarGenerators#of})
   */
  public static PolicyGenerators of(LinkagePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return of(PolicyUnderTest.of(policy));
  }

  /**
   * The generators for {@code policy} and its calendar.
   *
   * @param policy the policy under test
   * @return the generators
   * @throws NullPointerException if {@code policy} is null
   * @throws IllegalArgumentException if the policy's calendar covers no date, or too many (see
   *     {@link CalendarGenerators#of})
   */
  public static PolicyGenerators of(PolicyUnderTest policy) {
    Objects.requireNonNull(policy, "policy");
    return new PolicyGenerators(policy, CalendarGenerators.of(policy.calendar()));
  }

  /**
   * The generators for {@code policy}, with dates drawn from {@code calendarGenerators} (reuse them
   * to save scanning the calendar again; usually {@code CalendarGenerators.of(
   * policy.calendar())}).
   *
   * @param policy the policy under test
   * @param calendarGenerators the calendar generators to draw dates from
   * @return the generators
   * @throws NullPointerException if an argument is null
   */
  public static PolicyGenerators of(PolicyUnderTest policy, CalendarGenerators calendarGenerators) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendarGenerators, "calendarGenerators");
    return new PolicyGenerators(policy, calendarGenerators);
  }

  /**
   * The policy these generators are for.
   *
   * @return the policy under test
   */
  public PolicyUnderTest policy() {
    return policy;
  }

  /**
   * The calendar generators dates are drawn from.
   *
   * @return the calendar generators
   */
  public CalendarGenerators calendarGenerators() {
    return calendar;
  }

  /**
   * The amounts the scope turns on: 1亿元 and the threshold of every regional widening.
   *
   * @return the thresholds in ascending order, without repeats, an unmodifiable list
   */
  public List<Money> thresholds() {
    return thresholds;
  }

  /**
   * The dates the policy's configuration turns on, each with the day before and after: the validity
   * start of 大政办发〔2018〕83号 (2018-07-06) and of Wafangdian's forwarding (2018-07-31), the policy's
   * own validity window, and each widening's first and last day.
   *
   * @return the dates in ascending order, an unmodifiable list
   */
  public List<LocalDate> policyDates() {
    return policyDates;
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /**
   * Amounts biased toward {@link #thresholds()}: {@code MoneyGenerators.amountsNear(thresholds())}.
   *
   * @return the generator
   */
  public Generator<Money> amounts() {
    return MoneyGenerators.amountsNear(thresholds);
  }

  /**
   * Dates to judge on and events' dates: the calendar's edge-biased dates ({@link
   * CalendarGenerators#dates()}, 6/10 of draws), one of {@link #policyDates()} (2/10), one of the
   * last {@value #COVERAGE_END_DAYS} covered days (1/10), or a date outside the coverage, up to
   * {@value #BEYOND_COVERAGE_DAYS} days beyond either end (1/10). Shrinks toward the first covered
   * date.
   *
   * @return the generator
   */
  public Generator<LocalDate> dates() {
    DateRange coverage = calendar.calendar().coverage();
    LocalDate last = coverage.last();
    LocalDate first = coverage.first();
    Generator<LocalDate> nearEnd =
        Generators.integers(0, (int) Math.min(COVERAGE_END_DAYS, coverage.lengthInDays() - 1))
            .map(last::minusDays);
    List<Weighted<LocalDate>> outside = new ArrayList<>();
    if (last.isBefore(LocalDate.MAX.minusDays(BEYOND_COVERAGE_DAYS))) {
      outside.add(
          new Weighted<>(1, Generators.integers(1, BEYOND_COVERAGE_DAYS).map(last::plusDays)));
    }
    if (first.isAfter(LocalDate.MIN.plusDays(BEYOND_COVERAGE_DAYS))) {
      outside.add(
          new Weighted<>(1, Generators.integers(1, BEYOND_COVERAGE_DAYS).map(first::minusDays)));
    }
    List<Weighted<LocalDate>> all = new ArrayList<>();
    all.add(new Weighted<>(6, calendar.dates()));
    all.add(new Weighted<>(2, Generators.oneOf(policyDates)));
    all.add(new Weighted<>(1, nearEnd));
    if (!outside.isEmpty()) {
      all.add(new Weighted<>(1, Generators.frequency(outside)));
    }
    return Generators.frequency(all);
  }

  /**
   * Every region of {@link Region}, for where people live or are registered: the city, its ten
   * county-level units, its pilot zones and {@link Region#OUTSIDE_DALIAN}; uniformly.
   *
   * @return the generator
   */
  public Generator<Region> regions() {
    return Generators.oneOf(Arrays.asList(Region.values()));
  }

  /**
   * The regions a project can lie in: county-level units and pilot zones; in half of the draws one
   * of the regions the policy widened (if any).
   *
   * @return the generator
   */
  public Generator<Region> projectRegions() {
    List<Region> all = new ArrayList<>(Region.countyLevelUnits());
    all.addAll(Region.pilotZones());
    return biased(all);
  }

  /**
   * Project locations: a county-level unit only (1/2 of draws), a pilot zone only (1/6), or a pilot
   * zone with a county-level unit (1/3), in half of the draws of each one of the regions the policy
   * widened; with a sub-district identifier in one draw of four. (Any pilot zone is paired with any
   * county-level unit: the testkit does not encode which zone lies in which unit.)
   *
   * @return the generator
   */
  public Generator<Location> locations() {
    Generator<Region> counties = biased(Region.countyLevelUnits());
    Generator<Region> zones = biased(Region.pilotZones());
    Generator<Location.Builder> shape =
        Generators.frequency(
            3,
            counties.map(c -> Location.builder().countyLevelUnit(c)),
            1,
            zones.map(z -> Location.builder().pilotZone(z)),
            2,
            Generators.zip(
                counties, zones, (c, z) -> Location.builder().countyLevelUnit(c).pilotZone(z)));
    Generator<Optional<String>> subdistricts =
        Generators.optional(Generators.oneOf(SUBDISTRICTS), 0.25);
    return Generators.zip(
        shape,
        subdistricts,
        (b, s) -> {
          s.ifPresent(b::subdistrict);
          return b.build();
        });
  }

  /** One of {@code regions}; in half of the draws one of them the policy widened, if any. */
  private Generator<Region> biased(List<Region> regions) {
    List<Region> widened = new ArrayList<>();
    for (Region r : widenedRegions) {
      if (regions.contains(r)) {
        widened.add(r);
      }
    }
    Generator<Region> any = Generators.oneOf(regions);
    return widened.isEmpty() ? any : Generators.frequency(1, Generators.oneOf(widened), 1, any);
  }

  // ---------------------------------------------------------------------------------------------
  // Domain types

  /**
   * Projects: an identifier from the pool (the widenings' designated projects and {@code P-1} to
   * {@code P-3}), and each optional fact present with probability {@value #PRESENT_PROBABILITY}:
   * type (construction three times as often as other), total investment ({@link #amounts()}),
   * location ({@link #locations()}), government funding, ownership, status, the dates approved,
   * construction started and completed (completed never before started); categories from the
   * widenings' added categories and samples, zero to two of them; a name in half of the draws.
   *
   * @return the generator
   */
  public Generator<Project> projects() {
    Generator<String> ids = Generators.oneOf(projectIds);
    Generator<Optional<String>> names = Generators.optional(Generators.constant("项目"), 0.5);
    Generator<Optional<ProjectType>> types =
        present(
            Generators.frequency(
                3,
                Generators.constant(ProjectType.CONSTRUCTION),
                1,
                Generators.constant(ProjectType.OTHER)));
    Generator<List<String>> cats = Generators.listOf(Generators.oneOf(categories), 0, 2);
    Generator<Optional<Money>> investments = present(amounts());
    Generator<Optional<Location>> locs = present(locations());
    Generator<Optional<Boolean>> funded = present(Generators.booleans());
    Generator<Optional<Ownership>> ownerships =
        present(Generators.oneOf(Arrays.asList(Ownership.values())));
    Generator<Optional<ProjectStatus>> statuses =
        present(Generators.oneOf(Arrays.asList(ProjectStatus.values())));
    Generator<Optional<LocalDate>> dates = present(dates());
    return random -> {
      Project.Builder b = Project.builder().id(ids.next(random));
      names.next(random).ifPresent(b::name);
      types.next(random).ifPresent(b::type);
      b.categories(cats.next(random));
      investments.next(random).ifPresent(b::totalInvestment);
      locs.next(random).ifPresent(b::location);
      funded.next(random).ifPresent(b::governmentFunded);
      ownerships.next(random).ifPresent(b::ownership);
      statuses.next(random).ifPresent(b::status);
      dates.next(random).ifPresent(b::approved);
      Optional<LocalDate> started = dates.next(random);
      Optional<LocalDate> completed = dates.next(random);
      if (started.isPresent() && completed.isPresent() && completed.get().isBefore(started.get())) {
        Optional<LocalDate> swap = started;
        started = completed;
        completed = swap;
      }
      started.ifPresent(b::constructionStarted);
      completed.ifPresent(b::completed);
      return b.build();
    };
  }

  /**
   * Graduation dates around the edges of the graduation window on {@code asOf}: the first and last
   * day of the year of {@code asOf} and of the years before and after (graduating "in the
   * graduation year" is judged by calendar year, docs/adr/0003-policy-as-code.md, "Groups"), the
   * same day one to three years earlier and the day before each (the end of "离校2年内", default two
   * years, inclusive, and its neighbours for other configured numbers of years), {@code asOf}
   * itself and the day after (a graduation still to come) in 2/3 of draws; otherwise a day from six
   * years before to the year after, uniformly.
   *
   * @param asOf the date the person is judged on
   * @return the generator
   * @throws NullPointerException if {@code asOf} is null
   * @throws java.time.DateTimeException if {@code asOf} lies within seven years of {@link
   *     LocalDate#MIN} or {@link LocalDate#MAX}
   */
  public Generator<LocalDate> graduationDates(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    checkNotFar(asOf, "PolicyGenerators.graduationDates");
    int year = asOf.getYear();
    TreeSet<LocalDate> edges = new TreeSet<>();
    for (int y = year - 1; y <= year + 1; y++) {
      edges.add(LocalDate.of(y, Month.JANUARY, 1));
      edges.add(LocalDate.of(y, Month.DECEMBER, 31));
    }
    for (int k = 1; k <= 3; k++) {
      LocalDate back = asOf.minusYears(k);
      edges.add(back);
      edges.add(back.minusDays(1));
      edges.add(back.plusDays(1));
    }
    edges.add(asOf);
    edges.add(asOf.plusDays(1));
    LocalDate from = LocalDate.of(year - 6, Month.JANUARY, 1);
    LocalDate to = LocalDate.of(year + 1, Month.DECEMBER, 31);
    int span = (int) (to.toEpochDay() - from.toEpochDay());
    return Generators.frequency(
        2, Generators.oneOf(edges), 1, Generators.integers(0, span).map(from::plusDays));
  }

  /** Graduation dates reach seven years around the date; nearer the ends they would not exist. */
  private static void checkNotFar(LocalDate asOf, String where) {
    if (asOf.getYear() < Year.MIN_VALUE + 7 || asOf.getYear() > Year.MAX_VALUE - 7) {
      throw new DateTimeException(
          where
              + ": asOf "
              + asOf
              + " lies within seven years of LocalDate.MIN or LocalDate.MAX; graduation dates"
              + " around it do not exist");
    }
  }

  /**
   * People judged on dates of {@link #dates()}: {@code dates().flatMap(this::persons)} (the date
   * itself is not returned; use {@link #groupQuestions()} to get both).
   *
   * @return the generator
   */
  public Generator<Person> persons() {
    return dates().flatMap(this::persons);
  }

  /**
   * People to be judged on {@code asOf}: an identifier {@code A} to {@code H}, and each fact
   * present with probability {@value #PRESENT_PROBABILITY}: education (every {@link Education}),
   * graduation date ({@link #graduationDates(LocalDate)}), household type, non-farm transfer,
   * overcapacity resettlement, land expropriated (and, unless it is {@code false}, zero to two
   * identifiers of the projects of {@link #projects()}), residence and household region ({@link
   * #regions()}); a certified status for each group the policy added and for one status no group
   * uses, each present in half of the draws.
   *
   * @param asOf the date the person is judged on
   * @return the generator
   * @throws NullPointerException if {@code asOf} is null
   * @throws java.time.DateTimeException if {@code asOf} lies within seven years of {@link
   *     LocalDate#MIN} or {@link LocalDate#MAX}
   */
  public Generator<Person> persons(LocalDate asOf) {
    return persons(asOf, regions());
  }

  private Generator<Person> persons(LocalDate asOf, Generator<Region> regions) {
    Objects.requireNonNull(asOf, "asOf");
    checkNotFar(asOf, "PolicyGenerators.persons");
    Generator<String> ids = Generators.oneOf(List.of("A", "B", "C", "D", "E", "F", "G", "H"));
    Generator<Optional<Education>> educations =
        present(Generators.oneOf(Arrays.asList(Education.values())));
    Generator<Optional<LocalDate>> graduations = present(graduationDates(asOf));
    Generator<Optional<HouseholdType>> households =
        present(Generators.oneOf(Arrays.asList(HouseholdType.values())));
    Generator<Optional<Boolean>> facts = present(Generators.booleans());
    Generator<Optional<Boolean>> statuses = Generators.optional(Generators.booleans(), 0.5);
    Generator<List<String>> landIds = Generators.listOf(Generators.oneOf(projectIds), 0, 2);
    Generator<Optional<Region>> places = present(regions);
    return random -> {
      Person.Builder b = Person.builder().id(ids.next(random));
      educations.next(random).ifPresent(b::education);
      graduations.next(random).ifPresent(b::graduationDate);
      households.next(random).ifPresent(b::householdType);
      facts.next(random).ifPresent(b::nonFarmTransfer);
      facts.next(random).ifPresent(b::overcapacityResettled);
      for (String key : statusKeys) {
        Optional<Boolean> status = statuses.next(random);
        status.ifPresent(v -> b.putCertification(key, v));
      }
      Optional<Boolean> land = facts.next(random);
      land.ifPresent(b::landExpropriated);
      List<String> ids2 = landIds.next(random);
      if (!land.equals(Optional.of(false))) {
        b.landExpropriationProjectIds(ids2);
      }
      places.next(random).ifPresent(b::residence);
      places.next(random).ifPresent(b::householdRegion);
      return b.build();
    };
  }

  /**
   * Training records (of the person they are passed with): identifier {@code T-1} or {@code T-2},
   * every {@link TrainingType}, and each fact present with probability {@value
   * #PRESENT_PROBABILITY}: organiser, occupation, level, region (a region of Dalian), willing,
   * completed, passed (never {@code true} when completed is {@code false}), certified, certificate
   * date (never when certified is {@code false}), completion date, first appraisal; the dates from
   * {@link #dates()}.
   *
   * @return the generator
   */
  public Generator<TrainingRecord> trainingRecords() {
    Generator<String> ids = Generators.oneOf(List.of("T-1", "T-2"));
    Generator<TrainingType> types = Generators.oneOf(Arrays.asList(TrainingType.values()));
    Generator<Optional<TrainingOrganiser>> organisers =
        present(Generators.oneOf(Arrays.asList(TrainingOrganiser.values())));
    Generator<Optional<String>> occupations = present(Generators.oneOf(OCCUPATIONS));
    Generator<Optional<SkillLevel>> levels =
        present(Generators.oneOf(Arrays.asList(SkillLevel.values())));
    Generator<Optional<Region>> regions = present(regions().filter(Region::isInDalian));
    Generator<Optional<Boolean>> facts = present(Generators.booleans());
    Generator<Optional<LocalDate>> dates = present(dates());
    return random -> {
      TrainingRecord.Builder b =
          TrainingRecord.builder().id(ids.next(random)).type(types.next(random));
      organisers.next(random).ifPresent(b::organiser);
      occupations.next(random).ifPresent(b::occupation);
      levels.next(random).ifPresent(b::level);
      regions.next(random).ifPresent(b::region);
      facts.next(random).ifPresent(b::willing);
      Optional<Boolean> completed = facts.next(random);
      completed.ifPresent(b::completed);
      Optional<Boolean> passed = facts.next(random);
      if (!(completed.equals(Optional.of(false)) && passed.equals(Optional.of(true)))) {
        passed.ifPresent(b::passed);
      }
      Optional<Boolean> certified = facts.next(random);
      certified.ifPresent(b::certified);
      Optional<LocalDate> certificateDate = dates.next(random);
      if (!certified.equals(Optional.of(false))) {
        certificateDate.ifPresent(b::certificateDate);
      }
      dates.next(random).ifPresent(b::completionDate);
      facts.next(random).ifPresent(b::firstAppraisal);
      return b.build();
    };
  }

  /**
   * Labour demands: a project of {@link #projects()}, 1 to 10 positions, a date of {@link
   * #dates()}, a title in half of the draws.
   *
   * @return the generator
   */
  public Generator<LabourDemand> labourDemands() {
    Generator<Project> projects = projects();
    Generator<Integer> positions = Generators.integers(1, 10);
    Generator<LocalDate> dates = dates();
    Generator<Optional<String>> titles = Generators.optional(Generators.constant("焊工"), 0.5);
    return random -> {
      LabourDemand.Builder b =
          LabourDemand.builder()
              .project(projects.next(random))
              .positions(positions.next(random))
              .asOf(dates.next(random));
      titles.next(random).ifPresent(b::title);
      return b.build();
    };
  }

  /**
   * Candidates for {@code demand}: zero to {@value #MAX_CANDIDATES} people with distinct
   * identifiers (see the class description), judged on the demand's date, living and registered in
   * the project's own county-level unit or pilot zone in half of the draws (so that local priority
   * candidates are common), and meeting the requirements in three draws of four.
   *
   * @param demand the demand
   * @return the generator of unmodifiable lists
   * @throws NullPointerException if {@code demand} is null
   * @throws java.time.DateTimeException if the demand's date lies within seven years of {@link
   *     LocalDate#MIN} or {@link LocalDate#MAX}
   */
  public Generator<List<Candidate>> candidates(LabourDemand demand) {
    Objects.requireNonNull(demand, "demand");
    List<Region> near = new ArrayList<>();
    demand
        .project()
        .location()
        .ifPresent(
            l -> {
              l.countyLevelUnit().ifPresent(near::add);
              l.pilotZone().ifPresent(near::add);
            });
    Generator<Region> regions =
        near.isEmpty() ? regions() : Generators.frequency(1, Generators.oneOf(near), 1, regions());
    Generator<Person> persons = persons(demand.asOf(), regions);
    Generator<Integer> counts = Generators.integers(0, MAX_CANDIDATES);
    Generator<Integer> idIndexes = Generators.integers(0, CANDIDATE_IDS.size() - 1);
    Generator<Boolean> qualified =
        Generators.frequency(
            3, Generators.constant(Boolean.TRUE), 1, Generators.constant(Boolean.FALSE));
    return random -> {
      int n = counts.next(random);
      List<Candidate> list = new ArrayList<>(n);
      boolean[] taken = new boolean[CANDIDATE_IDS.size()];
      for (int i = 0; i < n; i++) {
        int k = idIndexes.next(random);
        while (taken[k]) {
          k = (k + 1) % taken.length;
        }
        taken[k] = true;
        Person p = Person.builder().from(persons.next(random)).id(CANDIDATE_IDS.get(k)).build();
        list.add(Candidate.of(p, qualified.next(random)));
      }
      return List.copyOf(list);
    };
  }

  /**
   * Project events of every {@link ProjectEventKind}, each kind equally likely: {@code
   * oneOf(events(kind) for each kind)}.
   *
   * @return the generator
   */
  public Generator<ProjectEvent> events() {
    List<Generator<ProjectEvent>> kinds = new ArrayList<>();
    for (ProjectEventKind k : ProjectEventKind.values()) {
      kinds.add(events(k));
    }
    List<Weighted<ProjectEvent>> weighted = new ArrayList<>();
    for (Generator<ProjectEvent> g : kinds) {
      weighted.add(new Weighted<>(1, g));
    }
    return Generators.frequency(weighted);
  }

  /**
   * Project events of one kind: a project of {@link #projects()}, a date of {@link #dates()}, and
   * the facts the kind may carry: for a land-expropriation notice, the notice kind (absent, the
   * documented default 征收土地公告, in 1/3 of draws; otherwise each {@link LandNoticeKind}) and whether
   * it involves land-expropriated persons ({@code true} twice as often as {@code false}, missing
   * with probability 1 − {@value #PRESENT_PROBABILITY}); for recruitment, whether it recruits
   * current graduates; for a labour shortfall, 1 (1/2) or 2 to 500 workers; for issues, an
   * identifier {@code ISSUE-1} or {@code ISSUE-2} and (when raised) a topic.
   *
   * @param kind the kind of event
   * @return the generator
   * @throws NullPointerException if {@code kind} is null
   */
  public Generator<ProjectEvent> events(ProjectEventKind kind) {
    Objects.requireNonNull(kind, "kind");
    Generator<Project> projects = projects();
    Generator<LocalDate> dates = dates();
    Generator<Optional<LandNoticeKind>> notices =
        Generators.frequency(
            1,
            Generators.constant(Optional.<LandNoticeKind>empty()),
            2,
            Generators.oneOf(
                    List.of(
                        LandNoticeKind.EXPROPRIATION_NOTICE,
                        LandNoticeKind.PRE_NOTICE,
                        LandNoticeKind.COMPENSATION_PLAN_NOTICE))
                .map(Optional::of));
    Generator<Optional<Boolean>> involves =
        present(
            Generators.frequency(
                2, Generators.constant(Boolean.TRUE), 1, Generators.constant(Boolean.FALSE)));
    Generator<Optional<Boolean>> facts = present(Generators.booleans());
    Generator<Integer> workers =
        Generators.frequency(1, Generators.constant(1), 1, Generators.integers(2, 500));
    Generator<String> issueIds = Generators.oneOf(List.of("ISSUE-1", "ISSUE-2"));
    Generator<Optional<IssueTopic>> topics =
        present(Generators.oneOf(Arrays.asList(IssueTopic.values())));
    return random -> {
      ProjectEvent.Builder b =
          ProjectEvent.builder().kind(kind).project(projects.next(random)).date(dates.next(random));
      switch (kind) {
        case LAND_EXPROPRIATION_NOTICE -> {
          notices.next(random).ifPresent(b::landNotice);
          involves.next(random).ifPresent(b::involvesLandExpropriatedPersons);
        }
        case RECRUITMENT_OPENED -> facts.next(random).ifPresent(b::recruitsCurrentGraduates);
        case LABOUR_SHORTFALL -> b.workers(workers.next(random));
        case ISSUE_RAISED -> {
          b.issueId(issueIds.next(random));
          topics.next(random).ifPresent(b::issueTopic);
        }
        case ISSUE_CLOSED -> b.issueId(issueIds.next(random));
        default -> {
          // the other kinds carry no facts of their own
        }
      }
      return b.build();
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Questions

  /**
   * Scope questions: a project of {@link #projects()} and a date of {@link #dates()}.
   *
   * @return the generator
   */
  public Generator<PolicyQuestion.Scope> scopeQuestions() {
    return Generators.zip(projects(), dates(), PolicyQuestion.Scope::new);
  }

  /**
   * Group questions: a date of {@link #dates()} and a person of {@link #persons(LocalDate)} for it.
   *
   * @return the generator
   */
  public Generator<PolicyQuestion.Groups> groupQuestions() {
    return dates().flatMap(d -> persons(d).map(p -> new PolicyQuestion.Groups(p, d)));
  }

  /**
   * Recruitment questions: a demand of {@link #labourDemands()} and candidates of {@link
   * #candidates(LabourDemand)} for it.
   *
   * @return the generator
   */
  public Generator<PolicyQuestion.Recruitment> recruitmentQuestions() {
    return labourDemands()
        .flatMap(d -> candidates(d).map(c -> new PolicyQuestion.Recruitment(d, c)));
  }

  /**
   * Subsidy questions: a date of {@link #dates()}, a person for it, one of their training records,
   * and a project of {@link #projects()} (missing with probability 1 − {@value
   * #PRESENT_PROBABILITY}); in half of the draws where the person's land expropriation is not
   * {@code false}, the person is linked to the project's land expropriation.
   *
   * @return the generator
   */
  public Generator<PolicyQuestion.Subsidies> subsidyQuestions() {
    Generator<Optional<Project>> projects = present(projects());
    Generator<Boolean> link = Generators.booleans();
    return dates()
        .flatMap(
            asOf ->
                random -> {
                  Person person = persons(asOf).next(random);
                  TrainingRecord record = trainingRecords().next(random);
                  Optional<Project> project = projects.next(random);
                  if (link.next(random)
                      && project.isPresent()
                      && person.landExpropriated() != Fact.NO) {
                    person =
                        Person.builder()
                            .from(person)
                            .addLandExpropriationProjectId(project.get().id())
                            .build();
                  }
                  return new PolicyQuestion.Subsidies(record, person, project, asOf);
                });
  }

  /**
   * Obligation questions: an event of {@link #events()}.
   *
   * @return the generator
   */
  public Generator<PolicyQuestion.Obligations> obligationQuestions() {
    return events().map(PolicyQuestion.Obligations::new);
  }

  /**
   * Standing-duty questions: a date of {@link #dates()}.
   *
   * @return the generator
   */
  public Generator<PolicyQuestion.StandingDuties> standingDutyQuestions() {
    return dates().map(PolicyQuestion.StandingDuties::new);
  }

  /**
   * Questions of every kind: scope, groups, recruitment, subsidies and obligations each 2/11 of
   * draws, standing duties 1/11.
   *
   * @return the generator
   */
  public Generator<PolicyQuestion> questions() {
    return Generators.frequency(
        List.of(
            new Weighted<PolicyQuestion>(2, scopeQuestions()),
            new Weighted<PolicyQuestion>(2, groupQuestions()),
            new Weighted<PolicyQuestion>(2, recruitmentQuestions()),
            new Weighted<PolicyQuestion>(2, subsidyQuestions()),
            new Weighted<PolicyQuestion>(2, obligationQuestions()),
            new Weighted<PolicyQuestion>(1, standingDutyQuestions())));
  }

  private static <T> Generator<Optional<T>> present(Generator<? extends T> g) {
    return Generators.optional(g, PRESENT_PROBABILITY);
  }

  /**
   * A short description: the policy and the calendar generators.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PolicyGenerators[" + policy + ", " + calendar + "]";
  }
}
