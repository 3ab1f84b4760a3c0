package org.employmentlinkage.money;

import java.math.BigDecimal;

/**
 * The units amounts are written in: 元, 万元 (10⁴ 元) and 亿元 (10⁸ 元).
 *
 * <p>Immutable and thread-safe.
 */
public enum MoneyUnit {
  /** 元 (yuan). */
  YUAN("元", 0),
  /** 万元 (ten thousand yuan, 10⁴ 元). */
  WAN("万元", 4),
  /**
   * 亿元 (one hundred million yuan, 10⁸ 元); 大政办发〔2018〕83号 一（一） sets the major-project threshold at
   * 1亿元.
   */
  YI("亿元", 8);

  private final String suffix;
  private final int powerOfTen;

  MoneyUnit(String suffix, int powerOfTen) {
    this.suffix = suffix;
    this.powerOfTen = powerOfTen;
  }

  /**
   * The suffix written after a number in this unit.
   *
   * @return 元, 万元 or 亿元
   */
  public String suffix() {
    return suffix;
  }

  /**
   * How many yuan one of this unit is.
   *
   * @return 1, 10000 or 100000000
   */
  public BigDecimal inYuan() {
    return BigDecimal.TEN.pow(powerOfTen);
  }

  /** The power of ten of yuan one of this unit is: 0, 4 or 8. */
  int powerOfTen() {
    return powerOfTen;
  }
}
