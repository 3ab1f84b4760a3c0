package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.SubsidyDecision;

/**
 * One question put to a policy (向政策提出的问题): the inputs of one of its methods, so that an invariant
 * about every answer (every reason cited, determinism, missing facts only weaken) can be checked
 * over all of them with one generator ({@link PolicyGenerators#questions()}).
 *
 * <p>The six kinds mirror the methods of {@link PolicyUnderTest}: {@link Scope} ({@code classify}),
 * {@link Groups} ({@code personGroups}), {@link Recruitment} ({@code planRecruitment}), {@link
 * Subsidies} ({@code subsidies}), {@link Obligations} ({@code obligations}) and {@link
 * StandingDuties} ({@code standingDuties}).
 *
 * <p>Questions are immutable and thread-safe values.
 */
public sealed interface PolicyQuestion {
  /**
   * Asks {@code policy} this question.
   *
   * @param policy the policy
   * @return its decision
   * @throws NullPointerException if {@code policy} is null
   */
  Decision askOf(PolicyUnderTest policy);

  /**
   * The date the question is judged on (for an event, its date).
   *
   * @return the date
   */
  LocalDate asOf();

  /**
   * This question with one fact of its inputs removed, once for each fact present ({@link
   * FactRemovals} says what counts as a fact).
   *
   * @return the questions, an unmodifiable list, empty if no fact can be removed
   */
  List<PolicyQuestion> withOneFactRemoved();

  /**
   * 一（一）: is {@link #project()} a major project on {@link #asOf()}?
   *
   * @param project the project
   * @param asOf the date
   */
  record Scope(Project project, LocalDate asOf) implements PolicyQuestion {
    /**
     * Checks the arguments.
     *
     * @param project the project
     * @param asOf the date
     * @throws NullPointerException if an argument is null
     */
    public Scope {
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * {@code policy.classify(project, asOf)}.
     *
     * @param policy the policy
     * @return its decision
     * @throws NullPointerException if {@code policy} is null
     */
    @Override
    public ScopeDecision askOf(PolicyUnderTest policy) {
      return policy.classify(project, asOf);
    }

    @Override
    public List<PolicyQuestion> withOneFactRemoved() {
      List<PolicyQuestion> list = new ArrayList<>();
      for (Project p : FactRemovals.of(project)) {
        list.add(new Scope(p, asOf));
      }
      return List.copyOf(list);
    }
  }

  /**
   * Which groups does {@link #person()} belong to on {@link #asOf()}?
   *
   * @param person the person
   * @param asOf the date
   */
  record Groups(Person person, LocalDate asOf) implements PolicyQuestion {
    /**
     * Checks the arguments.
     *
     * @param person the person
     * @param asOf the date
     * @throws NullPointerException if an argument is null
     */
    public Groups {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * {@code policy.personGroups(person, asOf)}.
     *
     * @param policy the policy
     * @return its decision
     * @throws NullPointerException if {@code policy} is null
     */
    @Override
    public PersonGroups askOf(PolicyUnderTest policy) {
      return policy.personGroups(person, asOf);
    }

    @Override
    public List<PolicyQuestion> withOneFactRemoved() {
      List<PolicyQuestion> list = new ArrayList<>();
      for (Person p : FactRemovals.of(person)) {
        list.add(new Groups(p, asOf));
      }
      return List.copyOf(list);
    }
  }

  /**
   * 二（五）: in which order are {@link #candidates()} seated for {@link #demand()}?
   *
   * @param demand the demand (its date is {@link #asOf()})
   * @param candidates the candidates, with unique identifiers, in the order given to the policy
   */
  record Recruitment(LabourDemand demand, List<Candidate> candidates) implements PolicyQuestion {
    /**
     * Checks and copies the arguments.
     *
     * @param demand the demand
     * @param candidates the candidates, with unique identifiers; copied
     * @throws NullPointerException if an argument or a candidate is null
     */
    public Recruitment {
      Objects.requireNonNull(demand, "demand");
      Objects.requireNonNull(candidates, "candidates");
      for (Candidate c : candidates) {
        Objects.requireNonNull(c, "PolicyQuestion.Recruitment: candidates contains null");
      }
      candidates = List.copyOf(candidates);
    }

    /**
     * {@code policy.planRecruitment(demand, candidates)}.
     *
     * @param policy the policy
     * @return its plan
     * @throws NullPointerException if {@code policy} is null
     */
    @Override
    public RecruitmentPlan askOf(PolicyUnderTest policy) {
      return policy.planRecruitment(demand, candidates);
    }

