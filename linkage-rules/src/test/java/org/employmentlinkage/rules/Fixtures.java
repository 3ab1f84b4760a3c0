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

  /**
   * The city-wide policy with the document's defaults, built afresh for each test. {@link
   * LinkagePolicies#dalian2018()} is one shared instance whose tables and decision caches are
   * filled by whoever asks first; a test that used it could be answered from a cache another test
   * (or, under mutation testing, another mutant) filled, and would not exercise the rules at all.
   * {@code PolicyContractTest} checks that the shared instance answers like a fresh one.
   */
  static LinkagePolicy freshDalian2018() {
    return LinkagePolicy.builder().build();
  }

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
