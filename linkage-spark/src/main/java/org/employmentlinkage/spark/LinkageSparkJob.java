package org.employmentlinkage.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.employmentlinkage.io.records.DecisionCells;
import org.employmentlinkage.io.records.Values;
import org.employmentlinkage.policy.PersonGroup;
import org.jspecify.annotations.Nullable;

/**
 * The job for {@code spark-submit} ({@code docs/spark.md}): {@code linkage batch} on a cluster.
 *
 * <pre>
 * spark-submit --class org.employmentlinkage.spark.LinkageSparkJob linkage-spark-VERSION-job.jar \
 *   --input hdfs:///hr/people.csv --output hdfs:///hr/people-groups --kind people \
 *   [--format csv|parquet] [--input-format csv|parquet] [--encoding UTF-8|GBK|GB18030] \
 *   [--settings FILE] [--notices FILE]... [--provisional] [--date YYYY-MM-DD] \
 *   [--rejects DIR] [--no-escape-formulas] [--no-multi-line]
 * </pre>
 *
 * <p>CSV is read as {@code linkage batch} reads it (RFC 4180: {@code "} quotes and escapes by
 * doubling, quoted fields may hold line breaks, no trimming, blank lines skipped, every value
 * text); a malformed record is rejected as {@code FIELD_COUNT}. CSV output has {@code linkage
 * batch}'s columns (without {@code row}, which a distributed reader cannot number) and the three
 * versions, lists joined by {@code ;}, the {@code id} cell formula-escaped as {@code linkage batch}
 * does; Parquet output keeps the input columns and the typed {@code decision} struct. Rejected rows
 * go to {@code --rejects} (id, column, problem, detail: never the value) and are counted, never
 * fatal. Files named by {@code --settings} and {@code --notices} are read once on the driver from
 * any file system Spark reads.
 *
 * <p>One instance per run; not thread-safe.
 */
public final class LinkageSparkJob {
  /** The column the CSV reader puts malformed records in. */
  public static final String CORRUPT = "_linkage_malformed";

  private final SparkSession spark;
  private final PrintStream out;
  private @Nullable String input;
  private @Nullable String output;
  private RowKind kind = RowKind.PEOPLE;
  private @Nullable String inputFormat;
  private @Nullable String outputFormat;
  private String encoding = "UTF-8";
  private @Nullable String settings;
  private final List<String> notices = new ArrayList<>();
  private boolean provisional;
  private @Nullable LocalDate date;
  private @Nullable String rejects;
  private boolean escapeFormulas = true;
  private boolean multiLine = true;

