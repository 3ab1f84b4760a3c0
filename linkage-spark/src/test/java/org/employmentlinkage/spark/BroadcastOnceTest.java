package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The policy reaches the executors once: what each task carries is the function's plan and the
 * broadcast's handle (under 2 KB, and no spec), the policy is looked up once per partition (not per
 * row) and built once per JVM.
 */
class BroadcastOnceTest {
  static final int ROWS = 100_000;
  static final int PARTITIONS = 8;

  @Test
  void thePolicyIsLookedUpOncePerPartitionAndBuiltOncePerJvm() {
    SparkSession spark = TestSpark.session();
    Dataset<Row> people =
        spark
            .range(0, ROWS, 1, PARTITIONS)
            .selectExpr(
                "concat('P', id) AS id",
                "CASE WHEN id % 3 = 0 THEN 'BACHELOR' WHEN id % 3 = 1 THEN '大专' END AS education",
                "date_add(DATE'2015-01-01', CAST(id % 4000 AS INT)) AS graduationDate");
    LinkageSpark linkage =
        LinkageSpark.create(
            spark, PolicySpec.defaults().withDate(java.time.LocalDate.of(2025, 12, 1)));
    long builds = PolicySpec.builds();
    long lookups = PolicySpec.lookups();
    long deserialized = PolicySpec.deserialized();

    long decided = LinkageSpark.accepted(linkage.people(people)).count();

    assertThat(decided).isEqualTo(ROWS);
    assertThat(PolicySpec.lookups() - lookups).isEqualTo(PARTITIONS);
    assertThat(PolicySpec.builds() - builds).isLessThanOrEqualTo(1);
    // local mode: executors share the driver's JVM and its broadcast value
    assertThat(PolicySpec.deserialized() - deserialized).isZero();
  }

  @Test
  void aTaskCarriesTheBroadcastHandleNotThePolicy() throws IOException {
    SparkSession spark = TestSpark.session();
    PolicySpec spec = PolicySpec.defaults();
    Broadcast<PolicySpec> b =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(spec);
    DecisionFunction f =
        DecisionFunction.plan(
            b,
            RowKind.PEOPLE,
            spark.sql("SELECT 'P1' AS id, 'BACHELOR' AS education").schema(),
            null,
            java.time.LocalDate.of(2025, 12, 1),
            false);
    byte[] task = serialize(f);
    System.out.println("serialized function: " + task.length + " B");
    assertThat(task.length).isLessThan(2048);

    // a task deserializes the function: no spec comes with it, and no policy is built
    long deserialized = PolicySpec.deserialized();
    long builds = PolicySpec.builds();
    assertThat(deserialize(task)).isInstanceOf(DecisionFunction.class);
    assertThat(PolicySpec.deserialized()).isEqualTo(deserialized);
    assertThat(PolicySpec.builds()).isEqualTo(builds);
    // the control: a function that captured the spec itself would bring it along
    deserialize(serialize(spec));
    assertThat(PolicySpec.deserialized()).isEqualTo(deserialized + 1);
    b.destroy();
  }

  private static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