    /**
     * The demand's date.
     *
     * @return {@code demand().asOf()}
     */
    @Override
    public LocalDate asOf() {
      return demand.asOf();
    }

    /**
     * The demand with one fact removed, then each candidate in turn with one fact removed.
     *
     * @return the questions
     */
    @Override
    public List<PolicyQuestion> withOneFactRemoved() {
      List<PolicyQuestion> list = new ArrayList<>();
      for (LabourDemand d : FactRemovals.of(demand)) {
        list.add(new Recruitment(d, candidates));
      }
      for (int i = 0; i < candidates.size(); i++) {
        for (Candidate c : FactRemovals.of(candidates.get(i))) {
          List<Candidate> changed = new ArrayList<>(candidates);
          changed.set(i, c);
          list.add(new Recruitment(demand, changed));
        }
      }
      return List.copyOf(list);
    }
  }

  /**
   * 三（七）/三（八）: which subsidies does {@link #record()} give {@link #person()}, for training that
   * relates to {@link #project()}?
   *
   * @param record the training record
   * @param person the trainee, whose training {@code record} is
   * @param project the related project, or empty if not known
   * @param asOf the date
   */
  record Subsidies(TrainingRecord record, Person person, Optional<Project> project, LocalDate asOf)
      implements PolicyQuestion {
    /**
     * Checks the arguments.
     *
     * @param record the training record
     * @param person the trainee
     * @param project the related project, or empty
     * @param asOf the date
     * @throws NullPointerException if an argument is null
     */
    public Subsidies {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * {@code policy.subsidies(record, person, project, asOf)}.
     *
     * @param policy the policy
     * @return its decision
     * @throws NullPointerException if {@code policy} is null
     */
    @Override
    public SubsidyDecision askOf(PolicyUnderTest policy) {
      return policy.subsidies(record, person, project, asOf);
    }

    /**
     * The record, then the person, then the project with one fact removed, and the project removed
     * altogether.
     *
     * @return the questions
     */
    @Override
    public List<PolicyQuestion> withOneFactRemoved() {
      List<PolicyQuestion> list = new ArrayList<>();
      for (TrainingRecord r : FactRemovals.of(record)) {
        list.add(new Subsidies(r, person, project, asOf));
      }
      for (Person p : FactRemovals.of(person)) {
        list.add(new Subsidies(record, p, project, asOf));
      }
      if (project.isPresent()) {
        for (Project p : FactRemovals.of(project.get())) {
          list.add(new Subsidies(record, person, Optional.of(p), asOf));
        }
        list.add(new Subsidies(record, person, Optional.empty(), asOf));
      }
      return List.copyOf(list);
    }
  }

  /**
   * Which duties does {@link #event()} trigger?
   *
   * @param event the event (its date is {@link #asOf()})
   */
  record Obligations(ProjectEvent event) implements PolicyQuestion {
    /**
     * Checks the argument.
     *
     * @param event the event
     * @throws NullPointerException if {@code event} is null
     */
    public Obligations {
      Objects.requireNonNull(event, "event");
    }

    /**
     * {@code policy.obligations(event)}.
     *
     * @param policy the policy
     * @return its decision
     * @throws NullPointerException if {@code policy} is null
     */
    @Override
    public ObligationDecision askOf(PolicyUnderTest policy) {
      return policy.obligations(event);
    }

    /**
     * The event's date.
     *
     * @return {@code event().date()}
     */
    @Override
    public LocalDate asOf() {
      return event.date();
    }

    @Override
    public List<PolicyQuestion> withOneFactRemoved() {
      List<PolicyQuestion> list = new ArrayList<>();
      for (ProjectEvent e : FactRemovals.of(event)) {
        list.add(new Obligations(e));
      }
      return List.copyOf(list);
    }
  }

  /**
   * Which duties stand on {@link #asOf()}, waiting for no event?
   *
   * @param asOf the date
   */
  record StandingDuties(LocalDate asOf) implements PolicyQuestion {
    /**
     * Checks the argument.
     *
     * @param asOf the date
     * @throws NullPointerException if {@code asOf} is null
     */
    public StandingDuties {
      Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * {@code policy.standingDuties(asOf)}.
     *
     * @param policy the policy
     * @return its decision
     * @throws NullPointerException if {@code policy} is null
     */
    @Override
    public ObligationDecision askOf(PolicyUnderTest policy) {
      return policy.standingDuties(asOf);
    }

    /**
     * None: the question has no facts to remove.
     *
     * @return an empty list
     */
    @Override
    public List<PolicyQuestion> withOneFactRemoved() {
      return List.of();
    }
  }
}
