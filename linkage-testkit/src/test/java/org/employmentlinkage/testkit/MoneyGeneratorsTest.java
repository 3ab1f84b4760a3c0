package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.employmentlinkage.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The money generators: 1亿元 is the threshold of 大政办发〔2018〕83号 一（一） ("总投资1亿元以上"), written here as
 * 100000000.00 元; the edge amounts are hit as often as documented, the spread reaches every order
 * of magnitude.
 */
class MoneyGeneratorsTest {
  private static final Money YI = Money.parse("100000000.00");

  private static Map<Money, Integer> histogram(List<Money> amounts) {
    Map<Money, Integer> counts = new HashMap<>();
    for (Money m : amounts) {
      counts.merge(m, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void theMunicipalThresholdIsOneYi() {
    assertThat(MoneyGenerators.MUNICIPAL_THRESHOLD).isEqualTo(YI);
  }

  @Test
  void amountsHitOneYiAndItsNeighboursZeroAndMax() {
    int draws = 50_000;
    Map<Money, Integer> counts = histogram(MoneyGenerators.amounts().sample(1, draws));
    // Half the draws are one of five edge amounts: 1/10 each (5,000; sd about 67).
    for (Money edge :
        List.of(
            Money.ZERO, Money.parse("99999999.99"), YI, Money.parse("100000000.01"), Money.MAX)) {
      assertThat(counts.getOrDefault(edge, 0)).as("draws of %s", edge).isBetween(4_700, 5_300);
    }
  }

  @Test
  void configuredThresholdsAreEdgesToo() {
    Money fiveThousandWan = Money.parse("5000万元");
    Money threeYi = Money.parse("3亿元");
    assertThat(MoneyGenerators.edgeAmounts(List.of(threeYi, fiveThousandWan)))
        .containsExactly(
            Money.ZERO,
            Money.parse("49999999.99"),
            fiveThousandWan,
            Money.parse("50000000.01"),
            Money.parse("299999999.99"),
            threeYi,
            Money.parse("300000000.01"),
            Money.MAX);
    Map<Money, Integer> counts =
        histogram(MoneyGenerators.amountsNear(List.of(threeYi, fiveThousandWan)).sample(2, 40_000));
    // 8 edge amounts share half the draws: 2,500 each (sd about 49).
    assertThat(counts.getOrDefault(Money.parse("49999999.99"), 0)).isBetween(2_250, 2_750);
    assertThat(counts.getOrDefault(Money.parse("300000000.01"), 0)).isBetween(2_250, 2_750);
    // No neighbour below 0 or above MAX.
    assertThat(MoneyGenerators.edgeAmounts(List.of(Money.ZERO, Money.MAX)))
        .containsExactly(Money.ZERO, Money.ofFen(1), Money.MAX.minus(Money.ofFen(1)), Money.MAX);
    assertThat(MoneyGenerators.edgeAmounts(List.of())).containsExactly(Money.ZERO, Money.MAX);
  }

  @Test
  void theSpreadReachesEveryOrderOfMagnitude() {
    int[] byDigits = new int[19];
    List<Money> edges = MoneyGenerators.edgeAmounts(List.of(MoneyGenerators.MUNICIPAL_THRESHOLD));
    int draws = 60_000;
    for (Money m : MoneyGenerators.amounts().sample(3, draws)) {
      if (!edges.contains(m)) {
        byDigits[Long.toString(m.fen()).length()]++;
      }
    }
    // Half the draws spread over 18 digit counts: about 1,667 each (sd about 40); of one digit,
    // 0 is an edge amount and not counted, so about 1,500.
    assertThat(byDigits[1]).as("amounts of 1 digit in 分").isBetween(1_300, 1_700);
    for (int digits = 2; digits <= 18; digits++) {
      assertThat(byDigits[digits]).as("amounts of %d digits in 分", digits).isBetween(1_450, 1_900);
    }
  }

  @Test
  void amountsBetweenStayInTheirRangeAndReachItsEnds() {
    Money min = Money.parse("99999999.98");
    Money max = Money.parse("100000000.02");
    Map<Money, Integer> counts =
        histogram(MoneyGenerators.amountsBetween(min, max).sample(4, 1000));
    assertThat(counts).hasSize(5).containsKeys(min, YI, max);
    assertThatThrownBy(() -> MoneyGenerators.amountsBetween(max, min))
        .hasMessage(
            "MoneyGenerators.amountsBetween: max (99999999.98) is less than min (100000000.02)");
    assertThatThrownBy(() -> MoneyGenerators.edgeAmounts(java.util.Arrays.asList(YI, null)))
        .isInstanceOf(NullPointerException.class);
  }
}
