package org.employmentlinkage.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Fuzzes {@link Money#parse(String)} with arbitrary text (the fuzzer's bytes read as UTF-8) and
 * checks its documented contract, not merely that nothing crashes:
 *
 * <ul>
 *   <li>an accepted text is an amount from {@link Money#ZERO} to {@link Money#MAX}, and every
 *       written form of it ({@link Money#toString()}, {@link Money#format(MoneyUnit)} in each unit,
 *       {@link Money#toDisplayString()}) is plain (no exponent) and reads back as the same amount;
 *   <li>a plain ASCII decimal number ({@code 123.45}) is accepted exactly when it is a whole number
 *       of 分 within range, as the class javadoc says, and then equals the number it writes;
 *   <li>a rejected text raises exactly {@link IllegalArgumentException} (not a subclass such as
 *       {@link NumberFormatException} leaking from a number parser), whose message is {@code
 *       Money.parse("TEXT"): REASON} with the text quoted and a non-blank reason.
 * </ul>
 *
 * <p>Regression mode (every {@code ./mvnw verify}) replays the seeds in {@code
 * MoneyTextFuzzTestInputs/parse/}; fuzzing: see {@code docs/fuzzing.md}.
 */
class MoneyTextFuzzTest {

  /** A plain ASCII decimal number, the one form whose meaning the test can state independently. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]{1,60}(\\.[0-9]{1,30})?");

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "亿元",
    "万元",
    "元",
    "亿",
    "万",
    "¥",
    "￥",
    "人民币",
    ",",
    ".",
    "e",
    "E",
    "e-",
    "e+",
    "\u3000",
    "１",
    "，",
    "．",
    "NaN",
    "∞",
    "一",
    "-",
    "+",
    "9999999999999999.99"
  })
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Money m;
    try {
      m = Money.parse(text);
    } catch (IllegalArgumentException e) {
      checkRejection(text, e);
      return;
    }
    checkAccepted(text, m);
  }

  private static void checkAccepted(String text, Money m) {
    assertThat(m.fen()).as("fen of %s", text).isBetween(0L, Money.MAX.fen());
    assertThat(m.yuan().scale()).isEqualTo(2);
    assertThat(Money.parse(m.toString())).isEqualTo(m);
    assertThat(m.format(MoneyUnit.YUAN)).isEqualTo(m + "元");
    for (MoneyUnit unit : MoneyUnit.values()) {
      String written = m.format(unit);
      assertThat(written).endsWith(unit.suffix()).doesNotContain("E").doesNotContain("e");
      assertThat(Money.parse(written)).as("parse(format(%s))", unit).isEqualTo(m);
    }
    String display = m.toDisplayString();
    assertThat(display).doesNotContain("E").doesNotContain("e");
    assertThat(Money.parse(display)).as("parse(toDisplayString())").isEqualTo(m);
    if (PLAIN_DECIMAL.matcher(text).matches()) {
      assertThat(m.yuan().compareTo(new BigDecimal(text))).as("value of %s", text).isZero();
    }
  }

  private static void checkRejection(String text, IllegalArgumentException e) {
    if (e.getClass() != IllegalArgumentException.class) {
      fail("Money.parse threw " + e.getClass().getName() + ", not IllegalArgumentException", e);
    }
    String message = e.getMessage();
    assertThat(message).as("message").isNotNull().startsWith("Money.parse(\"").contains("): ");
    String reason = message.substring(message.lastIndexOf("): ") + 3);
    assertThat(reason).as("reason in %s", message).isNotBlank();
    if (PLAIN_DECIMAL.matcher(text).matches()) {
      BigDecimal value = new BigDecimal(text);
      boolean inRange = value.compareTo(Money.MAX.yuan()) <= 0;
      boolean wholeFen = value.stripTrailingZeros().scale() <= 2;
      assertThat(inRange && wholeFen)
          .as("%s is a whole number of 分 within range but was rejected: %s", text, message)
          .isFalse();
    }
  }
}
