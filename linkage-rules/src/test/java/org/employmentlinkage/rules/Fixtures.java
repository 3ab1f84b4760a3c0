package org.employmentlinkage.rules;

import java.time.LocalDate;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;

/** Shared test data. */
final class Fixtures {
  /** A date the policy is in force on (after 2018-07-06). */
  static final LocalDate IN_FORCE = LocalDate.of(2019, 3, 1);

  /** The source label of the hypothetical widening: Wafangdian published none. */
  static final String HYPOTHETICAL =
      "HYPOTHETICAL test configuration: 瓦政办发〔2018〕66号 only forwards the document; Wafangdian"
          + " published no widening";

  private Fixtures() {}

  static Project construction(String id, String investment, Region county) {
    return Project.builder()
        .id(id)
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(Money.parse(investment))
        .location(Location.of(county))
        .build();
  }

  /**
   * A clearly hypothetical Wafangdian widening, in force from 2019-01-01: threshold 5000万元, the
   * added category 港口物流, and the designated project WFD-DESIGNATED.
   */
  static ScopeWidening hypotheticalWafangdian() {
    return ScopeWidening.builder()
        .region(Region.WAFANGDIAN)
        .effectiveFrom(LocalDate.of(2019, 1, 1))
        .threshold(Money.parse("5000万元"))
        .addAddedCategory("港口物流")
        .addDesignatedProjectId("WFD-DESIGNATED")
        .source(HYPOTHETICAL)
        .build();
  }

  static LinkagePolicy hypotheticalWafangdianPolicy() {
    return LinkagePolicy.builder()
        .addWidening(hypotheticalWafangdian())
        .parametersVersion("wafangdian-hypothetical")
        .build();
  }
}
