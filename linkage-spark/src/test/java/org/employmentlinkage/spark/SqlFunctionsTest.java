package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.PersonGroups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The SQL functions answer like the Java API: the expected values are computed with the library's
 * own types (Money, Region, Location, Project, WorkingDayPeriod), not through linkage-io's row
 * mapping that the functions use. Each property draws a few hundred cases and checks them in one
 * query.
 */
class SqlFunctionsTest {
  static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 12, 1);

  static SparkSession spark;

  @BeforeAll
  static void register() {
    spark = TestSpark.session();
    LinkageSpark.create(spark, PolicySpec.defaults().withDate(DEFAULT_DATE)).registerFunctions();
  }

  record ScopeCase(String investment, String region, String type, LocalDate asOf) {}

  static Gen<ScopeCase> scopeCases() {
    List<String> regions = new ArrayList<>(List.of("", "", "999999", "210200"));
    for (Region r : Region.countyLevelUnits()) {
      r.code().ifPresent(regions::add);
    }
    Gen<String> amount =
        SourceDSL.longs()
            .between(0, 3_000_000_000L)
            .map(
                (Long y) ->
                    y % 3 == 0 ? y + "元" : y % 3 == 1 ? (y / 10_000) + "万元" : Long.toString(y));
    Gen<String> investment =
        Generate.frequency(
            org.quicktheories.api.Pair.of(6, amount),
            org.quicktheories.api.Pair.of(2, Generate.constant("")),
            org.quicktheories.api.Pair.of(1, Generate.pick(List.of("1亿元", "lots", "-5元"))));
    Gen<LocalDate> dates =
        SourceDSL.integers().between(0, 10 * 365).map(d -> LocalDate.of(2017, 1, 1).plusDays(d));
    Gen<LocalDate> asOf =
        Generate.frequency(
            org.quicktheories.api.Pair.of(4, dates),
            org.quicktheories.api.Pair.of(1, Generate.constant((LocalDate) null)));
    return investment.zip(
        Generate.pick(regions),
        Generate.pick(List.of("", "CONSTRUCTION", "OTHER", "unknown")),
        asOf,
        ScopeCase::new);
  }

  /** The Java API's answer, or null where a value is not a value of its column. */
  static String expectedScope(ScopeCase c, LinkagePolicy policy) {
    Project.Builder b = Project.builder().id("x");
    if (!c.investment().isEmpty()) {
      try {
        b.totalInvestment(Money.parse(c.investment()));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (!c.region().isEmpty()) {
      Region r;
      try {
        r = Region.ofCode(c.region());
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (!r.isCountyLevel() && !r.isPilotZone()) {
        return null;
      }
      b.location(Location.of(r));
    }
    switch (c.type()) {
      case "" -> b.type(ProjectType.CONSTRUCTION); // linkage batch's documented default
      case "unknown" -> {}
      default -> b.type(ProjectType.valueOf(c.type()));
    }
    LocalDate d = c.asOf() == null ? DEFAULT_DATE : c.asOf();
    return policy.classify(b.build(), d).outcome().name();
  }

  @Test
  void linkageScopeAnswersLikeClassify() {
    LinkagePolicy policy = LinkagePolicy.builder().build();
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("i", DataTypes.IntegerType, false),
                DataTypes.createStructField("investment", DataTypes.StringType, true),
                DataTypes.createStructField("region", DataTypes.StringType, true),
                DataTypes.createStructField("type", DataTypes.StringType, true),
                DataTypes.createStructField("as_of", DataTypes.DateType, true)));
    qt().withExamples(3)
        .withShrinkCycles(20)
        .forAll(SourceDSL.lists().of(scopeCases()).ofSizeBetween(200, 400))
        .checkAssert(
            cases -> {
              List<Row> rows = new ArrayList<>();
              for (int i = 0; i < cases.size(); i++) {
                ScopeCase c = cases.get(i);
                rows.add(
                    RowFactory.create(
                        i,
                        c.investment().isEmpty() ? null : c.investment(),
                        c.region().isEmpty() ? null : c.region(),
                        c.type().isEmpty() ? null : c.type(),
                        c.asOf() == null ? null : java.sql.Date.valueOf(c.asOf())));
              }
              spark.createDataFrame(rows, schema).createOrReplaceTempView("scope_cases");
              List<Row> answers =
                  spark
                      .sql(
                          "SELECT i, linkage_scope(investment, region, type, as_of) "
                              + "FROM scope_cases ORDER BY i")
                      .collectAsList();
              assertThat(answers).hasSize(cases.size());
              for (Row a : answers) {
                ScopeCase c = cases.get(a.getInt(0));
                assertThat(a.isNullAt(1) ? null : a.getString(1))
                    .as("%s", c)
                    .isEqualTo(expectedScope(c, policy));
              }
            });
  }

  @Test
  void linkageScopeTakesTypedColumnsAndNeverABoolean() {
    LinkagePolicy policy = LinkagePolicy.builder().build();
    Row r =
        spark
            .sql(
                "SELECT linkage_scope(CAST(150000000 AS DECIMAL(20,2)), 210281, NULL,"
                    + " DATE'2019-06-01'),"
                    + " linkage_scope(NULL, NULL, 'CONSTRUCTION', DATE'2019-06-01'),"
                    + " linkage_scope('lots', NULL, NULL, NULL)")
            .first();
    Project big =
        Project.builder()
            .id("x")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.ofYuan(150_000_000L))
            .location(Location.of(Region.ofCode("210281")))
            .build();
    assertThat(r.getString(0))
        .isEqualTo(policy.classify(big, LocalDate.of(2019, 6, 1)).outcome().name())
        .isEqualTo("YES");
    // an unknown investment: undetermined, said as such
    assertThat(r.getString(1)).isEqualTo("UNDETERMINED");
    assertThat(r.isNullAt(2)).isTrue();
  }

  record DueCase(LocalDate trigger, int workingDays) {}

  @Test
  void linkageDueAnswersLikeWorkingDayPeriodAndNeverThrows() {
    // the calendar of the session's spec: the official one, as published
    WorkingDayCalendar official = ChinaCalendars.official();
    Gen<DueCase> cases =
        SourceDSL.integers()
            .between(0, 13 * 365)
            .zip(
                SourceDSL.integers().between(1, 90),
                (d, n) -> new DueCase(LocalDate.of(2016, 6, 1).plusDays(d), n));
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("i", DataTypes.IntegerType, false),
                DataTypes.createStructField("trigger", DataTypes.DateType, false),
                DataTypes.createStructField("n", DataTypes.IntegerType, false)));
    qt().withExamples(3)
        .withShrinkCycles(20)
        .forAll(SourceDSL.lists().of(cases).ofSizeBetween(200, 400))
        .checkAssert(
            list -> {
              List<Row> rows = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                rows.add(
                    RowFactory.create(
                        i,
                        java.sql.Date.valueOf(list.get(i).trigger()),
                        list.get(i).workingDays()));
              }
              spark.createDataFrame(rows, schema).createOrReplaceTempView("due_cases");
              for (Row a :
                  spark
                      .sql(
                          "SELECT i, d.due, d.latestDue, d.provisional, d.mayChange, d.reason"
                              + " FROM (SELECT i, linkage_due(trigger, n) AS d FROM due_cases)")
                      .collectAsList()) {
                DueCase c = list.get(a.getInt(0));
                Optional<Deadline> expected;
                try {
                  expected =
                      Optional.of(
                          WorkingDayPeriod.of(c.workingDays()).after(c.trigger(), official));
                } catch (OutsideCoverageException e) {
                  expected = Optional.empty();
                }
                if (expected.isPresent()) {
                  Deadline d = expected.get();
                  assertThat(a.getDate(1).toLocalDate()).as("%s", c).isEqualTo(d.due());
                  assertThat(a.getDate(2).toLocalDate()).as("%s", c).isEqualTo(d.latestDue());
                  assertThat(a.getBoolean(3)).isEqualTo(d.provisional());
                  assertThat(a.getBoolean(4)).isEqualTo(d.mayChange());
                  assertThat(a.isNullAt(5)).isTrue();
                } else {
                  assertThat(a.isNullAt(1)).as("%s", c).isTrue();
                  assertThat(a.getString(5)).isEqualTo("OUTSIDE_COVERAGE");
                }
              }
            });
  }

  @Test
  void linkageDueNamesWhatIsWrongInsteadOfThrowing() {
    Row r =
        spark
            .sql(
                "SELECT linkage_due(NULL, 30).reason, linkage_due(DATE'2025-09-26', 0).reason,"
                    + " linkage_due(DATE'2025-09-26', -3).reason,"
                    + " linkage_due('not a date', 30).reason,"
                    + " linkage_due(DATE'2025-09-26', NULL).reason,"
                    + " linkage_due(DATE'2025-09-26', 30).due,"
                    + " linkage_due('2018-07-06', 30.0).due")
            .first();
    assertThat(r.getString(0)).isEqualTo("NO_TRIGGER");
    assertThat(r.getString(1)).isEqualTo("INVALID_WORKING_DAYS");
    assertThat(r.getString(2)).isEqualTo("INVALID_WORKING_DAYS");
    assertThat(r.getString(3)).isEqualTo("NOT_A_DATE");
    assertThat(r.getString(4)).isEqualTo("INVALID_WORKING_DAYS");
    // WorkingDayPeriod's documented examples: 30 working days after 2025-09-26 are due on
    // 2025-11-13, after 2018-07-06 on 2018-08-17
    assertThat(r.getDate(5).toLocalDate()).isEqualTo(LocalDate.of(2025, 11, 13));
    assertThat(r.getDate(6).toLocalDate()).isEqualTo(LocalDate.of(2018, 8, 17));
  }

  @Test
  void linkageGroupsAnswersLikePersonGroups() {
    LinkagePolicy policy = LinkagePolicy.builder().build();
    LocalDate asOf = LocalDate.of(2025, 12, 1);
    Dataset<Row> people =
        spark.sql(
            "SELECT * FROM VALUES"
                + " ('A', 'BACHELOR', DATE'2025-06-30', NULL),"
                + " ('B', NULL, NULL, NULL),"
                + " ('C', 'POSTGRADUATE', DATE'2019-06-30', '210281'),"
                + " ('D', 'no such education', NULL, NULL)"
                + " AS t(id, education, graduationDate, residence)");
    people.createOrReplaceTempView("sql_people");
    List<Row> rows =
        spark
            .sql("SELECT id, linkage_groups(struct(*)) AS g FROM sql_people ORDER BY id")
            .collectAsList();
    List<Person> persons =
        List.of(
            Person.builder()
                .id("A")
                .education(Education.BACHELOR)
                .graduationDate(LocalDate.of(2025, 6, 30))
                .build(),
            Person.builder().id("B").build(),
            Person.builder()
                .id("C")
                .education(Education.POSTGRADUATE)
                .graduationDate(LocalDate.of(2019, 6, 30))
                .residence(Region.ofCode("210281"))
                .build());
    for (int i = 0; i < persons.size(); i++) {
      PersonGroups expected = policy.personGroups(persons.get(i), asOf);
      Row g = rows.get(i).getStruct(1);
      assertThat(g.getString(g.fieldIndex("outcome"))).isEqualTo(expected.outcome().name());
      List<String> members = g.getList(g.fieldIndex("members"));
      List<String> expectedMembers = new ArrayList<>();
      for (var group : policy.groups()) {
        if (expected.decision(group).outcome().name().equals("YES")) {
          expectedMembers.add(group.id());
        }
      }
      assertThat(members).isEqualTo(expectedMembers);
    }
    // a value that is not one: NULL, not a failed query
    assertThat(rows.get(3).isNullAt(1)).isTrue();
  }

  @Test
  void everyFunctionIsRegistered() {
    for (String name : LinkageFunctions.NAMES) {
      assertThat(spark.catalog().functionExists(name)).as(name).isTrue();
    }
  }
}
