package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocument;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.AmountBasis;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type the module covers, on many generated values ({@link Values}): written, read back as
 * its type, it equals the value; written again, the bytes are the same; the document is valid under
 * the published JSON Schema; and it starts with the schema version and its type.
 */
class RoundTripTest {
  private static final ObjectMapper JSON = LinkageJson.mapper();

  record Case<T>(Class<T> type, Supplier<List<T>> values, int atLeast) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Arguments> documents() {
    return Stream.of(
            new Case<>(ScopeDecision.class, Values::scopeDecisions, 200),
            new Case<>(PersonGroups.class, Values::personGroups, 200),
            new Case<>(GroupDecision.class, Values::groupDecisions, 20),
            new Case<>(SubsidyDecision.class, Values::subsidyDecisions, 200),
            new Case<>(SubsidyEntitlement.class, Values::entitlements, 20),
            new Case<>(ObligationDecision.class, Values::obligationDecisions, 400),
            new Case<>(RecruitmentPlan.class, Values::recruitmentPlans, 200),
            new Case<>(Placement.class, Values::placements, 20),
            new Case<>(Duty.class, Values::duties, 50),
            new Case<>(Performer.class, Values::performers, 5),
            new Case<>(Reason.class, Values::reasons, 50),
            new Case<>(MissingFact.class, Values::missingFacts, 10),
            new Case<>(Versions.class, Values::versions, 2),
            new Case<>(PersonGroup.class, Values::personGroupValues, 6),
            new Case<>(ValidityWindow.class, Values::validityWindows, 3),
            new Case<>(PolicyDocument.class, Values::policyDocuments, 5),
            new Case<>(Deadline.class, Values::deadlines, 100),
            new Case<>(WorkingDayPeriod.class, Values::periods, 20),
            new Case<>(HolidayNotice.class, Values::notices, 11),
            new Case<>(DayDeclaration.class, Values::declarations, 50),
            new Case<>(DateRange.class, Values::dateRanges, 50),
            new Case<>(Location.class, Values::locations, 10),
            new Case<>(Project.class, Values::projects, 300),
            new Case<>(Person.class, Values::persons, 300),
            new Case<>(TrainingRecord.class, Values::trainingRecords, 150),
            new Case<>(Candidate.class, Values::candidates, 20),
            new Case<>(LabourDemand.class, Values::labourDemands, 150),
            new Case<>(ProjectEvent.class, Values::events, 300))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  <T> void everyValueRoundTripsAsADocument(Case<T> c) throws Exception {
    List<T> values = c.values().get();
    assertThat(values).as("generated %s values", c).hasSizeGreaterThanOrEqualTo(c.atLeast());
    for (T value : values) {
      String text = JSON.writeValueAsString(value);
      assertThat(text)
          .as("a %s document", c)
          .startsWith(
              "{\"schema\":\"linkage/1\",\"document\":\"" + c.type().getSimpleName() + "\",");
      T back = JSON.readValue(text, c.type());
      assertThat(back).as("%s read back from %s", c, text).isEqualTo(value);
      assertThat(JSON.writeValueAsString(back)).as("written again").isEqualTo(text);
      assertThat(SchemaCheck.errors(text)).as("schema errors of %s", text).isEmpty();
    }
  }

  @Test
  void everyDecisionReadsBackAsADecisionOfItsType() throws Exception {
    List<Decision> decisions = Values.allDecisions();
    assertThat(decisions).hasSizeGreaterThan(1500);
    for (Decision d : decisions) {
      Decision back = JSON.readValue(JSON.writeValueAsString(d), Decision.class);
      assertThat(back).isEqualTo(d);
    }
  }

  /** The generated values reach the variants of the shape, so the round trips above test them. */
  @Test
  void theGeneratedValuesCoverTheVariantsOfTheShape() {
    Set<DutyTiming> timings = EnumSet.noneOf(DutyTiming.class);
    Values.duties().forEach(d -> timings.add(d.timing()));
    assertThat(timings)
        .contains(
            DutyTiming.DUE_DATE,
            DutyTiming.PROVISIONAL_DUE_DATE,
            DutyTiming.DUE_DATE_UNDETERMINED,
            DutyTiming.NO_FIXED_DEADLINE,
            DutyTiming.PROMPTLY,
            DutyTiming.PERIODIC,
            DutyTiming.PERIOD_UNDETERMINED);
    assertThat(Values.duties()).anyMatch(d -> d.workers().isPresent());
    assertThat(Values.duties()).anyMatch(d -> d.reference().isPresent());
    assertThat(Values.duties()).anyMatch(Duty::trackedUntilClosed);
    assertThat(Values.performers()).anyMatch(p -> p.name().isPresent());
    assertThat(Values.performers()).anyMatch(p -> p.region().isEmpty());
    assertThat(Values.deadlines()).anyMatch(Deadline::provisional);
    assertThat(Values.deadlines()).anyMatch(d -> !d.period().countsMakeupWorkdays());
    assertThat(Values.deadlines()).anyMatch(d -> d.notices().size() > 1);
    assertThat(Values.notices()).anyMatch(n -> n.amends().isPresent());
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    Values.allDecisions().forEach(d -> outcomes.add(d.outcome()));
    assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    Set<AmountBasis> bases = EnumSet.noneOf(AmountBasis.class);
    Values.entitlements().forEach(e -> bases.add(e.amountBasis()));
    assertThat(bases).contains(AmountBasis.SCHEDULE, AmountBasis.PER_RULES);
    assertThat(Values.personGroupValues()).anyMatch(g -> !g.isBuiltIn());
    assertThat(Values.recruitmentPlans()).anyMatch(p -> p.shortfallDuty().isPresent());
    assertThat(Values.persons()).anyMatch(p -> !p.certifications().isEmpty());
    assertThat(Values.persons()).anyMatch(p -> p.landExpropriationProjectIds().size() > 1);
    assertThat(Values.projects()).anyMatch(p -> p.categories().size() > 1);
    assertThat(Values.projects()).anyMatch(p -> p.totalInvestment().isPresent());
    assertThat(Values.projects()).anyMatch(p -> p.location().isEmpty());
    assertThat(Values.missingFacts()).anyMatch(f -> f.key().startsWith("person.certification."));
  }

  @Test
  void scalarsAreStringsAndRoundTrip() throws Exception {
    for (Money m : Values.amounts()) {
      String text = JSON.writeValueAsString(m);
      assertThat(text).isEqualTo("\"" + m.yuan().toPlainString() + "\"");
      assertThat(JSON.readValue(text, Money.class)).isEqualTo(m);
    }
    for (ClauseRef c : ClauseRef.values()) {
      String text = JSON.writeValueAsString(c);
      assertThat(text).isEqualTo("\"" + c.canonical() + "\"");
      assertThat(JSON.readValue(text, ClauseRef.class)).isEqualTo(c);
    }
    for (Region r : Region.values()) {
      String text = JSON.writeValueAsString(r);
      assertThat(text).isEqualTo("\"" + r.name() + "\"");
      assertThat(JSON.readValue(text, Region.class)).isEqualTo(r);
    }
  }

  /** Values the caller holds in lists and beans of their own: each element is a document. */
  @Test
  void documentsInsideTheCallersOwnContainersKeepTheirSchema() throws Exception {
    List<Project> projects = new ArrayList<>(Values.projects().subList(0, 3));
    String text = JSON.writeValueAsString(projects);
    assertThat(text).startsWith("[{\"schema\":\"linkage/1\",\"document\":\"Project\",");
    Project[] back = JSON.readValue(text, Project[].class);
    assertThat(back).containsExactlyElementsOf(projects);
  }
}