  /**
   * A job on a session.
   *
   * @param spark the session
   * @param out where the summary goes
   * @throws NullPointerException if an argument is null
   */
  public LinkageSparkJob(SparkSession spark, PrintStream out) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * The entry point of {@code spark-submit}: a session from Spark's configuration, the job, and an
   * exit code: 0 done, 2 bad usage or input file.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("linkage").getOrCreate();
    int code;
    try {
      new LinkageSparkJob(spark, System.out).run(args);
      code = 0;
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("linkage: " + e.getMessage());
      code = 2;
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job.
   *
   * @param args the options
   * @return the summary
   * @throws IllegalArgumentException if an option is wrong, a required one is missing, the input
   *     has no {@code id} column or two columns name the same field, or a settings or notices file
   *     is malformed
   * @throws IOException if a settings or notices file cannot be read
   */
  public Summary run(String... args) throws IOException {
    parse(args);
    String in = Objects.requireNonNull(input, "--input");
    String o = Objects.requireNonNull(output, "--output");
    PolicySpec spec = LinkageSpark.readSpec(spark, settings, notices, provisional, date);
    LinkageSpark linkage = LinkageSpark.create(spark, spec);
    String inFormat = inputFormat != null ? inputFormat : formatOf(in);
    String outFormat = outputFormat != null ? outputFormat : formatOf(o);
    Dataset<Row> table;
    String corrupt = null;
    if (inFormat.equals("csv")) {
      table = readCsv(spark, in, encoding, multiLine);
      corrupt = CORRUPT;
    } else {
      table = spark.read().format(inFormat).load(in);
    }
    // One pass over the input decides, counts and writes the decided rows; the counts come from
    // accumulators of the write's own tasks (Spark applies a result task's updates once), so the
    // decisions are neither cached nor computed twice. Rejects, when asked for and present, take a
    // second pass that writes only them.
    LongAccumulator rows = spark.sparkContext().longAccumulator("linkage rows");
    LongAccumulator rejectedRows = spark.sparkContext().longAccumulator("linkage rejected rows");
    Dataset<Row> decided = linkage.decide(table, kind, corrupt);
    int rejection = decided.schema().fieldIndex(LinkageSchemas.REJECTION);
    Dataset<Row> accepted =
        decided
            .filter(
                (FilterFunction<Row>)
                    r -> {
                      rows.add(1);
                      if (r.isNullAt(rejection)) {
                        return true;
                      }
                      rejectedRows.add(1);
                      return false;
                    })
            .drop(LinkageSchemas.REJECTION);
    if (corrupt != null) {
      accepted = accepted.drop(corrupt);
    }
    if (outFormat.equals("csv")) {
      writeCsv(flatten(accepted, linkage), o);
    } else {
      accepted.write().mode(SaveMode.ErrorIfExists).format(outFormat).save(o);
    }
    long total = rows.value();
    long rejectedCount = rejectedRows.value();
    if (rejects != null && rejectedCount > 0) {
      writeCsv(rejectsTable(LinkageSpark.rejected(linkage.decide(table, kind, corrupt))), rejects);
    }
    Summary s = new Summary(total, total - rejectedCount, rejectedCount);
    out.println(
        "linkage: "
            + s.rows()
            + " rows, "
            + s.decided()
            + " decided, "
            + s.rejected()
            + " rejected; "
            + spec.policy().versions());
    return s;
  }

  /**
   * What a run did.
   *
   * @param rows the rows read (blank lines are not rows)
   * @param decided the rows decided and written
   * @param rejected the rows rejected (written to {@code --rejects} when given)
   */
  public record Summary(long rows, long decided, long rejected) {}

  /**
   * Reads a CSV file (or a folder of them) as {@code linkage batch} does: the header row names the
   * columns, every value is text, RFC 4180 quoting ({@code "} quotes, doubled to escape), quoted
   * fields may span lines, no trimming, blank lines skipped, malformed records kept in the {@link
   * #CORRUPT} column instead of failing the job.
   *
   * @param spark the session
   * @param path the file or folder
   * @param encoding UTF-8, GBK or GB18030
   * @return the table
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the file has no header row, or two columns name the same
   *     field
   */
  public static Dataset<Row> readCsv(SparkSession spark, String path, String encoding) {
    return readCsv(spark, path, encoding, true);
  }

  /**
   * Reads a CSV file as {@link #readCsv(SparkSession, String, String)}, or with {@code multiLine}
   * off: then no field may hold a line break (a quoted one would be a malformed record), and Spark
   * may split one large file among tasks; with it on, a file is read by one task (Spark cannot find
   * record boundaries inside quoted line breaks without reading from the start).
   *
   * @param spark the session
   * @param path the file or folder
   * @param encoding UTF-8, GBK or GB18030
   * @param multiLine whether quoted fields may hold line breaks
   * @return the table
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the file has no header row, or two columns name the same
   *     field
   */
  public static Dataset<Row> readCsv(
      SparkSession spark, String path, String encoding, boolean multiLine) {
    List<Row> header =
        csv(spark, encoding, multiLine)
            .option("header", "false")
            .load(path)
            .limit(1)
            .collectAsList();
    if (header.isEmpty()) {
      throw new IllegalArgumentException(path + ": empty, no header row");
    }
    Row h = header.get(0);
    List<StructField> fields = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int c = 0; c < h.length(); c++) {
      String name = h.isNullAt(c) ? "" : h.getString(c);
      String unique = name;
      // Spark needs distinct names; linkage decides whether two of them name the same field
      while (seen.contains(unique.toLowerCase(Locale.ROOT))) {
        unique = unique + "_" + c;
      }
      seen.add(unique.toLowerCase(Locale.ROOT));
      fields.add(DataTypes.createStructField(unique, DataTypes.StringType, true));
    }
    checkDuplicates(h);
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    Dataset<Row> table =
        csv(spark, encoding, multiLine)
            .option("header", "true")
            .option("enforceSchema", "true")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .schema(DataTypes.createStructType(fields))
            .load(path);
    // a line of spaces is a blank line in linkage batch, not a short record
    int corrupt = fields.size() - 1;
    return table.filter(
        (FilterFunction<Row>) r -> r.isNullAt(corrupt) || !r.getString(corrupt).isBlank());
  }

