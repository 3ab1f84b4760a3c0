/**
 * Regions of 大连市 as 大政办发〔2018〕83号 addresses them (各区市县人民政府，各先导区管委会): the city, its ten county-level
 * units with their 2018 administrative-division codes, the pilot zones (先导区) without codes of their
 * own, and {@link org.employmentlinkage.region.Location locations} of projects, with
 * caller-supplied sub-district or township (街道（乡镇）) identifiers below them.
 *
 * <p>All types in this package are immutable and thread-safe.
 */
@NullMarked
package org.employmentlinkage.region;

import org.jspecify.annotations.NullMarked;
