package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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

/**
 * What the policy invariants and the domain generators need of a policy under test (被测政策): its
 * answers, and the parts of its configuration the generators bias toward (validity, widenings,
 * groups, calendar).
 *
 * <p>{@link #of(LinkagePolicy)} views a {@link LinkagePolicy}; that is what most testers need.
 * Implement the interface yourself to check something that stands in for a policy: a caching or
 * remote layer of your own service that answers with the policy's decisions, or (as the testkit's
 * own tests do) a deliberately broken wrapper that shows an invariant can fail. Every method has
 * the meaning and the preconditions of the {@code LinkagePolicy} method of the same name.
 *
 * <p>Implementations must be thread-safe if shared between threads; the view made by {@link #of} is
 * immutable and thread-safe.
 */
public interface PolicyUnderTest {
  /**
   * 一（一）: whether a project is a major project on a date ({@link LinkagePolicy#classify(Project,
   * LocalDate)}).
   *
   * @param project the project
   * @param asOf the date
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  ScopeDecision classify(Project project, LocalDate asOf);

  /**
   * The groups a person belongs to on a date ({@link LinkagePolicy#personGroups(Person,
   * LocalDate)}).
   *
   * @param person the person
   * @param asOf the date
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  PersonGroups personGroups(Person person, LocalDate asOf);

  /**
   * 二（五）: the recruitment order ({@link LinkagePolicy#planRecruitment(LabourDemand, Collection)}).
   *
   * @param demand the demand
   * @param candidates the candidates, with unique identifiers
   * @return the plan
   * @throws NullPointerException if an argument or a candidate is null
   * @throws IllegalArgumentException if two candidates have the same identifier
   */
  RecruitmentPlan planRecruitment(LabourDemand demand, Collection<Candidate> candidates);

  /**
   * 三（七）/三（八）: the training subsidies ({@link LinkagePolicy#subsidies(TrainingRecord, Person,
   * Optional, LocalDate)}).
   *
   * @param record the training record
   * @param person the trainee, whose training {@code record} is
   * @param project the related project, or empty
   * @param asOf the date
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  SubsidyDecision subsidies(
      TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf);

  /**
   * The duties a project event triggers ({@link LinkagePolicy#obligations(ProjectEvent)}).
   *
   * @param event the event
   * @return the decision
   * @throws NullPointerException if {@code event} is null
   */
  ObligationDecision obligations(ProjectEvent event);

  /**
   * The standing duties on a date ({@link LinkagePolicy#standingDuties(LocalDate)}).
   *
   * @param asOf the date
   * @return the decision
   * @throws NullPointerException if {@code asOf} is null
   */
  ObligationDecision standingDuties(LocalDate asOf);

  /**
   * The validity window ({@link LinkagePolicy#validity()}).
   *
   * @return the window
   */
  ValidityWindow validity();

  /**
   * The working-day calendar deadlines are counted with ({@link LinkagePolicy#calendar()}).
   *
   * @return the calendar
   */
  WorkingDayCalendar calendar();

  /**
   * The regional widenings of the scope ({@link LinkagePolicy#widenings()}).
   *
   * @return the widenings
   */
  List<ScopeWidening> widenings();

  /**
   * The groups {@link #personGroups} decides, in order ({@link LinkagePolicy#groups()}).
   *
   * @return the groups
   */
  List<PersonGroup> groups();

  /**
   * The versions recorded in every decision ({@link LinkagePolicy#versions()}).
   *
   * @return the versions
   */
  Versions versions();

  /**
   * A view of {@code policy}: every method calls the policy's method of the same name.
   *
   * @param policy the policy
   * @return the view, immutable and thread-safe; its {@code toString()} is the policy's
   * @throws NullPointerException if {@code policy} is null
   */
  static PolicyUnderTest of(LinkagePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new PolicyUnderTest() {
      @Override
      public ScopeDecision classify(Project project, LocalDate asOf) {
        return policy.classify(project, asOf);
      }

      @Override
      public PersonGroups personGroups(Person person, LocalDate asOf) {
        return policy.personGroups(person, asOf);
      }

      @Override
      public RecruitmentPlan planRecruitment(
          LabourDemand demand, Collection<Candidate> candidates) {
        return policy.planRecruitment(demand, candidates);
      }

      @Override
      public SubsidyDecision subsidies(
          TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf) {
        return policy.subsidies(record, person, project, asOf);
      }

      @Override
      public ObligationDecision obligations(ProjectEvent event) {
        return policy.obligations(event);
      }

      @Override
      public ObligationDecision standingDuties(LocalDate asOf) {
        return policy.standingDuties(asOf);
      }

      @Override
      public ValidityWindow validity() {
        return policy.validity();
      }

      @Override
      public WorkingDayCalendar calendar() {
        return policy.calendar();
      }

      @Override
      public List<ScopeWidening> widenings() {
        return policy.widenings();
      }

      @Override
      public List<PersonGroup> groups() {
        return policy.groups();
      }

      @Override
      public Versions versions() {
        return policy.versions();
      }

      @Override
      public String toString() {
        return policy.toString();
      }
    };
  }
}
