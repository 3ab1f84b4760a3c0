package org.employmentlinkage.money;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The range rules every amount of money obeys, and the text helpers of error messages.
 *
 * <p>An amount is a whole number of 分 (fen, 0.01 元) from 0 to {@link #MAX_FEN}. Stateless and
 * thread-safe.
 */
final class Amounts {
  /**
   * The largest amount in 分: 10<sup>18</sup> − 1 分 = 9,999,999,999,999,999.99 元 (just under 1亿亿元),
   * the largest amount with at most 16 digits before the decimal point. It fits in a {@code long}
   * with room for the sum of two amounts, and it is more than 10,000 times China's annual GDP, so
   * no real project comes near it.
   */
  public static final long MAX_FEN = 999_999_999_999_999_999L;

  /** {@link #MAX_FEN} in 元, scale 2. */
  public static final BigDecimal MAX_YUAN = BigDecimal.valueOf(MAX_FEN, 2);

  /**
   * The most decimal places an amount or a factor may have: checked before any work, since {@code
   * BigDecimal.stripTrailingZeros} and rounding take time quadratic in the digits on JDK 17 (a
   * million trailing zeros took about ten minutes).
   */
  public static final int MAX_SCALE = 100;

  /** Texts longer than this are cut in error messages. */
  private static final int QUOTE_LIMIT = 40;

  /** Numbers with more bits than this are described, not written out, in error messages. */
  private static final int DESCRIBE_BITS = 1024;

  private Amounts() {}

  /**
   * Converts an exact amount of yuan to 分, checking the rules of an amount.
   *
   * <p>Safe for any {@code BigDecimal}, including ones with huge or tiny exponents: the magnitude
   * is checked before any digits are expanded.
   *
   * @param yuan the amount in yuan
   * @param where what the amount is, for the error message, e.g. {@code Money.ofYuan(yuan = -1)}
   * @return the amount in 分, from 0 to {@link #MAX_FEN}
   * @throws IllegalArgumentException if {@code yuan} is negative, larger than {@link #MAX_YUAN}, or
   *     not a whole number of 分
   */
  public static long toFen(BigDecimal yuan, Supplier<String> where) {
    int signum = yuan.signum();
    if (signum == 0) {
      return 0;
    }
    if (signum < 0) {
      throw negative(where);
    }
    // decided from the number's size in bits and its scale, before any digit is looked at
    if (log10Lower(yuan) >= 17) {
      throw tooLarge(where);
    }
    if (log10Upper(yuan) <= -2) {
      throw finerThanOneFen(where); // below 0.01 元
    }
    if (yuan.scale() > MAX_SCALE) {
      throw tooManyDecimals(where, yuan.scale());
    }
    if (yuan.compareTo(MAX_YUAN) > 0) {
      throw tooLarge(where);
    }
    // Bounded above by MAX_YUAN, so the integer part has at most 16 digits.
    BigDecimal stripped = yuan.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw finerThanOneFen(where);
    }
    return stripped.movePointRight(2).longValueExact();
  }

  /**
   * A lower bound of log<sub>10</sub> of a positive number, from its unscaled value's bit length
   * and its scale only (constant time, whatever the number's size): {@code x >= 10^log10Lower(x)}.
   *
   * @param x a positive number
   * @return a whole number {@code k} with {@code x >= 10^k}
   */
  public static long log10Lower(BigDecimal x) {
    // 2^(bits - 1) <= unscaled, and log10(2) > 0.30102
    return Math.floorDiv((x.unscaledValue().bitLength() - 1) * 30102L, 100000L) - x.scale();
  }

  /**
   * An upper bound of log<sub>10</sub> of a positive number, in constant time: {@code x < 10^k}.
   *
   * @param x a positive number
   * @return a whole number {@code k} with {@code x < 10^k}
   */
  public static long log10Upper(BigDecimal x) {
    // unscaled < 2^bits, and log10(2) < 0.30103
    return (x.unscaledValue().bitLength() * 30103L) / 100000L + 1 - x.scale();
  }

  /**
   * The error for an amount finer than 1 分.
   *
   * @param where what the amount is, e.g. {@code Money.ofYuan(yuan = 0.001)}
   * @return the exception to throw
   */
  public static IllegalArgumentException finerThanOneFen(Supplier<String> where) {
    return new IllegalArgumentException(
        where.get()
            + ": the amount is finer than 1 分 (0.01 元); an amount of money is a whole number of"
            + " 分");
  }

  /**
   * The error for a number with more decimal places than {@link #MAX_SCALE}.
   *
   * @param where what the number is, e.g. {@code Money.ofYuan(yuan = …)}
   * @param scale its scale
   * @return the exception to throw
   */
  public static IllegalArgumentException tooManyDecimals(Supplier<String> where, int scale) {
    return new IllegalArgumentException(
        where.get()
            + ": the number has "
            + scale
            + " decimal places, more than the "
            + MAX_SCALE
            + " that are read");
  }

  /**
   * A number for an error message: written out and abbreviated as {@link #abbreviate(String)} when
   * it is short, described by its size when writing it out would take long.
   *
   * @param x the number
   * @return e.g. {@code 1.500} or {@code a number of 1000001 digits, scale 1000000}
   */
  public static String describe(BigDecimal x) {
    if (x.unscaledValue().bitLength() <= DESCRIBE_BITS) {
      return abbreviate(x.toString());
    }
    return "a number of about "
        + ((x.unscaledValue().bitLength() * 30103L) / 100000L + 1)
        + " digits, scale "
        + x.scale();
  }

  /**
   * Checks that a number of 分 is an amount.
   *
   * @param fen the amount in 分
   * @param where what the amount is, for the error message
   * @return {@code fen}
   * @throws IllegalArgumentException if {@code fen} is negative or larger than {@link #MAX_FEN}
   */
  public static long checkFen(long fen, Supplier<String> where) {
    if (fen < 0) {
      throw negative(where);
    }
    if (fen > MAX_FEN) {
      throw tooLarge(where);
    }
    return fen;
  }

  /**
   * The error for a negative amount.
   *
   * @param where what the amount is, e.g. {@code Money.ofYuan(yuan = -1)}
   * @return the exception to throw
   */
  public static IllegalArgumentException negative(Supplier<String> where) {
    return new IllegalArgumentException(
        where.get() + ": the amount is negative; amounts of money are never negative");
  }

  /**
   * The error for an amount above {@link #MAX_FEN}.
   *
   * @param where what the amount is, e.g. {@code Money.ofYuan(yuan = 1e20)}
   * @return the exception to throw
   */
  public static IllegalArgumentException tooLarge(Supplier<String> where) {
    return new IllegalArgumentException(
        where.get()
            + ": the amount exceeds the largest amount, "
            + MAX_YUAN.toPlainString()
            + " 元 (Money.MAX)");
  }

  /**
   * Quotes a text for an error message: in double quotes, with control characters, quotes and
   * backslashes escaped, and cut after 40 characters (the message then gives the full length).
   *
   * @param text the text
   * @return the quoted text
   */
  public static String quote(String text) {
    return '"' + abbreviate(text) + '"' + (text.length() > QUOTE_LIMIT ? lengthNote(text) : "");
  }

  /**
   * A text for an error message without quotes: escaped as in {@link #quote(String)} and cut after
   * 40 characters with an ellipsis.
   *
   * @param text the text
   * @return the escaped and possibly shortened text
   */
  public static String abbreviate(String text) {
    int end = Math.min(text.length(), QUOTE_LIMIT);
    if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never cut a surrogate pair in two
    }
    StringBuilder out = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (end < text.length()) {
      out.append('…');
    }
    return out.toString();
  }

  private static String lengthNote(String text) {
    return " (" + text.length() + " characters)";
  }
}
