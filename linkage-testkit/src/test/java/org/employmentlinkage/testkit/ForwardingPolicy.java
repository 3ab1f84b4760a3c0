package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.ScopeWidening;
import org.employmentlinkage.rules.SubsidyDecision;

/** A policy under test that forwards every call; subclasses break one answer on purpose. */
public class ForwardingPolicy implements PolicyUnderTest {
  protected final PolicyUnderTest delegate;

  public ForwardingPolicy(LinkagePolicy policy) {
    this.delegate = PolicyUnderTest.of(policy);
  }

  @Override
  public ScopeDecision classify(Project project, LocalDate asOf) {
    return delegate.classify(project, asOf);
  }

  @Override
  public PersonGroups personGroups(Person person, LocalDate asOf) {
    return delegate.personGroups(person, asOf);
  }

  @Override
  public RecruitmentPlan planRecruitment(LabourDemand demand, Collection<Candidate> candidates) {
    return delegate.planRecruitment(demand, candidates);
  }

  @Override
  public SubsidyDecision subsidies(
      TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf) {
    return delegate.subsidies(record, person, project, asOf);
  }

  @Override
  public ObligationDecision obligations(ProjectEvent event) {
    return delegate.obligations(event);
  }

  @Override
  public ObligationDecision standingDuties(LocalDate asOf) {
    return delegate.standingDuties(asOf);
  }

  @Override
  public ValidityWindow validity() {
    return delegate.validity();
  }

  @Override
  public WorkingDayCalendar calendar() {
    return delegate.calendar();
  }

  @Override
  public List<ScopeWidening> widenings() {
    return delegate.widenings();
  }

  @Override
  public List<PersonGroup> groups() {
    return delegate.groups();
  }

  @Override
  public Versions versions() {
    return delegate.versions();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + delegate + ")";
  }
}
