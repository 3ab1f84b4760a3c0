/**
 * JUnit Jupiter support: {@link org.employmentlinkage.testkit.junit.WorkingDayCalendarContract},
 * the contract test suite for custom {@link org.employmentlinkage.calendar.WorkingDayCalendar}
 * implementations, and {@link org.employmentlinkage.testkit.junit.LinkagePolicyContract}, the
 * catalogue of policy invariants as a test suite for a policy you configured.
 *
 * <p>JUnit Jupiter ({@code org.junit.jupiter:junit-jupiter-api}) is an optional dependency of
 * linkage-testkit: your test dependencies bring it. Nothing outside this package loads it.
 */
@NullMarked
package org.employmentlinkage.testkit.junit;

import org.jspecify.annotations.NullMarked;
