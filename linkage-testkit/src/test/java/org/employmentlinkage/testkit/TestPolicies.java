package org.employmentlinkage.testkit;

import java.time.LocalDate;
import java.time.Period;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.Locality;
import org.employmentlinkage.rules.ScopeWidening;

/**
 * The policies the testkit's own tests question: the shipped one, one with the provisional
 * calendar, and a HYPOTHETICAL widened Wafangdian configuration (瓦政办发〔2018〕66号 only forwards the
 * document; Wafangdian published no widening, liaison period or added group).
 */
public final class TestPolicies {
  /** The source label of the hypothetical widenings. */
  public static final String HYPOTHETICAL =
      "HYPOTHETICAL test configuration: 瓦政办发〔2018〕66号 only forwards the document; Wafangdian"
          + " published no widening";

  private TestPolicies() {}

  /** The shipped policy, {@code LinkagePolicies.dalian2018()}. */
  public static LinkagePolicy shipped() {
    return LinkagePolicies.dalian2018();
  }

  /** The document's defaults with the provisional calendar (deadlines into 2027 and later). */
  public static LinkagePolicy provisional() {
    return LinkagePolicy.builder().provisionalCalendar().build();
  }

  /**
   * A HYPOTHETICAL widened Wafangdian configuration: in force from the forwarding date 2018-07-31;
   * 瓦房店市 widens from 2019-01-01 (threshold 5000万元, category 港口物流, designated project P-2); 长兴岛经济区
   * widens from 2020-01-01 to 2024-12-31 (threshold 3000万元.01, category 船舶制造); locality by
   * household registration; an added group 退役军人; a quarterly liaison; make-up working days not
   * counted.
   */
  public static LinkagePolicy wafangdian() {
    return LinkagePolicy.builder()
        .validity(ValidityWindow.WAFANGDIAN_FORWARDING)
        .addWidening(
            ScopeWidening.builder()
                .region(Region.WAFANGDIAN)
                .effectiveFrom(LocalDate.of(2019, 1, 1))
                .threshold(Money.parse("5000万元"))
                .addAddedCategory("港口物流")
                .addDesignatedProjectId("P-2")
                .source(HYPOTHETICAL)
                .build())
        .addWidening(
            ScopeWidening.builder()
                .region(Region.CHANGXING_ISLAND)
                .effectiveFrom(LocalDate.of(2020, 1, 1))
                .effectiveUntil(LocalDate.of(2024, 12, 31))
                .threshold(Money.parse("30000000.01"))
                .addAddedCategory("船舶制造")
                .source(HYPOTHETICAL)
                .build())
        .locality(Locality.HOUSEHOLD_REGISTRATION)
        .addPriorityGroup(PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers"))
        .liaisonPeriod(Region.WAFANGDIAN, Period.ofMonths(3))
        .serviceSpecialist(Region.WAFANGDIAN, "HYPOTHETICAL contact")
        .countMakeupWorkdays(false)
        .parametersVersion("wafangdian-hypothetical")
        .build();
  }

  /**
   * The document's defaults with the other alternative of every configurable reading (issue 10):
   * locality by household registration, technician-college classes not counted, 高校毕业生 in the
   * graduation year only, the duty at signing for major projects only, the pre-notice and the
   * compensation-plan notice also starting the 30 working days, make-up days not counted, and a
   * HYPOTHETICAL last day in force (no repeal is known).
   */
  public static LinkagePolicy otherReadings() {
    return LinkagePolicy.builder()
        .locality(Locality.HOUSEHOLD_REGISTRATION)
        .technicianClassesAsCollegeGraduates(false)
        .collegeGraduateYears(0)
        .investmentAgreementScope(
            org.employmentlinkage.rules.InvestmentAgreementScope.MAJOR_PROJECTS_ONLY)
        .addLandNoticeTrigger(org.employmentlinkage.domain.LandNoticeKind.PRE_NOTICE)
        .addLandNoticeTrigger(org.employmentlinkage.domain.LandNoticeKind.COMPENSATION_PLAN_NOTICE)
        .countMakeupWorkdays(false)
        .validUntil(LocalDate.of(2030, 12, 31), "HYPOTHETICAL test: no repeal is known")
        .parametersVersion("other-readings-hypothetical")
        .build();
  }
}
