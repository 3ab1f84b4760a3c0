package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates do not move with time zones: the JVM runs in America/Los_Angeles (surefire's argLine) and
 * the session here in Pacific/Kiritimati (UTC+14), a day apart, with both of Spark's date APIs; and
 * typed Parquet columns (decimal amounts, integer region codes, dates) are read as the CSV text
 * would be.
 */
class TimeZoneAndParquetTest {
  @TempDir Path dir;

  private static final String PROJECTS =
      "SELECT * FROM VALUES"
          + " ('J1', CAST(150000000 AS DECIMAL(20,2)), 210281, DATE'2019-06-01'),"
          + " ('J2', CAST(60000000 AS DECIMAL(20,2)), 210281, DATE'2019-06-01'),"
          + " ('J3', NULL, 210202, DATE'2018-07-05'),"
          + " ('J4', CAST(150000000 AS DECIMAL(20,2)), 210202, DATE'2024-12-31')"
          + " AS t(id, totalInvestment, region, asOf)";

  private static String expected(String id, long yuan, String region, LocalDate asOf) {
    LinkagePolicy policy = LinkagePolicy.builder().build();
    Project.Builder b =
        Project.builder()
            .id(id)
            .type(ProjectType.CONSTRUCTION)
            .location(Location.of(Region.ofCode(region)));
    if (yuan > 0) {
      b.totalInvestment(Money.ofYuan(yuan));
    }
    return policy.classify(b.build(), asOf).outcome().name();
  }

  private static void checkJ(List<Row> rows) {
    String[] want = {
      expected("J1", 150_000_000L, "210281", LocalDate.of(2019, 6, 1)),
      expected("J2", 60_000_000L, "210281", LocalDate.of(2019, 6, 1)),
      expected("J3", 0, "210202", LocalDate.of(2018, 7, 5)),
      expected("J4", 150_000_000L, "210202", LocalDate.of(2024, 12, 31))
    };
    LocalDate[] dates = {
      LocalDate.of(2019, 6, 1),
      LocalDate.of(2019, 6, 1),
      LocalDate.of(2018, 7, 5),
      LocalDate.of(2024, 12, 31)
    };
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 4; i++) {
      Row d = rows.get(i).getStruct(rows.get(i).fieldIndex(LinkageSchemas.DECISION));
      assertThat(d.getString(d.fieldIndex("outcome"))).as("J%d", i + 1).isEqualTo(want[i]);
      Object asOf = d.get(d.fieldIndex("asOf"));
      LocalDate day = asOf instanceof LocalDate l ? l : ((java.sql.Date) asOf).toLocalDate();
      assertThat(day).isEqualTo(dates[i]);
    }
  }

  @Test
  void datesStayTheSameDayInEveryZoneAndWithBothDateApis() {
    assertThat(TimeZone.getDefault().getID()).isNotEqualTo("Asia/Shanghai");
    SparkSession spark = TestSpark.session();
    String zone = spark.conf().get("spark.sql.session.timeZone");
    try {
      spark.conf().set("spark.sql.session.timeZone", "Pacific/Kiritimati");
      for (String java8 : List.of("false", "true")) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", java8);
        LinkageSpark linkage = LinkageSpark.create(spark, PolicySpec.defaults());
        checkJ(linkage.projects(spark.sql(PROJECTS)).orderBy("id").collectAsList());
        linkage.registerFunctions();
        Row due = spark.sql("SELECT linkage_due(DATE'2025-09-26', 30).due").first();
        Object d = due.get(0);
        assertThat(d instanceof LocalDate l ? l : ((java.sql.Date) d).toLocalDate())
            .as("java8API %s", java8)
            .isEqualTo(LocalDate.of(2025, 11, 13));
      }
    } finally {
      spark.conf().set("spark.sql.session.timeZone", zone);
      spark.conf().set("spark.sql.datetime.java8API.enabled", "false");
    }
  }

  @Test
  void theJobReadsAndWritesTypedParquet() throws IOException {
    SparkSession spark = TestSpark.session();
    Path in = dir.resolve("projects.parquet");
    Path out = dir.resolve("decided.parquet");
    spark.sql(PROJECTS).write().parquet(in.toString());
    LinkageSparkJob.Summary s =
        new LinkageSparkJob(spark, System.out)
            .run("--input", in.toString(), "--output", out.toString(), "--kind", "projects");
    assertThat(s.decided()).isEqualTo(4);
    Dataset<Row> decided = spark.read().parquet(out.toString());
    assertThat(decided.schema().apply(LinkageSchemas.DECISION).dataType())
        .isEqualTo(LinkageSchemas.PROJECT_DECISION.asNullable());
    checkJ(decided.orderBy("id").collectAsList());
  }
}
