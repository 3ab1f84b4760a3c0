package org.employmentlinkage.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.rules.SubsidySchedule;
import org.jspecify.annotations.Nullable;

/**
 * The policy's decisions on Spark tables: {@link #people}, {@link #projects} and {@link #events}
 * return their table with a {@value LinkageSchemas#DECISION} struct column ({@link LinkageSchemas})
 * and a {@value LinkageSchemas#REJECTION} struct column added; a row whose facts are not values of
 * their columns is rejected (its reason in {@code rejection}), never fatal. {@link
 * #registerFunctions()} adds the SQL functions of {@link LinkageFunctions} to the session.
 *
 * <p>The columns read are those of {@code linkage batch}'s CSV, matched ignoring case; text,
 * numbers, booleans, dates and arrays (for list fields) are read as the CSV's text would be, by the
 * same row mapping (linkage-io's records). Rows without {@code asOf} are judged on the spec's date,
 * or on today's date in Beijing read once when this object is made.
 *
 * <p>The spec is broadcast once when this object is made; every function captures only the
 * broadcast's handle, and each executor JVM builds the policy once ({@link PolicySpec#builds()}).
 *
 * <p>Needs a classic Spark session (a {@code SparkContext}); Spark Connect clients use the
 * functions a server registers ({@code docs/spark.md}, "Spark Connect"). Immutable once made and
 * thread-safe: its methods only plan Datasets.
 */
public final class LinkageSpark {
  /** The most bytes {@link #readText} reads: a settings, schedule or notice file is small. */
  public static final int MAX_TEXT_BYTES = 4 << 20;

  private final SparkSession spark;
  private final PolicySpec spec;
  private final Broadcast<PolicySpec> broadcast;
  private final LocalDate defaultDate;

  private LinkageSpark(SparkSession spark, PolicySpec spec) {
    this.spark = spark;
    this.spec = spec;
    this.broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(spec);
    this.defaultDate = spec.defaultDate();
  }

