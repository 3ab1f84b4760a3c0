package org.employmentlinkage.rules;

import static org.employmentlinkage.policy.ClauseRef.PROJECT_CONSTRUCTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;

/**
 * 二（五）: "对有劳动用工需求的重大项目，要优先组织当地高校毕业生、农村转移劳动力、去产能安置职工等重点群体就业。对本市劳动力仍不能满足项目用工需求的，
 * 通过外出招聘、劳务合作等方式，为重大项目建设提供人力资源支撑。"
 */
final class Recruitment {
  private static final Reason LOCAL_PRIORITY = r(ReasonCode.RECRUITMENT_LOCAL_PRIORITY);
  private static final Reason CITY_LABOUR = r(ReasonCode.RECRUITMENT_CITY_LABOUR);
  private static final Reason PRIORITY_UNDETERMINED =
      r(ReasonCode.RECRUITMENT_PRIORITY_UNDETERMINED);
  private static final Reason OUTSIDE_CITY = r(ReasonCode.RECRUITMENT_OUTSIDE_CITY);
  private static final Reason CITY_UNDETERMINED = r(ReasonCode.RECRUITMENT_CITY_UNDETERMINED);
  private static final Reason NOT_QUALIFIED = r(ReasonCode.RECRUITMENT_NOT_QUALIFIED);
  private static final Reason FILLED = r(ReasonCode.RECRUITMENT_POSITIONS_FILLED);
  private static final Reason ORDER = r(ReasonCode.RECRUITMENT_ORDER_WITHIN_TIER);
  private static final Reason ORDER_AS_GIVEN = r(ReasonCode.RECRUITMENT_ORDER_AS_GIVEN);
  private static final Reason DEMAND_MET = r(ReasonCode.RECRUITMENT_DEMAND_MET);
  private static final Reason SHORTFALL = r(ReasonCode.RECRUITMENT_SHORTFALL);
  private static final Reason NOT_MAJOR = r(ReasonCode.RECRUITMENT_PROJECT_NOT_MAJOR);
  private static final Reason SCOPE_UNDETERMINED = r(ReasonCode.RECRUITMENT_PROJECT_UNDETERMINED);
  private static final Reason NOT_IN_FORCE = r(ReasonCode.NOT_IN_FORCE);

  private final ValidityWindow validity;
  private final ScopeRule scope;
  private final GroupRules groups;
  private final Locality locality;
  private final TierOrder order;
  private final Versions versions;

  /**
   * Builds the recruitment rule.
   *
   * @param validity the policy's validity window
   * @param scope the scope rule
   * @param groups the group rules
   * @param locality what makes a person local
   * @param order the order within a tier
   * @param versions the versions recorded in every plan
   */
  Recruitment(
      ValidityWindow validity,
      ScopeRule scope,
      GroupRules groups,
      Locality locality,
      TierOrder order,
      Versions versions) {
    this.validity = validity;
    this.scope = scope;
    this.groups = groups;
    this.locality = locality;
    this.order = order;
    this.versions = versions;
  }

  private record Entry(
      String id,
      RecruitmentTier tier,
      List<Reason> reasons,
      Set<MissingFact> missing,
      boolean undetermined) {}

