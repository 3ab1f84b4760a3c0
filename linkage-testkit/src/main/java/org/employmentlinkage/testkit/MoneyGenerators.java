package org.employmentlinkage.testkit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.money.MoneyUnit;

/**
 * Edge-biased generators of amounts of money (金额), for thresholds such as the 1亿元 of a 重大项目.
 *
 * <p>{@link #amountsNear(Collection)} draws, in {@value #EDGE_SHARE_PERCENT} % of draws, one of the
 * <em>edge amounts</em>, uniformly: 0, {@link Money#MAX}, and every threshold with its neighbours
 * one 分 below and above (the "以上" of 《民法典》第1259条 includes the threshold itself, so the three
 * amounts fall on both sides of the rule); the other draws are <em>spread</em> over every order of
 * magnitude: a number of digits of the amount in 分 uniformly from 1 to 18, then an amount with that
 * many digits uniformly, so that 0.05元, 3000元, 800万元 and 2亿元 are all common.
 *
 * <p>All methods are static and thread-safe; the generators are stateless and thread-safe.
 */
public final class MoneyGenerators {
  /**
   * 1亿元 (100000000.00 元): the municipal threshold of a 重大项目, "总投资1亿元以上" (大政办发〔2018〕83号 一（一）),
   * inclusive by 《民法典》第1259条.
   */
  public static final Money MUNICIPAL_THRESHOLD = Money.of(BigDecimal.ONE, MoneyUnit.YI);

  /**
   * The percentage of draws of {@link #amountsNear(Collection)} that are edge amounts: {@value}.
   */
  public static final int EDGE_SHARE_PERCENT = 50;

  private static final Money ONE_FEN = Money.ofFen(1);

  private MoneyGenerators() {}

  /**
   * Amounts biased toward the municipal threshold {@link #MUNICIPAL_THRESHOLD} (1亿元 and ± 0.01元), 0
   * and {@link Money#MAX}: {@code amountsNear(List.of(MUNICIPAL_THRESHOLD))}.
   *
   * @return the generator
   */
  public static Generator<Money> amounts() {
    return amountsNear(List.of(MUNICIPAL_THRESHOLD));
  }

  /**
   * Amounts biased toward {@code thresholds} (for example the thresholds a regional configuration
   * sets), each ± 0.01元, and toward 0 and {@link Money#MAX}; see the class description for the
   * shares. Shrinks toward 0.
   *
   * @param thresholds the thresholds to bias toward; may be empty (then only 0 and {@code MAX} are
   *     edges)
   * @return the generator
   * @throws NullPointerException if {@code thresholds} or an element is null
   */
  public static Generator<Money> amountsNear(Collection<Money> thresholds) {
    List<Money> edges = edgeAmounts(thresholds);
    return Generators.frequency(
        100 - EDGE_SHARE_PERCENT, spread(), EDGE_SHARE_PERCENT, Generators.oneOf(edges));
  }

  /**
   * The edge amounts {@link #amountsNear(Collection)} draws for {@code thresholds}: 0, {@link
   * Money#MAX}, and each threshold with the amounts one 分 below and above it (where they exist).
   *
   * @param thresholds the thresholds
   * @return the amounts in ascending order, without repeats, an unmodifiable list
   * @throws NullPointerException if {@code thresholds} or an element is null
   */
  public static List<Money> edgeAmounts(Collection<Money> thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    TreeSet<Money> edges = new TreeSet<>();
    edges.add(Money.ZERO);
    edges.add(Money.MAX);
    for (Money t : thresholds) {
      Objects.requireNonNull(t, "thresholds contains null");
      edges.add(t);
      if (!t.isZero()) {
        edges.add(t.minus(ONE_FEN));
      }
      if (!t.equals(Money.MAX)) {
        edges.add(t.plus(ONE_FEN));
      }
    }
    return List.copyOf(edges);
  }

  /**
   * Amounts uniformly from {@code min} to {@code max} (both inclusive, in steps of 分); shrinks
   * toward {@code min}.
   *
   * @param min the smallest amount
   * @param max the largest amount
   * @return the generator
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code max} is less than {@code min}
   */
  public static Generator<Money> amountsBetween(Money min, Money max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException(
          "MoneyGenerators.amountsBetween: max (" + max + ") is less than min (" + min + ")");
    }
    return Generators.longs(min.fen(), max.fen()).map(Money::ofFen);
  }

  /** An amount in 分 with 1..18 digits (digit count uniform); shrinks toward 0. */
  private static Generator<Money> spread() {
    return Generators.integers(1, 18)
        .flatMap(
            digits -> {
              long low = digits == 1 ? 0 : pow10(digits - 1);
              long high = pow10(digits) - 1;
              return Generators.longs(low, high);
            })
        .map(Money::ofFen);
  }

  private static long pow10(int exponent) {
    long p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= 10;
    }
    return p;
  }
}
