package org.employmentlinkage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;

/** Builders of the duties the clauses create, with their performers. */
final class Duties {
  private Duties() {}

  /**
   * A duty builder with code, clause and texts set.
   *
   * @param code the duty code (a key of the messages)
   * @param clause the clause creating it
   * @return the builder
   */
  static Duty.Builder duty(DutyCode code, ClauseRef clause) {
    return Duty.builder().code(code).clause(clause).zh(Texts.dutyZh(code)).en(Texts.dutyEn(code));
  }

  /**
   * A performer of {@code role} in the project's administering unit (pilot zone, else county-level
   * unit), or without region if the location is not known.
   *
   * @param role the role
   * @param location the project's location
   * @return the performer
   */
  static Performer local(PerformerRole role, Optional<Location> location) {
    return location.isPresent()
        ? Performer.of(role, location.get().administeringUnit())
        : Performer.of(role);
  }

  /**
   * "各级人社部门": the city's HR department and that of the project's administering unit.
   *
   * @param location the project's location
   * @return the performers
   */
  static List<Performer> hrAtAllLevels(Optional<Location> location) {
    List<Performer> list = new ArrayList<>();
    list.add(Performer.of(PerformerRole.HR_DEPARTMENT, Region.DALIAN));
    if (location.isPresent()) {
      list.add(Performer.of(PerformerRole.HR_DEPARTMENT, location.get().administeringUnit()));
    }
    return list;
  }

  /**
   * "项目落地区市县（先导区）、街道（乡镇）": the project's administering unit and its sub-district or township.
   *
   * @param location the project's location
   * @return the performers
   */
  static List<Performer> countyAndSubdistrict(Optional<Location> location) {
    List<Performer> list = new ArrayList<>();
    list.add(local(PerformerRole.COUNTY_OR_PILOT_ZONE, location));
    Performer.Builder sub = Performer.builder().role(PerformerRole.SUBDISTRICT_OR_TOWNSHIP);
    if (location.isPresent()) {
      sub.region(location.get().administeringUnit());
      location.get().subdistrict().ifPresent(sub::subdistrict);
    }
    list.add(sub.build());
    return list;
  }
}
