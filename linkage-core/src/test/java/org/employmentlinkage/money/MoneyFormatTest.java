package org.employmentlinkage.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Money#toString()}, {@link Money#format(MoneyUnit)} and {@link Money#toDisplayString()}.
 * The rows are the amounts of issue 2 §2 and the brief ("1.2亿元", "5000万元", "100000000.00元"), the
 * policy threshold 1亿元 (大政办发〔2018〕83号 一（一）) and edge amounts; every expected text is worked out by
 * hand (1万 = 10⁴ 元, 1亿 = 10⁸ 元).
 */
class MoneyFormatTest {

  static Stream<Arguments> forms() {
    return Stream.of(
        // fen, toString, 元, 万元, 亿元, display
        arguments(10_000_000_000L, "100000000.00", "100000000.00元", "10000万元", "1亿元", "1亿元"),
        arguments(12_000_000_000L, "120000000.00", "120000000.00元", "12000万元", "1.2亿元", "1.2亿元"),
        arguments(5_000_000_000L, "50000000.00", "50000000.00元", "5000万元", "0.5亿元", "5000万元"),
        arguments(
            9_999_999_999L,
            "99999999.99",
            "99999999.99元",
            "9999.999999万元",
            "0.9999999999亿元",
            "99999999.99元"),
        arguments(0L, "0.00", "0.00元", "0万元", "0亿元", "0.00元"),
        arguments(1L, "0.01", "0.01元", "0.000001万元", "0.0000000001亿元", "0.01元"),
        arguments(50L, "0.50", "0.50元", "0.00005万元", "0.000000005亿元", "0.50元"),
        arguments(999_900L, "9999.00", "9999.00元", "0.9999万元", "0.00009999亿元", "9999.00元"),
        arguments(1_234_500L, "12345.00", "12345.00元", "1.2345万元", "0.00012345亿元", "1.2345万元"),
        arguments(
            12_345_678_900L,
            "123456789.00",
            "123456789.00元",
            "12345.6789万元",
            "1.23456789亿元",
            "12345.6789万元"),
        arguments(
            12_345_678_901L,
            "123456789.01",
            "123456789.01元",
            "12345.678901万元",
            "1.2345678901亿元",
            "123456789.01元"),
        arguments(
            25_003_000_000L, "250030000.00", "250030000.00元", "25003万元", "2.5003亿元", "2.5003亿元"),
        arguments(
            999_999_999_999_999_999L,
            "9999999999999999.99",
            "9999999999999999.99元",
            "999999999999.999999万元",
            "99999999.9999999999亿元",
            "9999999999999999.99元"));
  }

  @ParameterizedTest(name = "{0} 分 = {1}")
  @MethodSource("forms")
  void writesEveryForm(
      long fen, String plain, String inYuan, String inWan, String inYi, String display) {
    Money money = Money.ofFen(fen);

    assertThat(money).hasToString(plain);
    assertThat(money.format(MoneyUnit.YUAN)).isEqualTo(inYuan);
    assertThat(money.format(MoneyUnit.WAN)).isEqualTo(inWan);
    assertThat(money.format(MoneyUnit.YI)).isEqualTo(inYi);
    assertThat(money.toDisplayString()).isEqualTo(display);
  }

  @ParameterizedTest(name = "{0} 分")
  @MethodSource("forms")
  void everyFormIsReadBackAsTheSameAmount(
      long fen, String plain, String inYuan, String inWan, String inYi, String display) {
    Money money = Money.ofFen(fen);

    assertThat(Money.parse(plain)).isEqualTo(money);
    assertThat(Money.parse(inYuan)).isEqualTo(money);
    assertThat(Money.parse(inWan)).isEqualTo(money);
    assertThat(Money.parse(inYi)).isEqualTo(money);
    assertThat(Money.parse(display)).isEqualTo(money);
  }

  @Test
  void unitsKnowTheirSuffixAndSize() {
    assertThat(MoneyUnit.YUAN.suffix()).isEqualTo("元");
    assertThat(MoneyUnit.WAN.suffix()).isEqualTo("万元");
    assertThat(MoneyUnit.YI.suffix()).isEqualTo("亿元");
    assertThat(MoneyUnit.YUAN.inYuan()).isEqualTo(new java.math.BigDecimal("1"));
    assertThat(MoneyUnit.WAN.inYuan()).isEqualTo(new java.math.BigDecimal("10000"));
    assertThat(MoneyUnit.YI.inYuan()).isEqualTo(new java.math.BigDecimal("100000000"));
  }

  @Test
  void formatRejectsANullUnit() {
    assertThatNullPointerException().isThrownBy(() -> Money.ZERO.format(null)).withMessage("unit");
  }
}
