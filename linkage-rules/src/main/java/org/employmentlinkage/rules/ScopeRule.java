package org.employmentlinkage.rules;

import static org.employmentlinkage.policy.ClauseRef.JOB_DEMAND_ASSESSMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;

/**
 * 一（一）: "本意见中重大项目是指总投资额在1亿元以上建设项目，各地区可根据本地实际扩大重大项目范围".
 *
 * <p>Every combination of the facts that matter (project type, investment against the municipal
 * threshold, and the state of the regional widenings for the project's location on the date) maps
 * to one of at most 675 decisions, all built when the policy is built: classifying is a few
 * comparisons and one array load, without locks or allocation.
 */
final class ScopeRule {
  /** The municipal threshold: 1亿元 = 100,000,000.00 元, inclusive ("以上": 《民法典》第一千二百五十九条). */
  static final Money MUNICIPAL_THRESHOLD = Money.ofYuan(100_000_000L);

  private static final int Y = 0;
  private static final int N = 1;
  private static final int U = 2;
  private static final int NA = 3;

  /** Regional state: no widening applies. */
  private static final int R_NONE = 0;

  /** Regional state: location unknown while widenings are in force somewhere. */
  private static final int R_LOCATION_UNKNOWN = 1;

  /**
   * Regional state: the location names only a pilot zone, which has no widening, while a widening
   * of a county-level unit is in force.
   */
  private static final int R_COUNTY_UNKNOWN = 2;

  /**
   * The first state with a widening of the project's region: 3 + ((rt * 3 + cat) * 3 + des) * 2 +
   * cu.
   */
  private static final int R_WIDENED = 3;

  private static final int REGIONAL_STATES = R_WIDENED + 4 * 3 * 3 * 2;

  private static final Reason MUNICIPAL_MET = r(ReasonCode.SCOPE_MUNICIPAL_THRESHOLD_MET);
  private static final Reason BELOW_MUNICIPAL = r(ReasonCode.SCOPE_BELOW_MUNICIPAL_THRESHOLD);
  private static final Reason NOT_CONSTRUCTION = r(ReasonCode.SCOPE_NOT_CONSTRUCTION);
  private static final Reason TYPE_UNKNOWN = r(ReasonCode.SCOPE_TYPE_UNKNOWN);
  private static final Reason INVESTMENT_UNKNOWN = r(ReasonCode.SCOPE_INVESTMENT_UNKNOWN);
  private static final Reason LOCATION_UNKNOWN = r(ReasonCode.SCOPE_LOCATION_UNKNOWN);
  private static final Reason COUNTY_UNKNOWN = r(ReasonCode.SCOPE_COUNTY_UNKNOWN);
  private static final Reason REGIONAL_MET = r(ReasonCode.SCOPE_REGIONAL_THRESHOLD_MET);
  private static final Reason BELOW_REGIONAL = r(ReasonCode.SCOPE_BELOW_REGIONAL_THRESHOLD);
  private static final Reason CATEGORY = r(ReasonCode.SCOPE_REGIONAL_CATEGORY);
  private static final Reason NOT_CATEGORY = r(ReasonCode.SCOPE_NOT_IN_REGIONAL_CATEGORY);
  private static final Reason DESIGNATED = r(ReasonCode.SCOPE_REGIONAL_DESIGNATION);
  private static final Reason NOT_DESIGNATED = r(ReasonCode.SCOPE_NOT_DESIGNATED);
  private static final Reason NO_WIDENING = r(ReasonCode.SCOPE_NO_REGIONAL_WIDENING);

  /** The reason for a date outside the policy's validity, citing 一（一）. */
  static final Reason NOT_IN_FORCE = Texts.reason(ReasonCode.NOT_IN_FORCE, JOB_DEMAND_ASSESSMENT);

  private final ValidityWindow validity;
  private final EnumMap<Region, ScopeWidening[]> byRegion;
  private final ScopeWidening[] all;
  private final ScopeDecision[] table;
  private final ScopeDecision notInForce;

