/**
 * Exact amounts of Chinese yuan (人民币元) with a fixed scale of 2 (分), parsed from and formatted as 元,
 * 万元 and 亿元.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
@NullMarked
package org.employmentlinkage.money;

import org.jspecify.annotations.NullMarked;
