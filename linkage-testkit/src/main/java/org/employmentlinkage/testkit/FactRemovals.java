package org.employmentlinkage.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.region.Location;

/**
 * The same inputs with one fact removed (去掉一项事实), for checking that missing facts only weaken an
 * answer: removing a fact may turn {@code YES} or {@code NO} into {@code UNDETERMINED}, never the
 * reverse, and never {@code YES} into {@code NO} (the contract of {@link
 * org.employmentlinkage.policy.Outcome}).
 *
 * <p>Each method returns one variant per fact that is present, in the order the fields are listed
 * below; a variant differs from its input in exactly that fact. What counts as a fact follows the
 * domain model's javadoc and ADR 0003 ("Three-valued facts"): an {@code Optional} that is present,
 * a {@link org.employmentlinkage.domain.Fact} that is known (it becomes {@code UNKNOWN}), an entry
 * of a map whose absent keys mean "not known", an element of a set that is positive evidence only.
 * Sets taken as complete as given are <em>not</em> facts that can be removed: removing an element
 * states something else, so they are left alone.
 *
 * <ul>
 *   <li>{@link Project}: name, type, total investment, the whole location, the location's
 *       county-level unit (when a pilot zone remains), the location's sub-district,
 *       government-funded, ownership, status, the dates approved, construction started and
 *       completed. Not the categories (complete as given) nor the pilot zone (none means "in no
 *       pilot zone").
 *   <li>{@link Person}: education, graduation date, household type, non-farm transfer, overcapacity
 *       resettlement, each certified status (one entry at a time), land expropriated, each
 *       land-expropriation project identifier (one at a time), residence, household region.
 *   <li>{@link TrainingRecord}: organiser, occupation, level, region, willing, completed, passed,
 *       certified, first appraisal, certificate date, completion date.
 *   <li>{@link ProjectEvent}: every removal of its project, then whether it involves
 *       land-expropriated persons, whether it recruits current graduates, the issue topic. Not the
 *       land notice kind: its absence means the post-approval 征收土地公告, a documented default.
 *   <li>{@link Candidate}: every removal of its person (whether they meet the requirements is the
 *       caller's judgement, always given).
 *   <li>{@link LabourDemand}: every removal of its project, then the title.
 * </ul>
 *
 * <p>All methods are static and thread-safe.
 */
public final class FactRemovals {
  private FactRemovals() {}

  /**
   * {@code project} with one fact removed, once for each fact present.
   *
   * @param project the project
   * @return the variants, an unmodifiable list, empty if no fact can be removed
   * @throws NullPointerException if {@code project} is null
   */
  public static List<Project> of(Project project) {
    Objects.requireNonNull(project, "project");
    List<Project> list = new ArrayList<>();
    if (project.name().isPresent()) {
      list.add(copy(project).name(Optional.empty()).build());
    }
    if (project.type().isPresent()) {
      list.add(copy(project).type(Optional.empty()).build());
    }
    if (project.totalInvestment().isPresent()) {
      list.add(copy(project).totalInvestment(Optional.empty()).build());
    }
    if (project.location().isPresent()) {
      Location loc = project.location().get();
      list.add(copy(project).location(Optional.empty()).build());
      if (loc.countyLevelUnit().isPresent() && loc.pilotZone().isPresent()) {
        Location withoutCounty =
            Location.builder().from(loc).countyLevelUnit(Optional.empty()).build();
        list.add(copy(project).location(withoutCounty).build());
      }
      if (loc.subdistrict().isPresent()) {
        Location withoutSubdistrict =
            Location.builder().from(loc).subdistrict(Optional.empty()).build();
        list.add(copy(project).location(withoutSubdistrict).build());
      }
    }
    if (project.governmentFunded().isKnown()) {
      list.add(copy(project).governmentFunded(Fact.UNKNOWN).build());
    }
    if (project.ownership().isPresent()) {
      list.add(copy(project).ownership(Optional.empty()).build());
    }
    if (project.status().isPresent()) {
      list.add(copy(project).status(Optional.empty()).build());
    }
    if (project.approved().isPresent()) {
      list.add(copy(project).approved(Optional.empty()).build());
    }
    if (project.constructionStarted().isPresent()) {
      list.add(copy(project).constructionStarted(Optional.empty()).build());
    }
    if (project.completed().isPresent()) {
      list.add(copy(project).completed(Optional.empty()).build());
    }
    return List.copyOf(list);
  }

