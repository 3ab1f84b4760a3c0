package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliException;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.DecisionOutput;
import org.employmentlinkage.cli.ErrorCode;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.FactMessages;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.cli.batch.BatchException;
import org.employmentlinkage.cli.batch.BatchJob;
import org.employmentlinkage.cli.batch.BatchKind;
import org.employmentlinkage.cli.batch.BatchSummary;
import org.employmentlinkage.cli.batch.OutputFormat;
import org.employmentlinkage.cli.batch.Rejection;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.LinkagePolicy;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code linkage batch --input FILE.csv --output FILE.(csv|json|jsonl) [--kind people|projects]}:
 * evaluates every row of a CSV file (people's groups or projects' scope), streaming, with rejected
 * rows reported by row number and rule, a progress bar on standard error for long files, and a
 * summary on standard output.
 */
@Command(name = "batch", sortOptions = false)
public final class BatchCommand extends CliCommand {
  /** The input files of at least this size get a progress bar when standard error is a terminal. */
  static final long LONG_FILE_BYTES = 1L << 20;

  /** How many rejections are printed as warnings on standard error. */
  static final int WARNED_REJECTIONS = 20;

  /** How many distinct reasons the summary groups rejections by. */
  static final int MAX_GROUPS = 100;

  /** How many row numbers the summary lists per reason. */
  static final int ROWS_PER_GROUP = 20;

  /** Set by the {@code ./linkage} launcher when standard error is a terminal. */
  static final String STDERR_TERMINAL_PROPERTY = "linkage.stderr.terminal";

