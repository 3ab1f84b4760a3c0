package org.employmentlinkage.rules;

import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;

/**
 * "当地" (local) and "本市劳动力" (the city's labour) of 二（五）, by residence or household registration
 * ({@code docs/adr/0003-policy-as-code.md}, "当地 and 本市劳动力").
 *
 * <p>A person is local to a project when their region is the project's county-level unit or its
 * pilot zone. Because pilot zones lie within (and may straddle) county-level units, a mismatch is
 * definite only when it compares county-level unit with county-level unit. A person known only by a
 * pilot zone other than the project's may still live (or be registered) in the project's
 * county-level unit, so that case is undetermined and names the missing facts: the person's
 * county-level unit, and the project's when it is not given either. (Reading "a different pilot
 * zone is definitely not local" only when the project's county-level unit is missing made removing
 * that fact turn an undetermined answer definite: testkit finding F1.)
 */
final class Localities {
  private Localities() {}

  /**
   * The person's region under the locality basis.
   *
   * @param person the person
   * @param basis the basis
   * @return the region, or empty
   */
  static Optional<Region> region(Person person, Locality basis) {
    return basis == Locality.RESIDENCE ? person.residence() : person.householdRegion();
  }

  /**
   * The missing fact for the person's region under the basis.
   *
   * @param basis the basis
   * @return the missing fact
   */
  static MissingFact regionFact(Locality basis) {
    return basis == Locality.RESIDENCE
        ? MissingFact.PERSON_RESIDENCE
        : MissingFact.PERSON_HOUSEHOLD_REGION;
  }

  /**
   * Whether the person is part of the city's labour (本市劳动力).
   *
   * @param person the person
   * @param basis the basis
   * @param missing receives the missing fact if undetermined
   * @return the three-valued answer
   */
  static Outcome inCity(Person person, Locality basis, Set<MissingFact> missing) {
    Optional<Region> r = region(person, basis);
    if (r.isEmpty()) {
      missing.add(regionFact(basis));
      return Outcome.UNDETERMINED;
    }
    return r.get().isInDalian() ? Outcome.YES : Outcome.NO;
  }

  /**
   * Whether the person is local (当地) to a project at {@code location}.
   *
   * @param person the person
   * @param location the project's location, or empty if not known
   * @param basis the basis
   * @param missing receives the missing facts if undetermined
   * @return the three-valued answer
   */
  static Outcome isLocal(
      Person person, Optional<Location> location, Locality basis, Set<MissingFact> missing) {
    Optional<Region> r = region(person, basis);
    if (r.isEmpty()) {
      missing.add(regionFact(basis));
      if (location.isEmpty()) {
        missing.add(MissingFact.PROJECT_LOCATION);
      }
      return Outcome.UNDETERMINED;
    }
    Region p = r.get();
    if (!p.isInDalian()) {
      return Outcome.NO;
    }
    if (location.isEmpty()) {
      missing.add(MissingFact.PROJECT_LOCATION);
      return Outcome.UNDETERMINED;
    }
    Location loc = location.get();
    if (p == Region.DALIAN) {
      missing.add(regionFact(basis));
      return Outcome.UNDETERMINED;
    }
    if (loc.countyLevelUnit().equals(Optional.of(p)) || loc.pilotZone().equals(Optional.of(p))) {
      return Outcome.YES;
    }
    if (p.isCountyLevel()) {
      if (loc.countyLevelUnit().isPresent()) {
        return Outcome.NO;
      }
      missing.add(MissingFact.PROJECT_COUNTY);
      return Outcome.UNDETERMINED;
    }
    // p is a pilot zone other than the project's: the person may still be in the project's
    // county-level unit, known or not.
    missing.add(regionFact(basis));
    if (loc.countyLevelUnit().isEmpty()) {
      missing.add(MissingFact.PROJECT_COUNTY);
    }
    return Outcome.UNDETERMINED;
  }
}
