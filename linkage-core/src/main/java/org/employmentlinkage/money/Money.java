package org.employmentlinkage.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative, exact amount of Chinese yuan (人民币) with a fixed scale of 2 (分), so equal amounts
 * are equal ({@code Money.parse("1亿元").equals(Money.parse("100000000"))}).
 *
 * <p>Immutable, thread-safe and serializable. Never uses {@code double}.
 */
public final class Money implements Comparable<Money>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Zero yuan. */
  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  /** The amount in yuan, scale exactly 2, never negative. */
  private final BigDecimal yuan;

  private Money(BigDecimal yuan) {
    this.yuan = yuan;
  }

  /**
   * An amount given in yuan.
   *
   * @param yuan the amount, at most 2 decimal places (分), not negative
   * @return the amount
   * @throws NullPointerException if {@code yuan} is null
   * @throws IllegalArgumentException if {@code yuan} is negative or finer than 分
   */
  public static Money ofYuan(BigDecimal yuan) {
    return NotYetImplemented.fail();
  }

  /**
   * An amount given in a unit, e.g. {@code of(new BigDecimal("1.2"), MoneyUnit.YI)} for 1.2亿元.
   *
   * @param amount the amount in {@code unit}
   * @param unit the unit
   * @return the amount
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative or finer than 分 once converted to
   *     yuan
   */
  public static Money of(BigDecimal amount, MoneyUnit unit) {
    return NotYetImplemented.fail();
  }

  /**
   * Parses an amount: "1亿元", "1.2亿", "5000万元", "100,000,000元", "99999999.99", "1e8"; a bare number
   * is 元.
   *
   * @param text the text
   * @return the amount
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not an amount, is negative, or is finer than 分;
   *     the message quotes the text and says why
   */
  public static Money parse(String text) {
    return NotYetImplemented.fail();
  }

  /**
   * The amount in yuan.
   *
   * @return the amount, scale 2
   */
  public BigDecimal yuan() {
    return yuan;
  }

  /**
   * Whether this amount is at least {@code other} (the "以上" of Chinese legal texts, which includes
   * the number itself).
   *
   * @param other the amount to compare with
   * @return {@code this >= other}
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isAtLeast(Money other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other && yuan.equals(other.yuan);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(yuan);
  }

  /**
   * The amount in yuan as a plain number with two decimals, e.g. {@code 100000000.00}.
   *
   * @return the plain text
   */
  @Override
  public String toString() {
    return yuan.toPlainString();
  }
}
