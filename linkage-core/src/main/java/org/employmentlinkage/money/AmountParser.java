package org.employmentlinkage.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * The strict reader of written amounts behind {@code Money.parse}.
 *
 * <p>Grammar (after full-width ASCII forms U+FF01–U+FF5E are read as their ASCII counterparts):
 *
 * <pre>
 * amount   = [ws] [prefix [ws]] number [ws] [unit] [ws]
 * prefix   = "¥" | "￥" | "人民币"
 * number   = integer ["." digit+] [exponent]
 * integer  = digit+ | group ("," digit{3})+        group = 1–3 digits, not starting with 0
 * exponent = ("e" | "E") ["+" | "-"] digit+        value within ±99, not with ","
 * unit     = "元" | "万元" | "万" | "亿元" | "亿"   none means 元
 * ws       = any run of white space (including U+3000 and no-break spaces)
 * </pre>
 *
 * <p>The text is at most {@value #MAX_TEXT_LENGTH} characters. Every other text is rejected with a
 * reason; in particular negative numbers, a plus sign, NaN and infinities, Chinese numerals, spaces
 * inside the number and compound amounts such as {@code 1亿5000万元}. Stateless and thread-safe.
 */
final class AmountParser {
  /** The longest text read; longer texts are rejected before any digit is read. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** The largest absolute value of an exponent ({@code 1e99}). */
  public static final int MAX_EXPONENT = 99;

  private static final String CHINESE_NUMERALS = "〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟";

  private static final List<String> PREFIXES = List.of("¥", "\uFFE5", "人民币");

  private static final String UNITS = "元, 万元, 亿元, 万 or 亿";

  private AmountParser() {}

  /**
   * Reads a written amount as an exact number of yuan.
   *
   * <p>The result is not negative and its size is bounded (at most 100 digits, exponent within a
   * few hundred), but it is not yet checked against the largest amount or for sub-分 precision; see
   * {@link Amounts#toFen}.
   *
   * @param text the text
   * @return the amount in yuan
   * @throws IllegalArgumentException if the text does not follow the grammar; the message quotes
   *     the text and says why
   */
  public static BigDecimal parseYuan(String text) {
    return new Scan(text).amount();
  }

  /** One reading of one text. */
  private static final class Scan {
    private final String original;
    private final String s;
    private final int n;
    private int i;

    Scan(String original) {
      this.original = original;
      if (original.length() > MAX_TEXT_LENGTH) {
        throw fail("the text is longer than " + MAX_TEXT_LENGTH + " characters");
      }
      this.s = halfWidth(original);
      this.n = s.length();
    }

    BigDecimal amount() {
      skipSpace();
      if (i == n) {
        throw fail(n == 0 ? "the text is empty" : "the text is blank (only white space)");
      }
      rejectNonNumbers();
      String prefix = prefix();
      skipSpace();
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
        throw fail("negative amounts are not allowed (the text has a minus sign)");
      }
      if (i < n && s.charAt(i) == '+') {
        throw fail("a plus sign is not allowed; write the number alone");
      }
      if (i == n || !isDigit(s.charAt(i))) {
        throw noNumber(prefix);
      }

      // integer part, possibly with thousands separators
      int intStart = i;
      boolean grouped = false;
      while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ',')) {
        grouped |= s.charAt(i) == ',';
        i++;
      }
      String integer = s.substring(intStart, i);
      if (grouped) {
        checkGrouping(integer);
        integer = integer.replace(",", "");
      }

      // fraction
      String fraction = "";
      if (i < n && s.charAt(i) == '.') {
        i++;
        int fracStart = i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == fracStart) {
          throw fail("a decimal point must be followed by digits");
        }
        fraction = s.substring(fracStart, i);
        if (i < n && s.charAt(i) == ',') {
          throw fail("a thousands separator ',' cannot come after the decimal point");
        }
      }

      // exponent
      int exponent = 0;
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        if (grouped) {
          throw fail("an exponent cannot be combined with thousands separators");
        }
        exponent = exponent();
      }

      int numberEnd = i;
      skipSpace();
      if (i > numberEnd && i < n && isDigit(s.charAt(i))) {
        throw fail(
            "white space inside the number is not allowed (thousands are separated with ',')");
      }
      int unitPower = unit();
      boolean hasUnit = unitPower >= 0;
      skipSpace();
      if (i < n) {
        throw trailing(hasUnit);
      }

      BigInteger unscaled = new BigInteger(integer + fraction);
      // |scale| <= 100 + 99 + 8: small, whatever the text
      int scale = fraction.length() - exponent - Math.max(unitPower, 0);
      return new BigDecimal(unscaled, scale);
    }

    private void rejectNonNumbers() {
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.contains("nan") || lower.contains("inf") || lower.indexOf('∞') >= 0) {
        throw fail("NaN and infinities are not amounts of money");
      }
      for (int k = 0; k < n; k++) {
        if (CHINESE_NUMERALS.indexOf(s.charAt(k)) >= 0) {
          throw fail(
              "Chinese numerals such as '"
                  + s.charAt(k)
                  + "' are not read; write the number in digits 0-9 followed by "
                  + UNITS
                  + " (e.g. 1亿元, 5000万元)");
        }
      }
    }

    private String prefix() {
      for (String p : PREFIXES) {
        if (s.startsWith(p, i)) {
          i += p.length();
          return p;
        }
      }
      return "";
    }

    private IllegalArgumentException noNumber(String prefix) {
      if (i == n) {
        return fail(
            prefix.isEmpty() ? "there is no number" : "there is no number after '" + prefix + "'");
      }
      char c = s.charAt(i);
      if (c == '.') {
        return fail("a number must start with a digit (write 0.5, not .5)");
      }
      int start = i;
      if (unit() >= 0) {
        return fail("there is no number before the unit '" + s.substring(start, i) + "'");
      }
      return unexpected(start, "expected a number");
    }

    private void checkGrouping(String integer) {
      // integer holds digits and commas and starts with a digit
      int firstComma = integer.indexOf(',');
      boolean ok = firstComma <= 3 && integer.charAt(0) != '0';
      int groupLength = 0;
      for (int k = firstComma + 1; ok && k < integer.length(); k++) {
        if (integer.charAt(k) == ',') {
          ok = groupLength == 3;
          groupLength = 0;
        } else {
          groupLength++;
        }
      }
      if (!ok || groupLength != 3) {
        throw fail(
            "misplaced thousands separator ',': after the first group of 1 to 3 digits (not"
                + " starting with 0) every group has exactly 3 digits, e.g. 100,000,000");
      }
    }

    private int exponent() {
      i++; // e or E
      boolean negative = false;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
        negative = s.charAt(i) != '+';
        i++;
      }
      int start = i;
      int value = 0;
      while (i < n && isDigit(s.charAt(i))) {
        value = Math.min(value * 10 + (s.charAt(i) - '0'), MAX_EXPONENT + 1);
        i++;
      }
      if (i == start) {
        throw fail("the exponent after 'e' has no digits");
      }
      if (value > MAX_EXPONENT) {
        throw fail(
            "the exponent is outside -" + MAX_EXPONENT + "..+" + MAX_EXPONENT + " (too large)");
      }
      return negative ? -value : value;
    }

    /** Reads a unit at {@code i}; returns its power of ten or -1 when there is none. */
    private int unit() {
      if (s.startsWith("亿元", i)) {
        i += 2;
        return 8;
      }
      if (s.startsWith("万元", i)) {
        i += 2;
        return 4;
      }
      int power =
          i == n
              ? -1
              : switch (s.charAt(i)) {
                case '亿' -> 8;
                case '万' -> 4;
                case '元' -> 0;
                default -> -1;
              };
      if (power >= 0) {
        i++;
      }
      return power;
    }

    private IllegalArgumentException trailing(boolean hasUnit) {
      for (int k = i; hasUnit && k < n; k++) {
        if (isDigit(s.charAt(k))) {
          return fail(
              "more than one number or unit; write a single number with a single unit (e.g."
                  + " 1.5亿元, not 1亿5000万元)");
        }
      }
      return unexpected(
          i, hasUnit ? "nothing may follow the unit" : "expected " + UNITS + " after the number");
    }

    private IllegalArgumentException unexpected(int at, String expected) {
      int cp = original.codePointAt(at);
      String shown =
          Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
              ? String.format(Locale.ROOT, "U+%04X", cp)
              : "'" + new String(Character.toChars(cp)) + "'";
      return fail("unexpected character " + shown + " at position " + (at + 1) + "; " + expected);
    }

    private void skipSpace() {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
    }

    private IllegalArgumentException fail(String why) {
      return new IllegalArgumentException("Money.parse(" + Amounts.quote(original) + "): " + why);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Maps the full-width forms U+FF01–U+FF5E to ASCII U+0021–U+007E; keeps the length. */
  private static String halfWidth(String text) {
    char[] chars = null;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[k] = (char) (c - 0xFEE0);
      }
    }
    return chars == null ? text : new String(chars);
  }
}
