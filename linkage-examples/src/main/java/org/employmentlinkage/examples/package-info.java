/**
 * Runnable embedding examples of linkage: small programs that show how an HR or public-employment
 * system calls the calendar and the rules. The {@code linkage} command line lives in {@link
 * org.employmentlinkage.cli}.
 *
 * <p>On Apache Spark: when one machine is not enough (a province's workers and projects re-screened
 * nightly), the module {@code linkage-spark} runs the same rules inside Spark, as Dataset
 * functions, SQL functions and a {@code spark-submit} job; {@code docs/spark.md} has a cluster
 * example. {@link org.employmentlinkage.examples.ProjectScreeningJob} is the one-machine
 * counterpart.
 */
@NullMarked
package org.employmentlinkage.examples;

import org.jspecify.annotations.NullMarked;
