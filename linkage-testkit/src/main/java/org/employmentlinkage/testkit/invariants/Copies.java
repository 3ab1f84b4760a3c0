package org.employmentlinkage.testkit.invariants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.testkit.PolicyQuestion;

/**
 * Equal copies of inputs, built anew with the elements of every set and map inserted in reverse
 * order: equal by {@code equals}, but not the same objects, nor iterated in the same order.
 */
final class Copies {
  private Copies() {}

  static PolicyQuestion equalCopy(PolicyQuestion q) {
    if (q instanceof PolicyQuestion.Scope s) {
      return new PolicyQuestion.Scope(copy(s.project()), s.asOf());
    }
    if (q instanceof PolicyQuestion.Groups g) {
      return new PolicyQuestion.Groups(copy(g.person()), g.asOf());
    }
    if (q instanceof PolicyQuestion.Recruitment r) {
      List<Candidate> candidates = new ArrayList<>();
      for (Candidate c : r.candidates()) {
        candidates.add(Candidate.of(copy(c.person()), c.meetsRequirements()));
      }
      LabourDemand d =
          LabourDemand.builder().from(r.demand()).project(copy(r.demand().project())).build();
      return new PolicyQuestion.Recruitment(d, candidates);
    }
    if (q instanceof PolicyQuestion.Subsidies s) {
      return new PolicyQuestion.Subsidies(
          TrainingRecord.builder().from(s.record()).build(),
          copy(s.person()),
          s.project().map(Copies::copy),
          s.asOf());
    }
    if (q instanceof PolicyQuestion.Obligations o) {
      return new PolicyQuestion.Obligations(
          ProjectEvent.builder().from(o.event()).project(copy(o.event().project())).build());
    }
    return q; // StandingDuties: a date only
  }

  static Project copy(Project p) {
    Project.Builder b = Project.builder().from(p).categories(reversed(p.categories()));
    p.location().ifPresent(l -> b.location(Location.builder().from(l).build()));
    return b.build();
  }

  static Person copy(Person p) {
    List<Map.Entry<String, Boolean>> entries = new ArrayList<>(p.certifications().entrySet());
    Collections.reverse(entries);
    Map<String, Boolean> certifications = new LinkedHashMap<>();
    for (Map.Entry<String, Boolean> e : entries) {
      certifications.put(e.getKey(), e.getValue());
    }
    return Person.builder()
        .from(p)
        .certifications(certifications)
        .landExpropriationProjectIds(reversed(p.landExpropriationProjectIds()))
        .build();
  }

  private static List<String> reversed(Iterable<String> values) {
    List<String> list = new ArrayList<>();
    values.forEach(list::add);
    Collections.reverse(list);
    return list;
  }
}
