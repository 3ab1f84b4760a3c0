package org.employmentlinkage.money;

import java.math.BigDecimal;

/** The units amounts are written in: 元, 万元 (10⁴ 元) and 亿元 (10⁸ 元). */
public enum MoneyUnit {
  /** 元 (yuan). */
  YUAN("元", BigDecimal.ONE),
  /** 万元 (ten thousand yuan). */
  WAN("万元", BigDecimal.valueOf(10_000)),
  /** 亿元 (one hundred million yuan). */
  YI("亿元", BigDecimal.valueOf(100_000_000));

  private final String suffix;
  private final BigDecimal yuan;

  MoneyUnit(String suffix, BigDecimal yuan) {
    this.suffix = suffix;
    this.yuan = yuan;
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
    return yuan;
  }
}
