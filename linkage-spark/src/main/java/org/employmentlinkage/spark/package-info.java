/**
 * linkage on Apache Spark: the policy's decisions on Spark tables ({@link
 * org.employmentlinkage.spark.LinkageSpark}), SQL functions for analysts ({@link
 * org.employmentlinkage.spark.LinkageFunctions}) and a job for {@code spark-submit} ({@link
 * org.employmentlinkage.spark.LinkageSparkJob}). Spark does the distributing, linkage does the
 * deciding: the rows are mapped by linkage-io's records, the same code as {@code linkage batch},
 * and decided by linkage-rules.
 *
 * <p>No {@code module-info}: Spark's jars all carry the package {@code org.apache.spark.unused}, so
 * they cannot be modules together, and this module runs on the class path ({@code docs/spark.md}).
 */
@NullMarked
package org.employmentlinkage.spark;

import org.jspecify.annotations.NullMarked;
