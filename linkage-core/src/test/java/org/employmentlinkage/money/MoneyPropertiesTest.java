package org.employmentlinkage.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.employmentlinkage.money.Theories.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link Money}, checked with QuickTheories over amounts from 0 to {@link Money#MAX},
 * biased towards the edges (0, 1 分, the policy threshold 1亿元 ± 1 分, whole 万元 and 亿元, MAX). The
 * system properties {@code QT_SEED} and {@code QT_EXAMPLES} fix the seed and the count.
 */
class MoneyPropertiesTest {

  private static final long MAX_FEN = 999_999_999_999_999_999L;
  private static final long ONE_YI_FEN = 10_000_000_000L;

  private static final List<Long> EDGES =
      List.of(
          0L,
          1L,
          99L,
          100L,
          999_999L,
          1_000_000L,
          ONE_YI_FEN - 1,
          ONE_YI_FEN,
          ONE_YI_FEN + 1,
          MAX_FEN - 1,
          MAX_FEN);

  /** Amounts in 分: uniform, edges, whole 元, whole 万元 and whole 亿元, and small ones. */
  private static Gen<Money> amounts() {
    Gen<Long> fen =
        Generate.longRange(0, MAX_FEN)
            .mix(Generate.pick(EDGES), 20)
            .mix(Generate.longRange(0, MAX_FEN / 100).map(x -> x * 100), 20)
            .mix(Generate.longRange(0, MAX_FEN / 1_000_000).map(x -> x * 1_000_000), 20)
            .mix(Generate.longRange(0, MAX_FEN / ONE_YI_FEN).map(x -> x * ONE_YI_FEN), 20)
            .mix(Generate.longRange(0, 100_000_000L), 20);
    return fen.map(Money::ofFen);
  }

  private static Gen<MoneyUnit> units() {
    return Generate.enumValues(MoneyUnit.class);
  }

  /** The number in a formatted text, read by the JDK, not by Money. */
  private static BigDecimal numberIn(String formatted, MoneyUnit unit) {
    assertThat(formatted).endsWith(unit.suffix());
    return new BigDecimal(formatted.substring(0, formatted.length() - unit.suffix().length()));
  }

  @Test
  void parseReadsBackEveryUnitsText() {
    qt().forAll(amounts(), units())
        .checkAssert((m, unit) -> assertThat(Money.parse(m.format(unit))).isEqualTo(m));
  }

  @Test
  void parseReadsBackThePlainAndTheDisplayText() {
    qt().forAll(amounts())
        .checkAssert(
            m -> {
              assertThat(Money.parse(m.toString())).isEqualTo(m);
              assertThat(Money.parse(m.toDisplayString())).isEqualTo(m);
            });
  }

  @Test
  void everyUnitsTextHoldsTheExactAmount() {
    qt().forAll(amounts(), units())
        .checkAssert(
            (m, unit) ->
                assertThat(numberIn(m.format(unit), unit).multiply(unit.inYuan()))
                    .isEqualByComparingTo(m.yuan()));
  }

  @Test
  void everyUnitsTextPreservesTheOrder() {
    qt().forAll(amounts(), amounts(), units())
        .checkAssert(
            (a, b, unit) ->
                assertThat(
                        Integer.signum(
                            numberIn(a.format(unit), unit)
                                .compareTo(numberIn(b.format(unit), unit))))
                    .isEqualTo(Integer.signum(a.compareTo(b))));
  }

  @Test
  void equalsAndHashCodeAgreeWithCompareTo() {
    qt().forAll(amounts(), amounts())
        .checkAssert(
            (a, b) -> {
              assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
              assertThat(a.compareTo(b)).isEqualTo(-b.compareTo(a));
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
            });
  }

  @Test
  void theSameAmountWrittenWithAnyScaleIsEqual() {
    qt().forAll(amounts(), Generate.range(0, 12))
        .checkAssert(
            (m, extraZeros) -> {
              Money rewritten = Money.ofYuan(m.yuan().setScale(2 + extraZeros));
              assertThat(rewritten).isEqualTo(m).hasSameHashCodeAs(m);
              assertThat(rewritten.yuan().scale()).isEqualTo(2);
              assertThat(Money.ofYuan(m.yuan().stripTrailingZeros())).isEqualTo(m);
              assertThat(Money.ofFen(m.fen())).isEqualTo(m);
            });
  }

  @Test
  void thousandsSeparatorsAndFullWidthFormsReadTheSame() {
    qt().forAll(amounts(), units())
        .checkAssert(
            (m, unit) -> {
              String text = m.format(unit);
              assertThat(Money.parse(grouped(text))).isEqualTo(m);
              assertThat(Money.parse(fullWidth(text))).isEqualTo(m);
            });
  }

  @Test
  void plusAndMinusAreExact() {
    // halved amounts (edges included): every sum stays at most MAX
    Gen<Money> halves = amounts().map(m -> Money.ofFen(m.fen() / 2));
    qt().forAll(halves, halves)
        .checkAssert(
            (a, b) -> {
              Money sum = a.plus(b);
              assertThat(sum.yuan()).isEqualTo(a.yuan().add(b.yuan()));
              assertThat(sum).isEqualTo(b.plus(a));
              assertThat(sum.minus(b)).isEqualTo(a);
              assertThat(sum.isAtLeast(a)).isTrue();
            });
  }

  @Test
  void sumsAboveTheLargestAmountAndNegativeDifferencesAreRejected() {
    qt().forAll(amounts(), amounts())
        .checkAssert(
            (a, b) -> {
              boolean fits = a.yuan().add(b.yuan()).compareTo(Money.MAX.yuan()) <= 0;
              if (fits) {
                assertThat(a.plus(b).yuan()).isEqualTo(a.yuan().add(b.yuan()));
              } else {
                assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.plus(b));
              }
              if (a.compareTo(b) < 0) {
                assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.minus(b));
              } else {
                assertThat(a.minus(b).yuan()).isEqualTo(a.yuan().subtract(b.yuan()));
              }
            });
  }

  @Test
  void multiplyRoundsTheExactProductToTheNearestFenInTheRequestedDirection() {
    // amounts up to 10^9 元 and factors up to 10^6 (up to 9 decimals): products stay below MAX
    Gen<Money> modest = Generate.longRange(0, 100_000_000_000L).map(Money::ofFen);
    Gen<BigDecimal> factors =
        Generate.longRange(0, 10_000_000L)
            .zip(Generate.range(1, 9), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    BigDecimal halfFen = new BigDecimal("0.005");
    BigDecimal oneFen = new BigDecimal("0.01");
    qt().forAll(modest, factors)
        .checkAssert(
            (m, factor) -> {
              BigDecimal exact = m.yuan().multiply(factor);
              BigDecimal down = m.multiply(factor, RoundingMode.DOWN).yuan();
              BigDecimal up = m.multiply(factor, RoundingMode.UP).yuan();
              BigDecimal halfUp = m.multiply(factor, RoundingMode.HALF_UP).yuan();
              assertThat(down).isLessThanOrEqualTo(exact);
              assertThat(up).isGreaterThanOrEqualTo(exact);
              assertThat(up.subtract(down)).isIn(new BigDecimal("0.00"), oneFen);
              assertThat(halfUp.subtract(exact).abs()).isLessThanOrEqualTo(halfFen);
              assertThat(halfUp).isIn(down, up);
              if (up.compareTo(down) == 0) {
                assertThat(m.multiply(factor, RoundingMode.UNNECESSARY).yuan()).isEqualTo(down);
              } else {
                assertThatExceptionOfType(ArithmeticException.class)
                    .isThrownBy(() -> m.multiply(factor, RoundingMode.UNNECESSARY));
              }
            });
  }

  @Test
  void multiplyByOneIsTheIdentity() {
    qt().forAll(amounts())
        .checkAssert(
            m -> {
              assertThat(m.multiply(BigDecimal.ONE, RoundingMode.UNNECESSARY)).isEqualTo(m);
              assertThat(m.multiply(new BigDecimal("1.000"), RoundingMode.UNNECESSARY))
                  .isEqualTo(m);
            });
  }

  /** Inserts ',' every three digits into the integer part of a formatted amount. */
  private static String grouped(String text) {
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < end; k++) {
      if (k > 0 && (end - k) % 3 == 0) {
        out.append(',');
      }
      out.append(text.charAt(k));
    }
    return out.append(text.substring(end)).toString();
  }

  /** Writes the ASCII characters of a text in their full-width forms (U+FF01–U+FF5E). */
  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }
}
