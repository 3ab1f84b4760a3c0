/**
 * JMH benchmarks of the working-day calendar side by side with its peers (a naive day loop,
 * OpenGamma Strata, ObjectLab Kit) on identical data; results in {@code BENCHMARKS.md}.
 */
@NullMarked
package org.employmentlinkage.benchmarks;

import org.jspecify.annotations.NullMarked;
