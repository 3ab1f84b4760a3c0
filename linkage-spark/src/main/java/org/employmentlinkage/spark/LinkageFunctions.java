package org.employmentlinkage.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.io.records.Values;
import org.employmentlinkage.rules.LinkagePolicy;
import org.jspecify.annotations.Nullable;

/**
 * The SQL functions analysts call ({@code docs/spark.md}, "SQL functions"), registered in a session
 * by {@link LinkageSpark#registerFunctions()}:
 *
 * <ul>
 *   <li>{@code linkage_scope(investment, region, type, as_of)} → STRING: {@code YES}, {@code NO},
 *       {@code UNDETERMINED} or {@code NOT_IN_FORCE}, whether a project is a major construction
 *       project (never a boolean: an undetermined answer stays undetermined); NULL when a value is
 *       not a value of its column (an unknown region code, an amount that is not an amount). A NULL
 *       type is a construction project (建设项目), as in {@code linkage batch}; a NULL {@code as_of} is
 *       the session's default date.
 *   <li>{@code linkage_due(trigger, working_days)} → STRUCT ({@link LinkageSchemas#DUE}): the
 *       plan-by date, the latest plausible date, provisional and may-change flags, and a reason
 *       when there is no date. Never throws.
 *   <li>{@code linkage_groups(person)} → STRUCT ({@link LinkageSchemas#PERSON_DECISION}): a
 *       person's priority groups from a struct with the columns of {@code linkage batch --kind
 *       people} (e.g. {@code linkage_groups(struct(*))}); NULL when the struct's facts are
 *       rejected.
 *   <li>{@code linkage_project(project)} → STRUCT ({@link LinkageSchemas#PROJECT_DECISION}): the
 *       same for a project's scope.
 *   <li>{@code linkage_duties(event)} → STRUCT ({@link LinkageSchemas#EVENT_DECISION}): the duties
 *       of a project event, with due dates, from a struct of the project's and event's columns.
 * </ul>
 *
 * <p>Each function captures the broadcast's handle and looks the policy up once per task. Not
 * instantiable; {@link #register} is thread-safe as far as Spark's function registry is.
 */
public final class LinkageFunctions {
  private LinkageFunctions() {}

  /** The names of the functions, as registered. */
  public static final java.util.List<String> NAMES =
      java.util.List.of(
          "linkage_scope", "linkage_due", "linkage_groups", "linkage_project", "linkage_duties");

  static void register(
      SparkSession spark, Broadcast<PolicySpec> spec, LocalDate defaultDate, boolean java8Dates) {
    spark.udf().register("linkage_scope", new Scope(spec, defaultDate), DataTypes.StringType);
    spark.udf().register("linkage_due", new Due(spec, java8Dates), LinkageSchemas.DUE);
    spark
        .udf()
        .register(
            "linkage_groups",
            new Whole(spec, RowKind.PEOPLE, defaultDate, java8Dates),
            LinkageSchemas.PERSON_DECISION);
    spark
        .udf()
        .register(
            "linkage_project",
            new Whole(spec, RowKind.PROJECTS, defaultDate, java8Dates),
            LinkageSchemas.PROJECT_DECISION);
    spark
        .udf()
        .register(
            "linkage_duties",
            new Whole(spec, RowKind.EVENTS, defaultDate, java8Dates),
            LinkageSchemas.EVENT_DECISION);
  }

  /** The policy of a broadcast spec, looked up once per deserialized function (per task). */
  private abstract static class WithPolicy implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Broadcast<PolicySpec> spec;
    private transient @Nullable LinkagePolicy policy;

    WithPolicy(Broadcast<PolicySpec> spec) {
      this.spec = spec;
    }

    final synchronized LinkagePolicy policy() {
      LinkagePolicy p = policy;
      if (p == null) {
        p = spec.value().policy();
        policy = p;
      }
      return p;
    }