  private static void checkDuplicates(Row header) {
    List<String> seen = new ArrayList<>();
    List<String> known = new ArrayList<>(RowKind.EVENTS.fields());
    known.addAll(RowKind.PEOPLE.fields());
    known.add("asOf");
    for (int c = 0; c < header.length(); c++) {
      String name = header.isNullAt(c) ? "" : header.getString(c);
      String canonical = DecisionFunction.canonical(name, known);
      if (seen.contains(canonical)) {
        throw new IllegalArgumentException("two columns are named " + canonical);
      }
      seen.add(canonical);
    }
  }

  private static DataFrameReader csv(SparkSession spark, String encoding, boolean multiLine) {
    return spark
        .read()
        .format("csv")
        .option("sep", ",")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("multiLine", Boolean.toString(multiLine))
        .option("encoding", encoding)
        .option("mode", "PERMISSIVE")
        .option("inferSchema", "false")
        .option("ignoreLeadingWhiteSpace", "false")
        .option("ignoreTrailingWhiteSpace", "false")
        .option("nullValue", "")
        .option("emptyValue", "")
        .option("maxColumns", "1024")
        .option("maxCharsPerColumn", "-1")
        .option("unescapedQuoteHandling", "STOP_AT_DELIMITER");
  }

  private static void writeCsv(Dataset<Row> table, String path) {
    DataFrameWriter<Row> w =
        table
            .write()
            .mode(SaveMode.ErrorIfExists)
            .format("csv")
            .option("header", "true")
            .option("sep", ",")
            .option("quote", "\"")
            .option("escape", "\"")
            .option("escapeQuotes", "true")
            .option("quoteAll", "false")
            .option("ignoreLeadingWhiteSpace", "false")
            .option("ignoreTrailingWhiteSpace", "false")
            .option("nullValue", "")
            .option("emptyValue", "")
            .option("lineSep", "\n")
            .option("encoding", "UTF-8");
    w.save(path);
  }

  /**
   * The output columns of a kind in CSV: {@code linkage batch}'s (without {@code row}) and the
   * three versions.
   *
   * @param linkage the entry point (its policy's groups are columns for people)
   * @param kind the kind
   * @return the header
   * @throws NullPointerException if an argument is null
   */
  public static List<String> csvColumns(LinkageSpark linkage, RowKind kind) {
    List<String> c = new ArrayList<>(List.of("id", "asOf", "outcome"));
    switch (kind) {
      case PEOPLE -> {
        for (PersonGroup g : linkage.spec().policy().groups()) {
          c.add(g.id());
        }
        c.add("members");
      }
      case PROJECTS -> c.addAll(List.of("major", "rule", "threshold"));
      case EVENTS -> c.add("duties");
    }
    c.addAll(
        List.of(
            "reasons",
            "missingFacts",
            "clauses",
            "policyVersion",
            "parametersVersion",
            "calendarVersion"));
    return c;
  }

  private Dataset<Row> flatten(Dataset<Row> accepted, LinkageSpark linkage) {
    List<String> columns = csvColumns(linkage, kind);
    StructType schema =
        DataTypes.createStructType(
            columns.stream()
                .map(n -> DataTypes.createStructField(n, DataTypes.StringType, false))
                .toList());
    int id = accepted.schema().fieldIndex(idColumn(accepted.schema()));
    int decision = accepted.schema().fieldIndex(LinkageSchemas.DECISION);
    RowKind k = kind;
    boolean escape = escapeFormulas;
    return accepted.map(
        (MapFunction<Row, Row>) r -> flatRow(r, id, decision, k, escape), Encoders.row(schema));
  }

  private static String idColumn(StructType schema) {
    for (StructField f : schema.fields()) {
      if (DecisionFunction.canonical(f.name(), List.of("id")).equals("id")) {
        return f.name();
      }
    }
    throw new IllegalArgumentException("no id column");
  }

