package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.employmentlinkage.badinput.BadInputCatalogue;
import org.employmentlinkage.badinput.BadInputCatalogueTestBase;
import org.employmentlinkage.badinput.CoreSamples;
import org.employmentlinkage.badinput.Samples;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.invariants.PolicyInvariant;
import org.employmentlinkage.testkit.invariants.PolicyInvariants;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;

/**
 * The bad-input catalogue of linkage-testkit ({@code
 * org.employmentlinkage.badinput.BadInputCatalogue} of linkage-core's tests): every public entry
 * point of the four exported packages walked with null, empty, negative, far dates, unknown codes
 * and malformed text, the curated cases below with their documented exceptions, and the exemptions
 * with their reasons.
 */
class TestkitBadInputCatalogueTest extends BadInputCatalogueTestBase {
  /** A QuickTheories randomness source that draws 0, or an end of the range that excludes it. */
  static final class LowestSource implements RandomnessSource {
    @Override
    public long next(org.quicktheories.impl.Constraint c) {
      for (long v : new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE}) {
        if (c.allowed(v)) {
          return v;
        }
      }
      throw new IllegalStateException("no simple value in the range");
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException("not needed by the catalogue");
    }

    @Override
    public void registerFailedAssumption() {}
  }

  static Samples samples() {
    Samples s = CoreSamples.samples();
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    s.valid(LinkagePolicy.class, LinkagePolicies::dalian2018);
    s.valid(PolicyUnderTest.class, () -> PolicyUnderTest.of(policy));
    s.valid(CalendarGenerators.class, () -> CalendarGenerators.of(ChinaCalendars.official()));
    s.valid(PolicyGenerators.class, () -> PolicyGenerators.of(policy));
    s.valid(Generator.class, () -> Generators.integers(0, 9));
    s.valid(Weighted.class, () -> new Weighted<>(1, Generators.integers(0, 9)));
    s.valid(Predicate.class, () -> (Predicate<Object>) x -> true);
    s.valid(BiFunction.class, () -> (BiFunction<Object, Object, Object>) (a, b) -> a);
    s.valid(RandomGenerator.class, () -> Generators.random(1));
    s.valid(Property.class, () -> (Property<Object>) x -> {});
    s.valid(
        PropertyRunner.class,
        () -> PropertyRunner.forAll("catalogue", Generators.integers(0, 9)).cases(3));
    s.valid(
        TriggeredPeriod.class, () -> new TriggeredPeriod(CoreSamples.DATE, WorkingDayPeriod.of(5)));
    s.valid(
        PolicyQuestion.Scope.class,
        () -> new PolicyQuestion.Scope(CoreSamples.project(), CoreSamples.DATE));
    s.valid(
        PolicyQuestion.class,
        () -> new PolicyQuestion.Scope(CoreSamples.project(), CoreSamples.DATE));
    s.valid(PolicyInvariant.class, () -> PolicyInvariants.deadlineLaws(PolicyUnderTest.of(policy)));
    s.valid(RandomnessSource.class, LowestSource::new);
    s.valid(
        PolicyQuestion.Groups.class,
        () -> new PolicyQuestion.Groups(CoreSamples.person(), CoreSamples.DATE));
    s.valid(
        PolicyQuestion.Recruitment.class,
        () ->
            new PolicyQuestion.Recruitment(
                LabourDemand.of(CoreSamples.project(), 1, CoreSamples.DATE), List.of()));
    s.valid(
        PolicyQuestion.Subsidies.class,
        () ->
            new PolicyQuestion.Subsidies(
                CoreSamples.training(),
                CoreSamples.person(),
                Optional.of(CoreSamples.project()),
                CoreSamples.DATE));
    s.valid(
        PolicyQuestion.Obligations.class,
        () ->
            new PolicyQuestion.Obligations(
                ProjectEvent.landExpropriationNotice(CoreSamples.project(), CoreSamples.DATE)));
    s.valid(
        PolicyQuestion.StandingDuties.class,
        () -> new PolicyQuestion.StandingDuties(CoreSamples.DATE));
    return s;
  }

  static BadInputCatalogue catalogue() {
    return BadInputCatalogue.of("linkage-testkit", Generators.class, samples())
        .valid(
            "testkit.invariants.PolicyInvariant#verify(Object)",
            () ->
                args(ProjectEvent.landExpropriationNotice(CoreSamples.project(), CoreSamples.DATE)))
        .exempt(
            "testkit.Property#check(Object)",
            "a functional interface the tester implements: the catalogue would only call its own"
                + " lambda")
        .skipHostile(
            "testkit.Generator#sample(long,int)",
            "Integer.MAX_VALUE",
            "asks for a list of 2^31 - 1 values; the JVM cannot hold it, and the javadoc promises"
                + " only to refuse a negative count")
        .skipHostile(
            "testkit.invariants.PolicyInvariant#check(long,int)",
            "Integer.MAX_VALUE",
            "asks for 2^31 - 1 cases, which the invariant runs (hours): the size of a run is the"
                + " tester's choice");
  }

  /**
   * The curated cases: the documented exceptions a generic bad value does not reach, with the words
   * the message must hold.
   */
  static BadInputCatalogue curated(BadInputCatalogue c) {
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    PolicyUnderTest put = PolicyUnderTest.of(policy);
    // no notice was known on 2017-06-01: the calendar covers no date (CalendarGeneratorsTest)
    WorkingDayCalendar empty = ChinaCalendars.officialAsKnownAt(LocalDate.of(2017, 6, 1));
    LinkagePolicy emptyCalendar = LinkagePolicy.builder().calendar(empty).build();
    Candidate candidate =
        Candidate.builder().person(CoreSamples.person()).meetsRequirements(true).build();
    Property<Integer> failing =
        v -> {
          throw new IllegalStateException("the catalogue's property fails on " + v);
        };
    PolicyInvariant<ProjectEvent> broken =
        PolicyInvariants.deadlineLaws(put)
            .withGenerator(
                random -> {
                  throw new IllegalStateException("the catalogue's generator fails");
                });
    return c.expect(
            "testkit.CalendarGenerators#of(WorkingDayCalendar)",
            "a calendar whose coverage is empty",
            () -> CalendarGenerators.of(empty),
            IllegalArgumentException.class,
            "CalendarGenerators.of",
            "coverage is empty")
        .expect(
            "testkit.CalendarGenerators#edgeDates(DateEdge)",
            "a class of dates only a provisional calendar has",
            () -> CalendarGenerators.of(ChinaCalendars.official()).edgeDates(DateEdge.PROVISIONAL),
            IllegalArgumentException.class,
            "CalendarGenerators.edgeDates",
            "PROVISIONAL")
        .expect(
            "testkit.PolicyGenerators#of(LinkagePolicy)",
            "a policy whose calendar covers no date",
            () -> PolicyGenerators.of(emptyCalendar),
            IllegalArgumentException.class,
            "coverage is empty")
        .expect(
            "testkit.PolicyGenerators#of(PolicyUnderTest)",
            "a policy whose calendar covers no date",
            () -> PolicyGenerators.of(PolicyUnderTest.of(emptyCalendar)),
            IllegalArgumentException.class,
            "coverage is empty")
        .expect(
            "testkit.PolicyUnderTest#planRecruitment(LabourDemand,Collection)",
            "two candidates with one identifier",
            () ->
                put.planRecruitment(
                    LabourDemand.of(CoreSamples.project(), 2, CoreSamples.DATE),
                    List.of(candidate, candidate)),
            IllegalArgumentException.class,
            "identifier")
        .expect(
            "testkit.PropertyRunner#check(Property)",
            "a property that fails",
            () -> {
              PropertyRunner.forAll("catalogue", Generators.integers(0, 9))
                  .seed(1)
                  .cases(3)
                  .check(failing);
              return null;
            },
            AssertionError.class,
            "catalogue",
            "seed")
        .expect(
            "testkit.PropertyRunner#reproduce(long,Property)",
            "a property that fails",
            () -> {
              PropertyRunner.forAll("catalogue", Generators.integers(0, 9)).reproduce(7, failing);
              return null;
            },
            AssertionError.class,
            "catalogue")
        .expect(
            "testkit.invariants.PolicyInvariant#check(long,int)",
            "an invariant whose generator throws",
            () -> {
              broken.check(1, 3);
              return null;
            },
            AssertionError.class,
            "deadline laws")
        .expect(
            "testkit.invariants.PolicyInvariant#reproduce(long)",
            "an invariant whose generator throws",
            () -> {
              broken.reproduce(7);
              return null;
            },
            AssertionError.class,
            "deadline laws",
            "case seed 7L")
        .expect(
            "testkit.invariants.PolicyInvariant#verify(Object)",
            "an event on which a broken policy (BrokenPolicies: no due date for notices published in"
                + " December) breaks the deadline laws",
            () -> {
              PolicyInvariants.deadlineLaws(BrokenPolicies.decemberDueDateUndetermined(policy))
                  .verify(
                      ProjectEvent.landExpropriationNotice(
                          CoreSamples.project(), LocalDate.of(2025, 12, 10)));
              return null;
            },
            AssertionError.class,
            "deadline laws");
  }

  @Override
  protected BadInputCatalogue curatedCatalogue() {
    return curated(catalogue());
  }
}
