package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.employmentlinkage.rules.Fixtures.IN_FORCE;
import static org.employmentlinkage.rules.Fixtures.construction;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** 一（一）: "本意见中重大项目是指总投资额在1亿元以上建设项目，各地区可根据本地实际扩大重大项目范围。" */
class ScopeTest {

  private final LinkagePolicy policy = Fixtures.freshDalian2018();

  private static Project project(Optional<ProjectType> type, Optional<String> investment) {
    Project.Builder b = Project.builder().id("P").location(Location.of(Region.JINZHOU));
    type.ifPresent(b::type);
    investment.map(Money::parse).ifPresent(b::totalInvestment);
    return b.build();
  }

  /**
   * The municipal rule. Each row: type, total investment, date → outcome, basis, reason codes,
   * missing facts; the source of each row in the comment.
   */
  static Stream<Arguments> municipalScenarios() {
    Optional<ProjectType> c = Optional.of(ProjectType.CONSTRUCTION);
    Optional<ProjectType> other = Optional.of(ProjectType.OTHER);
    Optional<ProjectType> none = Optional.empty();
    return Stream.of(
        // "总投资额在1亿元以上建设项目"; "以上" includes the number (民法典第1259条, README.md, "Decisions you should
        // know")
        Arguments.of(
            c,
            Optional.of("1亿元"),
            IN_FORCE,
            Outcome.YES,
            ScopeBasis.MUNICIPAL_THRESHOLD,
            List.of("SCOPE_MUNICIPAL_THRESHOLD_MET"),
            List.of()),
        Arguments.of(
            c,
            Optional.of("100000000.00"),
            IN_FORCE,
            Outcome.YES,
            ScopeBasis.MUNICIPAL_THRESHOLD,
            List.of("SCOPE_MUNICIPAL_THRESHOLD_MET"),
            List.of()),
        // one 分 below 1亿元 is not "1亿元以上"
        Arguments.of(
            c,
            Optional.of("99999999.99"),
            IN_FORCE,
            Outcome.NO,
            ScopeBasis.NONE,
            List.of("SCOPE_BELOW_MUNICIPAL_THRESHOLD", "SCOPE_NO_REGIONAL_WIDENING"),
            List.of()),
        Arguments.of(
            c,
            Optional.of("1.2亿元"),
            IN_FORCE,
            Outcome.YES,
            ScopeBasis.MUNICIPAL_THRESHOLD,
            List.of("SCOPE_MUNICIPAL_THRESHOLD_MET"),
            List.of()),
        // the rule is about 建设项目: another project of 5亿元 is not a 重大项目 under 一（一）
        Arguments.of(
            other,
            Optional.of("5亿元"),
            IN_FORCE,
            Outcome.NO,
            ScopeBasis.NONE,
            List.of("SCOPE_NOT_CONSTRUCTION", "SCOPE_NO_REGIONAL_WIDENING"),
            List.of()),
        // type unknown: 2亿元 may or may not be a 建设项目
        Arguments.of(
            none,
            Optional.of("2亿元"),
            IN_FORCE,
            Outcome.UNDETERMINED,
            ScopeBasis.NONE,
            List.of("SCOPE_TYPE_UNKNOWN"),
            List.of(MissingFact.PROJECT_TYPE)),
        // type unknown but below 1亿元: no 建设项目 of that size is major either
        Arguments.of(
            none,
            Optional.of("5000万元"),
            IN_FORCE,
            Outcome.NO,
            ScopeBasis.NONE,
            List.of("SCOPE_BELOW_MUNICIPAL_THRESHOLD", "SCOPE_NO_REGIONAL_WIDENING"),
            List.of()),
        Arguments.of(
            c,
            Optional.empty(),
            IN_FORCE,
            Outcome.UNDETERMINED,
            ScopeBasis.NONE,
            List.of("SCOPE_INVESTMENT_UNKNOWN"),
            List.of(MissingFact.PROJECT_TOTAL_INVESTMENT)),
        Arguments.of(
            none,
            Optional.empty(),
            IN_FORCE,
            Outcome.UNDETERMINED,
            ScopeBasis.NONE,
            List.of("SCOPE_TYPE_UNKNOWN", "SCOPE_INVESTMENT_UNKNOWN"),
            List.of(MissingFact.PROJECT_TYPE, MissingFact.PROJECT_TOTAL_INVESTMENT)),
        // validity: issued 2018-07-06, no 施行日期 (the policy text)
        Arguments.of(
            c,
            Optional.of("2亿元"),
            LocalDate.of(2018, 7, 5),
            Outcome.NOT_IN_FORCE,
            ScopeBasis.NONE,
            List.of("NOT_IN_FORCE"),
            List.of()),
        Arguments.of(
            c,
            Optional.of("2亿元"),
            LocalDate.of(2018, 7, 6),
            Outcome.YES,
            ScopeBasis.MUNICIPAL_THRESHOLD,
            List.of("SCOPE_MUNICIPAL_THRESHOLD_MET"),
            List.of()));
  }

