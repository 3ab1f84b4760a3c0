package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The 二（五） liaison period in human text: a case officer reads 每3个月, not the ISO-8601 {@code P3M}
 * that the JSON keeps (docs/cli-json.md). Expected texts written by hand.
 */
class PeriodTextTest {
  private static final Texts ZH = Texts.of(Lang.ZH);
  private static final Texts EN = Texts.of(Lang.EN);

  @Test
  void monthsYearsAndDaysInChinese() {
    assertThat(DecisionOutput.period(Period.ofMonths(3), ZH)).isEqualTo("3个月");
    assertThat(DecisionOutput.period(Period.of(1, 6, 0), ZH)).isEqualTo("1年6个月");
    assertThat(DecisionOutput.period(Period.ofDays(14), ZH)).isEqualTo("14天");
    assertThat(DecisionOutput.period(Period.ofYears(1), ZH)).isEqualTo("1年");
  }

  @Test
  void monthsYearsAndDaysInEnglishWithPlurals() {
    assertThat(DecisionOutput.period(Period.ofMonths(3), EN)).isEqualTo("3 months");
    assertThat(DecisionOutput.period(Period.ofMonths(1), EN)).isEqualTo("1 month");
    assertThat(DecisionOutput.period(Period.of(1, 6, 0), EN)).isEqualTo("1 year 6 months");
    assertThat(DecisionOutput.period(Period.of(2, 0, 1), EN)).isEqualTo("2 years 1 day");
  }

  @Test
  void theDemoPrintsTheLiaisonPeriodInWords() {
    CliRun.Result zh = CliRun.run("demo");
    assertThat(zh.exitCode()).isZero();
    assertThat(zh.out()).contains("定期，每3个月").doesNotContain("P3M");
    CliRun.Result en = CliRun.run("demo", "--lang", "en");
    assertThat(en.out()).contains("regularly, every 3 months").doesNotContain("P3M");
  }
}