    final Broadcast<PolicySpec> spec() {
      return spec;
    }
  }

  /** {@code linkage_scope}. */
  static final class Scope extends WithPolicy
      implements UDF4<Object, Object, Object, Object, String> {
    private static final long serialVersionUID = 1L;

    private final LocalDate defaultDate;

    Scope(Broadcast<PolicySpec> spec, LocalDate defaultDate) {
      super(spec);
      this.defaultDate = defaultDate;
    }

    @Override
    public @Nullable String call(
        @Nullable Object investment,
        @Nullable Object region,
        @Nullable Object type,
        @Nullable Object asOf) {
      try {
        ProjectFacts facts = new ProjectFacts();
        facts.set("id", "sql");
        facts.set("totalInvestment", text(investment));
        facts.set("region", text(region));
        facts.set("type", text(type));
        String d = text(asOf);
        LocalDate date = d.isBlank() ? defaultDate : Values.date("as_of", d);
        Project p = facts.toProject("sql");
        return policy().classify(p, date).outcome().name();
      } catch (IllegalArgumentException | DateTimeException e) {
        // a value that is not a value of its column (FactException), or facts that contradict
        return null;
      }
    }
  }

  /** {@code linkage_due}. */
  static final class Due extends WithPolicy implements UDF2<Object, Object, Row> {
    private static final long serialVersionUID = 1L;

    private final boolean java8Dates;

    Due(Broadcast<PolicySpec> spec, boolean java8Dates) {
      super(spec);
      this.java8Dates = java8Dates;
    }

    @Override
    public Row call(@Nullable Object trigger, @Nullable Object workingDays) {
      String t = text(trigger);
      if (t.isBlank()) {
        return failed("NO_TRIGGER");
      }
      LocalDate from;
      try {
        from = Values.date("trigger", t);
      } catch (FactException e) {
        return failed("NOT_A_DATE");
      }
      int n;
      try {
        BigDecimal wd = new BigDecimal(text(workingDays));
        n = wd.intValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        return failed("INVALID_WORKING_DAYS");
      }
      if (n < 1) {
        return failed("INVALID_WORKING_DAYS");
      }
      try {
        Deadline d = WorkingDayPeriod.of(n).after(from, policy().calendar());
        return RowFactory.create(
            date(d.due()), date(d.latestDue()), d.provisional(), d.mayChange(), null);
      } catch (OutsideCoverageException e) {
        return failed("OUTSIDE_COVERAGE");
      } catch (RuntimeException e) {
        // never throw from SQL: name the failure, never a value
        return failed(e.getClass().getSimpleName());
      }
    }

    private Object date(LocalDate d) {
      return java8Dates ? d : java.sql.Date.valueOf(d);
    }

    private static Row failed(String reason) {
      return RowFactory.create(null, null, null, null, reason);
    }
  }

  /** {@code linkage_groups}, {@code linkage_project}, {@code linkage_duties}: a whole struct. */
  static final class Whole extends WithPolicy implements UDF1<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final RowKind kind;
    private final LocalDate defaultDate;
    private final boolean java8Dates;
    private transient @Nullable Map<StructType, DecisionFunction.Evaluator> evaluators;

    Whole(Broadcast<PolicySpec> spec, RowKind kind, LocalDate defaultDate, boolean java8Dates) {
      super(spec);
      this.kind = kind;
      this.defaultDate = defaultDate;
      this.java8Dates = java8Dates;
    }

    @Override
    public synchronized @Nullable Row call(@Nullable Row facts) {
      if (facts == null) {
        return null;
      }
      StructType schema = facts.schema();
      if (schema == null) {
        return null;
      }
      Map<StructType, DecisionFunction.Evaluator> cache = evaluators;
      if (cache == null) {
        cache = new HashMap<>();
        evaluators = cache;
      }
      DecisionFunction.Evaluator e = cache.get(schema);
      if (e == null) {
        try {
          e =
              DecisionFunction.plan(spec(), kind, schema, null, defaultDate, java8Dates)
                  .evaluator(policy());
        } catch (IllegalArgumentException unusable) {
          return null;
        }
        cache.put(schema, e);
      }
      try {
        return e.evaluate(facts);
      } catch (IllegalArgumentException | DateTimeException rejected) {
        return null;
      }
    }
  }

  private static String text(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    return DecisionFunction.text(RowFactory.create(v), 0, false);
  }
}
