/**
 * Exact amounts of Chinese yuan (人民币元) with a fixed scale of 2 (分), parsed from and formatted as 元,
 * 万元 and 亿元.
 *
 * <p>{@link org.employmentlinkage.money.Money} is the amount: never negative, at most {@link
 * org.employmentlinkage.money.Money#MAX} (9999999999999999.99 元), never a {@code double}. It reads
 * the amounts of Chinese documents strictly ({@code Money.parse("1亿元")}, {@code "5000万元"}, {@code
 * "100,000,000元"}, {@code "1e8"}) and rejects anything it would have to guess about; it compares
 * with the "以上" (inclusive) reading of 大政办发〔2018〕83号 一（一）'s "总投资额在1亿元以上" through {@link
 * org.employmentlinkage.money.Money#isAtLeast(org.employmentlinkage.money.Money)}. {@link
 * org.employmentlinkage.money.MoneyUnit} names the units.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
@NullMarked
package org.employmentlinkage.money;

import org.jspecify.annotations.NullMarked;
