package org.employmentlinkage.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.employmentlinkage.cli.batch.BatchJob;
import org.employmentlinkage.cli.batch.BatchKind;
import org.employmentlinkage.cli.batch.OutputFormat;
import org.employmentlinkage.cli.batch.PeopleCsvGenerator;
import org.employmentlinkage.rules.LinkagePolicy;

/**
 * The throughput measurement of BENCHMARKS.md ("## Spark"), JMH-free: one generated people file per
 * size, {@code linkage batch} (its jar, as users run it, and its engine in this JVM) and the Spark
 * job on {@code local[2]} on the same file in the same run, with Spark's work split into phases so
 * that its per-row overhead is measured, not guessed:
 *
 * <ol>
 *   <li>scan: read and parse the CSV into Spark's internal rows, nothing else ({@code noop} sink);
 *   <li>rows: the same plus the conversion of every internal row to a Java {@code Row} and back
 *       (what any Java function of a Dataset costs), with an identity function;
 *   <li>decide, dropped: the same plus linkage's decision of every row, the decision then dropped
 *       (the input row goes out): linkage's own work inside Spark;
 *   <li>decide: the same plus linkage's decision of every row ({@link LinkageSpark#people}), the
 *       decision struct encoded into Spark's internal format;
 *   <li>job: the whole {@code spark-submit} job: decide, flatten, write the CSV and the rejects.
 * </ol>
 *
 * <p>Run from the module, after {@code ./mvnw -o -pl linkage-spark -am verify -DskipTests}: {@code
 * java $SPARK_OPENS -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.employmentlinkage.spark.SparkThroughput /tmp/bench 1000000 5000000}. Not a test.
 */
public final class SparkThroughput {
  static final LocalDate DATE = LocalDate.of(2025, 12, 1);

  /** CPU time of Spark's task threads (executorCpuTime of every finished task). */
  private static final AtomicLong TASK_CPU_NANOS = new AtomicLong();

  /** CPU time of the last in-process batch run's thread. */
  private static long batchCpuNanos;

  private SparkThroughput() {}

