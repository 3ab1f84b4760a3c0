package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.ScopeDecision;

/**
 * Deliberately broken stand-ins for a policy, each getting one thing wrong, to show that each
 * invariant of the catalogue can fail. Every one answers with the real policy's decisions (so its
 * reasons, versions and texts are real) except where it breaks.
 */
public final class BrokenPolicies {
  private BrokenPolicies() {}

  private static final Money ONE_YI = Money.parse("1亿元");

  /**
   * Breaks MONOTONE_SCOPE only: a total investment of exactly 0元 is read as "not filled in yet" and
   * a construction project with it counted as major (undetermined if the type is unknown).
   */
  public static PolicyUnderTest zeroInvestmentIsMajor(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ScopeDecision classify(Project project, LocalDate asOf) {
        ScopeDecision real = delegate.classify(project, asOf);
        if (real.outcome() == Outcome.NOT_IN_FORCE
            || !project.totalInvestment().equals(Optional.of(Money.ZERO))
            || project.type().equals(Optional.of(ProjectType.OTHER))) {
          return real;
        }
        Project.Builder like = Project.builder().id(project.id()).totalInvestment(ONE_YI);
        project.type().ifPresent(like::type);
        return delegate.classify(like.build(), asOf);
      }
    };
  }

  /**
   * Breaks WIDENING_ONLY only: before 2019 the municipal rule is switched off (a construction
   * project of 1亿元 or more is answered NO).
   */
  public static PolicyUnderTest municipalRuleOffBefore2019(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ScopeDecision classify(Project project, LocalDate asOf) {
        ScopeDecision real = delegate.classify(project, asOf);
        if (real.basis() != ScopeBasis.MUNICIPAL_THRESHOLD
            || !asOf.isBefore(LocalDate.of(2019, 1, 1))) {
          return real;
        }
        ScopeDecision no =
            delegate.classify(
                Project.builder()
                    .id(project.id())
                    .type(ProjectType.CONSTRUCTION)
                    .totalInvestment(Money.ZERO)
                    .build(),
                asOf);
        return ScopeDecision.builder()
            .outcome(Outcome.NO)
            .basis(ScopeBasis.NONE)
            .reasons(no.reasons())
            .versions(real.versions())
            .build();
      }
    };
  }

  /**
   * Breaks WIDENING_ONLY only: before 2019 a project major by the municipal rule is said to be
   * major by a regional threshold (outcome and reasons unchanged), as if a widening had replaced
   * the municipal rule.
   */
  public static PolicyUnderTest municipalBasisReportedAsRegionalBefore2019(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ScopeDecision classify(Project project, LocalDate asOf) {
        ScopeDecision real = delegate.classify(project, asOf);
        if (real.basis() != ScopeBasis.MUNICIPAL_THRESHOLD
            || !asOf.isBefore(LocalDate.of(2019, 1, 1))) {
          return real;
        }
        return ScopeDecision.builder().from(real).basis(ScopeBasis.REGIONAL_THRESHOLD).build();
      }
    };
  }

  /**
   * Breaks ONE_YI_INCLUSIVE (and, against the municipal policy, WIDENING_ONLY): reads 一（一）
   * "总投资额在1亿元以上" as exclusive, "more than 1亿元", so a project of exactly 1亿元 is answered as one of
   * 1亿元 less 1分.
   */
  public static PolicyUnderTest exclusiveThreshold(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ScopeDecision classify(Project project, LocalDate asOf) {
        if (!project.totalInvestment().equals(Optional.of(ONE_YI))) {
          return delegate.classify(project, asOf);
        }
        return delegate.classify(
            Project.builder().from(project).totalInvestment(ONE_YI.minus(Money.ofFen(1))).build(),
            asOf);
      }
    };
  }

  /** Breaks EVERY_REASON_CITED only: the reasons about a raised issue cite 三（八）, not 三 末段. */
  public static PolicyUnderTest issueReasonsCiteWrongClause(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ObligationDecision obligations(ProjectEvent event) {
        ObligationDecision d = delegate.obligations(event);
        if (event.kind() != ProjectEventKind.ISSUE_RAISED) {
          return d;
        }
        List<Reason> reasons = new ArrayList<>();
        for (Reason r : d.reasons()) {
          reasons.add(
              r.clause() == ClauseRef.SERVICE_SPECIALISTS
                  ? Reason.of(r.code(), ClauseRef.SKILLED_TALENT_RESERVE, r.zh(), r.en())
                  : r);
        }
        return ObligationDecision.builder().from(d).reasons(reasons).build();
      }
    };
  }

  /** Breaks EVERY_REASON_CITED: a reason text with an unfilled placeholder. */
  public static PolicyUnderTest placeholderInText(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ObligationDecision standingDuties(LocalDate asOf) {
        ObligationDecision d = delegate.standingDuties(asOf);
        Reason first = d.reasons().get(0);
        List<Reason> reasons = new ArrayList<>(d.reasons());
        reasons.set(0, Reason.of(first.code(), first.clause(), first.zh() + "{0}", first.en()));
        return ObligationDecision.builder().from(d).reasons(reasons).build();
      }
    };
  }

  /**
   * Breaks DETERMINISM only: every second scope decision with several reasons lists them in reverse
   * order (as a cache keyed by an unordered set might).
   */
  public static PolicyUnderTest reasonOrderAlternates(LinkagePolicy policy) {
    AtomicLong calls = new AtomicLong();
    return new ForwardingPolicy(policy) {
      @Override
      public ScopeDecision classify(Project project, LocalDate asOf) {
        ScopeDecision d = delegate.classify(project, asOf);
        if (d.reasons().size() < 2 || calls.incrementAndGet() % 2 == 0) {
          return d;
        }
        List<Reason> reversed = new ArrayList<>(d.reasons());
        java.util.Collections.reverse(reversed);
        return ScopeDecision.builder().from(d).reasons(reversed).build();
      }
    };
  }

  /**
   * Breaks DEADLINE_LAWS only: the survey of 二（三） is due one working day early, as if the
   * publication date were counted as day 1.
   */
  public static PolicyUnderTest surveyCountsTriggerDay(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ObligationDecision obligations(ProjectEvent event) {
        ObligationDecision d = delegate.obligations(event);
        List<Duty> duties = new ArrayList<>();
        for (Duty duty : d.duties()) {
          if (duty.deadline().isPresent()) {
            Deadline real = duty.deadline().get();
            LocalDate early = delegate.calendar().previousWorkingDay(real.due());
            Deadline wrong =
                Deadline.builder()
                    .from(real)
                    .due(early)
                    .latestDue(real.provisional() ? real.latestDue() : early)
                    .build();
            duties.add(Duty.builder().from(duty).deadline(wrong).build());
          } else {
            duties.add(duty);
          }
        }
        return ObligationDecision.builder().from(d).duties(duties).build();
      }
    };
  }

  /** Breaks DEADLINE_LAWS: no due date for notices published in December, though covered. */
  public static PolicyUnderTest decemberDueDateUndetermined(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ObligationDecision obligations(ProjectEvent event) {
        ObligationDecision d = delegate.obligations(event);
        if (event.date().getMonthValue() != 12) {
          return d;
        }
        List<Duty> duties = new ArrayList<>();
        for (Duty duty : d.duties()) {
          duties.add(
              duty.deadline().isPresent()
                  ? Duty.builder()
                      .from(duty)
                      .deadline(Optional.empty())
                      .timing(DutyTiming.DUE_DATE_UNDETERMINED)
                      .build()
                  : duty);
        }
        return ObligationDecision.builder().from(d).duties(duties).build();
      }
    };
  }

  /**
   * Breaks RECRUITMENT_ORDER only: the qualified city labour is seated by identifier, local
   * priority candidates or not.
   */
  public static PolicyUnderTest seatsByIdIgnoringTiers(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public RecruitmentPlan planRecruitment(
          LabourDemand demand, Collection<Candidate> candidates) {
        RecruitmentPlan p = delegate.planRecruitment(demand, candidates);
        List<Placement> city = new ArrayList<>();
        List<Placement> others = new ArrayList<>();
        for (Placement pl : p.placements()) {
          boolean cityLabour =
              pl.tier() == RecruitmentTier.LOCAL_PRIORITY
                  || pl.tier() == RecruitmentTier.CITY_LABOUR;
          (cityLabour ? city : others).add(pl);
        }
        city.sort(Comparator.comparing(Placement::candidateId));
        int seats = p.seated().size();
        List<Placement> all = new ArrayList<>();
        for (int i = 0; i < city.size(); i++) {
          all.add(Placement.builder().from(city.get(i)).seated(i < seats).build());
        }
        all.addAll(others);
        return RecruitmentPlan.builder().from(p).placements(all).build();
      }
    };
  }

  /** Breaks RECRUITMENT_ORDER: an unqualified candidate takes a free seat as city labour. */
  public static PolicyUnderTest seatsAnUnqualifiedCandidate(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public RecruitmentPlan planRecruitment(
          LabourDemand demand, Collection<Candidate> candidates) {
        RecruitmentPlan p = delegate.planRecruitment(demand, candidates);
        if (p.shortfall() == 0 || p.placements().isEmpty()) {
          return p;
        }
        List<Placement> all = new ArrayList<>();
        boolean done = false;
        for (Placement pl : p.placements()) {
          if (!done && pl.tier() == RecruitmentTier.NOT_QUALIFIED) {
            all.add(
                Placement.builder()
                    .from(pl)
                    .tier(RecruitmentTier.CITY_LABOUR)
                    .seated(true)
                    .build());
            done = true;
          } else {
            all.add(pl);
          }
        }
        if (!done) {
          return p;
        }
        int shortfall = p.shortfall() - 1;
        RecruitmentPlan.Builder b =
            RecruitmentPlan.builder().from(p).placements(all).shortfall(shortfall);
        if (shortfall == 0) {
          b.shortfallDuty(Optional.empty());
        } else {
          b.shortfallDuty(
              Duty.builder().from(p.shortfallDuty().orElseThrow()).workers(shortfall).build());
        }
        return b.build();
      }
    };
  }

  /**
   * Breaks MISSING_FACTS_ONLY_WEAKEN only: a missing graduation date is read as a graduation long
   * ago (1990-06-30), so a college graduate with the date turns into a non-graduate without it.
   */
  public static PolicyUnderTest missingGraduationDateReadAsLongAgo(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public PersonGroups personGroups(Person person, LocalDate asOf) {
        if (person.graduationDate().isPresent()) {
          return delegate.personGroups(person, asOf);
        }
        return delegate.personGroups(
            Person.builder().from(person).graduationDate(LocalDate.of(1990, 6, 30)).build(), asOf);
      }
    };
  }

  /** Breaks MISSING_FACTS_NAMED only: obligation decisions drop their missing facts. */
  public static PolicyUnderTest obligationsDropMissingFacts(LinkagePolicy policy) {
    return new ForwardingPolicy(policy) {
      @Override
      public ObligationDecision obligations(ProjectEvent event) {
        ObligationDecision d = delegate.obligations(event);
        return ObligationDecision.builder().from(d).missingFacts(List.of()).build();
      }
    };
  }
}