  /**
   * Builds the rule.
   *
   * @param validity the policy's validity window
   * @param widenings the regional widenings, already validated with {@link #validate}
   * @param versions the versions recorded in every decision
   */
  ScopeRule(ValidityWindow validity, List<ScopeWidening> widenings, Versions versions) {
    this.validity = validity;
    this.all = widenings.toArray(new ScopeWidening[0]);
    this.byRegion = new EnumMap<>(Region.class);
    for (Region region : Region.values()) {
      List<ScopeWidening> list = new ArrayList<>();
      for (ScopeWidening w : widenings) {
        if (w.region() == region) {
          list.add(w);
        }
      }
      list.sort(Comparator.comparing(ScopeWidening::effectiveFrom));
      byRegion.put(region, list.toArray(new ScopeWidening[0]));
    }
    this.table = new ScopeDecision[3 * 3 * REGIONAL_STATES];
    for (int t = 0; t < 3; t++) {
      for (int m = 0; m < 3; m++) {
        for (int r = 0; r < REGIONAL_STATES; r++) {
          if (reachable(m, r)) {
            table[(t * 3 + m) * REGIONAL_STATES + r] = decide(t, m, r, versions);
          }
        }
      }
    }
    this.notInForce =
        ScopeDecision.builder()
            .outcome(Outcome.NOT_IN_FORCE)
            .basis(ScopeBasis.NONE)
            .addReason(NOT_IN_FORCE)
            .versions(versions)
            .build();
  }

  /**
   * Checks widenings: none may narrow the municipal scope (a threshold above 1亿元), and two
   * widenings of one region may not be in force on the same day.
   *
   * @param widenings the widenings
   * @throws IllegalArgumentException naming the widening and the rule it breaks
   */
  static void validate(List<ScopeWidening> widenings) {
    for (ScopeWidening w : widenings) {
      if (w.threshold().isPresent() && w.threshold().get().compareTo(MUNICIPAL_THRESHOLD) > 0) {
        throw new IllegalArgumentException(
            "ScopeWidening of "
                + w.region()
                + " from "
                + w.effectiveFrom()
                + ": threshold "
                + w.threshold().get().toDisplayString()
                + " is above 1亿元 and would narrow the municipal scope; 大政办发〔2018〕83号 一（一）"
                + " only lets regions widen it (各地区可根据本地实际扩大重大项目范围)");
      }
    }
    for (int i = 0; i < widenings.size(); i++) {
      for (int j = i + 1; j < widenings.size(); j++) {
        ScopeWidening a = widenings.get(i);
        ScopeWidening b = widenings.get(j);
        if (a.region() == b.region() && overlap(a, b)) {
          throw new IllegalArgumentException(
              "ScopeWidening: two widenings of "
                  + a.region()
                  + " are in force on the same days (from "
                  + a.effectiveFrom()
                  + " and from "
                  + b.effectiveFrom()
                  + "); give one set per region and day");
        }
      }
    }
  }

  private static boolean overlap(ScopeWidening a, ScopeWidening b) {
    boolean aBeforeB = a.effectiveUntil().map(u -> u.isBefore(b.effectiveFrom())).orElse(false);
    boolean bBeforeA = b.effectiveUntil().map(u -> u.isBefore(a.effectiveFrom())).orElse(false);
    return !aBeforeB && !bBeforeA;
  }

  /**
   * Classifies a project on a date.
   *
   * @param project the project
   * @param asOf the date
   * @return the shared decision for the project's facts
   */
  ScopeDecision classify(Project project, LocalDate asOf) {
    int index = indexOf(project, asOf);
    return index < 0 ? notInForce : table[index];
  }

  /**
   * The total-investment threshold for construction projects at {@code location} on {@code asOf}:
   * the lowest of 1亿元 and the thresholds of the widenings in force for the location's county-level
   * unit and pilot zone. A location that names only a pilot zone says nothing about its
   * county-level unit, whose widenings are then not considered. The validity window plays no part.
   *
   * @param location the location
   * @param asOf the date
   * @return the threshold, at most 1亿元
   */
  Money thresholdAt(Location location, LocalDate asOf) {
    Money threshold = MUNICIPAL_THRESHOLD;
    for (Optional<Region> region : List.of(location.countyLevelUnit(), location.pilotZone())) {
      ScopeWidening w = region.isPresent() ? inForce(region.get(), asOf) : null;
      if (w != null && w.threshold().isPresent() && w.threshold().get().compareTo(threshold) < 0) {
        threshold = w.threshold().get();
      }
    }
    return threshold;
  }