  /**
   * Plans the recruitment.
   *
   * @param demand the demand
   * @param candidates the candidates
   * @return the plan
   * @throws NullPointerException if a candidate is null
   * @throws IllegalArgumentException if two candidates have the same identifier
   */
  RecruitmentPlan plan(LabourDemand demand, Collection<Candidate> candidates) {
    Set<String> ids = new HashSet<>();
    for (Candidate c : candidates) {
      Objects.requireNonNull(c, "candidates must not contain null");
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException(
            "planRecruitment: two candidates have the identifier '"
                + c.id()
                + "'; identifiers order candidates within a tier and must be unique");
      }
    }
    LocalDate asOf = demand.asOf();
    RecruitmentPlan.Builder plan =
        RecruitmentPlan.builder().positions(demand.positions()).versions(versions);
    if (!validity.contains(asOf)) {
      return plan.outcome(Outcome.NOT_IN_FORCE)
          .addReason(NOT_IN_FORCE)
          .shortfall(demand.positions())
          .build();
    }
    ScopeDecision s = scope.classify(demand.project(), asOf);
    if (s.outcome() == Outcome.NO) {
      return plan.outcome(Outcome.NO)
          .addReason(NOT_MAJOR)
          .addAllReasons(s.reasons())
          .shortfall(demand.positions())
          .build();
    }
    Optional<Location> location = demand.project().location();
    List<Entry> local = new ArrayList<>();
    List<Entry> city = new ArrayList<>();
    List<Entry> outside = new ArrayList<>();
    List<Entry> unknown = new ArrayList<>();
    List<Entry> unqualified = new ArrayList<>();
    boolean undetermined = s.outcome() == Outcome.UNDETERMINED;
    for (Candidate c : candidates) {
      Entry e = place(c, location, asOf);
      undetermined |= e.undetermined();
      switch (e.tier()) {
        case LOCAL_PRIORITY -> local.add(e);
        case CITY_LABOUR -> city.add(e);
        case OUTSIDE_CITY -> outside.add(e);
        case UNDETERMINED -> unknown.add(e);
        case NOT_QUALIFIED -> unqualified.add(e);
      }
    }
    if (order == TierOrder.CANDIDATE_ID) {
      Comparator<Entry> byId = Comparator.comparing(Entry::id);
      for (List<Entry> tier : List.of(local, city, outside, unknown, unqualified)) {
        tier.sort(byId);
      }
    }
    // 二（五）: local priority groups first, then the rest of the city's labour; "对本市劳动力仍不能满足项目
    // 用工需求的，通过外出招聘、劳务合作等方式" fills what they leave, so qualified candidates from outside the
    // city come next, and those whose city membership is unknown last (they are one or the other).
    List<Placement> seated = new ArrayList<>();
    List<Placement> waiting = new ArrayList<>();
    int free = demand.positions();
    for (List<Entry> tier : List.of(local, city, outside, unknown)) {
      for (Entry e : tier) {
        if (free > 0) {
          seated.add(placement(e, true, List.of()));
          free--;
        } else {
          waiting.add(placement(e, false, List.of(FILLED)));
        }
      }
    }
    Set<MissingFact> missing = new LinkedHashSet<>(s.missingFacts());
    List<Placement> all = new ArrayList<>(seated);
    all.addAll(waiting);
    for (Entry e : unqualified) {
      all.add(placement(e, false, List.of()));
    }
    for (List<Entry> tier : List.of(local, city, outside, unknown, unqualified)) {
      for (Entry e : tier) {
        if (e.undetermined()) {
          missing.addAll(e.missing());
        }
      }
    }
    int shortfall = demand.positions() - seated.size();
    plan.outcome(undetermined ? Outcome.UNDETERMINED : Outcome.YES);
    if (s.outcome() == Outcome.UNDETERMINED) {
      plan.addReason(SCOPE_UNDETERMINED).addAllReasons(s.reasons());
    }
    plan.addReason(order == TierOrder.CANDIDATE_ID ? ORDER : ORDER_AS_GIVEN)
        .addReason(shortfall > 0 ? SHORTFALL : DEMAND_MET);
    if (shortfall > 0) {
      plan.shortfallDuty(Obligations.externalRecruitment(location, shortfall));
    }
    return plan.placements(all).shortfall(shortfall).addAllMissingFacts(missing).build();
  }

  private Entry place(Candidate c, Optional<Location> location, LocalDate asOf) {
    if (!c.meetsRequirements()) {
      return new Entry(
          c.id(), RecruitmentTier.NOT_QUALIFIED, List.of(NOT_QUALIFIED), Set.of(), false);
    }
    Person p = c.person();
    Set<MissingFact> missing = new LinkedHashSet<>();
    Outcome inCity = Localities.inCity(p, locality, missing);
    if (inCity == Outcome.NO) {
      return new Entry(
          c.id(), RecruitmentTier.OUTSIDE_CITY, List.of(OUTSIDE_CITY), Set.of(), false);
    }
    if (inCity == Outcome.UNDETERMINED) {
      return new Entry(
          c.id(), RecruitmentTier.UNDETERMINED, List.of(CITY_UNDETERMINED), missing, true);
    }
    Set<MissingFact> localMissing = new LinkedHashSet<>();
    Outcome local = Localities.isLocal(p, location, locality, localMissing);
    PersonGroups g = groups.evaluate(p, asOf);
    Set<MissingFact> groupMissing = new LinkedHashSet<>();
    Outcome priority = GroupRules.priorityMember(g, groupMissing);
    if (local == Outcome.YES && priority == Outcome.YES) {
      return new Entry(
          c.id(), RecruitmentTier.LOCAL_PRIORITY, List.of(LOCAL_PRIORITY), Set.of(), false);
    }
    if (local == Outcome.NO || priority == Outcome.NO) {
      return new Entry(c.id(), RecruitmentTier.CITY_LABOUR, List.of(CITY_LABOUR), Set.of(), false);
    }
    if (local == Outcome.UNDETERMINED) {
      missing.addAll(localMissing);
    }
    if (priority == Outcome.UNDETERMINED) {
      missing.addAll(groupMissing);
    }
    return new Entry(
        c.id(), RecruitmentTier.CITY_LABOUR, List.of(PRIORITY_UNDETERMINED), missing, true);
  }

  private static Placement placement(Entry e, boolean seated, List<Reason> extra) {
    return Placement.builder()
        .candidateId(e.id())
        .tier(e.tier())
        .seated(seated)
        .addAllReasons(e.reasons())
        .addAllReasons(extra)
        .addAllMissingFacts(e.undetermined() ? e.missing() : Set.of())
        .build();
  }

  private static Reason r(ReasonCode code) {
    return Texts.reason(code, PROJECT_CONSTRUCTION);
  }
}
