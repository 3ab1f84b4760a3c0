package org.employmentlinkage.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.money.Money;

/**
 * The floor the rules are measured against: what an application writes without linkage, on the same
 * domain objects. There is no published encoding of 大政办发〔2018〕83号 to compare with, so this is the
 * cheapest plausible hand-written one: a threshold comparison with one cited reason string, and
 * three group tests that treat every missing fact as "no".
 *
 * <p>It is deliberately <em>not</em> a correct encoding: it has no validity window, no regional
 * widening, no three-valued outcome, no missing facts, no English text and no subsidies. Its only
 * use is to show what the library's explanations cost.
 */
public final class HandWrittenRules {
  private static final BigDecimal ONE_HUNDRED_MILLION = new BigDecimal("100000000");

  private HandWrittenRules() {}

  /**
   * 一（一） by hand: major iff the total investment is at least 1亿元, with one reason string.
   *
   * @param project the project
   * @return the reason, which begins with 是 or 否
   */
  public static String classify(Project project) {
    BigDecimal investment = project.totalInvestment().map(Money::yuan).orElse(BigDecimal.ZERO);
    boolean major = investment.compareTo(ONE_HUNDRED_MILLION) >= 0;
    return (major ? "是：" : "否：") + "大政办发〔2018〕83号 一（一） 总投资" + investment.toPlainString() + "元";
  }

  /**
   * The three named groups by hand, missing facts read as "no".
   *
   * @param person the person
   * @param asOf the date of the question
   * @return a bit set: 1 高校毕业生 (graduated within two years), 2 农村转移劳动力, 4 去产能安置职工
   */
  public static int groups(Person person, LocalDate asOf) {
    int groups = 0;
    Education education = person.education().orElse(null);
    LocalDate graduated = person.graduationDate().orElse(null);
    if (education != null
        && education.ordinal() >= Education.JUNIOR_COLLEGE.ordinal()
        && graduated != null
        && !graduated.isAfter(asOf)
        && graduated.plusYears(2).isAfter(asOf)) {
      groups |= 1;
    }
    if (person.householdType().orElse(null) == HouseholdType.RURAL
        && person.nonFarmTransfer() == Fact.YES) {
      groups |= 2;
    }
    if (person.overcapacityResettled() == Fact.YES) {
      groups |= 4;
    }
    return groups;
  }
}