  @ParameterizedTest
  @MethodSource("municipalScenarios")
  void municipalScope(
      Optional<ProjectType> type,
      Optional<String> investment,
      LocalDate asOf,
      Outcome outcome,
      ScopeBasis basis,
      List<String> reasonCodes,
      List<MissingFact> missing) {
    ScopeDecision d = policy.classify(project(type, investment), asOf);
    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.basis()).isEqualTo(basis);
    assertThat(d.reasons())
        .extracting(rc -> rc.code().name())
        .containsExactlyElementsOf(reasonCodes);
    assertThat(d.reasons())
        .extracting(Reason::clause)
        .containsOnly(ClauseRef.JOB_DEMAND_ASSESSMENT);
    assertThat(d.missingFacts()).containsExactlyElementsOf(missing);
    assertThat(d.versions().policy()).isEqualTo(LinkagePolicy.POLICY_VERSION);
    assertThat(d.versions().parameters()).isEqualTo(LinkagePolicy.DEFAULT_PARAMETERS);
  }

  @Test
  void wafangdianForwardingDateIsAConfigurableWindow() {
    // 瓦政办发〔2018〕66号 forwarded the document on 2018-07-31 (the policy text).
    LinkagePolicy wafangdian =
        LinkagePolicy.builder().validity(ValidityWindow.WAFANGDIAN_FORWARDING).build();
    Project p = construction("P", "2亿元", Region.WAFANGDIAN);
    assertThat(wafangdian.classify(p, LocalDate.of(2018, 7, 30)).outcome())
        .isEqualTo(Outcome.NOT_IN_FORCE);
    assertThat(wafangdian.classify(p, LocalDate.of(2018, 7, 31)).outcome()).isEqualTo(Outcome.YES);
  }

  /**
   * "各地区可根据本地实际扩大重大项目范围", with a clearly HYPOTHETICAL Wafangdian configuration (Fixtures): from
   * 2019-01-01, threshold 5000万元, category 港口物流, project WFD-DESIGNATED.
   */
  static Stream<Arguments> wideningScenarios() {
    LocalDate before = LocalDate.of(2018, 12, 31);
    Project wfd6000 = construction("A", "6000万元", Region.WAFANGDIAN);
    Project zh6000 = construction("B", "6000万元", Region.ZHUANGHE);
    Project wfd4000 = construction("C", "4000万元", Region.WAFANGDIAN);
    Project logistics =
        Project.builder()
            .id("D")
            .type(ProjectType.OTHER)
            .totalInvestment(Money.parse("100万元"))
            .addCategory("港口物流")
            .location(Location.of(Region.WAFANGDIAN))
            .build();
    Project designated =
        Project.builder().id("WFD-DESIGNATED").location(Location.of(Region.WAFANGDIAN)).build();
    Project nowhere6000 =
        Project.builder()
            .id("E")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("6000万元"))
            .build();
    Project nowhere2yi =
        Project.builder()
            .id("F")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("2亿元"))
            .build();
    Project changxing6000 =
        Project.builder()
            .id("G")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("6000万元"))
            .location(Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND))
            .build();
    Project zoneOnly6000 =
        Project.builder()
            .id("H")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("6000万元"))
            .location(Location.of(Region.CHANGXING_ISLAND))
            .build();
    return Stream.of(
        Arguments.of(wfd6000, IN_FORCE, Outcome.YES, ScopeBasis.REGIONAL_THRESHOLD),
        Arguments.of(wfd6000, before, Outcome.NO, ScopeBasis.NONE),
        Arguments.of(zh6000, IN_FORCE, Outcome.NO, ScopeBasis.NONE),
        Arguments.of(wfd4000, IN_FORCE, Outcome.NO, ScopeBasis.NONE),
        Arguments.of(logistics, IN_FORCE, Outcome.YES, ScopeBasis.REGIONAL_CATEGORY),
        Arguments.of(designated, IN_FORCE, Outcome.YES, ScopeBasis.REGIONAL_DESIGNATION),
        Arguments.of(nowhere6000, IN_FORCE, Outcome.UNDETERMINED, ScopeBasis.NONE),
        Arguments.of(nowhere6000, before, Outcome.NO, ScopeBasis.NONE),
        Arguments.of(nowhere2yi, IN_FORCE, Outcome.YES, ScopeBasis.MUNICIPAL_THRESHOLD),
        Arguments.of(changxing6000, IN_FORCE, Outcome.YES, ScopeBasis.REGIONAL_THRESHOLD),
        Arguments.of(zoneOnly6000, IN_FORCE, Outcome.UNDETERMINED, ScopeBasis.NONE));
  }

  @ParameterizedTest
  @MethodSource("wideningScenarios")
  void hypotheticalWafangdianWidening(
      Project project, LocalDate asOf, Outcome outcome, ScopeBasis basis) {
    ScopeDecision d = Fixtures.hypotheticalWafangdianPolicy().classify(project, asOf);
    assertThat(d.outcome()).isEqualTo(outcome);
    assertThat(d.basis()).isEqualTo(basis);
    assertThat(d.versions().parameters()).isEqualTo("wafangdian-hypothetical");
    if (outcome == Outcome.UNDETERMINED) {
      assertThat(d.missingFacts())
          .containsAnyOf(MissingFact.PROJECT_LOCATION, MissingFact.PROJECT_COUNTY);
    }
  }

  @Test
  void aWideningThatWouldNarrowTheScopeIsRejectedWhenBuilt() {
    ScopeWidening narrowing =
        ScopeWidening.builder()
            .region(Region.WAFANGDIAN)
            .effectiveFrom(LocalDate.of(2019, 1, 1))
            .threshold(Money.parse("2亿元"))
            .source(Fixtures.HYPOTHETICAL)
            .build();
    LinkagePolicy.Builder b = LinkagePolicy.builder().addWidening(narrowing);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("瓦房店市")
        .hasMessageContaining("above 1亿元")
        .hasMessageContaining("narrow");
  }

  @Test
  void overlappingWideningsOfOneRegionAreRejected() {
    ScopeWidening second =
        ScopeWidening.builder()
            .region(Region.WAFANGDIAN)
            .effectiveFrom(LocalDate.of(2020, 1, 1))
            .threshold(Money.parse("3000万元"))
            .source(Fixtures.HYPOTHETICAL)
            .build();
    LinkagePolicy.Builder b =
        LinkagePolicy.builder().addWidening(Fixtures.hypotheticalWafangdian()).addWidening(second);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same days");
  }

  @Test
  void wideningsValidateThemselves() {
    assertThatThrownBy(
            () ->
                ScopeWidening.builder()
                    .region(Region.DALIAN)
                    .effectiveFrom(IN_FORCE)
                    .threshold(Money.parse("5000万元"))
                    .source("x")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("county-level unit or a pilot zone");
    assertThatThrownBy(
            () ->
                ScopeWidening.builder()
                    .region(Region.WAFANGDIAN)
                    .effectiveFrom(IN_FORCE)
                    .source("x")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty widening");
  }

  @Test
  void fixedOutcomesAreSharedConstants() {
    ScopeDecision a = policy.classify(construction("A", "3亿元", Region.ZHUANGHE), IN_FORCE);
    ScopeDecision b = policy.classify(construction("B", "1.5亿元", Region.XIGANG), IN_FORCE);
    assertThat(a).isSameAs(b);
  }

  private static final Gen<Long> FEN = Generate.longRange(0L, 1_000_000_000_00L);

  @Test
  void thresholdIsMonotoneInInvestment() {
    qt().forAll(FEN, FEN)
        .checkAssert(
            (x, y) -> {
              long lo = Math.min(x, y);
              long hi = Math.max(x, y);
              Outcome low = policy.classify(fen(lo), IN_FORCE).outcome();
              Outcome high = policy.classify(fen(hi), IN_FORCE).outcome();
              if (low == Outcome.YES) {
                assertThat(high).isEqualTo(Outcome.YES);
              }
              // and the threshold is exactly 1亿元, inclusive
              assertThat(low == Outcome.YES).isEqualTo(lo >= 100_000_000_00L);
            });
  }

  private static Project fen(long fen) {
    return Project.builder()
        .id("P")
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(Money.ofFen(fen))
        .location(Location.of(Region.WAFANGDIAN))
        .build();
  }

  @Test
  void wideningOnlyEverAddsMajorProjects() {
    LinkagePolicy widened = Fixtures.hypotheticalWafangdianPolicy();
    qt().forAll(Generators.projects(), Generators.dates())
        .checkAssert(
            (p, d) -> {
              Outcome municipal = policy.classify(p, d).outcome();
              Outcome regional = widened.classify(p, d).outcome();
              if (municipal == Outcome.YES) {
                assertThat(regional).isEqualTo(Outcome.YES);
              }
              if (regional == Outcome.NO) {
                assertThat(municipal).isEqualTo(Outcome.NO);
              }
            });
  }

  @Test
  void removingFactsNeverTurnsAnAnswerDefinite() {
    LinkagePolicy widened = Fixtures.hypotheticalWafangdianPolicy();
    qt().forAll(Generators.projects(), Generators.dates())
        .checkAssert(
            (p, d) -> {
              for (LinkagePolicy pol : List.of(policy, widened)) {
                Outcome full = pol.classify(p, d).outcome();
                for (Project less : Generators.withFactsRemoved(p)) {
                  Outcome fewer = pol.classify(less, d).outcome();
                  Monotonicity.assertWeakening(full, fewer);
                }
              }
            });
  }

  @Test
  void equalInputsGiveEqualDecisions() {
    qt().forAll(Generators.projects(), Generators.dates())
        .checkAssert(
            (p, d) -> {
              Project copy = Project.builder().from(p).build();
              assertThat(policy.classify(copy, d)).isEqualTo(policy.classify(p, d));
            });
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> policy.classify(null, IN_FORCE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("project");
    assertThatThrownBy(() -> policy.classify(construction("A", "1亿", Region.JINZHOU), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOf");
  }
}