  @Option(
      names = "--input",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "option.batch.input")
  @SuppressWarnings("NullAway.Init")
  private Path input;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "option.batch.output")
  @SuppressWarnings("NullAway.Init")
  private Path output;

  @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "option.batch.kind")
  private String kind = "people";

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.batch.format")
  private @Nullable String format;

  @Option(names = "--date", paramLabel = "DATE", descriptionKey = "option.batch.date")
  private @Nullable LocalDate date;

  @Option(names = "--settings", paramLabel = "FILE", descriptionKey = "option.settings")
  private @Nullable Path settings;

  @Option(names = "--rejects", paramLabel = "FILE", descriptionKey = "option.batch.rejects")
  private @Nullable Path rejects;

  @Option(names = "--force", descriptionKey = "option.batch.force")
  private boolean force;

  @Option(names = "--strict", descriptionKey = "option.batch.strict")
  private boolean strict;

  @Option(names = "--progress", negatable = true, descriptionKey = "option.batch.progress")
  private @Nullable Boolean progress;

  /** Created by picocli. */
  public BatchCommand() {}

  @Override
  protected int run() throws IOException {
    Texts t = texts();
    BatchKind k = kind();
    OutputFormat f = format();
    if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
      throw new CliException(ErrorCode.BAD_INPUT, t.get("batch.error.sameFile"));
    }
    checkOutput(output);
    if (rejects != null) {
      checkOutput(rejects);
    }
    long size;
    try {
      size = Files.size(input);
    } catch (IOException e) {
      throw CalendarOptions.unreadable(input, e, t);
    }
    LinkagePolicy policy = PolicyCommand.buildPolicy(settings, null, t);
    boolean showProgress =
        progress != null ? progress : stderrIsTerminal() && size >= LONG_FILE_BYTES;
    Path part = sibling(output, ".part");
    Path rejectsFile = rejects;
    Path rejectsPart = rejectsFile == null ? null : sibling(rejectsFile, ".part");
    BatchSummary summary;
    Map<String, ReasonGroup> groups;
    try (InputStream in = open(input, t);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
        RejectsFile rf = rejectsPart == null ? null : new RejectsFile(rejectsPart, t)) {
      Listener listener = new Listener(err(), t, size, showProgress, rf);
      try {
        summary = new BatchJob(policy, k, date, Clock.systemUTC()).run(in, out, f, listener);
      } catch (BatchException e) {
        listener.endProgressLine();
        throw new CliException(ErrorCode.BAD_INPUT_FILE, batchMessage(e, t), e);
      }
      listener.finish();
      groups = listener.groups;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      if (rejectsPart != null) {
        Files.deleteIfExists(rejectsPart);
      }
      throw e;
    }
    move(part, output);
    if (rejectsPart != null && rejectsFile != null) {
      move(rejectsPart, rejectsFile);
    }
    boolean failed = strict && summary.rejected() > 0;
    if (failed && json()) {
      // One JSON document per run (docs/cli-json.md): the summary goes into the error document.
      ObjectNode details = CliJson.object();
      details.set("summary", summaryJson(summary, k, f, groups));
      throw new CliException(
          ErrorCode.REJECTED_ROWS, t.get("batch.error.strict", summary.rejected()), details);
    }
    printSummary(summary, k, f, groups);
    if (failed) {
      throw new CliException(
          ErrorCode.REJECTED_ROWS, t.get("batch.error.strict", summary.rejected()));
    }
    return ExitCode.OK;
  }

  private BatchKind kind() {
    return switch (kind.strip().toLowerCase(Locale.ROOT)) {
      case "people", "persons", "person" -> BatchKind.PEOPLE;
      case "projects", "project" -> BatchKind.PROJECTS;
      default -> throw new CliException(ErrorCode.USAGE, texts().get("batch.error.kind"));
    };
  }

  private OutputFormat format() {
    if (format != null) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> OutputFormat.CSV;
        case "json" -> OutputFormat.JSON;
        case "jsonl", "ndjson" -> OutputFormat.JSONL;
        default -> throw new CliException(ErrorCode.USAGE, texts().get("batch.error.format"));
      };
    }
    OutputFormat f = OutputFormat.ofFileName(output);
    if (f == null) {
      throw new CliException(ErrorCode.USAGE, texts().get("batch.error.extension"));
    }
    return f;
  }

  private void checkOutput(Path file) {
    if (Files.exists(file) && !force) {
      throw new CliException(ErrorCode.OUTPUT_EXISTS, texts().get("import.error.exists", file));
    }
    if (Files.isDirectory(file)) {
      throw new CliException(
          ErrorCode.FILE_NOT_READABLE,
          texts().get("import.error.write", file, texts().get("error.file.isDirectory")));
    }
  }

  private static InputStream open(Path file, Texts t) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw CalendarOptions.unreadable(file, e, t);
    }
  }

  private static Path sibling(Path file, String suffix) {
    Path name = file.getFileName();
    return file.resolveSibling((name == null ? "output" : name.toString()) + suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // JDK 17 (the target) returns null when stdin or stdout is not a terminal; a heuristic only.
  @SuppressWarnings("SystemConsoleNull")
  private static boolean stderrIsTerminal() {
    String p = System.getProperty(STDERR_TERMINAL_PROPERTY);
    if (p != null) {
      return p.equals("true");
    }
    return System.console() != null;
  }

  private static String batchMessage(BatchException e, Texts t) {
    return t.get("batch.error." + e.kind().name(), e.row(), e.column());
  }

  /**
   * The message of a rejection: {@code 第 17 行，education 列：…} / {@code row 17, column education: …}.
   *
   * @param r the rejection
   * @param t the language
   * @return the message, without the row's values
   */
  static String rejectionMessage(Rejection r, Texts t) {
    return r.column().equals("*")
        ? t.get("batch.rejection.fieldCount", r.row(), r.detail())
        : t.get(
            "batch.rejection",
            r.row(),
            FactMessages.describe(new FactException(r.column(), r.problem(), r.detail()), t));
  }

  /** A rejection's reason without its row: {@code education: not an allowed value …}. */
  static String reasonMessage(Rejection r, Texts t) {
    return r.column().equals("*")
        ? t.get("batch.reason.fieldCount")
        : FactMessages.describe(new FactException(r.column(), r.problem(), r.detail()), t);
  }

  private void printSummary(
      BatchSummary s, BatchKind k, OutputFormat f, Map<String, ReasonGroup> groups) {
    Texts t = texts();
    if (json()) {
      ObjectNode doc = newDocument();
      doc.setAll(summaryJson(s, k, f, groups));
      printJson(doc);
      return;
    }
    println(
        t.get(
            "batch.summary.head",
            t.get("batch.kind." + k.name()),
            input,
            output,
            f.name().toLowerCase(Locale.ROOT)));
    println(t.get("batch.summary.rows", s.rows(), s.evaluated(), s.rejected(), s.blankRows()));
    List<String> parts = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      long n = s.outcomes().getOrDefault(o, 0L);
      if (n > 0) {
        parts.add(DecisionOutput.outcome(o, t) + " " + n);
      }
    }
    println(
        t.get(
            k == BatchKind.PEOPLE
                ? "batch.summary.outcomes.people"
                : "batch.summary.outcomes.projects",
            parts.isEmpty() ? "-" : String.join(t.get("list.separator"), parts)));
    if (s.rejected() > 0) {
      println(t.get("batch.summary.rejections", s.rejected()));
      for (ReasonGroup g : groups.values()) {
        List<String> rows = new ArrayList<>();
        g.rows.forEach(r -> rows.add(Long.toString(r)));
        println(
            "  "
                + t.get(
                    "batch.summary.reason",
                    reasonMessage(g.first, t),
                    g.count,
                    String.join(", ", rows) + (g.count > g.rows.size() ? ", …" : "")));
      }
      if (rejects != null) {
        println(t.get("batch.summary.rejectsFile", rejects));
      }
    }
    println(t.get("batch.summary.time", seconds(s.elapsedMillis())));
    println(DecisionOutput.versionLine(s.versions(), t));
  }

  /**
   * The summary's JSON fields (docs/cli-json.md#batch), without {@code schema} and {@code command}.
   */
  private ObjectNode summaryJson(
      BatchSummary s, BatchKind k, OutputFormat f, Map<String, ReasonGroup> groups) {
    Texts t = texts();
    ObjectNode doc = CliJson.object();
    doc.put("kind", k.name().toLowerCase(Locale.ROOT));
    doc.put("input", input.toString());
    doc.put("output", output.toString());
    doc.put("format", f.name().toLowerCase(Locale.ROOT));
    doc.put("rows", s.rows());
    doc.put("evaluated", s.evaluated());
    doc.put("rejected", s.rejected());
    doc.put("blankRows", s.blankRows());
    ObjectNode outcomes = doc.putObject("outcomes");
    for (Outcome o : Outcome.values()) {
      outcomes.put(o.name(), s.outcomes().getOrDefault(o, 0L));
    }
    ArrayNode rejections = doc.putArray("rejections");
    for (Rejection r : s.firstRejections()) {
      ObjectNode o = rejections.addObject();
      o.put("row", r.row());
      o.put("column", r.column());
      o.put("code", r.problem().name());
      o.put("message", rejectionMessage(r, t));
    }
    doc.put("rejectionsTruncated", s.rejected() > s.firstRejections().size());
    ArrayNode byReason = doc.putArray("rejectionsByReason");
    for (ReasonGroup g : groups.values()) {
      ObjectNode o = byReason.addObject();
      o.put("column", g.first.column());
      o.put("code", g.first.problem().name());
      o.put("count", g.count);
      ArrayNode rows = o.putArray("rows");
      g.rows.forEach(rows::add);
      o.put("message", reasonMessage(g.first, t));
    }
    if (rejects != null) {
      doc.put("rejectsFile", rejects.toString());
    }
    ArrayNode ignored = doc.putArray("ignoredColumns");
    s.ignoredColumns().forEach(ignored::add);
    doc.put("elapsedMillis", s.elapsedMillis());
    doc.set("versions", DecisionOutput.versions(s.versions()));
    return doc;
  }

  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** Warnings, progress and the rejects file. */
  private static final class Listener implements BatchJob.Listener {
    private final PrintWriter err;
    private final Texts t;
    private final long size;
    private final boolean progress;
    private final @Nullable RejectsFile rejects;
    private long warned;
    private boolean progressShown;

    /** Rejections by column and rule, in order of first appearance (bounded). */
    final Map<String, ReasonGroup> groups = new LinkedHashMap<>();

    Listener(PrintWriter err, Texts t, long size, boolean progress, @Nullable RejectsFile rejects) {
      this.err = err;
      this.t = t;
      this.size = size;
      this.progress = progress;
      this.rejects = rejects;
    }

    @Override
    public void rejected(Rejection r) {
      String key = r.column() + "\u0000" + r.problem();
      ReasonGroup g = groups.get(key);
      if (g == null && groups.size() < MAX_GROUPS) {
        g = new ReasonGroup(r);
        groups.put(key, g);
      }
      if (g != null) {
        g.add(r.row());
      }
      if (rejects != null) {
        rejects.write(r);
      }
      if (warned < WARNED_REJECTIONS) {
        endProgressLine();
        err.print("linkage: warning: " + rejectionMessage(r, t) + "\n");
        err.flush();
      }
      warned++;
    }

    @Override
    public void ignoredColumns(List<String> columns) {
      err.print(
          "linkage: warning: " + t.get("batch.warning.ignored", String.join(", ", columns)) + "\n");
      err.flush();
    }

    @Override
    public void progress(long rows, long bytesRead, long elapsedMillis, boolean done) {
      if (!progress) {
        return;
      }
      long percent = size == 0 ? 100 : Math.min(100, bytesRead * 100 / size);
      if (done) {
        percent = 100;
      }
      int filled = (int) (percent / 5);
      String bar = "#".repeat(filled) + "-".repeat(20 - filled);
      err.print("\r" + t.get("batch.progress", bar, percent, rows, seconds(elapsedMillis)));
      progressShown = !done;
      if (done) {
        err.print("\n");
      }
      err.flush();
    }

    void endProgressLine() {
      if (progressShown) {
        err.print("\n");
        progressShown = false;
      }
    }

    void finish() {
      if (warned > WARNED_REJECTIONS) {
        err.print(
            "linkage: warning: " + t.get("batch.warning.more", warned - WARNED_REJECTIONS) + "\n");
        err.flush();
      }
    }
  }

  /** The rejections of one column and rule: how many, and the first rows. */
  static final class ReasonGroup {
    final Rejection first;
    final List<Long> rows = new ArrayList<>();
    long count;

    ReasonGroup(Rejection first) {
      this.first = first;
    }

    void add(long row) {
      count++;
      if (rows.size() < ROWS_PER_GROUP) {
        rows.add(row);
      }
    }
  }

  /** {@code --rejects FILE}: every rejection, as CSV. */
  private static final class RejectsFile implements AutoCloseable {
    private final CsvWriter csv;
    private final Texts t;

    RejectsFile(Path file, Texts t) throws IOException {
      this.csv =
          CsvWriter.builder()
              .lineDelimiter(LineDelimiter.LF)
              .build(
                  file,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE);
      this.t = t;
      csv.writeRecord("row", "column", "code", "message");
    }

    void write(Rejection r) {
      csv.writeRecord(
          Long.toString(r.row()), r.column(), r.problem().name(), rejectionMessage(r, t));
    }

    @Override
    public void close() throws IOException {
      csv.close();
    }
  }
}
