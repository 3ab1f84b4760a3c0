package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;

/**
 * Internal helpers called directly, on inputs the public API never passes them: {@link
 * Localities#isLocal} is reached from recruitment only after {@link Localities#inCity} has found
 * the person's region, and {@link GroupRules#priorityMember} is checked here on a decision whose
 * non-priority groups are undetermined too.
 */
class LocalitiesAndGroupsHelpersTest {

  /**
   * Localities javadoc: "receives the missing facts if undetermined". A person of unknown residence
   * and a project of unknown location: both facts are missing; with the location known, only the
   * person's.
   */
  @Test
  void anUnknownRegionAndAnUnknownLocationAreBothMissing() {
    Person unknown = Person.builder().id("U").build();
    Set<MissingFact> missing = new LinkedHashSet<>();
    assertThat(Localities.isLocal(unknown, Optional.empty(), Locality.RESIDENCE, missing))
        .isEqualTo(Outcome.UNDETERMINED);
    assertThat(missing).containsExactly(MissingFact.PERSON_RESIDENCE, MissingFact.PROJECT_LOCATION);

    Set<MissingFact> onlyPerson = new LinkedHashSet<>();
    assertThat(
            Localities.isLocal(
                unknown,
                Optional.of(Location.of(Region.WAFANGDIAN)),
                Locality.HOUSEHOLD_REGISTRATION,
                onlyPerson))
        .isEqualTo(Outcome.UNDETERMINED);
    assertThat(onlyPerson).containsExactly(MissingFact.PERSON_HOUSEHOLD_REGION);
  }

  /**
   * GroupRules javadoc: the missing facts "for the priority groups that are undetermined". For a
   * person of whom nothing is known every group is undetermined, including the two groups the
   * document treats separately (被征地人员 二（三）, 应届高校毕业生 三（六）, {@code isPriority()} false); the fact
   * only 被征地人员 needs (whether the land was expropriated) is not among the missing ones.
   */
  @Test
  void onlyThePriorityGroupsMissingFactsAreCollected() {
    PersonGroups groups =
        LinkagePolicy.builder()
            .build()
            .personGroups(Person.builder().id("N").build(), LocalDate.of(2022, 3, 1));
    assertThat(groups.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(groups.decisions())
        .filteredOn(d -> !d.group().isPriority())
        .extracting(GroupDecision::outcome)
        .containsOnly(Outcome.UNDETERMINED)
        .isNotEmpty();
    Set<MissingFact> expected = new LinkedHashSet<>();
    for (GroupDecision d : groups.decisions()) {
      if (d.group().isPriority()) {
        expected.addAll(d.missingFacts());
      }
    }
    Set<MissingFact> missing = new LinkedHashSet<>();
    assertThat(GroupRules.priorityMember(groups, missing)).isEqualTo(Outcome.UNDETERMINED);
    assertThat(missing).isEqualTo(expected).doesNotContain(MissingFact.PERSON_LAND_EXPROPRIATED);
  }
}