  /** One decided row as CSV cells (package-private for tests). */
  static Row flatRow(Row r, int idIndex, int decisionIndex, RowKind kind, boolean escape) {
    // the id as linkage read it (stripped), as linkage batch writes it
    String id = Values.text("id", DecisionFunction.text(r, idIndex, false));
    Row d = r.getStruct(decisionIndex);
    List<String> cells = new ArrayList<>();
    cells.add(escape ? DecisionCells.escapeFormula(id) : id);
    cells.add(String.valueOf(d.get(d.fieldIndex("asOf"))));
    cells.add(d.getString(d.fieldIndex("outcome")));
    switch (kind) {
      case PEOPLE -> {
        List<Row> groups = d.getList(d.fieldIndex("groups"));
        for (Row g : groups) {
          cells.add(g.getString(1));
        }
        cells.add(joined(d, "members"));
      }
      case PROJECTS -> {
        int m = d.fieldIndex("major");
        cells.add(d.isNullAt(m) ? "" : Boolean.toString(d.getBoolean(m)));
        cells.add(d.getString(d.fieldIndex("basis")));
        cells.add(d.getDecimal(d.fieldIndex("threshold")).toPlainString());
      }
      case EVENTS -> {
        List<Row> duties = d.getList(d.fieldIndex("duties"));
        List<String> texts = new ArrayList<>();
        for (Row duty : duties) {
          int due = duty.fieldIndex("due");
          int latest = duty.fieldIndex("latestDue");
          String text = duty.getString(0);
          if (!duty.isNullAt(due)) {
            text += "@" + duty.get(due);
            if (!duty.get(latest).equals(duty.get(due))) {
              text += ".." + duty.get(latest);
            }
          }
          texts.add(text);
        }
        cells.add(String.join(";", texts));
      }
    }
    cells.add(joined(d, "reasons"));
    cells.add(joined(d, "missingFacts"));
    cells.add(joined(d, "clauses"));
    Row v = d.getStruct(d.fieldIndex("versions"));
    cells.add(v.getString(0));
    cells.add(v.getString(1));
    cells.add(v.getString(2));
    return RowFactory.create(cells.toArray());
  }

  private static String joined(Row d, String field) {
    List<String> items = d.getList(d.fieldIndex(field));
    return String.join(";", items);
  }

  private Dataset<Row> rejectsTable(Dataset<Row> rejected) {
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("column", DataTypes.StringType, false),
                DataTypes.createStructField("problem", DataTypes.StringType, false),
                DataTypes.createStructField("detail", DataTypes.StringType, false)));
    int id = rejected.schema().fieldIndex(idColumn(rejected.schema()));
    int rejection = rejected.schema().fieldIndex(LinkageSchemas.REJECTION);
    boolean escape = escapeFormulas;
    return rejected.map(
        (MapFunction<Row, Row>)
            r -> {
              String i = DecisionFunction.text(r, id, false);
              Row why = r.getStruct(rejection);
              return RowFactory.create(
                  escape ? DecisionCells.escapeFormula(i) : i,
                  why.getString(0),
                  why.getString(1),
                  why.getString(2));
            },
        Encoders.row(schema));
  }

  private static String formatOf(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".parquet") || p.endsWith(".parq") ? "parquet" : "csv";
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> input = value(args, ++i, a);
        case "--output" -> output = value(args, ++i, a);
        case "--kind" -> kind = kind(value(args, ++i, a));
        case "--format" -> outputFormat = format(value(args, ++i, a), a);
        case "--input-format" -> inputFormat = format(value(args, ++i, a), a);
        case "--encoding" -> encoding = encoding(value(args, ++i, a));
        case "--settings" -> settings = value(args, ++i, a);
        case "--notices" -> notices.add(value(args, ++i, a));
        case "--provisional" -> provisional = true;
        case "--date" -> date = date(value(args, ++i, a));
        case "--rejects" -> rejects = value(args, ++i, a);
        case "--escape-formulas" -> escapeFormulas = true;
        case "--no-escape-formulas" -> escapeFormulas = false;
        case "--no-multi-line" -> multiLine = false;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static RowKind kind(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "people", "persons", "person" -> RowKind.PEOPLE;
      case "projects", "project" -> RowKind.PROJECTS;
      case "events", "event" -> RowKind.EVENTS;
      default -> throw new IllegalArgumentException("--kind is people, projects or events");
    };
  }

  private static String format(String v, String option) {
    String f = v.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("parquet")) {
      throw new IllegalArgumentException(option + " is csv or parquet");
    }
    return f;
  }

  private static String encoding(String v) {
    return switch (v.strip().toUpperCase(Locale.ROOT).replace("_", "-")) {
      case "UTF-8", "UTF8" -> StandardCharsets.UTF_8.name();
      case "GBK", "GB2312", "CP936" -> "GBK";
      case "GB18030" -> "GB18030";
      default -> throw new IllegalArgumentException("--encoding is UTF-8, GBK or GB18030");
    };
  }

  private static LocalDate date(String v) {
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date is YYYY-MM-DD", e);
    }
  }
}
