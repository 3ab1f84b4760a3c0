package org.employmentlinkage.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Both ends of every documented range are included: 0 and {@link Money#MAX} (9999999999999999.99 元,
 * 10<sup>18</sup> − 1 分), a factor of 0, 1亿元 as the first amount shown in 亿元, and the 40 characters
 * an error message quotes before cutting.
 */
class MoneyBoundsTest {

  @Test
  void zeroYuanIsAnAmount() {
    // javadoc of ofYuan: "from 0 to 9999999999999999"
    assertThat(Money.ofYuan(0)).isEqualTo(Money.ZERO);
    assertThat(Money.ofYuan(0).isZero()).isTrue();
    assertThat(Money.ofFen(1).isZero()).isFalse();
    assertThat(Money.ofYuan(1).isZero()).isFalse();
  }

  @Test
  void theLargestAmountCanBeGivenInEveryUnit() {
    assertThat(Money.of(new BigDecimal("9999999999999999.99"), MoneyUnit.YUAN))
        .isEqualTo(Money.MAX);
    assertThat(Money.of(new BigDecimal("999999999999.999999"), MoneyUnit.WAN)).isEqualTo(Money.MAX);
    assertThat(Money.of(new BigDecimal("99999999.9999999999"), MoneyUnit.YI)).isEqualTo(Money.MAX);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of(new BigDecimal("10000000000000000.00"), MoneyUnit.YUAN))
        .withMessageContaining("exceeds the largest amount");
  }

  @Test
  void multiplyingByZeroOrOneIsExact() {
    Money amount = Money.parse("1234.56");
    assertThat(amount.multiply(BigDecimal.ZERO, RoundingMode.UNNECESSARY)).isEqualTo(Money.ZERO);
    assertThat(amount.multiply(new BigDecimal("0.00"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.ZERO);
    assertThat(Money.MAX.multiply(BigDecimal.ONE, RoundingMode.UNNECESSARY)).isEqualTo(Money.MAX);
    // 0.01 元 × (10^18 − 1) = MAX exactly
    assertThat(
            Money.ofFen(1).multiply(new BigDecimal("999999999999999999"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.MAX);
  }

  @Test
  void oneHundredMillionYuanIsTheFirstAmountShownInYi() {
    // javadoc of toDisplayString: 亿元 from 1亿元, 万元 from 1万元, otherwise 元
    assertThat(Money.ofYuan(100_000_000).toDisplayString()).isEqualTo("1亿元");
    assertThat(Money.ofYuan(99_990_000).toDisplayString()).isEqualTo("9999万元");
    assertThat(Money.ofYuan(10_000).toDisplayString()).isEqualTo("1万元");
    assertThat(Money.ofYuan(9_999).toDisplayString()).isEqualTo("9999.00元");
  }

  @Test
  void aQuoteOfFortyCharactersIsWhole() {
    // javadoc of the quoting: "cut after 40 characters (the message then gives the full length)"
    String forty = "x".repeat(40);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse(forty))
        .withMessageStartingWith("Money.parse(\"" + forty + "\"): ");
    String fortyOne = "x".repeat(41);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse(fortyOne))
        .withMessageStartingWith("Money.parse(\"" + "x".repeat(40) + "…\" (41 characters)): ");
  }

  @Test
  void aQuoteNeverCutsACharacterOutsideTheBasicPlaneInTwo() {
    // U+1F4B0 (money bag) is two chars, a surrogate pair, at positions 39 and 40
    String text = "x".repeat(39) + "\uD83D\uDCB0" + "yyyy";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse(text))
        .withMessageStartingWith("Money.parse(\"" + "x".repeat(39) + "…\" (45 characters)): ");
  }

  @Test
  void anInfinitySignAloneIsNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse("∞"))
        .withMessageContaining("NaN and infinities are not amounts of money");
  }

  @Test
  void aChineseZeroIsNamedAsAChineseNumeral() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse("〇"))
        .withMessageContaining("Chinese numerals such as '〇'");
  }

  @Test
  void whiteSpaceAfterTheNumberIsAllowed() {
    // javadoc of parse: white space is allowed around the text
    assertThat(Money.parse("100 ")).isEqualTo(Money.ofYuan(100));
    assertThat(Money.parse("100\u3000")).isEqualTo(Money.ofYuan(100));
  }

  @Test
  void aShortTextIsQuotedWholeEvenIfItEndsInHalfAPair() {
    // a lone high surrogate at the end of a text of fewer than 40 characters is not cut off
    String text = "100\uD83D";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse(text))
        .withMessageStartingWith("Money.parse(\"" + text + "\"): ");
  }

  /**
   * A {@code BigDecimal} of a million trailing zeros (1.000…0, scale 1,000,000) took about ten
   * minutes in {@code ofYuan}: {@code stripTrailingZeros} is quadratic on JDK 17. The scale is
   * checked first ({@link Money#MAX_SCALE}), so it is refused at once; a scale up to the limit is
   * still read.
   */
  @Test
  void aScaleBeyondTheLimitIsRefusedBeforeAnyWork() {
    java.math.BigDecimal huge =
        new java.math.BigDecimal(java.math.BigInteger.TEN.pow(1_000_000), 1_000_000);
    assertThatThrownBy(() -> Money.ofYuan(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Money.ofYuan")
        .hasMessageContaining("decimal places")
        .hasMessageContaining(Integer.toString(Money.MAX_SCALE));
    assertThatThrownBy(() -> Money.of(huge, MoneyUnit.WAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimal places");
    assertThatThrownBy(() -> Money.ofYuan(100).multiply(huge, java.math.RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimal places");
    // the message stays short: the value is abbreviated
    assertThatThrownBy(() -> Money.ofYuan(huge))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));

    java.math.BigDecimal atTheLimit =
        new java.math.BigDecimal(java.math.BigInteger.TEN.pow(Money.MAX_SCALE), Money.MAX_SCALE);
    assertThat(Money.ofYuan(atTheLimit)).isEqualTo(Money.ofYuan(1));
    assertThat(Money.ofYuan(100).multiply(atTheLimit, java.math.RoundingMode.UNNECESSARY))
        .isEqualTo(Money.ofYuan(100));
    java.math.BigDecimal beyond =
        new java.math.BigDecimal(
            java.math.BigInteger.TEN.pow(Money.MAX_SCALE + 1), Money.MAX_SCALE + 1);
    assertThatThrownBy(() -> Money.ofYuan(beyond)).isInstanceOf(IllegalArgumentException.class);
    // a tiny factor is still rounded without expanding its digits, whatever its scale
    assertThat(
            Money.ofYuan(100)
                .multiply(new java.math.BigDecimal("1E-1000000"), java.math.RoundingMode.UP))
        .isEqualTo(Money.ofFen(1));
  }

  /** {@link Money#parse} reads at most 100 characters: a million digits are refused at once. */
  @Test
  void aMillionDigitsAreRefusedByParse() {
    assertThatThrownBy(() -> Money.parse("1".repeat(1_000_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 100 characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }
}
