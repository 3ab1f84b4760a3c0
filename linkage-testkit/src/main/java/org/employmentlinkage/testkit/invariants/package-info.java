/**
 * The catalogue of policy invariants as reusable checks: {@link
 * org.employmentlinkage.testkit.invariants.Invariant} lists them with the clauses they protect,
 * {@link org.employmentlinkage.testkit.invariants.PolicyInvariants} makes each runnable for a
 * policy you configured, as a {@link org.employmentlinkage.testkit.invariants.PolicyInvariant} (a
 * property and its generator). Needs nothing but linkage.
 */
@NullMarked
package org.employmentlinkage.testkit.invariants;

import org.jspecify.annotations.NullMarked;