  /**
   * Broadcasts {@code spec} to the session's executors, once.
   *
   * @param spark the session
   * @param spec what to decide with
   * @return the decisions' entry point
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedOperationException (Spark's) if the session has no {@code SparkContext}: a
   *     Spark Connect client session
   */
  public static LinkageSpark create(SparkSession spark, PolicySpec spec) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(spec, "spec");
    return new LinkageSpark(spark, spec);
  }

  /**
   * The spec decided with.
   *
   * @return the spec
   */
  public PolicySpec spec() {
    return spec;
  }

  /**
   * The date rows without {@code asOf} are judged on.
   *
   * @return the date
   */
  public LocalDate defaultDate() {
    return defaultDate;
  }

  /**
   * People's priority groups: {@code people} with {@code decision} ({@link
   * LinkageSchemas#PERSON_DECISION}) and {@code rejection} added.
   *
   * @param people a table with the columns of {@code linkage batch --kind people}
   * @return the table with the decision columns, lazily evaluated
   * @throws NullPointerException if {@code people} is null
   * @throws IllegalArgumentException if the table has no {@code id} column, two columns name the
   *     same field, a fact's column has a type that is not a value (struct, map, binary), or a
   *     column is already called {@code decision} or {@code rejection}
   */
  public Dataset<Row> people(Dataset<Row> people) {
    return decide(people, RowKind.PEOPLE, null);
  }

  /**
   * Projects' scope: {@code projects} with {@code decision} ({@link
   * LinkageSchemas#PROJECT_DECISION}) and {@code rejection} added.
   *
   * @param projects a table with the columns of {@code linkage batch --kind projects}
   * @return the table with the decision columns, lazily evaluated
   * @throws NullPointerException if {@code projects} is null
   * @throws IllegalArgumentException as {@link #people}
   */
  public Dataset<Row> projects(Dataset<Row> projects) {
    return decide(projects, RowKind.PROJECTS, null);
  }

  /**
   * The duties project events give rise to: {@code events} with {@code decision} ({@link
   * LinkageSchemas#EVENT_DECISION}) and {@code rejection} added.
   *
   * @param events a table with the project's columns ({@code id} is the project's) and the event's
   *     ({@link RowKind#EVENTS})
   * @return the table with the decision columns, lazily evaluated
   * @throws NullPointerException if {@code events} is null
   * @throws IllegalArgumentException as {@link #people}
   */
  public Dataset<Row> events(Dataset<Row> events) {
    return decide(events, RowKind.EVENTS, null);
  }

  /**
   * Decides a table of {@code kind}; {@code corruptColumn}, when the table has it, marks the rows a
   * CSV reader found malformed (rejected as {@code FIELD_COUNT}) and is kept.
   *
   * @param table the table
   * @param kind what its rows are
   * @param corruptColumn the corrupt-record column's name, or null
   * @return the table with the decision columns, lazily evaluated
   * @throws NullPointerException if {@code table} or {@code kind} is null
   * @throws IllegalArgumentException as {@link #people}
   */
  public Dataset<Row> decide(Dataset<Row> table, RowKind kind, @Nullable String corruptColumn) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    StructType in = table.schema();
    DecisionFunction f =
        DecisionFunction.plan(broadcast, kind, in, corruptColumn, defaultDate, java8Dates());
    List<StructField> out = new ArrayList<>(List.of(in.fields()));
    out.add(new StructField(LinkageSchemas.DECISION, kind.decisionType(), true, emptyMetadata()));
    out.add(
        new StructField(
            LinkageSchemas.REJECTION, LinkageSchemas.REJECTION_TYPE, true, emptyMetadata()));
    StructType schema = new StructType(out.toArray(new StructField[0]));
    return table.mapPartitions(f, Encoders.row(schema));
  }

  /**
   * The decided rows of a result of {@link #people}, {@link #projects} or {@link #events}, without
   * the {@code rejection} column.
   *
   * @param decided a result
   * @return the rows with a decision
   * @throws NullPointerException if {@code decided} is null
   */
  public static Dataset<Row> accepted(Dataset<Row> decided) {
    Column r = decided.col(LinkageSchemas.REJECTION);
    return decided.where(r.isNull()).drop(LinkageSchemas.REJECTION);
  }

  /**
   * The rejected rows of a result, without the {@code decision} column; {@code rejection} names the
   * column and the rule, never the value.
   *
   * @param decided a result
   * @return the rejected rows
   * @throws NullPointerException if {@code decided} is null
   */
  public static Dataset<Row> rejected(Dataset<Row> decided) {
    Column r = decided.col(LinkageSchemas.REJECTION);
    return decided.where(r.isNotNull()).drop(LinkageSchemas.DECISION);
  }

  /**
   * Registers {@link LinkageFunctions}' SQL functions in this session ({@code linkage_scope},
   * {@code linkage_due}, {@code linkage_groups}, {@code linkage_project}, {@code linkage_duties}),
   * deciding with this object's spec. Temporary functions of the session: persistent Hive functions
   * are not made.
   */
  public void registerFunctions() {
    LinkageFunctions.register(spark, broadcast, defaultDate, java8Dates());
  }

  private boolean java8Dates() {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
  }

  private static org.apache.spark.sql.types.Metadata emptyMetadata() {
    return org.apache.spark.sql.types.Metadata.empty();
  }

  /**
   * Reads a small UTF-8 text file (settings, subsidy schedule, holiday notices) from any file
   * system the session's Hadoop configuration reaches: a local path, {@code hdfs://}, {@code
   * s3a://}, {@code abfs://}… On the driver, once; the text then travels in the broadcast spec. A
   * leading byte-order mark is dropped.
   *
   * @param spark the session (its Hadoop configuration)
   * @param path the file
   * @return the text
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be read, is larger than {@link #MAX_TEXT_BYTES}, or is
   *     not UTF-8
   */
  public static String readText(SparkSession spark, String path) throws IOException {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(conf);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = fs.open(p)) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (bytes.size() + n > MAX_TEXT_BYTES) {
          throw new IOException(path + ": larger than " + MAX_TEXT_BYTES + " bytes");
        }
        bytes.write(buffer, 0, n);
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException(path + ": not UTF-8", e);
    }
  }

  /**
   * A spec from files on any file system Spark reads ({@link #readText}): the options of {@code
   * linkage batch} and {@code linkage-spark}'s job. Schedule files named by the settings are
   * resolved against the settings file's folder.
   *
   * @param spark the session
   * @param settings the settings file, or null for the policy as published
   * @param notices holiday notice files added to the built-in ones
   * @param provisional project years without a notice
   * @param date the date for rows without {@code asOf}, or null for today in Beijing
   * @return the spec
   * @throws NullPointerException if {@code spark} or {@code notices} is null
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file is malformed or the settings build no valid policy
   */
  public static PolicySpec readSpec(
      SparkSession spark,
      @Nullable String settings,
      List<String> notices,
      boolean provisional,
      @Nullable LocalDate date)
      throws IOException {
    Objects.requireNonNull(spark, "spark");
    PolicySpec spec = PolicySpec.defaults().withProvisional(provisional).withDate(date);
    for (String n : notices) {
      spec = spec.withNotices(n, readText(spark, n));
    }
    if (settings != null) {
      String text = readText(spark, settings);
      Map<String, String> schedules = new LinkedHashMap<>();
      Path parent = new Path(settings).getParent();
      // the settings reader names the schedules it needs: read each once, here, and keep its text
      PolicySettings.parse(
          text,
          settings,
          name -> {
            String file = parent == null ? name : new Path(parent, name).toString();
            String schedule = readText(spark, file);
            schedules.put(name, schedule);
            return SubsidySchedule.parse(schedule, file);
          });
      spec = spec.withSettings(settings, text, schedules);
    }
    return spec;
  }

  /**
   * A column expression for the outcome of a decided table, for filters and counts.
   *
   * @return {@code decision.outcome}
   */
  public static Column outcome() {
    return functions.col(LinkageSchemas.DECISION + ".outcome");
  }
}
