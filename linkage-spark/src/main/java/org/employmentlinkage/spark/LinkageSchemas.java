package org.employmentlinkage.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of the columns linkage-spark adds ({@code docs/spark.md}, "Decision columns").
 * Every decision is a struct, never a JSON string; outcomes are the names of {@link
 * org.employmentlinkage.policy.Outcome} ({@code YES}, {@code NO}, {@code UNDETERMINED}, {@code
 * NOT_IN_FORCE}), never a boolean that would hide an undetermined answer.
 *
 * <p>Constants only; thread-safe.
 */
public final class LinkageSchemas {
  private LinkageSchemas() {}

  /** The name of the decision column added to every row: null when the row is rejected. */
  public static final String DECISION = "decision";

  /** The name of the rejection column added to every row: null when the row was decided. */
  public static final String REJECTION = "rejection";

  /** {@code versions}: the policy, its parameters and the calendar a decision was made with. */
  public static final StructType VERSIONS =
      struct(
          field("policy", DataTypes.StringType, false),
          field("parameters", DataTypes.StringType, false),
          field("calendar", DataTypes.StringType, false));

  /**
   * {@code rejection}: the column (a fact's name, or {@code *} for the whole row), the rule it
   * breaks ({@link org.employmentlinkage.io.records.Problem}'s names, and {@code FIELD_COUNT} for a
   * malformed CSV record) and a detail that is never the value (values may be personal data).
   */
  public static final StructType REJECTION_TYPE =
      struct(
          field("column", DataTypes.StringType, false),
          field("problem", DataTypes.StringType, false),
          field("detail", DataTypes.StringType, false));

  /** One priority group's answer: the group's id and the outcome. */
  public static final StructType GROUP =
      struct(
          field("group", DataTypes.StringType, false),
          field("outcome", DataTypes.StringType, false));

  /**
   * The decision on a person: the date judged on, the overall outcome, each group's outcome in the
   * policy's order, the groups the person belongs to, reason codes, missing facts, cited clauses
   * and versions (the columns of {@code linkage batch --kind people}).
   */
  public static final StructType PERSON_DECISION =
      struct(
          field("asOf", DataTypes.DateType, false),
          field("outcome", DataTypes.StringType, false),
          field("groups", array(GROUP), false),
          field("members", strings(), false),
          field("reasons", strings(), false),
          field("missingFacts", strings(), false),
          field("clauses", strings(), false),
          field("versions", VERSIONS, false));

  /** Amounts in yuan, to the fen. */
  public static final DecimalType YUAN = DataTypes.createDecimalType(20, 2);

  /**
   * The decision on a project's scope: the date judged on, the outcome, {@code major} (null unless
   * the outcome is YES or NO), the scope rule that applied ({@link
   * org.employmentlinkage.rules.ScopeBasis}), the investment threshold of the project's place in
   * yuan, reason codes, missing facts, cited clauses and versions (the columns of {@code linkage
   * batch --kind projects}, where {@code basis} is called {@code rule}).
   */
  public static final StructType PROJECT_DECISION =
      struct(
          field("asOf", DataTypes.DateType, false),
          field("outcome", DataTypes.StringType, false),
          field("major", DataTypes.BooleanType, true),
          field("basis", DataTypes.StringType, false),
          field("threshold", YUAN, false),
          field("reasons", strings(), false),
          field("missingFacts", strings(), false),
          field("clauses", strings(), false),
          field("versions", VERSIONS, false));

  /**
   * One duty an event gives rise to ({@link org.employmentlinkage.policy.Duty}): its code and
   * clause, and for a duty counted in working days the trigger, the working days, the plan-by date
   * {@code due} (the earliest plausible one), {@code latestDue} (the latest plausible one; equal to
   * {@code due} unless provisional), {@code provisional}, {@code mayChange} and the calendar's
   * version; null dates when the calendar cannot count them (the duty's reasons say why).
   */
  public static final StructType DUTY =
      struct(
          field("code", DataTypes.StringType, false),
          field("clause", DataTypes.StringType, false),
          field("trigger", DataTypes.DateType, true),
          field("workingDays", DataTypes.IntegerType, true),
          field("due", DataTypes.DateType, true),
          field("latestDue", DataTypes.DateType, true),
          field("provisional", DataTypes.BooleanType, false),
          field("mayChange", DataTypes.BooleanType, false),
          field("calendarVersion", DataTypes.StringType, true),
          field("recurrence", DataTypes.StringType, true),
          field("workers", DataTypes.IntegerType, true),
          field("reference", DataTypes.StringType, true),
          field("trackedUntilClosed", DataTypes.BooleanType, false),
          field("reasons", strings(), false));

  /**
   * The decision on a project event: the event's date, the outcome, the duties with their due dates
   * or provisional ranges, reason codes, missing facts, cited clauses and versions.
   */
  public static final StructType EVENT_DECISION =
      struct(
          field("asOf", DataTypes.DateType, false),
          field("outcome", DataTypes.StringType, false),
          field("duties", array(DUTY), false),
          field("reasons", strings(), false),
          field("missingFacts", strings(), false),
          field("clauses", strings(), false),
          field("versions", VERSIONS, false));

  /**
   * What {@code linkage_due(trigger, working_days)} returns: the plan-by date (the earliest
   * plausible one), the latest plausible date, whether the count is provisional or may change, and
   * a reason code when there is no date ({@code NO_TRIGGER}, {@code INVALID_WORKING_DAYS}, {@code
   * OUTSIDE_COVERAGE}, null otherwise).
   */
  public static final StructType DUE =
      struct(
          field("due", DataTypes.DateType, true),
          field("latestDue", DataTypes.DateType, true),
          field("provisional", DataTypes.BooleanType, true),
          field("mayChange", DataTypes.BooleanType, true),
          field("reason", DataTypes.StringType, true));

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static ArrayType strings() {
    return DataTypes.createArrayType(DataTypes.StringType, false);
  }

  private static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, false);
  }
}
