package org.employmentlinkage.testkit.invariants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#RECRUITMENT_ORDER}; throws an {@link AssertionError} saying what
 * broke.
 */
final class RecruitmentOrderCheck {
  private RecruitmentOrderCheck() {}

  static void check(PolicyUnderTest policy, PolicyQuestion.Recruitment q) {
    LabourDemand demand = q.demand();
    List<Candidate> candidates = q.candidates();
    RecruitmentPlan plan = policy.planRecruitment(demand, candidates);
    // a policy that keeps the caller's order within a tier (reading ORDER_WITHIN_TIER, AS_GIVEN)
    // depends on it by design
    boolean orderedById =
        plan.reasons().stream().noneMatch(r -> r.code() == ReasonCode.RECRUITMENT_ORDER_AS_GIVEN);
    List<Candidate> reversed = new ArrayList<>(candidates);
    java.util.Collections.reverse(reversed);
    List<Candidate> rotated = new ArrayList<>(candidates);
    java.util.Collections.rotate(rotated, 1);
    for (List<Candidate> order :
        orderedById ? List.of(reversed, rotated) : List.<List<Candidate>>of()) {
      RecruitmentPlan other = policy.planRecruitment(demand, order);
      if (!other.equals(plan)) {
        throw new AssertionError(
            "the plan depends on the order the candidates are given in:\n    as given:  "
                + plan
                + "\n    reordered: "
                + other);
      }
    }
    int positions = demand.positions();
    List<Placement> seated = plan.seated();
    if (seated.size() > positions || plan.shortfall() != positions - seated.size()) {
      throw new AssertionError(
          "positions "
              + positions
              + ", seated "
              + seated.size()
              + ", but the shortfall is "
              + plan.shortfall()
              + " (shortfall = positions − seats)");
    }
    Outcome outcome = plan.outcome();
    if (outcome == Outcome.NO || outcome == Outcome.NOT_IN_FORCE) {
      if (!plan.placements().isEmpty() || plan.shortfallDuty().isPresent()) {
        throw new AssertionError(
            "a plan answered " + outcome + " places candidates or asks for external recruitment");
      }
      return;
    }
    if (plan.shortfallDuty().isPresent() != (plan.shortfall() > 0)
        || (plan.shortfallDuty().isPresent()
            && (plan.shortfallDuty().get().workers().orElse(0) != plan.shortfall()
                || plan.shortfallDuty().get().clause() != ClauseRef.PROJECT_CONSTRUCTION))) {
      throw new AssertionError(
          "a shortfall of "
              + plan.shortfall()
              + " needs exactly the external-recruitment duty of 二（五） (外出招聘、劳务合作) for that"
              + " many workers; the plan has "
              + plan.shortfallDuty());
    }
    Map<String, Candidate> byId = new HashMap<>();
    for (Candidate c : candidates) {
      byId.put(c.id(), c);
    }
    Map<String, Placement> placed = new LinkedHashMap<>();
    for (Placement p : plan.placements()) {
      if (!byId.containsKey(p.candidateId()) || placed.put(p.candidateId(), p) != null) {
        throw new AssertionError(
            "the plan places '" + p.candidateId() + "' twice or without being a candidate");
      }
    }
    if (placed.size() != candidates.size()) {
      throw new AssertionError(
          "the plan places " + placed.keySet() + " but the candidates are " + byId.keySet());
    }
    Optional<Location> location = demand.project().location();
    boolean localPriorityWaits = false;
    boolean cityLabourWaits = false;
    boolean outsideSeated = false;
    for (Placement p : plan.placements()) {
      Candidate c = Objects.requireNonNull(byId.get(p.candidateId()), "checked above");
      String who = "candidate " + p.candidateId() + " (" + p.tier() + ")";
      if (!c.meetsRequirements() && (p.seated() || p.tier() != RecruitmentTier.NOT_QUALIFIED)) {
        throw new AssertionError(
            who + " does not meet the requirements but is " + (p.seated() ? "seated" : "placed"));
      }
      if (p.seated() && certainlyOutsideCity(c.person())) {
        outsideSeated = true;
      }
      boolean priority = policy.personGroups(c.person(), demand.asOf()).outcome() == Outcome.YES;
      if (p.tier() == RecruitmentTier.LOCAL_PRIORITY && !priority) {
        throw new AssertionError(
            who + " is placed as a local priority candidate but is not certainly in a 重点群体");
      }
      if (c.meetsRequirements()
          && priority
          && certainlyLocal(c.person(), location)
          && p.tier() != RecruitmentTier.LOCAL_PRIORITY) {
        throw new AssertionError(
            who
                + " is qualified, in a 重点群体, and lives and is registered where the project is,"
                + " but is not placed with the local priority candidates");
      }
      if (!p.seated()) {
        localPriorityWaits |= p.tier() == RecruitmentTier.LOCAL_PRIORITY;
        cityLabourWaits |=
            p.tier() == RecruitmentTier.LOCAL_PRIORITY || p.tier() == RecruitmentTier.CITY_LABOUR;
      }
    }
    for (Placement p : seated) {
      if (localPriorityWaits && p.tier() != RecruitmentTier.LOCAL_PRIORITY) {
        throw new AssertionError(
            "candidate "
                + p.candidateId()
                + " ("
                + p.tier()
                + ") is seated while a qualified local priority candidate waits");
      }
    }
    if (cityLabourWaits && plan.shortfall() > 0) {
      throw new AssertionError(
          "positions stay empty (shortfall "
              + plan.shortfall()
              + ") while qualified city labour waits");
    }
    if (cityLabourWaits && outsideSeated) {
      throw new AssertionError(
          "a candidate from outside Dalian is seated while qualified city labour waits: 本市劳动力"
              + " comes first, others only where it cannot meet the demand (外出招聘、劳务合作)");
    }
    boolean qualifiedWaits = false;
    for (Placement p : plan.placements()) {
      qualifiedWaits |= !p.seated() && p.tier() != RecruitmentTier.NOT_QUALIFIED;
    }
    if (qualifiedWaits && plan.shortfall() > 0) {
      throw new AssertionError(
          "positions stay empty (shortfall "
              + plan.shortfall()
              + ") while a qualified candidate waits: 二（五） excludes no one");
    }
    for (int i = 1; i < seated.size(); i++) {
      Placement a = seated.get(i - 1);
      Placement b = seated.get(i);
      int tiers = a.tier().compareTo(b.tier());
      if (tiers > 0
          || (orderedById && tiers == 0 && a.candidateId().compareTo(b.candidateId()) >= 0)) {
        throw new AssertionError(
            "seat order "
                + a.candidateId()
                + " ("
                + a.tier()
                + ") before "
                + b.candidateId()
                + " ("
                + b.tier()
                + "): local priority first, then the city's labour, then those from outside,"
                + " each by identifier");
      }
    }
  }

  private static boolean certainlyOutsideCity(Person p) {
    return p.residence().equals(Optional.of(Region.OUTSIDE_DALIAN))
        && p.householdRegion().equals(Optional.of(Region.OUTSIDE_DALIAN));
  }

  /** Local by residence and by household registration alike. */
  private static boolean certainlyLocal(Person p, Optional<Location> location) {
    if (location.isEmpty() || p.residence().isEmpty() || p.householdRegion().isEmpty()) {
      return false;
    }
    Location loc = location.get();
    for (Region r : List.of(p.residence().get(), p.householdRegion().get())) {
      if (!loc.countyLevelUnit().equals(Optional.of(r))
          && !loc.pilotZone().equals(Optional.of(r))) {
        return false;
      }
    }
    return true;
  }
}
