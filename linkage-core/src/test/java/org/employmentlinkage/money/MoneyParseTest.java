package org.employmentlinkage.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Money#parse(String)}: the inputs named in issue 2 §2 ("Money") and the brief, the policy's
 * threshold "总投资额在1亿元以上" (大政办发〔2018〕83号 一（一）), and the documented edge cases. Expected values are
 * worked out by hand from 1万 = 10⁴ and 1亿 = 10⁸ (《现代汉语词典》), never taken from the code.
 */
class MoneyParseTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        // issue 2 §2, the six inputs it names
        arguments("1亿元", "100000000.00"),
        arguments("1.2亿", "120000000.00"),
        arguments("5000万元", "50000000.00"),
        arguments("100,000,000元", "100000000.00"),
        arguments("99999999.99", "99999999.99"),
        arguments("1e8", "100000000.00"),
        // the brief: full-width digits and commas, sub-分 digits that convert to whole 分
        arguments("１，０００", "1000.00"),
        arguments("1.234万元", "12340.00"),
        arguments("1.234567万元", "12345.67"),
        arguments("¥100", "100.00"),
        arguments("￥100", "100.00"),
        arguments("人民币100元", "100.00"),
        arguments("人民币 1.5 亿元", "150000000.00"),
        // units with and without 元
        arguments("5000万", "50000000.00"),
        arguments("1亿", "100000000.00"),
        arguments("12元", "12.00"),
        arguments("1.2345678901亿元", "123456789.01"),
        // white space around the parts (ASCII, tab, ideographic space U+3000, no-break space)
        arguments("  5000 万元 ", "50000000.00"),
        arguments("\t1亿元\n", "100000000.00"),
        arguments("\u3000100元\u3000", "100.00"),
        arguments("100\u00A0元", "100.00"),
        // exponents
        arguments("1E8", "100000000.00"),
        arguments("1e+8", "100000000.00"),
        arguments("1.5e-1", "0.15"),
        arguments("1e-2", "0.01"),
        arguments("1e0", "1.00"),
        arguments("1e4万元", "100000000.00"),
        arguments("1e08", "100000000.00"),
        // full-width forms of '.', 'e' and digits
        arguments("１．５亿元", "150000000.00"),
        arguments("１ｅ８", "100000000.00"),
        // thousands separators in the standard places
        arguments("1,000", "1000.00"),
        arguments("12,345,678.90元", "12345678.90"),
        arguments("100,000,000.50元", "100000000.50"),
        // trailing zeros and leading zeros change nothing
        arguments("1.000元", "1.00"),
        arguments("0.0100", "0.01"),
        arguments("007", "7.00"),
        // zero and the bounds
        arguments("0", "0.00"),
        arguments("0.00元", "0.00"),
        arguments("0e99", "0.00"),
        arguments("0.01", "0.01"),
        arguments("9999999999999999.99", "9999999999999999.99"),
        arguments("99999999.9999999999亿元", "9999999999999999.99"));
  }

  @ParameterizedTest(name = "{0} = {1} 元")
  @MethodSource("accepted")
  void readsWrittenAmounts(String text, String expectedYuan) {
    Money parsed = Money.parse(text);

    assertThat(parsed.yuan()).isEqualTo(new BigDecimal(expectedYuan));
    assertThat(parsed.yuan().scale()).isEqualTo(2);
  }

  @Test
  void theSixIssueInputsForOneYiAreOneAmount() {
    // issue 2 §2: "fixed scale 2 so equal amounts are equal"
    Money threshold = Money.parse("1亿元");

    assertThat(Money.parse("100,000,000元")).isEqualTo(threshold).hasSameHashCodeAs(threshold);
    assertThat(Money.parse("1e8")).isEqualTo(threshold).hasSameHashCodeAs(threshold);
    assertThat(Money.parse("10000万元")).isEqualTo(threshold).hasSameHashCodeAs(threshold);
    assertThat(Money.ofYuan(new BigDecimal("100000000.000"))).isEqualTo(threshold);
    assertThat(threshold).hasToString("100000000.00");
  }

  @Test
  void theMajorProjectThresholdIncludesOneYi() {
    // 大政办发〔2018〕83号 一（一）: "总投资额在1亿元以上"; 以上 includes the number (《民法典》第1259条,
    // README.md, "Decisions you should know"), so exactly 1亿元 qualifies and one 分 less does not.
    Money threshold = Money.parse("1亿元");

    assertThat(Money.parse("100000000").isAtLeast(threshold)).isTrue();
    assertThat(Money.parse("100000000.01").isAtLeast(threshold)).isTrue();
    assertThat(Money.parse("1.2亿").isAtLeast(threshold)).isTrue();
    assertThat(Money.parse("99999999.99").isAtLeast(threshold)).isFalse();
    assertThat(Money.parse("5000万元").isAtLeast(threshold)).isFalse();
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        // empty and blank
        arguments("", "the text is empty"),
        arguments("   ", "the text is blank"),
        arguments("\t\u3000\n", "the text is blank"),
        // negative amounts, any minus sign, even on zero
        arguments("-1", "negative amounts are not allowed"),
        arguments("-0", "negative amounts are not allowed"),
        arguments("−5元", "negative amounts are not allowed"), // U+2212 MINUS SIGN
        arguments("－5元", "negative amounts are not allowed"), // U+FF0D full-width hyphen-minus
        arguments("¥-5", "negative amounts are not allowed"),
        arguments("+5", "a plus sign is not allowed"),
        // sub-分 precision, judged on the amount in 元
        arguments("0.001元", "finer than 1 分"),
        arguments("0.001", "finer than 1 分"),
        arguments("1.2345678万元", "finer than 1 分"),
        arguments("1e-3", "finer than 1 分"),
        arguments("0." + "0".repeat(97) + "1", "finer than 1 分"),
        // NaN-like, in any letter case (the tests run in tr_TR, where "I".toLowerCase() is "ı")
        arguments("NaN", "NaN and infinities are not amounts"),
        arguments("NAN", "NaN and infinities are not amounts"),
        arguments("nan元", "NaN and infinities are not amounts"),
        arguments("ＮａＮ", "NaN and infinities are not amounts"),
        arguments("Infinity", "NaN and infinities are not amounts"),
        arguments("INFINITY", "NaN and infinities are not amounts"),
        arguments("-Infinity", "NaN and infinities are not amounts"),
        arguments("∞", "NaN and infinities are not amounts"),
        // a unit or a currency sign without a number
        arguments("元", "there is no number before the unit '元'"),
        arguments("万", "there is no number before the unit '万'"),
        arguments("亿元", "there is no number before the unit '亿元'"),
        arguments("¥", "there is no number after '¥'"),
        arguments("人民币 ", "there is no number after '人民币'"),
        arguments("人民币元", "there is no number before the unit '元'"),
        // malformed numbers
        arguments(".5", "a number must start with a digit"),
        arguments("5.", "a decimal point must be followed by digits"),
        arguments("5.元", "a decimal point must be followed by digits"),
        arguments("1.2.3", "unexpected character '.' at position 4"),
        arguments("1 000", "white space inside the number is not allowed"),
        arguments("1_000", "unexpected character '_' at position 2"),
        arguments(",100", "unexpected character ',' at position 1"),
        arguments("١٠٠", "unexpected character '١' at position 1"), // Arabic-Indic digits
        arguments("abc", "unexpected character 'a' at position 1"),
        // thousands separators in wrong places (and a European decimal comma)
        arguments("1,00", "misplaced thousands separator"),
        arguments("1,5", "misplaced thousands separator"),
        arguments("1000,000", "misplaced thousands separator"),
        arguments("1,000,", "misplaced thousands separator"),
        arguments("1,,000", "misplaced thousands separator"),
        arguments("0,100", "misplaced thousands separator"),
        arguments("1,0000元", "misplaced thousands separator"),
        arguments("1.000,5", "a thousands separator ',' cannot come after the decimal point"),
        arguments("1,000e3", "an exponent cannot be combined with thousands separators"),
        // exponents: missing digits, huge values (must fail without building the number)
        arguments("1e", "the exponent after 'e' has no digits"),
        arguments("1e+", "the exponent after 'e' has no digits"),
        arguments("1e999999999", "the exponent is outside -99..+99"),
        arguments("1e-999999999", "the exponent is outside -99..+99"),
        arguments("1e100", "the exponent is outside -99..+99"),
        arguments("1e" + "9".repeat(90), "the exponent is outside -99..+99"),
        // above Money.MAX = 9999999999999999.99 元
        arguments("1e16", "exceeds the largest amount, 9999999999999999.99 元"),
        arguments("10000000000000000", "exceeds the largest amount"),
        arguments("10000000000000000.00元", "exceeds the largest amount"),
        arguments("100000000亿元", "exceeds the largest amount"),
        arguments("9".repeat(100), "exceeds the largest amount"),
        // compound amounts and trailing words
        arguments("1亿5000万元", "more than one number or unit"),
        arguments("1亿 5000万", "more than one number or unit"),
        arguments("5000万元元", "unexpected character '元' at position 7; nothing may follow the unit"),
        arguments("1亿亿元", "unexpected character '亿' at position 3; nothing may follow the unit"),
        arguments("1亿元以上", "unexpected character '以' at position 4; nothing may follow the unit"),
        arguments("100元整", "nothing may follow the unit"),
        arguments("100元\u0000", "unexpected character U+0000 at position 5"),
        arguments("1e8e8", "unexpected character 'e' at position 4; expected 元, 万元, 亿元, 万 or 亿"),
        // other units and words
        arguments("100 dollars", "expected 元, 万元, 亿元, 万 or 亿 after the number"),
        arguments("100USD", "expected 元, 万元, 亿元, 万 or 亿 after the number"),
        arguments("100圆", "unexpected character '圆' at position 4"),
        // Chinese numerals (and 千 as a unit) are not read
        arguments("一亿元", "Chinese numerals such as '一' are not read"),
        arguments("5千元", "Chinese numerals such as '千' are not read"),
        arguments("壹佰元整", "Chinese numerals such as '壹' are not read"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("rejected")
  void rejectsWithAMessageThatQuotesTheTextAndSaysWhy(String text, String reason) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse(text))
        .withMessageStartingWith("Money.parse(\"")
        .withMessageContaining(reason);
  }

  @Test
  void quotesTheTextExactlyWithControlCharactersEscaped() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse("0.001元"))
        .withMessage(
            "Money.parse(\"0.001元\"): the amount is finer than 1 分 (0.01 元); an amount of money is"
                + " a whole number of 分");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse("1\n2"))
        .withMessageStartingWith("Money.parse(\"1\\u000A2\"): ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse("\"5\""))
        .withMessageStartingWith("Money.parse(\"\\\"5\\\"\"): ");
  }

  @Test
  void cutsLongTextsInTheMessageAndRejectsTextsOverOneHundredCharacters() {
    String longText = "1".repeat(150) + "元";

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse(longText))
        .withMessage(
            "Money.parse(\""
                + "1".repeat(40)
                + "…\" (151 characters)): the text is longer than 100 characters");
  }

  @Test
  void exactlyOneHundredCharactersAreRead() {
    String padded = " ".repeat(96) + "100元"; // 96 + 4 = 100 characters

    assertThat(Money.parse(padded)).isEqualTo(Money.ofYuan(100));
  }

  @Test
  void rejectsNullWithTheArgumentName() {
    assertThatNullPointerException().isThrownBy(() -> Money.parse(null)).withMessage("text");
  }
}
