package org.employmentlinkage.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' one Spark session: {@code local[2]}, bound to 127.0.0.1, no UI, few shuffle
 * partitions. Shared by every test class of the module (surefire runs them in one JVM), stopped by
 * the JVM's shutdown hook that Spark installs.
 */
final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("linkage-spark-tests")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.sql.debug.maxToStringFields", "200")
              .getOrCreate();
    }
    return session;
  }
}
