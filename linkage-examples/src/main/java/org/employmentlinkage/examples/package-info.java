/**
 * Runnable embedding examples of linkage: small programs that show how an HR or public-employment
 * system calls the calendar and the rules. The {@code linkage} command line lives in {@link
 * org.employmentlinkage.cli}.
 */
@NullMarked
package org.employmentlinkage.examples;

import org.jspecify.annotations.NullMarked;
