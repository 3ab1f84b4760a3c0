package org.employmentlinkage.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The factory methods, the bounds and the arithmetic of {@link Money}. Expected values are worked
 * out by hand; the rounding rows follow the definitions of {@link RoundingMode} in the JDK.
 */
class MoneyArithmeticTest {

  private static final Money ONE_YI = Money.ofYuan(100_000_000);

  // ---- factories

  @Test
  void factoriesAgree() {
    assertThat(Money.ofYuan(new BigDecimal("100000000"))).isEqualTo(ONE_YI);
    assertThat(Money.ofFen(10_000_000_000L)).isEqualTo(ONE_YI);
    assertThat(Money.of(new BigDecimal("1"), MoneyUnit.YI)).isEqualTo(ONE_YI);
    assertThat(Money.of(new BigDecimal("10000"), MoneyUnit.WAN)).isEqualTo(ONE_YI);
    assertThat(Money.of(new BigDecimal("1E+8"), MoneyUnit.YUAN)).isEqualTo(ONE_YI);
    assertThat(ONE_YI.fen()).isEqualTo(10_000_000_000L);
    assertThat(ONE_YI.yuan()).isEqualTo(new BigDecimal("100000000.00"));
  }

  @Test
  void theScaleIsAlwaysTwo() {
    assertThat(Money.ofYuan(new BigDecimal("1.5000")).yuan()).isEqualTo(new BigDecimal("1.50"));
    assertThat(Money.ofYuan(new BigDecimal("1E+3")).yuan()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(Money.ZERO.yuan()).isEqualTo(new BigDecimal("0.00"));
    assertThat(Money.ofYuan(BigDecimal.ZERO)).isEqualTo(Money.ZERO);
    assertThat(Money.ofYuan(new BigDecimal("1.5000")))
        .isEqualTo(Money.ofYuan(new BigDecimal("1.5")))
        .hasSameHashCodeAs(Money.ofYuan(new BigDecimal("1.5")));
  }

  @Test
  void ofJudgesPrecisionOnTheAmountInYuan() {
    assertThat(Money.of(new BigDecimal("1.2"), MoneyUnit.YI).yuan())
        .isEqualTo(new BigDecimal("120000000.00"));
    assertThat(Money.of(new BigDecimal("1.234"), MoneyUnit.WAN).yuan())
        .isEqualTo(new BigDecimal("12340.00"));
    assertThat(Money.of(new BigDecimal("1.234567"), MoneyUnit.WAN).yuan())
        .isEqualTo(new BigDecimal("12345.67"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of(new BigDecimal("1.2345678"), MoneyUnit.WAN))
        .withMessage(
            "Money.of(amount = 1.2345678, unit = WAN 万元): the amount is finer than 1 分 (0.01 元);"
                + " an amount of money is a whole number of 分");
  }

  @Test
  void theLargestAmountIsSixteenNinesAndNinetyNineFen() {
    assertThat(Money.MAX.yuan()).isEqualTo(new BigDecimal("9999999999999999.99"));
    assertThat(Money.MAX.fen()).isEqualTo(999_999_999_999_999_999L);
    assertThat(Money.ofYuan(9_999_999_999_999_999L).yuan())
        .isEqualTo(new BigDecimal("9999999999999999.00"));
  }

  static Stream<Arguments> badFactoryCalls() {
    BigDecimal hugeExponent =
        new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1); // 1E+2147483647
    BigDecimal tinyExponent = new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE); // 1E-2147483647
    return Stream.of(
        arguments(
            (Runnable) () -> Money.ofYuan(new BigDecimal("-0.01")),
            "Money.ofYuan(yuan = -0.01): the amount is negative"),
        arguments(
            (Runnable) () -> Money.ofYuan(new BigDecimal("0.001")),
            "Money.ofYuan(yuan = 0.001): the amount is finer than 1 分"),
        arguments(
            (Runnable) () -> Money.ofYuan(new BigDecimal("10000000000000000")),
            "Money.ofYuan(yuan = 10000000000000000): the amount exceeds the largest amount,"
                + " 9999999999999999.99 元"),
        arguments(
            (Runnable) () -> Money.ofYuan(hugeExponent),
            "Money.ofYuan(yuan = 1E+2147483647): the amount exceeds the largest amount"),
        arguments(
            (Runnable) () -> Money.ofYuan(tinyExponent),
            "Money.ofYuan(yuan = 1E-2147483647): the amount is finer than 1 分"),
        arguments(
            (Runnable) () -> Money.ofYuan(-1), "Money.ofYuan(yuan = -1): the amount is negative"),
        arguments(
            (Runnable) () -> Money.ofYuan(10_000_000_000_000_000L),
            "Money.ofYuan(yuan = 10000000000000000): the amount exceeds the largest amount"),
        arguments(
            (Runnable) () -> Money.ofYuan(Long.MAX_VALUE), "the amount exceeds the largest amount"),
        arguments(
            (Runnable) () -> Money.ofFen(-1), "Money.ofFen(fen = -1): the amount is negative"),
        arguments(
            (Runnable) () -> Money.ofFen(1_000_000_000_000_000_000L),
            "Money.ofFen(fen = 1000000000000000000): the amount exceeds the largest amount"),
        arguments(
            (Runnable) () -> Money.of(new BigDecimal("-1"), MoneyUnit.YUAN),
            "Money.of(amount = -1, unit = YUAN 元): the amount is negative"),
        arguments(
            (Runnable) () -> Money.of(hugeExponent, MoneyUnit.WAN),
            "Money.of(amount = 1E+2147483647, unit = WAN 万元): the amount exceeds the largest"),
        arguments(
            (Runnable) () -> Money.of(hugeExponent.negate(), MoneyUnit.YI),
            "Money.of(amount = -1E+2147483647, unit = YI 亿元): the amount is negative"),
        arguments(
            (Runnable) () -> Money.of(tinyExponent, MoneyUnit.YI),
            "unit = YI 亿元): the amount is finer than 1 分"),
        arguments(
            (Runnable) () -> Money.of(new BigDecimal("100000000"), MoneyUnit.YI),
            "the amount exceeds the largest amount"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badFactoryCalls")
  void factoriesRejectBadAmountsNamingTheArgumentAndTheRule(Runnable call, String message) {
    assertThatIllegalArgumentException().isThrownBy(call::run).withMessageContaining(message);
  }

  @Test
  void zeroWithAnExtremeExponentIsZero() {
    BigDecimal zero = new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE + 1);

    assertThat(Money.ofYuan(zero)).isEqualTo(Money.ZERO);
    assertThat(Money.of(zero, MoneyUnit.YI)).isEqualTo(Money.ZERO);
  }

  @Test
  void factoriesRejectNullNamingTheArgument() {
    assertThatNullPointerException().isThrownBy(() -> Money.ofYuan(null)).withMessage("yuan");
    assertThatNullPointerException()
        .isThrownBy(() -> Money.of(null, MoneyUnit.YI))
        .withMessage("amount");
    assertThatNullPointerException()
        .isThrownBy(() -> Money.of(BigDecimal.ONE, null))
        .withMessage("unit");
  }

  // ---- plus and minus

  @Test
  void addsAndSubtractsExactly() {
    Money oneFen = Money.ofFen(1);

    assertThat(ONE_YI.plus(oneFen)).isEqualTo(Money.parse("100000000.01"));
    assertThat(ONE_YI.minus(oneFen)).isEqualTo(Money.parse("99999999.99"));
    assertThat(ONE_YI.minus(ONE_YI)).isEqualTo(Money.ZERO);
    assertThat(ONE_YI.minus(ONE_YI).isZero()).isTrue();
    assertThat(Money.MAX.plus(Money.ZERO)).isEqualTo(Money.MAX);
    assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.3"));
  }

  @Test
  void plusRejectsSumsAboveTheLargestAmount() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Money.MAX.plus(Money.ofFen(1)))
        .withMessage(
            "Money.plus: 9999999999999999.99 + 0.01 exceeds the largest amount,"
                + " 9999999999999999.99 元");
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Money.MAX.plus(Money.MAX));
  }

  @Test
  void minusRejectsNegativeResults() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Money.ofFen(1).minus(Money.ofFen(2)))
        .withMessage("Money.minus: 0.01 - 0.02 is negative; amounts of money are never negative");
  }

  // ---- multiply

  static Stream<Arguments> products() {
    return Stream.of(
        // a 5 % uplift of 100 元 is 105 元 exactly
        arguments("100.00", "1.05", RoundingMode.UNNECESSARY, "105.00"),
        arguments("1亿元", "1.05", RoundingMode.HALF_UP, "105000000.00"),
        // 33.33 × 0.3 = 9.999
        arguments("33.33", "0.3", RoundingMode.HALF_UP, "10.00"),
        arguments("33.33", "0.3", RoundingMode.DOWN, "9.99"),
        arguments("33.33", "0.3", RoundingMode.FLOOR, "9.99"),
        arguments("33.33", "0.3", RoundingMode.CEILING, "10.00"),
        // 0.01 × 0.5 = 0.005, exactly half a 分
        arguments("0.01", "0.5", RoundingMode.HALF_UP, "0.01"),
        arguments("0.01", "0.5", RoundingMode.HALF_DOWN, "0.00"),
        arguments("0.01", "0.5", RoundingMode.HALF_EVEN, "0.00"),
        arguments("0.03", "0.5", RoundingMode.HALF_EVEN, "0.02"), // 0.015 → even 0.02
        arguments("0.01", "0.5", RoundingMode.UP, "0.01"),
        arguments("0.01", "0.5", RoundingMode.DOWN, "0.00"),
        // tiny products: 1亿元 × 10^-999999999 is below 1 分 and positive
        arguments("1亿元", "1E-999999999", RoundingMode.HALF_UP, "0.00"),
        arguments("1亿元", "1E-999999999", RoundingMode.UP, "0.01"),
        arguments("1亿元", "1E-999999999", RoundingMode.CEILING, "0.01"),
        arguments("1亿元", "1E-999999999", RoundingMode.FLOOR, "0.00"),
        // zero and one
        arguments("0", "1E+999999999", RoundingMode.UNNECESSARY, "0.00"),
        arguments("123.45", "0", RoundingMode.UNNECESSARY, "0.00"),
        arguments("123.45", "1", RoundingMode.UNNECESSARY, "123.45"),
        arguments("9999999999999999.99", "1", RoundingMode.UNNECESSARY, "9999999999999999.99"));
  }

  @ParameterizedTest(name = "{0} × {1} ({2}) = {3}")
  @MethodSource("products")
  void multipliesAndRoundsOnceToFen(
      String amount, String factor, RoundingMode rounding, String expected) {
    assertThat(Money.parse(amount).multiply(new BigDecimal(factor), rounding))
        .isEqualTo(Money.parse(expected));
  }

  @Test
  void multiplyRejectsNegativeFactorsProductsAboveTheLargestAndUnwantedRounding() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ONE_YI.multiply(new BigDecimal("-1.05"), RoundingMode.HALF_UP))
        .withMessage(
            "Money.multiply: factor (-1.05) is negative; amounts of money are never negative");
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Money.ofFen(1).multiply(new BigDecimal("1E+999999999"), RoundingMode.UP))
        .withMessage(
            "Money.multiply: 0.01 × 1E+999999999 exceeds the largest amount, 9999999999999999.99"
                + " 元");
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Money.MAX.multiply(new BigDecimal("1.000000001"), RoundingMode.DOWN));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(
            () -> Money.parse("33.33").multiply(new BigDecimal("0.3"), RoundingMode.UNNECESSARY))
        .withMessage(
            "Money.multiply: 33.33 × 0.3 is finer than 1 分 and the rounding mode is UNNECESSARY");
    assertThatNullPointerException()
        .isThrownBy(() -> ONE_YI.multiply(null, RoundingMode.UP))
        .withMessage("factor");
    assertThatNullPointerException()
        .isThrownBy(() -> ONE_YI.multiply(BigDecimal.ONE, null))
        .withMessage("rounding");
  }

  // ---- comparison

  @Test
  void comparesBySize() {
    Money a = Money.parse("99999999.99");

    assertThat(a).isLessThan(ONE_YI);
    assertThat(ONE_YI).isGreaterThan(a);
    assertThat(ONE_YI.compareTo(Money.parse("1e8"))).isZero();
    assertThat(ONE_YI.isAtLeast(ONE_YI)).isTrue();
    assertThat(a.isAtLeast(ONE_YI)).isFalse();
    assertThat(ONE_YI).isNotEqualTo(ONE_YI.yuan());
    assertThatNullPointerException().isThrownBy(() -> ONE_YI.compareTo(null));
    assertThatNullPointerException().isThrownBy(() -> ONE_YI.isAtLeast(null));
    assertThatNullPointerException().isThrownBy(() -> ONE_YI.plus(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> ONE_YI.minus(null)).withMessage("other");
  }
}
