package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * 一（一） against a plain model of its rule, with HYPOTHETICAL regional widenings (no region has
 * published one: 瓦政办发〔2018〕66号 only forwards the document).
 *
 * <p>The model is written from the contract of {@link ScopeWidening} and {@link
 * LinkagePolicy#classify(Project, LocalDate)}, not from the implementation's tables: a project is
 * major when the municipal rule (construction project, total investment ≥ 1亿元, "以上" inclusive) or
 * any criterion of a widening in force for its county-level unit or pilot zone says so. Facts may
 * be unknown, so each criterion is yes, no or unknown, and the answer is their three-valued "or":
 * yes if one says yes, no if all say no, undetermined otherwise. An unknown location, while a
 * widening is in force somewhere, and an unknown county-level unit, while a county-level widening
 * is in force, are criteria that may say yes. A yes names the criterion (the municipal rule first);
 * a no gives a reason for each criterion that failed; an undetermined answer names the missing
 * facts that leave a criterion open.
 */
class ScopeModelTest {

  private static final LocalDate IN_FORCE_FROM = LocalDate.of(2018, 7, 6);
  private static final Money MUNICIPAL = Money.parse("1亿元");

  private static final List<Region> WIDENED =
      List.of(Region.WAFANGDIAN, Region.ZHUANGHE, Region.CHANGXING_ISLAND, Region.JINPU_NEW_AREA);

  private static final List<Optional<Location>> LOCATIONS =
      List.of(
          Optional.empty(),
          Optional.of(Location.of(Region.WAFANGDIAN)),
          Optional.of(Location.of(Region.ZHUANGHE)),
          Optional.of(Location.of(Region.JINZHOU)),
          Optional.of(Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND)),
          Optional.of(Location.of(Region.CHANGXING_ISLAND)),
          Optional.of(Location.of(Region.JINPU_NEW_AREA)),
          Optional.of(Location.of(Region.JINZHOU, Region.JINPU_NEW_AREA)));

  /** Thresholds of a widening: at most 1亿元 (a higher one would narrow the scope). */
  private static final List<Money> THRESHOLDS =
      List.of(
          Money.parse("3000万元"), Money.parse("5000万元"), Money.parse("8000万元"), Money.parse("1亿元"));

  /** Investments at and around every threshold. */
  private static final List<Money> INVESTMENTS =
      List.of(
          Money.parse("0元"),
          Money.parse("2999.9999万元"),
          Money.parse("3000万元"),
          Money.parse("4999.9999万元"),
          Money.parse("5000万元"),
          Money.parse("7999.9999万元"),
          Money.parse("8000万元"),
          Money.parse("9999.9999万元"),
          Money.parse("1亿元"),
          Money.parse("3亿元"));

  private enum Tri {
    YES,
    NO,
    UNKNOWN;

    static Tri of(boolean b) {
      return b ? YES : NO;
    }

    Tri and(Tri o) {
      if (this == NO || o == NO) {
        return NO;
      }
      return this == YES && o == YES ? YES : UNKNOWN;
    }
  }

  /** The widenings of one HYPOTHETICAL configuration: per region none, one, or two in turn. */
  static Gen<List<ScopeWidening>> widenings() {
    Gen<Integer> count = Generate.range(0, 2);
    Gen<Integer> startDay = Generate.range(0, 2000);
    Gen<Integer> length = Generate.range(0, 1500);
    Gen<Boolean> bools = Generate.booleans();
    Gen<Money> thresholds = Generate.pick(THRESHOLDS);
    return in -> {
      List<ScopeWidening> list = new ArrayList<>();
      for (Region region : WIDENED) {
        int n = count.generate(in);
        LocalDate from = IN_FORCE_FROM.plusDays(startDay.generate(in));
        for (int i = 0; i < n; i++) {
          ScopeWidening.Builder b =
              ScopeWidening.builder()
                  .region(region)
                  .effectiveFrom(from)
                  .source("HYPOTHETICAL test configuration");
          boolean last = i == n - 1;
          LocalDate until = from.plusDays(length.generate(in));
          if (!last || bools.generate(in)) {
            b.effectiveUntil(until);
          }
          boolean threshold = bools.generate(in);
          boolean category = bools.generate(in);
          boolean designation = bools.generate(in);
          if (!threshold && !category && !designation) {
            threshold = true;
          }
          if (threshold) {
            b.threshold(thresholds.generate(in));
          }
          if (category) {
            b.addAddedCategory("港口物流");
          }
          if (designation) {
            b.addDesignatedProjectId("P1");
          }
          list.add(b.build());
          from = until.plusDays(1);
        }
      }
      return list;
    };
  }

  static Gen<Project> projects() {
    Gen<String> ids = Generate.pick(List.of("P1", "P2"));
    Gen<Optional<ProjectType>> types =
        Generate.pick(
            List.of(
                Optional.<ProjectType>empty(),
                Optional.of(ProjectType.CONSTRUCTION),
                Optional.of(ProjectType.OTHER)));
    Gen<Money> investments = Generate.pick(INVESTMENTS);
    Gen<Optional<Location>> locations = Generate.pick(LOCATIONS);
    Gen<Boolean> bools = Generate.booleans();
    return in -> {
      Project.Builder b = Project.builder().id(ids.generate(in));
      b.type(types.generate(in));
      Money inv = investments.generate(in);
      if (bools.generate(in)) {
        b.totalInvestment(inv);
      }
      b.location(locations.generate(in));
      if (bools.generate(in)) {
        b.addCategory("港口物流");
      }
      if (bools.generate(in)) {
        b.addCategory("制造业");
      }
      return b.build();
    };
  }

  static Gen<LocalDate> dates() {
    return Generate.range(-10, 3700).map(IN_FORCE_FROM::plusDays);
  }

  /** What the model expects. */
  private record Expected(
      Outcome outcome, Set<ScopeBasis> bases, Set<String> reasons, Set<MissingFact> missing) {}

  private static Expected model(Project p, LocalDate asOf, List<ScopeWidening> widenings) {
    if (asOf.isBefore(IN_FORCE_FROM)) {
      return new Expected(
          Outcome.NOT_IN_FORCE, Set.of(ScopeBasis.NONE), Set.of("NOT_IN_FORCE"), Set.of());
    }
    Tri construction = p.type().map(t -> Tri.of(t == ProjectType.CONSTRUCTION)).orElse(Tri.UNKNOWN);
    Optional<Money> inv = p.totalInvestment();
    Tri municipal = construction.and(atLeast(inv, MUNICIPAL));

    List<ScopeWidening> inForce = new ArrayList<>();
    for (ScopeWidening w : widenings) {
      if (w.isInForceOn(asOf)) {
        inForce.add(w);
      }
    }
    List<ScopeWidening> applicable = new ArrayList<>();
    boolean locationUnknown = false;
    boolean countyUnknown = false;
    if (p.location().isEmpty()) {
      locationUnknown = !inForce.isEmpty();
    } else {
      Location loc = p.location().get();
      for (ScopeWidening w : inForce) {
        if (loc.countyLevelUnit().equals(Optional.of(w.region()))
            || loc.pilotZone().equals(Optional.of(w.region()))) {
          applicable.add(w);
        }
        if (loc.countyLevelUnit().isEmpty() && w.region().isCountyLevel()) {
          countyUnknown = true;
        }
      }
    }

    Tri threshold = Tri.NO;
    boolean anyThreshold = false;
    boolean category = false;
    boolean anyCategory = false;
    boolean designated = false;
    boolean anyDesignation = false;
    for (ScopeWidening w : applicable) {
      if (w.threshold().isPresent()) {
        anyThreshold = true;
        threshold = or(threshold, construction.and(atLeast(inv, w.threshold().get())));
      }
      if (!w.addedCategories().isEmpty()) {
        anyCategory = true;
        for (String c : p.categories()) {
          category |= w.addedCategories().contains(c);
        }
      }
      if (!w.designatedProjectIds().isEmpty()) {
        anyDesignation = true;
        designated |= w.designatedProjectIds().contains(p.id());
      }
    }

    Set<ScopeBasis> yes = new LinkedHashSet<>();
    if (municipal == Tri.YES) {
      return new Expected(
          Outcome.YES,
          Set.of(ScopeBasis.MUNICIPAL_THRESHOLD),
          Set.of("SCOPE_MUNICIPAL_THRESHOLD_MET"),
          Set.of());
    }
    if (threshold == Tri.YES) {
      yes.add(ScopeBasis.REGIONAL_THRESHOLD);
    }
    if (category) {
      yes.add(ScopeBasis.REGIONAL_CATEGORY);
    }
    if (designated) {
      yes.add(ScopeBasis.REGIONAL_DESIGNATION);
    }
    if (!yes.isEmpty()) {
      return new Expected(Outcome.YES, yes, null, Set.of());
    }
    boolean open =
        municipal == Tri.UNKNOWN || threshold == Tri.UNKNOWN || locationUnknown || countyUnknown;
    if (open) {
      Set<MissingFact> missing = new LinkedHashSet<>();
      boolean investmentOpen = municipal == Tri.UNKNOWN || threshold == Tri.UNKNOWN;
      if (p.type().isEmpty() && investmentOpen) {
        missing.add(MissingFact.PROJECT_TYPE);
      }
      if (inv.isEmpty() && investmentOpen) {
        missing.add(MissingFact.PROJECT_TOTAL_INVESTMENT);
      }
      if (locationUnknown) {
        missing.add(MissingFact.PROJECT_LOCATION);
      }
      if (countyUnknown) {
        missing.add(MissingFact.PROJECT_COUNTY);
      }
      return new Expected(Outcome.UNDETERMINED, Set.of(ScopeBasis.NONE), null, missing);
    }
    Set<String> reasons = new LinkedHashSet<>();
    if (construction == Tri.NO) {
      reasons.add("SCOPE_NOT_CONSTRUCTION");
    }
    if (inv.isPresent() && !inv.get().isAtLeast(MUNICIPAL)) {
      reasons.add("SCOPE_BELOW_MUNICIPAL_THRESHOLD");
    }
    if (applicable.isEmpty()) {
      reasons.add("SCOPE_NO_REGIONAL_WIDENING");
    } else {
      if (anyThreshold && inv.isPresent() && belowAll(inv.get(), applicable)) {
        reasons.add("SCOPE_BELOW_REGIONAL_THRESHOLD");
      }
      if (anyCategory) {
        reasons.add("SCOPE_NOT_IN_REGIONAL_CATEGORY");
      }
      if (anyDesignation) {
        reasons.add("SCOPE_NOT_DESIGNATED");
      }
    }
    return new Expected(Outcome.NO, Set.of(ScopeBasis.NONE), reasons, Set.of());
  }

  private static Tri atLeast(Optional<Money> inv, Money threshold) {
    return inv.map(m -> Tri.of(m.isAtLeast(threshold))).orElse(Tri.UNKNOWN);
  }

  private static boolean belowAll(Money inv, List<ScopeWidening> applicable) {
    for (ScopeWidening w : applicable) {
      if (w.threshold().isPresent() && inv.isAtLeast(w.threshold().get())) {
        return false;
      }
    }
    return true;
  }

  private static Tri or(Tri a, Tri b) {
    if (a == Tri.YES || b == Tri.YES) {
      return Tri.YES;
    }
    return a == Tri.NO && b == Tri.NO ? Tri.NO : Tri.UNKNOWN;
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(rc -> rc.code().name()).toList();
  }

  @Test
  void classificationFollowsTheModelOfTheRule() {
    qt().forAll(widenings(), projects(), dates())
        .checkAssert(
            (widenings, project, asOf) -> {
              LinkagePolicy.Builder b = LinkagePolicy.builder();
              widenings.forEach(b::addWidening);
              LinkagePolicy policy = b.build();
              Expected want = model(project, asOf, widenings);
              ScopeDecision got = policy.classify(project, asOf);
              String facts = project + " on " + asOf + " with " + widenings;
              assertThat(got.outcome()).as(facts).isEqualTo(want.outcome());
              assertThat(got.isDefinitelyMajor())
                  .as(facts)
                  .isEqualTo(want.outcome() == Outcome.YES);
              assertThat(want.bases()).as(facts).contains(got.basis());
              assertThat(got.missingFacts())
                  .as(facts)
                  .containsExactlyInAnyOrderElementsOf(want.missing());
              if (want.reasons() != null) {
                assertThat(codes(got.reasons()))
                    .as(facts)
                    .containsExactlyInAnyOrderElementsOf(want.reasons());
              }
              if (got.outcome() == Outcome.YES && got.basis() != ScopeBasis.MUNICIPAL_THRESHOLD) {
                assertThat(got.reasons()).as(facts).hasSize(1);
              }
            });
  }

  /**
   * A project in 长兴岛经济区 within 瓦房店市 is covered by the widenings of both: any of them may make it
   * major, so the lower threshold decides.
   */
  @Test
  void whereACountyAndItsPilotZoneBothWidenTheLowerThresholdDecides() {
    for (String[] thresholds : new String[][] {{"5000万元", "3000万元"}, {"3000万元", "5000万元"}}) {
      LinkagePolicy policy =
          LinkagePolicy.builder()
              .addWidening(
                  ScopeWidening.builder()
                      .region(Region.WAFANGDIAN)
                      .effectiveFrom(IN_FORCE_FROM)
                      .threshold(Money.parse(thresholds[0]))
                      .source("HYPOTHETICAL test configuration")
                      .build())
              .addWidening(
                  ScopeWidening.builder()
                      .region(Region.CHANGXING_ISLAND)
                      .effectiveFrom(IN_FORCE_FROM)
                      .threshold(Money.parse(thresholds[1]))
                      .source("HYPOTHETICAL test configuration")
                      .build())
              .build();
      for (String[] row :
          new String[][] {
            {"2999.9999万元", "NO"}, {"3000万元", "YES"}, {"4000万元", "YES"}, {"5000万元", "YES"}
          }) {
        Project p =
            Project.builder()
                .id("P2")
                .type(ProjectType.CONSTRUCTION)
                .totalInvestment(Money.parse(row[0]))
                .location(Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND))
                .build();
        ScopeDecision d = policy.classify(p, Fixtures.IN_FORCE);
        assertThat(d.outcome()).as(row[0]).isEqualTo(Outcome.valueOf(row[1]));
        if (d.outcome() == Outcome.YES) {
          assertThat(d.basis()).isEqualTo(ScopeBasis.REGIONAL_THRESHOLD);
        } else {
          assertThat(codes(d.reasons()))
              .containsExactlyInAnyOrder(
                  "SCOPE_BELOW_MUNICIPAL_THRESHOLD", "SCOPE_BELOW_REGIONAL_THRESHOLD");
        }
      }
    }
  }

  /**
   * A location that names only a pilot zone leaves its county-level unit unknown: while a county's
   * widening is in force, a project the pilot zone's own widening does not make major is
   * undetermined and the county is the missing fact; one it makes major is major.
   */
  @Test
  void aPilotZoneAloneLeavesTheCountyOpen() {
    LinkagePolicy policy =
        LinkagePolicy.builder()
            .addWidening(
                ScopeWidening.builder()
                    .region(Region.WAFANGDIAN)
                    .effectiveFrom(IN_FORCE_FROM)
                    .threshold(Money.parse("3000万元"))
                    .source("HYPOTHETICAL test configuration")
                    .build())
            .addWidening(
                ScopeWidening.builder()
                    .region(Region.CHANGXING_ISLAND)
                    .effectiveFrom(IN_FORCE_FROM)
                    .threshold(Money.parse("5000万元"))
                    .source("HYPOTHETICAL test configuration")
                    .build())
            .build();
    Project.Builder zoneOnly =
        Project.builder()
            .id("P2")
            .type(ProjectType.CONSTRUCTION)
            .location(Location.of(Region.CHANGXING_ISLAND));
    ScopeDecision open =
        policy.classify(zoneOnly.totalInvestment(Money.parse("4000万元")).build(), Fixtures.IN_FORCE);
    assertThat(open.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly(MissingFact.PROJECT_COUNTY);
    ScopeDecision major =
        policy.classify(zoneOnly.totalInvestment(Money.parse("6000万元")).build(), Fixtures.IN_FORCE);
    assertThat(major.outcome()).isEqualTo(Outcome.YES);
    assertThat(major.basis()).isEqualTo(ScopeBasis.REGIONAL_THRESHOLD);
    // without a county widening in force, the pilot zone's answer is definite
    LinkagePolicy zoneWideningOnly =
        LinkagePolicy.builder().addWidening(policy.widenings().get(1)).build();
    ScopeDecision no =
        zoneWideningOnly.classify(
            zoneOnly.totalInvestment(Money.parse("4000万元")).build(), Fixtures.IN_FORCE);
    assertThat(no.outcome()).isEqualTo(Outcome.NO);
    assertThat(no.missingFacts()).isEmpty();
  }

  @Test
  void aThresholdOfExactlyOneHundredMillionYuanDoesNotNarrowTheScope() {
    ScopeWidening equal =
        ScopeWidening.builder()
            .region(Region.ZHUANGHE)
            .effectiveFrom(IN_FORCE_FROM)
            .threshold(MUNICIPAL)
            .source("HYPOTHETICAL test configuration")
            .build();
    LinkagePolicy policy = LinkagePolicy.builder().addWidening(equal).build();
    assertThat(policy.widenings()).containsExactly(equal);
    Project p = Fixtures.construction("P", "1亿元", Region.ZHUANGHE);
    assertThat(policy.classify(p, Fixtures.IN_FORCE).basis())
        .isEqualTo(ScopeBasis.MUNICIPAL_THRESHOLD);
  }

  @Test
  void successiveWideningsOfOneRegionMayTouchButNotOverlap() {
    ScopeWidening.Builder first =
        ScopeWidening.builder()
            .region(Region.WAFANGDIAN)
            .effectiveFrom(LocalDate.of(2019, 1, 1))
            .effectiveUntil(LocalDate.of(2020, 12, 31))
            .threshold(Money.parse("5000万元"))
            .source("HYPOTHETICAL test configuration");
    ScopeWidening.Builder second =
        ScopeWidening.builder()
            .region(Region.WAFANGDIAN)
            .threshold(Money.parse("3000万元"))
            .source("HYPOTHETICAL test configuration");
    ScopeWidening a = first.build();
    ScopeWidening b = second.effectiveFrom(LocalDate.of(2021, 1, 1)).build();
    for (List<ScopeWidening> order : List.of(List.of(a, b), List.of(b, a))) {
      LinkagePolicy.Builder builder = LinkagePolicy.builder();
      order.forEach(builder::addWidening);
      LinkagePolicy policy = builder.build();
      Project p = Fixtures.construction("P", "4000万元", Region.WAFANGDIAN);
      assertThat(policy.classify(p, LocalDate.of(2020, 12, 31)).outcome()).isEqualTo(Outcome.NO);
      assertThat(policy.classify(p, LocalDate.of(2021, 1, 1)).outcome()).isEqualTo(Outcome.YES);
    }
    ScopeWidening overlapping = second.effectiveFrom(LocalDate.of(2020, 12, 31)).build();
    for (List<ScopeWidening> order : List.of(List.of(a, overlapping), List.of(overlapping, a))) {
      LinkagePolicy.Builder builder = LinkagePolicy.builder();
      order.forEach(builder::addWidening);
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("same days");
    }
  }
}
