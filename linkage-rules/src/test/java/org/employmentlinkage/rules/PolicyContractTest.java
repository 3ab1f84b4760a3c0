package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.SerializableTester;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Contracts every answer keeps: citations, determinism, serialization, locale and clock. */
class PolicyContractTest {
  private final LinkagePolicy policy = Fixtures.freshDalian2018();
  private final LinkagePolicy configured = configured();

  /** A policy with every kind of regional parameter (all hypothetical), built afresh. */
  private static LinkagePolicy configured() {
    return LinkagePolicy.builder()
        .addWidening(Fixtures.hypotheticalWafangdian())
        .liaisonPeriod(Region.WAFANGDIAN, Period.ofMonths(3))
        .subsidySchedule(Region.WAFANGDIAN, SubsidyScheduleTest.hypothetical())
        .addPriorityGroup(PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers"))
        .serviceSpecialist(Region.WAFANGDIAN, "HYPOTHETICAL contact")
        .clock(Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  static Gen<ProjectEvent> events() {
    Gen<Project> projects = Generators.projects();
    Gen<LocalDate> dates = Generators.dates();
    Gen<ProjectEventKind> kinds = Generate.enumValues(ProjectEventKind.class);
    Gen<Boolean> bools = Generate.booleans();
    Gen<LandNoticeKind> notices = Generate.enumValues(LandNoticeKind.class);
    Gen<Integer> workers = Generate.range(1, 50);
    return in -> {
      ProjectEventKind kind = kinds.generate(in);
      ProjectEvent.Builder b =
          ProjectEvent.builder().kind(kind).project(projects.generate(in)).date(dates.generate(in));
      switch (kind) {
        case LAND_EXPROPRIATION_NOTICE -> {
          b.landNotice(notices.generate(in));
          Generators.maybe(in, bools).ifPresent(b::involvesLandExpropriatedPersons);
        }
        case RECRUITMENT_OPENED ->
            Generators.maybe(in, bools).ifPresent(b::recruitsCurrentGraduates);
        case LABOUR_SHORTFALL -> b.workers(workers.generate(in));
        case ISSUE_RAISED -> b.issueId("I-1").issueTopic(IssueTopic.EMPLOYMENT);
        case ISSUE_CLOSED -> b.issueId("I-1");
        default -> {}
      }
      return b.build();
    };
  }

  private static void assertCitesTheDocument(Decision d) {
    assertThat(d.reasons()).isNotEmpty();
    for (Reason r : d.reasons()) {
      assertCited(r);
    }
    if (d instanceof ObligationDecision o) {
      for (Duty duty : o.duties()) {
        assertCited(duty);
      }
    }
    if (d instanceof RecruitmentPlan p) {
      p.shortfallDuty().ifPresent(PolicyContractTest::assertCited);
      p.placements().forEach(pl -> pl.reasons().forEach(PolicyContractTest::assertCited));
    }
    if (d instanceof SubsidyDecision s) {
      s.duties().forEach(PolicyContractTest::assertCited);
      s.entitlements().forEach(e -> e.reasons().forEach(PolicyContractTest::assertCited));
    }
    if (d instanceof PersonGroups g) {
      g.decisions().forEach(PolicyContractTest::assertCitesTheDocument);
    }
  }

  private static void assertCited(Reason r) {
    assertThat(ClauseRef.parse(r.clause().canonical())).isSameAs(r.clause());
    assertThat(r.clause().canonical())
        .matches("大政办发〔2018〕83号 .+|瓦政办发〔2018〕66号"); // 66号: its standing duty
    assertThat(r.zh()).doesNotContain("{", "}").isNotBlank();
    assertThat(r.en()).doesNotContain("{", "}").isNotBlank();
  }

  private static void assertCited(Duty duty) {
    assertThat(duty.responsibleUnits()).isEqualTo(duty.clause().responsibleUnits());
    // every clause of 83号 lists its 责任单位; the forwarding notice 66号 lists none
    assertThat(duty.responsibleUnits().isEmpty())
        .isEqualTo(duty.clause() == ClauseRef.FORWARDING_NOTICE);
    assertThat(duty.zh()).isNotBlank();
    duty.reasons().forEach(PolicyContractTest::assertCited);
  }

  @Test
  void everyReasonAndDutyCitesAClauseOfTheDocument() {
    qt().forAll(events(), Generators.persons(), SubsidiesTest.records())
        .checkAssert(
            (event, person, record) -> {
              for (LinkagePolicy p : List.of(policy, configured)) {
                assertCitesTheDocument(p.obligations(event));
                assertCitesTheDocument(p.classify(event.project(), event.date()));
                assertCitesTheDocument(p.personGroups(person, event.date()));
                assertCitesTheDocument(p.standingDuties(event.date()));
                TrainingRecordFor r = new TrainingRecordFor(record, person);
                assertCitesTheDocument(
                    p.subsidies(r.record(), person, Optional.of(event.project()), event.date()));
                assertCitesTheDocument(
                    p.planRecruitment(
                        LabourDemand.of(event.project(), 2, event.date()),
                        List.of(org.employmentlinkage.domain.Candidate.of(person, true))));
              }
            });
  }

  /** A record re-keyed to the person. */
  private record TrainingRecordFor(
      org.employmentlinkage.domain.TrainingRecord source,
      org.employmentlinkage.domain.Person person) {
    org.employmentlinkage.domain.TrainingRecord record() {
      return org.employmentlinkage.domain.TrainingRecord.builder().from(source).build();
    }
  }

  /**
   * A policy caches decisions (by the facts they depend on): one instance that has answered many
   * mixed questions must answer each exactly as a policy that has answered nothing, so no cache key
   * may confuse two sets of facts. The shared {@link LinkagePolicies#dalian2018()} is one instance.
   */
  @Test
  void cachedAnswersEqualFreshAnswers() {
    assertThat(LinkagePolicies.dalian2018()).isSameAs(LinkagePolicies.dalian2018());
    LinkagePolicy shared = LinkagePolicies.dalian2018();
    qt().forAll(events(), Generators.persons(), SubsidiesTest.records())
        .checkAssert(
            (event, person, source) -> {
              org.employmentlinkage.domain.TrainingRecord record =
                  new TrainingRecordFor(source, person).record();
              Optional<Project> project = Optional.of(event.project());
              LocalDate date = event.date();
              LinkagePolicy freshDefault = Fixtures.freshDalian2018();
              LinkagePolicy freshConfigured = configured();
              for (LinkagePolicy used : List.of(policy, shared)) {
                assertThat(used.subsidies(record, person, project, date))
                    .isEqualTo(freshDefault.subsidies(record, person, project, date));
                assertThat(used.personGroups(person, date))
                    .isEqualTo(freshDefault.personGroups(person, date));
                assertThat(used.classify(event.project(), date))
                    .isEqualTo(freshDefault.classify(event.project(), date));
              }
              assertThat(configured.subsidies(record, person, project, date))
                  .isEqualTo(freshConfigured.subsidies(record, person, project, date));
              assertThat(configured.subsidies(record, person, Optional.empty(), date))
                  .isEqualTo(freshConfigured.subsidies(record, person, Optional.empty(), date));
              assertThat(configured.personGroups(person, date))
                  .isEqualTo(freshConfigured.personGroups(person, date));
              assertThat(configured.classify(event.project(), date))
                  .isEqualTo(freshConfigured.classify(event.project(), date));
            });
  }

  @Test
  void removingFactsNeverTurnsAnObligationDefinite() {
    qt().forAll(events())
        .checkAssert(
            event -> {
              for (LinkagePolicy p : List.of(policy, configured)) {
                Outcome full = p.obligations(event).outcome();
                List<ProjectEvent> fewer = new ArrayList<>();
                for (Project less : Generators.withFactsRemoved(event.project())) {
                  fewer.add(ProjectEvent.builder().from(event).project(less).build());
                }
                fewer.add(
                    ProjectEvent.builder()
                        .from(event)
                        .involvesLandExpropriatedPersons(Fact.UNKNOWN)
                        .recruitsCurrentGraduates(Fact.UNKNOWN)
                        .build());
                for (ProjectEvent e : fewer) {
                  Monotonicity.assertWeakening(full, p.obligations(e).outcome());
                }
              }
            });
  }

  @Test
  void equalInputsGiveEqualDecisions() {
    qt().forAll(events())
        .checkAssert(
            event -> {
              ProjectEvent copy =
                  ProjectEvent.builder()
                      .from(event)
                      .project(Project.builder().from(event.project()).build())
                      .build();
              assertThat(configured.obligations(copy)).isEqualTo(configured.obligations(event));
              assertThat(policy.obligations(copy)).isEqualTo(policy.obligations(event));
            });
  }

  /** A serialized and deserialized copy, by Guava's {@link SerializableTester}. */
  private static <T extends Serializable> T roundTrip(T value) {
    return SerializableTester.reserialize(value);
  }

  @Test
  void policiesAndDecisionsAreSerializable() throws Exception {
    LinkagePolicy back = roundTrip(configured);
    assertThat(back.versions()).isEqualTo(configured.versions());
    assertThat(back.widenings()).isEqualTo(configured.widenings());
    assertThat(back.today()).isEqualTo(configured.today());
    ProjectEvent land =
        ProjectEvent.landExpropriationNotice(
            Fixtures.construction("W", "6000万元", Region.WAFANGDIAN), LocalDate.of(2025, 9, 26));
    ObligationDecision decision = configured.obligations(land);
    assertThat(back.obligations(land)).isEqualTo(decision);
    assertThat(roundTrip(decision)).isEqualTo(decision);
    assertThat(roundTrip(policy).versions()).isEqualTo(policy.versions());
    ScopeDecision scope =
        policy.classify(Fixtures.construction("A", "2亿元", Region.JINZHOU), Fixtures.IN_FORCE);
    assertThat(roundTrip(scope)).isEqualTo(scope);
  }

  @Test
  void versionsNameThePolicyParametersAndCalendar() {
    assertThat(policy.versions().policy()).isEqualTo("大政办发〔2018〕83号/linkage-rules-1");
    assertThat(policy.versions().parameters()).isEqualTo("municipal-defaults");
    assertThat(policy.versions().calendar()).isEqualTo(policy.calendar().version());
    // a digest of the configuration: equal configurations give equal versions
    LinkagePolicy a =
        LinkagePolicy.builder().liaisonPeriod(Region.ZHUANGHE, Period.ofMonths(1)).build();
    LinkagePolicy b =
        LinkagePolicy.builder().liaisonPeriod(Region.ZHUANGHE, Period.ofMonths(1)).build();
    LinkagePolicy c =
        LinkagePolicy.builder().liaisonPeriod(Region.ZHUANGHE, Period.ofMonths(2)).build();
    assertThat(a.versions().parameters())
        .startsWith("sha256:")
        .isEqualTo(b.versions().parameters());
    assertThat(c.versions().parameters()).isNotEqualTo(a.versions().parameters());
    assertThat(a.toBuilder().build().versions()).isEqualTo(a.versions());
  }

  @Test
  void todayIsBeijingTimeFromTheInjectedClock() {
    // The JVM runs in America/Los_Angeles (surefire); the policy's day is Beijing's.
    assertThat(TimeZone.getDefault().getID()).isEqualTo("America/Los_Angeles");
    Project p = Fixtures.construction("A", "2亿元", Region.JINZHOU);
    LinkagePolicy midnight =
        LinkagePolicy.builder()
            .clock(Clock.fixed(Instant.parse("2018-07-05T16:00:00Z"), ZoneOffset.UTC))
            .build();
    assertThat(midnight.today()).isEqualTo(LocalDate.of(2018, 7, 6));
    assertThat(midnight.classify(p).outcome()).isEqualTo(Outcome.YES);
    LinkagePolicy before =
        LinkagePolicy.builder()
            .clock(Clock.fixed(Instant.parse("2018-07-05T15:59:59Z"), ZoneOffset.UTC))
            .build();
    assertThat(before.classify(p).outcome()).isEqualTo(Outcome.NOT_IN_FORCE);
  }

  @Test
  void textsDoNotDependOnTheDefaultLocale() {
    // surefire sets tr_TR, neither zh nor en
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
    ScopeDecision d =
        policy.classify(Fixtures.construction("A", "1亿元", Region.JINZHOU), Fixtures.IN_FORCE);
    Reason r = d.reasons().get(0);
    assertThat(r.code().name()).isEqualTo("SCOPE_MUNICIPAL_THRESHOLD_MET");
    assertThat(r.zh()).isEqualTo(Texts.MESSAGES.zh("reason.SCOPE_MUNICIPAL_THRESHOLD_MET"));
    assertThat(r.zh()).startsWith("建设项目总投资额在1亿元以上").contains("本库解读", "第一千二百五十九条");
    assertThat(r.en())
        .startsWith("The construction project's total investment is 100 million yuan or more")
        .contains("art. 1259");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      LinkagePolicy fresh = LinkagePolicy.builder().parametersVersion("locale-test").build();
      Reason again =
          fresh
              .classify(Fixtures.construction("A", "1亿元", Region.JINZHOU), Fixtures.IN_FORCE)
              .reasons()
              .get(0);
      assertThat(again.zh()).isEqualTo(r.zh());
      assertThat(again.en()).isEqualTo(r.en());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void badInputGivesClearExceptions() {
    assertThatThrownBy(() -> Money.parse("-1亿元")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Region.ofCode("210299"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown region code '210299'");
    assertThatThrownBy(() -> LinkagePolicy.builder().calendar(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("calendar");
    assertThatThrownBy(
            () ->
                LinkagePolicy.builder()
                    .subsidySchedule(Region.OUTSIDE_DALIAN, SubsidyScheduleTest.hypothetical()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subsidySchedule");
    assertThatThrownBy(() -> LinkagePolicy.builder().serviceSpecialist(Region.DALIAN, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("区市县");
    assertThatThrownBy(() -> LinkagePolicy.builder().parametersVersion(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
