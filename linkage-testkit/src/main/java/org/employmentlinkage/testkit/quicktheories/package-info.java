/**
 * The QuickTheories adapter: a linkage {@link org.employmentlinkage.testkit.Generator} as a
 * QuickTheories {@code Gen}, with QuickTheories' shrinking intact.
 *
 * <p>QuickTheories ({@code org.quicktheories:quicktheories}, automatic module {@code
 * quicktheories}) is an optional dependency of linkage-testkit: add it to your own test
 * dependencies to use this package. Nothing outside this package loads it.
 */
@NullMarked
package org.employmentlinkage.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