  /**
   * {@code person} with one fact removed, once for each fact present.
   *
   * @param person the person
   * @return the variants, an unmodifiable list, empty if no fact can be removed
   * @throws NullPointerException if {@code person} is null
   */
  public static List<Person> of(Person person) {
    Objects.requireNonNull(person, "person");
    List<Person> list = new ArrayList<>();
    if (person.education().isPresent()) {
      list.add(copy(person).education(Optional.empty()).build());
    }
    if (person.graduationDate().isPresent()) {
      list.add(copy(person).graduationDate(Optional.empty()).build());
    }
    if (person.householdType().isPresent()) {
      list.add(copy(person).householdType(Optional.empty()).build());
    }
    if (person.nonFarmTransfer().isKnown()) {
      list.add(copy(person).nonFarmTransfer(Fact.UNKNOWN).build());
    }
    if (person.overcapacityResettled().isKnown()) {
      list.add(copy(person).overcapacityResettled(Fact.UNKNOWN).build());
    }
    for (String key : person.certifications().keySet()) {
      Map<String, Boolean> fewer = new LinkedHashMap<>(person.certifications());
      fewer.remove(key);
      list.add(copy(person).certifications(fewer).build());
    }
    if (person.landExpropriated().isKnown()) {
      list.add(copy(person).landExpropriated(Fact.UNKNOWN).build());
    }
    for (String id : person.landExpropriationProjectIds()) {
      Set<String> fewer = new LinkedHashSet<>(person.landExpropriationProjectIds());
      fewer.remove(id);
      list.add(copy(person).landExpropriationProjectIds(fewer).build());
    }
    if (person.residence().isPresent()) {
      list.add(copy(person).residence(Optional.empty()).build());
    }
    if (person.householdRegion().isPresent()) {
      list.add(copy(person).householdRegion(Optional.empty()).build());
    }
    return List.copyOf(list);
  }

  /**
   * {@code record} with one fact removed, once for each fact present.
   *
   * @param record the training record
   * @return the variants, an unmodifiable list, empty if no fact can be removed
   * @throws NullPointerException if {@code record} is null
   */
  public static List<TrainingRecord> of(TrainingRecord record) {
    Objects.requireNonNull(record, "record");
    List<TrainingRecord> list = new ArrayList<>();
    if (record.organiser().isPresent()) {
      list.add(copy(record).organiser(Optional.empty()).build());
    }
    if (record.occupation().isPresent()) {
      list.add(copy(record).occupation(Optional.empty()).build());
    }
    if (record.level().isPresent()) {
      list.add(copy(record).level(Optional.empty()).build());
    }
    if (record.region().isPresent()) {
      list.add(copy(record).region(Optional.empty()).build());
    }
    if (record.willing().isKnown()) {
      list.add(copy(record).willing(Fact.UNKNOWN).build());
    }
    if (record.completed().isKnown()) {
      list.add(copy(record).completed(Fact.UNKNOWN).build());
    }
    if (record.passed().isKnown()) {
      list.add(copy(record).passed(Fact.UNKNOWN).build());
    }
    if (record.certified().isKnown()) {
      list.add(copy(record).certified(Fact.UNKNOWN).build());
    }
    if (record.firstAppraisal().isKnown()) {
      list.add(copy(record).firstAppraisal(Fact.UNKNOWN).build());
    }
    if (record.certificateDate().isPresent()) {
      list.add(copy(record).certificateDate(Optional.empty()).build());
    }
    if (record.completionDate().isPresent()) {
      list.add(copy(record).completionDate(Optional.empty()).build());
    }
    return List.copyOf(list);
  }

  /**
   * {@code event} with one fact removed, once for each fact present (its project's facts first).
   *
   * @param event the event
   * @return the variants, an unmodifiable list, empty if no fact can be removed
   * @throws NullPointerException if {@code event} is null
   */
  public static List<ProjectEvent> of(ProjectEvent event) {
    Objects.requireNonNull(event, "event");
    List<ProjectEvent> list = new ArrayList<>();
    for (Project p : of(event.project())) {
      list.add(ProjectEvent.builder().from(event).project(p).build());
    }
    if (event.involvesLandExpropriatedPersons().isKnown()) {
      list.add(
          ProjectEvent.builder().from(event).involvesLandExpropriatedPersons(Fact.UNKNOWN).build());
    }
    if (event.recruitsCurrentGraduates().isKnown()) {
      list.add(ProjectEvent.builder().from(event).recruitsCurrentGraduates(Fact.UNKNOWN).build());
    }
    if (event.issueTopic().isPresent()) {
      list.add(ProjectEvent.builder().from(event).issueTopic(Optional.empty()).build());
    }
    return List.copyOf(list);
  }

  /**
   * {@code candidate} with one fact of their person removed, once for each fact present.
   *
   * @param candidate the candidate
   * @return the variants, an unmodifiable list, empty if no fact can be removed
   * @throws NullPointerException if {@code candidate} is null
   */
  public static List<Candidate> of(Candidate candidate) {
    Objects.requireNonNull(candidate, "candidate");
    List<Candidate> list = new ArrayList<>();
    for (Person p : of(candidate.person())) {
      list.add(Candidate.of(p, candidate.meetsRequirements()));
    }
    return List.copyOf(list);
  }

  /**
   * {@code demand} with one fact removed, once for each fact present (its project's facts first).
   *
   * @param demand the demand
   * @return the variants, an unmodifiable list, empty if no fact can be removed
   * @throws NullPointerException if {@code demand} is null
   */
  public static List<LabourDemand> of(LabourDemand demand) {
    Objects.requireNonNull(demand, "demand");
    List<LabourDemand> list = new ArrayList<>();
    for (Project p : of(demand.project())) {
      list.add(LabourDemand.builder().from(demand).project(p).build());
    }
    if (demand.title().isPresent()) {
      list.add(LabourDemand.builder().from(demand).title(Optional.empty()).build());
    }
    return List.copyOf(list);
  }

  private static Project.Builder copy(Project p) {
    return Project.builder().from(p);
  }

  private static Person.Builder copy(Person p) {
    return Person.builder().from(p);
  }

  private static TrainingRecord.Builder copy(TrainingRecord r) {
    return TrainingRecord.builder().from(r);
  }
}