  /**
   * The index of the project's decision in this rule's table of shared decisions, for callers that
   * cache results derived from it.
   *
   * @param project the project
   * @param asOf the date
   * @return the index, from 0 to {@link #tableSize()} - 1, or -1 when not in force
   */
  int indexOf(Project project, LocalDate asOf) {
    // A location's pilot zone is taken as complete as given (none means: not in a pilot zone);
    // its county-level unit, when absent, is unknown.
    if (!validity.contains(asOf)) {
      return -1;
    }
    Optional<ProjectType> type = project.type();
    int t = type.isEmpty() ? U : type.get() == ProjectType.CONSTRUCTION ? Y : N;
    Optional<Money> investment = project.totalInvestment();
    Money inv = investment.orElse(null);
    int m = inv == null ? U : inv.isAtLeast(MUNICIPAL_THRESHOLD) ? Y : N;
    int r = all.length == 0 ? R_NONE : regionalState(project, inv, asOf);
    return (t * 3 + m) * REGIONAL_STATES + r;
  }

  /**
   * The number of entries of the table {@link #indexOf} indexes.
   *
   * @return the table size
   */
  int tableSize() {
    return table.length;
  }

  private int regionalState(Project project, @Nullable Money inv, LocalDate asOf) {
    Optional<Location> location = project.location();
    if (location.isEmpty()) {
      for (ScopeWidening w : all) {
        if (w.isInForceOn(asOf)) {
          return R_LOCATION_UNKNOWN;
        }
      }
      return R_NONE;
    }
    Location loc = location.get();
    ScopeWidening a =
        loc.countyLevelUnit().isPresent() ? inForce(loc.countyLevelUnit().get(), asOf) : null;
    ScopeWidening b = loc.pilotZone().isPresent() ? inForce(loc.pilotZone().get(), asOf) : null;
    int cu = loc.countyLevelUnit().isEmpty() && anyCountyWideningInForce(asOf) ? 1 : 0;
    if (a == null && b == null) {
      return cu == 1 ? R_COUNTY_UNKNOWN : R_NONE;
    }
    Money threshold = null;
    boolean categories = false;
    boolean categoryMatch = false;
    boolean designations = false;
    boolean designated = false;
    for (int i = 0; i < 2; i++) {
      ScopeWidening w = i == 0 ? a : b;
      if (w == null) {
        continue;
      }
      Optional<Money> wt = w.threshold();
      if (wt.isPresent() && (threshold == null || wt.get().compareTo(threshold) < 0)) {
        threshold = wt.get();
      }
      if (!w.addedCategories().isEmpty()) {
        categories = true;
        for (String c : project.categories()) {
          if (w.addedCategories().contains(c)) {
            categoryMatch = true;
          }
        }
      }
      if (!w.designatedProjectIds().isEmpty()) {
        designations = true;
        designated |= w.designatedProjectIds().contains(project.id());
      }
    }
    int rt = threshold == null ? NA : inv == null ? U : inv.isAtLeast(threshold) ? Y : N;
    int cat = !categories ? 2 : categoryMatch ? Y : N;
    int des = !designations ? 2 : designated ? Y : N;
    return R_WIDENED + ((rt * 3 + cat) * 3 + des) * 2 + cu;
  }

