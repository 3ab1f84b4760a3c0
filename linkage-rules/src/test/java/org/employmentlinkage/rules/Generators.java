package org.employmentlinkage.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Edge-biased generators of the domain model for the property tests. */
final class Generators {
  private Generators() {}

  /** Amounts around the thresholds (1亿元, the hypothetical 5000万元) and some random ones. */
  private static final List<Long> EDGE_FEN =
      List.of(
          0L,
          1L,
          40_000_000_00L,
          49_999_999_99L,
          50_000_000_00L,
          60_000_000_00L,
          99_999_999_99L,
          100_000_000_00L,
          100_000_000_01L,
          300_000_000_00L);

  private static final List<Location> LOCATIONS =
      List.of(
          Location.of(Region.WAFANGDIAN),
          Location.of(Region.ZHUANGHE),
          Location.of(Region.JINZHOU),
          Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND),
          Location.of(Region.CHANGXING_ISLAND),
          Location.builder().countyLevelUnit(Region.WAFANGDIAN).subdistrict("复州城镇").build());

  private static final List<Region> PERSON_REGIONS =
      List.of(
          Region.WAFANGDIAN,
          Region.ZHUANGHE,
          Region.JINZHOU,
          Region.CHANGXING_ISLAND,
          Region.JINPU_NEW_AREA,
          Region.DALIAN,
          Region.OUTSIDE_DALIAN);

  static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
    return Generate.booleans().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  static Gen<Money> money() {
    Gen<Long> edge = Generate.pick(EDGE_FEN);
    Gen<Long> any = Generate.longRange(0L, 500_000_000_00L);
    return Generate.oneOf(edge, any).map(Money::ofFen);
  }

  static Gen<LocalDate> dates() {
    return Generate.range(0, 3100).map(i -> LocalDate.of(2018, 7, 1).plusDays(i));
  }

  static Gen<Project> projects() {
    Gen<String> ids = Generate.pick(List.of("P1", "P2", "WFD-DESIGNATED"));
    Gen<ProjectType> types = Generate.enumValues(ProjectType.class);
    Gen<Location> locations = Generate.pick(LOCATIONS);
    Gen<Ownership> ownerships = Generate.enumValues(Ownership.class);
    Gen<Boolean> bools = Generate.booleans();
    return in -> {
      Project.Builder b = Project.builder().id(ids.generate(in));
      maybe(in, types).ifPresent(b::type);
      maybe(in, money()).ifPresent(b::totalInvestment);
      maybe(in, locations).ifPresent(b::location);
      maybe(in, bools).ifPresent(b::governmentFunded);
      maybe(in, ownerships).ifPresent(b::ownership);
      if (bools.generate(in)) {
        b.addCategory("港口物流");
      }
      if (bools.generate(in)) {
        b.addCategory("制造业");
      }
      return b.build();
    };
  }

  /** The project with each optional fact removed in turn, and with all removed. */
  static List<Project> withFactsRemoved(Project p) {
    List<Project> list = new ArrayList<>();
    list.add(Project.builder().from(p).type(Optional.empty()).build());
    list.add(Project.builder().from(p).totalInvestment(Optional.empty()).build());
    list.add(Project.builder().from(p).location(Optional.empty()).build());
    list.add(Project.builder().from(p).governmentFunded(Fact.UNKNOWN).build());
    list.add(Project.builder().from(p).ownership(Optional.empty()).build());
    p.location()
        .ifPresent(
            l ->
                l.pilotZone()
                    .ifPresent(
                        z -> list.add(Project.builder().from(p).location(Location.of(z)).build())));
    list.add(
        Project.builder()
            .from(p)
            .type(Optional.empty())
            .totalInvestment(Optional.empty())
            .location(Optional.empty())
            .governmentFunded(Fact.UNKNOWN)
            .ownership(Optional.empty())
            .build());
    return list;
  }

  static Gen<Person> persons() {
    Gen<String> ids = Generate.pick(List.of("A", "B", "C", "D", "E", "F", "G", "H"));
    Gen<Education> educations = Generate.enumValues(Education.class);
    Gen<LocalDate> graduations =
        Generate.range(0, 18 * 365).map(i -> LocalDate.of(2010, 1, 1).plusDays(i));
    Gen<HouseholdType> households = Generate.enumValues(HouseholdType.class);
    Gen<Boolean> bools = Generate.booleans();
    Gen<Region> regions = Generate.pick(PERSON_REGIONS);
    return in -> {
      Person.Builder b = Person.builder().id(ids.generate(in));
      maybe(in, educations).ifPresent(b::education);
      maybe(in, graduations).ifPresent(b::graduationDate);
      maybe(in, households).ifPresent(b::householdType);
      maybe(in, bools).ifPresent(b::nonFarmTransfer);
      maybe(in, bools).ifPresent(b::overcapacityResettled);
      maybe(in, bools).ifPresent(v -> b.putCertification("RETIRED_SOLDIER", v));
      Optional<Boolean> land = maybe(in, bools);
      land.ifPresent(b::landExpropriated);
      if (!land.equals(Optional.of(false)) && bools.generate(in)) {
        b.addLandExpropriationProjectId(Generate.pick(List.of("P1", "P2")).generate(in));
      }
      maybe(in, regions).ifPresent(b::residence);
      maybe(in, regions).ifPresent(b::householdRegion);
      return b.build();
    };
  }

  /** The person with each optional fact removed in turn, and with all removed. */
  static List<Person> withFactsRemoved(Person p) {
    List<Person> list = new ArrayList<>();
    list.add(Person.builder().from(p).education(Optional.empty()).build());
    list.add(Person.builder().from(p).graduationDate(Optional.empty()).build());
    list.add(Person.builder().from(p).householdType(Optional.empty()).build());
    list.add(Person.builder().from(p).nonFarmTransfer(Fact.UNKNOWN).build());
    list.add(Person.builder().from(p).overcapacityResettled(Fact.UNKNOWN).build());
    list.add(Person.builder().from(p).certifications(java.util.Map.of()).build());
    list.add(Person.builder().from(p).landExpropriated(Fact.UNKNOWN).build());
    list.add(
        Person.builder()
            .from(p)
            .landExpropriated(Fact.UNKNOWN)
            .landExpropriationProjectIds(List.of())
            .build());
    list.add(Person.builder().from(p).residence(Optional.empty()).build());
    list.add(Person.builder().from(p).householdRegion(Optional.empty()).build());
    list.add(Person.builder().id(p.id()).build());
    return list;
  }
}