  /** Adds up the CPU time of Spark's tasks. */
  private static final class CpuListener extends SparkListener {
    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        TASK_CPU_NANOS.addAndGet(end.taskMetrics().executorCpuTime());
      }
    }
  }

  /**
   * Runs the measurement.
   *
   * @param args a work folder, then sizes in rows
   * @throws IOException if a file cannot be written
   * @throws InterruptedException if the CLI process is interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path work = Path.of(args[0]);
    Files.createDirectories(work);
    List<Long> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Long.parseLong(args[i]));
    }
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("linkage-throughput")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    spark.sparkContext().addSparkListener(new CpuListener());
    System.out.println(
        "rows\tengine\twall s\trows/s (wall)\trows/s/core (wall/cores)\tCPU s\trows per CPU s");
    for (long rows : sizes) {
      Path input = work.resolve("people-" + rows + ".csv");
      if (!Files.exists(input)) {
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
          PeopleCsvGenerator.write(w, rows, 20180706L);
        }
      }
      Path parts = split(input, 4);
      // warm-up of both engines on the smaller work (JIT, Spark's code generation)
      if (rows == sizes.get(0)) {
        batchEngine(input);
        noop(decide(spark, parts, true));
      }
      report(rows, "linkage batch (jar, 1 thread)", batchJar(input, work), 1);
      double engine = batchEngine(input);
      report(rows, "linkage batch (engine, 1 thread)", engine, 1, batchCpuNanos / 1e9);
      if (rows > sizes.get(0)) {
        // larger sizes: how the whole job grows, without the phases
        spark(rows, "spark local[2], 4 files: job (csv out)", () -> job(spark, parts, work, true));
        continue;
      }
      spark(rows, "spark local[2], 4 files: scan", () -> noop(scan(spark, parts, true)));
      spark(
          rows,
          "spark local[2], 4 files: scan+rows",
          () -> noop(identity(scan(spark, parts, true))));
      spark(
          rows,
          "spark local[2], 4 files: scan+rows+decide, decision dropped",
          () -> noop(decideAndDrop(spark, parts)));
      spark(
          rows,
          "spark local[2], 4 files: scan+rows+decide",
          () -> noop(decide(spark, parts, true)));
      spark(rows, "spark local[2], 4 files: job (csv out)", () -> job(spark, parts, work, true));
      spark(rows, "spark local[2], 1 file: job (csv out)", () -> job(spark, input, work, true));
      spark(
          rows,
          "spark local[2], 1 file: job --no-multi-line",
          () -> job(spark, input, work, false));
      System.out.println(
          "policy builds in this JVM: "
              + PolicySpec.builds()
              + ", lookups: "
              + PolicySpec.lookups()
              + " (partitions, not rows)");
    }
    spark.stop();
  }

  private static void report(long rows, String engine, double seconds, int cores) {
    report(rows, engine, seconds, cores, Double.NaN);
  }

  private static void report(long rows, String engine, double seconds, int cores, double cpu) {
    System.out.printf(
        "%d\t%s\t%.2f\t%.0f\t%.0f\t%.2f\t%.0f%n",
        rows, engine, seconds, rows / seconds, rows / seconds / cores, cpu, rows / cpu);
  }

  /** Runs a Spark measurement and reports wall time and the CPU time of its tasks. */
  private static void spark(long rows, String engine, Measured m) throws IOException {
    long before = TASK_CPU_NANOS.get();
    double seconds = m.run();
    try {
      Thread.sleep(1000); // the listener bus delivers task ends asynchronously
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    report(rows, engine, seconds, 2, (TASK_CPU_NANOS.get() - before) / 1e9);
  }

  @FunctionalInterface
  private interface Measured {
    double run() throws IOException;
  }

  private static double batchJar(Path input, Path work) throws IOException, InterruptedException {
    Path jar = Path.of("../linkage-cli/target/linkage.jar");
    if (!Files.exists(jar)) {
      return Double.NaN;
    }
    Path out = work.resolve("batch-out.csv");
    Files.deleteIfExists(out);
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                "java",
                "-Dfile.encoding=UTF-8",
                "-jar",
                jar.toString(),
                "batch",
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--date",
                DATE.toString(),
                "--no-progress")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int code = p.waitFor();
    double s = (System.nanoTime() - start) / 1e9;
    return code == 0 ? s : Double.NaN;
  }

  private static double batchEngine(Path input) throws IOException {
    LinkagePolicy policy = LinkagePolicy.builder().build();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long start = System.nanoTime();
    try (var in = Files.newInputStream(input)) {
      new BatchJob(policy, BatchKind.PEOPLE, DATE, Clock.systemUTC())
          .run(in, OutputStream.nullOutputStream(), OutputFormat.CSV, new BatchJob.Listener() {});
    }
    batchCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
    return (System.nanoTime() - start) / 1e9;
  }

  private static Dataset<Row> scan(SparkSession spark, Path input, boolean multiLine) {
    return LinkageSparkJob.readCsv(spark, input.toString(), "UTF-8", multiLine);
  }

  /** The file split into {@code n} files of consecutive rows, each with the header. */
  private static Path split(Path input, int n) throws IOException {
    Path dir = input.resolveSibling(input.getFileName() + "-parts");
    if (Files.exists(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
    String header = lines.get(0);
    int data = lines.size() - 1;
    for (int p = 0; p < n; p++) {
      try (BufferedWriter w =
          Files.newBufferedWriter(dir.resolve("part-" + p + ".csv"), StandardCharsets.UTF_8)) {
        w.write(header);
        w.write('\n');
        for (int i = 1 + p * data / n; i < 1 + (p + 1) * data / n; i++) {
          w.write(lines.get(i));
          w.write('\n');
        }
      }
    }
    return dir;
  }

  private static Dataset<Row> identity(Dataset<Row> table) {
    return table.mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> rows, Encoders.row(table.schema()));
  }

  private static Dataset<Row> decide(SparkSession spark, Path input, boolean multiLine) {
    return LinkageSpark.create(spark, PolicySpec.defaults().withDate(DATE))
        .decide(scan(spark, input, multiLine), RowKind.PEOPLE, LinkageSparkJob.CORRUPT);
  }

  /** Decides every row with the job's own evaluator, then returns the input row unchanged. */
  private static Dataset<Row> decideAndDrop(SparkSession spark, Path input) {
    Dataset<Row> table = scan(spark, input, true);
    Broadcast<PolicySpec> spec =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(PolicySpec.defaults().withDate(DATE));
    DecisionFunction f =
        DecisionFunction.plan(
            spec, RowKind.PEOPLE, table.schema(), LinkageSparkJob.CORRUPT, DATE, false);
    return table.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              DecisionFunction.Evaluator e = f.evaluator(spec.value().policy());
              return new java.util.Iterator<Row>() {
                @Override
                public boolean hasNext() {
                  return rows.hasNext();
                }

                @Override
                public Row next() {
                  Row r = rows.next();
                  try {
                    e.evaluate(r);
                  } catch (IllegalArgumentException rejected) {
                    // counted as work done, as in the job
                  }
                  return r;
                }
              };
            },
        Encoders.row(table.schema()));
  }

  private static double noop(Dataset<Row> table) {
    long start = System.nanoTime();
    table.write().format("noop").mode("overwrite").save();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double job(SparkSession spark, Path input, Path work, boolean multiLine)
      throws IOException {
    Path out = work.resolve("spark-out");
    Path rejects = work.resolve("spark-rejects");
    delete(out);
    delete(rejects);
    long start = System.nanoTime();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--date",
                DATE.toString(),
                "--rejects",
                rejects.toString()));
    if (!multiLine) {
      args.add("--no-multi-line");
    }
    new LinkageSparkJob(spark, new PrintStream(OutputStream.nullOutputStream()))
        .run(args.toArray(new String[0]));
    return (System.nanoTime() - start) / 1e9;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