  private boolean anyCountyWideningInForce(LocalDate asOf) {
    for (ScopeWidening w : all) {
      if (w.region().isCountyLevel() && w.isInForceOn(asOf)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable ScopeWidening inForce(Region region, LocalDate asOf) {
    ScopeWidening[] ws = byRegion.get(region);
    if (ws == null) {
      return null;
    }
    for (ScopeWidening w : ws) {
      if (w.isInForceOn(asOf)) {
        return w;
      }
    }
    return null;
  }

  /**
   * Whether a state can occur: a widening always widens by something, the regional threshold is
   * compared with the same investment as the municipal one (unknown for both or neither), and it is
   * at most 1亿元 (an investment meeting 1亿元 meets it).
   */
  private static boolean reachable(int m, int r) {
    if (r < R_WIDENED) {
      return true;
    }
    int x = (r - R_WIDENED) / 2;
    int rt = x / 9;
    boolean widensSomething = rt != NA || (x / 3) % 3 != 2 || x % 3 != 2;
    boolean sameInvestment = rt == NA || (rt == U) == (m == U);
    boolean atMostMunicipal = !(m == Y && rt == N);
    return widensSomething && sameInvestment && atMostMunicipal;
  }

  private static ScopeDecision decide(int t, int m, int r, Versions versions) {
    int rt = NA;
    int cat = NA;
    int des = NA;
    boolean countyUnknown = r == R_COUNTY_UNKNOWN;
    if (r >= R_WIDENED) {
      int x = (r - R_WIDENED) / 2;
      countyUnknown = (r - R_WIDENED) % 2 == 1;
      rt = x / 9;
      cat = (x / 3) % 3 == 2 ? NA : (x / 3) % 3;
      des = x % 3 == 2 ? NA : x % 3;
    }
    int municipal = t == Y && m == Y ? Y : (t == N || m == N) ? N : U;
    int regionalThreshold = rt == NA ? NA : t == Y && rt == Y ? Y : (t == N || rt == N) ? N : U;
    ScopeDecision.Builder b = ScopeDecision.builder().versions(versions);
    if (municipal == Y) {
      return b.outcome(Outcome.YES)
          .basis(ScopeBasis.MUNICIPAL_THRESHOLD)
          .addReason(MUNICIPAL_MET)
          .build();
    }
    if (regionalThreshold == Y) {
      return b.outcome(Outcome.YES)
          .basis(ScopeBasis.REGIONAL_THRESHOLD)
          .addReason(REGIONAL_MET)
          .build();
    }
    if (cat == Y) {
      return b.outcome(Outcome.YES).basis(ScopeBasis.REGIONAL_CATEGORY).addReason(CATEGORY).build();
    }
    if (des == Y) {
      return b.outcome(Outcome.YES)
          .basis(ScopeBasis.REGIONAL_DESIGNATION)
          .addReason(DESIGNATED)
          .build();
    }
    boolean undetermined =
        municipal == U || regionalThreshold == U || r == R_LOCATION_UNKNOWN || countyUnknown;
    if (undetermined) {
      Set<Reason> reasons = new LinkedHashSet<>();
      Set<MissingFact> missing = new LinkedHashSet<>();
      boolean typeMatters = municipal == U || regionalThreshold == U;
      if (t == U && typeMatters) {
        reasons.add(TYPE_UNKNOWN);
        missing.add(MissingFact.PROJECT_TYPE);
      }
      if (m == U && typeMatters) {
        reasons.add(INVESTMENT_UNKNOWN);
        missing.add(MissingFact.PROJECT_TOTAL_INVESTMENT);
      }
      if (r == R_LOCATION_UNKNOWN) {
        reasons.add(LOCATION_UNKNOWN);
        missing.add(MissingFact.PROJECT_LOCATION);
      }
      if (countyUnknown) {
        reasons.add(COUNTY_UNKNOWN);
        missing.add(MissingFact.PROJECT_COUNTY);
      }
      return b.outcome(Outcome.UNDETERMINED)
          .basis(ScopeBasis.NONE)
          .addAllReasons(reasons)
          .addAllMissingFacts(missing)
          .build();
    }
    b.outcome(Outcome.NO).basis(ScopeBasis.NONE);
    if (t == N) {
      b.addReason(NOT_CONSTRUCTION);
    }
    if (m == N) {
      b.addReason(BELOW_MUNICIPAL);
    }
    if (r == R_NONE) {
      b.addReason(NO_WIDENING);
    } else {
      if (rt == N) {
        b.addReason(BELOW_REGIONAL);
      }
      if (cat == N) {
        b.addReason(NOT_CATEGORY);
      }
      if (des == N) {
        b.addReason(NOT_DESIGNATED);
      }
    }
    return b.build();
  }

  private static Reason r(ReasonCode code) {
    return Texts.reason(code, JOB_DEMAND_ASSESSMENT);
  }
}
