package org.employmentlinkage.money;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative, exact amount of Chinese yuan (人民币元), a whole number of 分 (fen, 0.01 元) from
 * {@link #ZERO} to {@link #MAX}.
 *
 * <p>The scale is fixed at 2, so equal amounts are equal whatever way they were written: {@code
 * Money.parse("1亿元")}, {@code Money.parse("100,000,000元")}, {@code Money.parse("1e8")} and {@code
 * Money.ofYuan(new BigDecimal("100000000.000"))} are all equal, and {@link #equals(Object)}, {@link
 * #hashCode()} and {@link #compareTo(Money)} agree. No operation uses {@code double}; no operation
 * rounds unless it takes a {@link RoundingMode}.
 *
 * <p><b>Reading text.</b> {@link #parse(String)} reads amounts as written in Chinese documents and
 * spreadsheets ("1亿元", "1.2亿", "5000万元", "100,000,000元", "99999999.99", "1e8") and rejects
 * everything it would have to guess about, with a message that quotes the text and says why.
 *
 * <p><b>Writing text.</b> {@link #toString()} is the plain amount in yuan with two decimals
 * ("100000000.00"); {@link #format(MoneyUnit)} writes it in a chosen unit ("1.2亿元", "5000万元",
 * "100000000.00元"); {@link #toDisplayString()} chooses the unit for reading. Every written form is
 * exact and is read back by {@link #parse(String)} as the same amount.
 *
 * <p><b>Upper bound.</b> {@link #MAX} is 9999999999999999.99 元 (10<sup>18</sup> − 1 分, the largest
 * amount with 16 digits before the decimal point; about 10,000 times China's annual GDP), so an
 * amount fits in a {@code long} of 分 and absurd inputs such as {@code 1e999999999} fail fast.
 *
 * <p>Immutable and thread-safe; serializable (the serialized form is the number of 分, checked when
 * read).
 */
public final class Money implements Comparable<Money>, Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private static final long FEN_PER_YUAN = 100;
  private static final long FEN_PER_WAN = 1_000_000;
  private static final long FEN_PER_YI = 10_000_000_000L;

  /**
   * A positive amount below 0.005 元 (half a 分): every rounding mode rounds it to 分 as it rounds any
   * positive amount below 0.005 元, so it stands in for tiny products.
   */
  private static final BigDecimal BELOW_ONE_FEN = new BigDecimal("0.001");

  /** Factors above this make any nonzero amount exceed {@link #MAX}. */
  private static final BigDecimal FACTOR_ABOVE_MAX = new BigDecimal("1E+18");

  /** Factors below this make any amount smaller than {@link #BELOW_ONE_FEN}. */
  private static final BigDecimal FACTOR_BELOW_ONE_FEN = new BigDecimal("1E-19");

  /**
   * The most decimal places a {@code BigDecimal} given to {@link #ofYuan(BigDecimal)}, {@link
   * #of(BigDecimal, MoneyUnit)} or {@link #multiply(BigDecimal, RoundingMode)} may have: 100. The
   * scale is checked before any digit is looked at (trimming the trailing zeros of a number with a
   * million of them takes minutes on JDK 17); real amounts and factors have a handful.
   */
  public static final int MAX_SCALE = Amounts.MAX_SCALE;

  /** Zero yuan (0.00 元). */
  public static final Money ZERO = new Money(0);

  /**
   * The largest amount, 9999999999999999.99 元 (10<sup>18</sup> − 1 分, just under 1亿亿元). Larger
   * amounts are rejected by every factory method and by {@link #parse(String)}, and arithmetic that
   * would exceed it throws {@link ArithmeticException}.
   */
  public static final Money MAX = new Money(Amounts.MAX_FEN);

  /** The amount in 分 (fen, 0.01 元), from 0 to {@code MAX.fen()}. */
  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  private static Money fromFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * An amount given in yuan. Trailing zeros do not matter: {@code ofYuan(new BigDecimal("1.500"))}
   * equals {@code ofYuan(new BigDecimal("1.5"))}.
   *
   * @param yuan the amount in yuan; not negative, at most {@link #MAX}, a whole number of 分 (digits
   *     beyond the second decimal place must be zeros), at most {@link #MAX_SCALE} decimal places
   * @return the amount
   * @throws NullPointerException if {@code yuan} is null
   * @throws IllegalArgumentException if {@code yuan} is negative, larger than {@link #MAX}, finer
   *     than 分, or has more than {@link #MAX_SCALE} decimal places
   */
  public static Money ofYuan(BigDecimal yuan) {
    Objects.requireNonNull(yuan, "yuan");
    return fromFen(
        Amounts.toFen(yuan, () -> "Money.ofYuan(yuan = " + Amounts.describe(yuan) + ")"));
  }

  /**
   * An amount of whole yuan.
   *
   * @param yuan the amount in yuan; from 0 to 9999999999999999 (the whole yuan of {@link #MAX})
   * @return the amount
   * @throws IllegalArgumentException if {@code yuan} is negative or larger than 9999999999999999
   */
  public static Money ofYuan(long yuan) {
    Supplier<String> where = () -> "Money.ofYuan(yuan = " + yuan + ")";
    if (yuan < 0) {
      throw Amounts.negative(where);
    }
    if (yuan > Amounts.MAX_FEN / FEN_PER_YUAN) {
      throw Amounts.tooLarge(where);
    }
    return fromFen(yuan * FEN_PER_YUAN);
  }

  /**
   * An amount given in 分 (fen, 0.01 元): {@code ofFen(1)} is 0.01 元.
   *
   * @param fen the amount in 分; from 0 to 999999999999999999 ({@link #MAX} in 分)
   * @return the amount
   * @throws IllegalArgumentException if {@code fen} is negative or larger than {@link #MAX} in 分
   */
  public static Money ofFen(long fen) {
    return fromFen(Amounts.checkFen(fen, () -> "Money.ofFen(fen = " + fen + ")"));
  }

  /**
   * An amount given in a unit, e.g. {@code of(new BigDecimal("1.2"), MoneyUnit.YI)} for 1.2亿元.
   *
   * <p>Precision is judged on the amount in yuan, not on the digits given: {@code of(new
   * BigDecimal("1.234"), MoneyUnit.WAN)} is 12340.00 元 and is accepted, {@code of(new
   * BigDecimal("1.234567"), MoneyUnit.WAN)} (12345.67 元) too, but {@code of(new
   * BigDecimal("1.2345678"), MoneyUnit.WAN)} (12345.678 元) is finer than 分 and is rejected.
   *
   * @param amount the amount in {@code unit}; not negative, at most {@link #MAX_SCALE} decimal
   *     places
   * @param unit the unit
   * @return the amount
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative, larger than {@link #MAX}, finer
   *     than 分 once converted to yuan, or has more than {@link #MAX_SCALE} decimal places
   */
  public static Money of(BigDecimal amount, MoneyUnit unit) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    Supplier<String> where =
        () ->
            "Money.of(amount = "
                + Amounts.describe(amount)
                + ", unit = "
                + unit
                + " "
                + unit.suffix()
                + ")";
    // Checked before scaling, so that scaleByPowerOfTen never meets an extreme exponent:
    // a nonzero amount at most MAX has at most 16 digits before the decimal point.
    int signum = amount.signum();
    if (signum == 0) {
      return ZERO;
    }
    if (signum < 0) {
      throw Amounts.negative(where);
    }
    // decided in constant time, whatever the number of digits
    if (Amounts.log10Lower(amount) + unit.powerOfTen() >= 17) {
      throw Amounts.tooLarge(where);
    }
    if (Amounts.log10Upper(amount) + unit.powerOfTen() <= -2) {
      throw Amounts.finerThanOneFen(where); // below 0.01 元
    }
    if (amount.scale() > MAX_SCALE) {
      throw Amounts.tooManyDecimals(where, amount.scale());
    }
    if (amount.compareTo(Amounts.MAX_YUAN) > 0) {
      throw Amounts.tooLarge(where);
    }
    return fromFen(Amounts.toFen(amount.scaleByPowerOfTen(unit.powerOfTen()), where));
  }

  /**
   * Reads a written amount: "1亿元", "1.2亿", "5000万元", "100,000,000元", "99999999.99", "1e8".
   *
   * <p>The rules, strict on purpose (anything that would need a guess is rejected):
   *
   * <ul>
   *   <li><b>Number.</b> ASCII digits 0–9, optionally a decimal point followed by digits,
   *       optionally an exponent {@code e}/{@code E} with an optional sign and a value within ±99
   *       ({@code 1e8}, {@code 1.5E-2}). It starts with a digit ({@code 0.5}, not {@code .5}).
   *       Leading zeros are allowed ({@code 007}).
   *   <li><b>Thousands separators.</b> Optional commas in the integer part, in the standard places
   *       only: a first group of 1 to 3 digits not starting with 0, then groups of exactly 3 digits
   *       ({@code 100,000,000}). {@code 1,00}, {@code 1000,000}, {@code 1,000,} and a comma after
   *       the decimal point are rejected (so a European decimal comma {@code 1,5} is never
   *       misread), as is a comma together with an exponent.
   *   <li><b>Unit.</b> Optional, after the number: {@code 元}, {@code 万元} or {@code 万} (10⁴ 元),
   *       {@code 亿元} or {@code 亿} (10⁸ 元). A bare number is 元. Only one number and one unit:
   *       compound amounts such as {@code 1亿5000万元} are rejected (write {@code 1.5亿元}). Other units
   *       ({@code 千元}, {@code 角}, {@code 分}, {@code 圆}) and trailing words ({@code 整}, {@code 以上})
   *       are rejected.
   *   <li><b>Currency sign.</b> Optional, before the number: {@code ¥} (U+00A5), {@code ￥} (U+FFE5)
   *       or {@code 人民币}.
   *   <li><b>White space</b> (including U+3000 and no-break spaces) is allowed around the text and
   *       between sign, number and unit ({@code "¥ 5000 万元"}), never inside the number ({@code 1
   *       000} is rejected).
   *   <li><b>Full-width forms.</b> Full-width ASCII characters U+FF01–U+FF5E are read as their
   *       ASCII counterparts, so {@code １，０００} and {@code １．５亿} are read like {@code 1,000} and
   *       {@code 1.5亿}. No other Unicode digits are read.
   *   <li><b>Precision</b> is judged on the amount in yuan: {@code 1.234万元} (12340 元) and {@code
   *       1.000元} are accepted; {@code 0.001元} and {@code 1.2345678万元} are finer than 分 and
   *       rejected.
   *   <li><b>Rejected</b> with their own reason: empty or blank text; any minus sign, even on zero
   *       (amounts are never negative); a plus sign; {@code NaN}, {@code Infinity}, {@code ∞} (in
   *       any letter case); Chinese numerals ({@code 一亿元}); amounts above {@link #MAX}; exponents
   *       outside ±99 ({@code 1e999999999} fails at once, without building a huge number); texts
   *       longer than 100 characters.
   * </ul>
   *
   * @param text the text
   * @return the amount
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not an amount by the rules above, is negative,
   *     is larger than {@link #MAX}, or is finer than 分; the message quotes the text (cut after 40
   *     characters) and says why
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    BigDecimal yuan = AmountParser.parseYuan(text);
    return fromFen(Amounts.toFen(yuan, () -> "Money.parse(" + Amounts.quote(text) + ")"));
  }

  /**
   * The amount in yuan.
   *
   * @return the amount, scale exactly 2 (e.g. {@code 100000000.00})
   */
  public BigDecimal yuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * The amount in 分 (fen, 0.01 元).
   *
   * @return the number of 分, from 0 to {@code MAX.fen()}
   */
  public long fen() {
    return fen;
  }

  /**
   * Whether this amount is zero.
   *
   * @return {@code true} for 0.00 元
   */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * Whether this amount is at least {@code other} (the "以上" of Chinese legal texts, which includes
   * the number itself: 《民法典》第1259条).
   *
   * @param other the amount to compare with
   * @return {@code this >= other}
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isAtLeast(Money other) {
    return compareTo(other) >= 0;
  }

  /**
   * The sum of this amount and {@code other}.
   *
   * @param other the amount to add
   * @return {@code this + other}
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if the sum is larger than {@link #MAX}
   */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    long sum = fen + other.fen; // both <= 10^18 - 1, so no long overflow
    if (sum > Amounts.MAX_FEN) {
      throw new ArithmeticException(
          "Money.plus: " + this + " + " + other + " exceeds the largest amount, " + MAX + " 元");
    }
    return fromFen(sum);
  }

  /**
   * The difference of this amount and {@code other}.
   *
   * @param other the amount to subtract
   * @return {@code this - other}
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if {@code other} is larger than this amount (amounts are never
   *     negative)
   */
  public Money minus(Money other) {
    Objects.requireNonNull(other, "other");
    if (other.fen > fen) {
      throw new ArithmeticException(
          "Money.minus: "
              + this
              + " - "
              + other
              + " is negative; amounts of money are never negative");
    }
    return fromFen(fen - other.fen);
  }

  /**
   * This amount multiplied by a factor and rounded to 分 with the given mode, e.g. a 5 % uplift:
   * {@code multiply(new BigDecimal("1.05"), RoundingMode.HALF_UP)}.
   *
   * <p>The product is computed exactly and rounded once. Factors with huge or tiny exponents are
   * safe: a product above {@link #MAX} fails before it is expanded, and a product below 0.001 元 is
   * rounded without expanding its digits.
   *
   * @param factor the factor; not negative; at most {@link #MAX_SCALE} decimal places, unless it is
   *     below 10<sup>-20</sup> (such a factor is rounded without looking at its digits)
   * @param rounding how to round the exact product to 分; {@link RoundingMode#UNNECESSARY} asserts
   *     that the product is a whole number of 分
   * @return the product rounded to 分
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code factor} is negative, or has more than {@link
   *     #MAX_SCALE} decimal places and is not below 10<sup>-20</sup>
   * @throws ArithmeticException if the product is larger than {@link #MAX}, or if {@code rounding}
   *     is {@link RoundingMode#UNNECESSARY} and the product is finer than 分
   */
  public Money multiply(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    if (factor.signum() < 0) {
      throw new IllegalArgumentException(
          "Money.multiply: factor ("
              + Amounts.describe(factor)
              + ") is negative; amounts of money are never negative");
    }
    if (fen == 0 || factor.signum() == 0) {
      return ZERO;
    }
    // Factors of extreme size are decided without multiplying, so that no scale can overflow and no
    // huge number is built: this amount is between 0.01 and 10^16 元. The bounds from the factor's
    // bit length and scale decide the extremes in constant time, whatever its number of digits.
    if (Amounts.log10Lower(factor) >= 19) {
      throw productTooLarge(factor); // 0.01 × (at least 10^19) > 10^16 > MAX
    }
    boolean tiny = Amounts.log10Upper(factor) <= -20; // below 10^-20
    if (!tiny && factor.scale() > MAX_SCALE) {
      throw Amounts.tooManyDecimals(
          () -> "Money.multiply(factor = " + Amounts.describe(factor) + ")", factor.scale());
    }
    // from here the factor has at most about 120 digits: comparing it is cheap
    if (!tiny && factor.compareTo(FACTOR_ABOVE_MAX) > 0) {
      throw productTooLarge(factor); // 0.01 × (more than 10^18) > 10^16 > MAX
    }
    BigDecimal exact =
        tiny || factor.compareTo(FACTOR_BELOW_ONE_FEN) < 0
            ? BELOW_ONE_FEN // 10^16 × (less than 10^-19) < 0.001
            : yuan().multiply(factor);
    if (exact.compareTo(Amounts.MAX_YUAN) > 0) {
      throw productTooLarge(factor);
    }
    if (exact.compareTo(BELOW_ONE_FEN) < 0) {
      exact = BELOW_ONE_FEN; // rounds like every positive product below 0.001 元, in every mode
    }
    BigDecimal rounded;
    try {
      rounded = exact.setScale(2, rounding);
    } catch (ArithmeticException e) {
      ArithmeticException detailed =
          new ArithmeticException(
              "Money.multiply: "
                  + this
                  + " × "
                  + Amounts.describe(factor)
                  + " is finer than 1 分 and the rounding mode is UNNECESSARY");
      detailed.initCause(e);
      throw detailed;
    }
    // exact <= MAX and MAX has scale 2, so rounding cannot go above MAX
    return fromFen(rounded.unscaledValue().longValueExact());
  }

  private ArithmeticException productTooLarge(BigDecimal factor) {
    return new ArithmeticException(
        "Money.multiply: "
            + this
            + " × "
            + Amounts.describe(factor)
            + " exceeds the largest amount, "
            + MAX
            + " 元");
  }

  /**
   * The amount written in {@code unit}, exact, without thousands separators.
   *
   * <p>In {@link MoneyUnit#YUAN} it always has two decimals, like {@link #toString()}: {@code
   * 100000000.00元}, {@code 0.50元}. In {@link MoneyUnit#WAN} and {@link MoneyUnit#YI} trailing zeros
   * after the decimal point are dropped, and so is a point with no digits after it: {@code 1.2亿元},
   * {@code 5000万元}, {@code 0万元}, {@code 0.0000000001亿元} (1 分). Never in scientific notation.
   *
   * @param unit the unit
   * @return the amount followed by the unit's suffix ({@link MoneyUnit#suffix()})
   * @throws NullPointerException if {@code unit} is null
   */
  public String format(MoneyUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit == MoneyUnit.YUAN) {
      return this + unit.suffix();
    }
    BigDecimal inUnit = BigDecimal.valueOf(fen, 2 + unit.powerOfTen()).stripTrailingZeros();
    return inUnit.toPlainString() + unit.suffix();
  }

  /**
   * The amount written for reading, in the largest unit that keeps it short and exact.
   *
   * <ul>
   *   <li>亿元 if it is at least 1亿元 and a whole number of 万元: {@code 1亿元}, {@code 1.2亿元}, {@code
   *       2.5003亿元};
   *   <li>otherwise 万元 if it is at least 1万元 and a whole number of 元: {@code 5000万元}, {@code
   *       12345.6789万元}, {@code 1.2345万元};
   *   <li>otherwise 元 with two decimals: {@code 99999999.99元}, {@code 9999.00元}, {@code 0.00元}.
   * </ul>
   *
   * <p>The result is exact (never rounded) and {@link #parse(String)} reads it back as this amount.
   *
   * @return the amount with its unit
   */
  public String toDisplayString() {
    if (fen >= FEN_PER_YI && fen % FEN_PER_WAN == 0) {
      return format(MoneyUnit.YI);
    }
    if (fen >= FEN_PER_WAN && fen % FEN_PER_YUAN == 0) {
      return format(MoneyUnit.WAN);
    }
    return format(MoneyUnit.YUAN);
  }

  /**
   * Compares amounts by size.
   *
   * @param other the amount to compare with
   * @return a negative number, zero or a positive number as this amount is smaller than, equal to
   *     or larger than {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  /**
   * Whether {@code o} is an amount of the same size (consistent with {@link #compareTo(Money)}).
   *
   * @param o the object to compare with
   * @return {@code true} if {@code o} is a {@code Money} of the same number of 分
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other && fen == other.fen;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /**
   * The amount in yuan as a plain number with two decimals, without unit or separators, e.g. {@code
   * 100000000.00} or {@code 0.50}.
   *
   * @return the plain text
   */
  @Override
  public String toString() {
    return yuan().toPlainString();
  }

  /**
   * Checks the amount read from a stream.
   *
   * @param in the stream
   * @throws IOException if reading fails
   * @throws ClassNotFoundException if a class of the stream is missing
   * @throws InvalidObjectException if the stream holds an amount that is negative or larger than
   *     {@link #MAX}
   */
  @Serial
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (fen < 0 || fen > Amounts.MAX_FEN) {
      throw new InvalidObjectException(
          "Money: serialized amount of " + fen + " 分 is outside 0.." + Amounts.MAX_FEN + " 分");
    }
  }
}
