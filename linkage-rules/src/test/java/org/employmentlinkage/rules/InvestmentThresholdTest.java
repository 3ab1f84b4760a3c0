package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.employmentlinkage.rules.Fixtures.IN_FORCE;

import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkagePolicy#investmentThreshold}: the threshold of 一（一） applied at a location and date
 * ("总投资额在1亿元以上建设项目，各地区可根据本地实际扩大重大项目范围"), with the HYPOTHETICAL Wafangdian widening of {@link
 * Fixtures} (5000万元 from 2019-01-01; Wafangdian published none).
 */
class InvestmentThresholdTest {
  private static final Money YI = Money.parse("1亿元");
  private static final Money WAN_5000 = Money.parse("5000万元");

  @Test
  void theMunicipalThresholdIsOneYiYuan() {
    // 一（一）: "总投资额在1亿元以上": 100,000,000.00 元
    assertThat(LinkagePolicy.MUNICIPAL_THRESHOLD).isEqualTo(YI);
    assertThat(LinkagePolicy.MUNICIPAL_THRESHOLD.yuan().toPlainString()).isEqualTo("100000000.00");
  }

  @Test
  void withoutWideningsEveryLocationHasTheMunicipalThreshold() {
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    for (Region r : Region.countyLevelUnits()) {
      assertThat(policy.investmentThreshold(Location.of(r), IN_FORCE)).isEqualTo(YI);
    }
    for (Region r : Region.pilotZones()) {
      assertThat(policy.investmentThreshold(Location.of(r), IN_FORCE)).isEqualTo(YI);
    }
  }

  @Test
  void aWideningLowersTheThresholdOnlyWhereAndWhileItIsInForce() {
    LinkagePolicy policy = Fixtures.hypotheticalWafangdianPolicy();
    Location wafangdian = Location.of(Region.WAFANGDIAN);
    assertThat(policy.investmentThreshold(wafangdian, LocalDate.of(2019, 1, 1)))
        .isEqualTo(WAN_5000);
    assertThat(policy.investmentThreshold(wafangdian, LocalDate.of(2018, 12, 31))).isEqualTo(YI);
    assertThat(policy.investmentThreshold(Location.of(Region.ZHUANGHE), IN_FORCE)).isEqualTo(YI);
    // 长兴岛经济区 lies within 瓦房店市: a location naming both gets the county's widening
    assertThat(
            policy.investmentThreshold(
                Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND), IN_FORCE))
        .isEqualTo(WAN_5000);
    // a location naming only the pilot zone says nothing about the county-level unit
    assertThat(policy.investmentThreshold(Location.of(Region.CHANGXING_ISLAND), IN_FORCE))
        .isEqualTo(YI);
  }

  @Test
  void theLowestOfTheCountyAndPilotZoneThresholdsApplies() {
    LinkagePolicy policy =
        LinkagePolicy.builder()
            .addWidening(Fixtures.hypotheticalWafangdian())
            .addWidening(
                ScopeWidening.builder()
                    .region(Region.CHANGXING_ISLAND)
                    .effectiveFrom(LocalDate.of(2019, 1, 1))
                    .threshold(Money.parse("3000万元"))
                    .source(Fixtures.HYPOTHETICAL)
                    .build())
            .build();
    assertThat(
            policy.investmentThreshold(
                Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND), IN_FORCE))
        .isEqualTo(Money.parse("3000万元"));
    assertThat(policy.investmentThreshold(Location.of(Region.WAFANGDIAN), IN_FORCE))
        .isEqualTo(WAN_5000);
  }

  /**
   * The threshold is the one classify applies: a construction project exactly at it is major, one 分
   * below it is not (unless a category or designation makes it so, which these projects lack).
   */
  @Test
  void classifyAgreesWithTheThresholdAtTheEdges() {
    LinkagePolicy policy = Fixtures.hypotheticalWafangdianPolicy();
    List<Location> locations =
        List.of(
            Location.of(Region.WAFANGDIAN),
            Location.of(Region.ZHUANGHE),
            Location.of(Region.WAFANGDIAN, Region.CHANGXING_ISLAND));
    for (LocalDate d : List.of(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 1), IN_FORCE)) {
      for (Location loc : locations) {
        Money t = policy.investmentThreshold(loc, d);
        Money below = t.minus(Money.ofFen(1));
        assertThat(policy.classify(construction(loc, t), d).outcome()).isEqualTo(Outcome.YES);
        assertThat(policy.classify(construction(loc, below), d).outcome()).isEqualTo(Outcome.NO);
      }
    }
  }

  @Test
  void nullsAreRejectedByName() {
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    assertThatThrownBy(() -> policy.investmentThreshold(null, IN_FORCE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("location");
    assertThatThrownBy(() -> policy.investmentThreshold(Location.of(Region.JINZHOU), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOf");
  }

  private static Project construction(Location location, Money investment) {
    return Project.builder()
        .id("T")
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(investment)
        .location(location)
        .build();
  }
}
