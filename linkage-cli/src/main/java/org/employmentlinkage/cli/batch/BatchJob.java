package org.employmentlinkage.cli.batch;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.io.records.DecisionCells;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.records.Facts;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.io.records.Problem;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.io.records.Values;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.ScopeDecision;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a CSV file of people or projects row by row and writes one result per evaluated row, in
 * bounded memory: one row is in memory at a time, plus caches of rendered decisions (the policy's
 * decisions are shared constants, so there are few) and the first {@value #LISTED_REJECTIONS}
 * rejections.
 *
 * <p>Rows that cannot be evaluated (a fact that is not a value of its column, facts that contradict
 * each other, a wrong number of fields, a missing {@code id}) are rejected: reported to the {@link
 * Listener} with their row number and column, never their values, and not written. Blank rows are
 * counted and skipped.
 *
 * <p>Columns ({@code docs/cli.md#linkage-batch}): people — {@link PersonFacts#FIELDS} and {@code
 * asOf}; projects — {@link ProjectFacts#FIELDS} and {@code asOf}. Only {@code id} is required;
 * unknown columns are ignored (and reported once, by name if it is an ASCII identifier, else by
 * position such as {@code #3}). One instance per run; not thread-safe. The policy is thread-safe
 * and may be shared.
 */
public final class BatchJob {
  /** How many rejections the summary lists (all are reported to the listener). */
  public static final int LISTED_REJECTIONS = 100;

  /** How often, in rows, the listener hears of progress. */
  public static final int PROGRESS_EVERY = 8192;

  /** The most fields a row may have (docs/cli.md, "Limits"). */
  public static final int MAX_FIELDS = 1024;

  /** The most characters a field may have. */
  public static final int MAX_FIELD_CHARS = 1 << 16;

  /** The most characters a row may have (all its fields). */
  public static final int MAX_ROW_CHARS = 1 << 20;

  /**
   * FastCSV's buffer: room for a row of {@link #MAX_ROW_CHARS} and what follows it in one read, so
   * that the row limits are the ones that apply.
   */
  private static final int MAX_BUFFER_CHARS = 2 * MAX_ROW_CHARS;

  private static final int CACHE_LIMIT = 4096;

  /** Receives what happens during a run. */
  public interface Listener {
    /**
     * A row was rejected.
     *
     * @param rejection the row, column and rule
     */
    default void rejected(Rejection rejection) {}

    /**
     * Header columns the batch does not use (reported once, before the rows).
     *
     * @param columns the columns
     */
    default void ignoredColumns(List<String> columns) {}

    /**
     * Progress, every {@value BatchJob#PROGRESS_EVERY} rows and at the end.
     *
     * @param rows data rows read so far
     * @param bytesRead bytes of input read so far
     * @param elapsedMillis time since the start
     * @param done whether this is the last call
     */
    default void progress(long rows, long bytesRead, long elapsedMillis, boolean done) {}
  }

  private final LinkagePolicy policy;
  private final BatchKind kind;
  private final @Nullable LocalDate date;
  private final Clock clock;
  private Charset encoding = StandardCharsets.UTF_8;
  private boolean escapeFormulas = true;

  /**
   * A job.
   *
   * @param policy the policy to evaluate with
   * @param kind what the rows are
   * @param date the date to judge on when a row has no {@code asOf}; null for today by the policy's
   *     clock
   * @param clock the clock that times the run
   */
  public BatchJob(LinkagePolicy policy, BatchKind kind, @Nullable LocalDate date, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.date = date;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sets the encoding of the input (default UTF-8).
   *
   * @param encoding the encoding, e.g. GBK for a CSV saved by Excel or WPS in Chinese
   * @return this job
   */
  public BatchJob encoding(Charset encoding) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    return this;
  }

  /**
   * Sets whether cells of user text in CSV output that start a spreadsheet formula get a single
   * quote before them ({@link #escapeFormula(String)}); on by default.
   *
   * @param escape {@code false} to write such cells verbatim
   * @return this job
   */
  public BatchJob escapeFormulas(boolean escape) {
    this.escapeFormulas = escape;
    return this;
  }

  /**
   * A cell of user text made safe to open in a spreadsheet: {@link DecisionCells#escapeFormula},
   * the rule linkage-spark's CSV output follows too.
   *
   * @param cell the cell
   * @return the cell, with {@code '} before it if it starts a formula
   */
  public static String escapeFormula(String cell) {
    return DecisionCells.escapeFormula(cell);
  }

  /**
   * Runs the job.
   *
   * @param in the CSV input (in the {@linkplain #encoding(Charset) encoding}, UTF-8 by default,
   *     optionally with a byte-order mark); not closed
   * @param out where the results go; flushed, not closed
   * @param format the output format
   * @param listener receives rejections and progress
   * @return the summary
   * @throws IOException if reading or writing fails
   * @throws BatchException if the header is unusable, a quoted field is never closed, a row is over
   *     the limits, or bytes are not text in the encoding
   */
  public BatchSummary run(InputStream in, OutputStream out, OutputFormat format, Listener listener)
      throws IOException {
    long start = clock.millis();
    CountingInputStream counting = new CountingInputStream(in);
    LocalDate defaultDate = date != null ? date : policy.today();
    Evaluator evaluator = kind == BatchKind.PEOPLE ? new PeopleEvaluator() : new ProjectEvaluator();
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    CsvSource source = new CsvSource(counting, encoding);
    CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(true)
            .maxBufferSize(MAX_BUFFER_CHARS)
            .build(
                CsvRecordHandler.builder()
                    .maxFields(MAX_FIELDS)
                    .maxFieldSize(MAX_FIELD_CHARS)
                    .maxRecordSize(MAX_ROW_CHARS)
                    .build(),
                source);
    Rows records = new Rows(reader.iterator(), source);
    long row = 1;
    CsvRecord header = records.next(row);
    if (header == null) {
      throw new BatchException(BatchException.Kind.EMPTY, 1, "");
    }
    Columns columns = new Columns(header, evaluator.facts());
    if (!columns.ignored.isEmpty()) {
      listener.ignoredColumns(columns.ignored);
    }
    RowWriter rows =
        format == OutputFormat.CSV
            ? new CsvRowWriter(w, evaluator, escapeFormulas)
            : new JsonRowWriter(w, format);
    long read = 0;
    long evaluated = 0;
    long rejected = 0;
    long blank = 0;
    List<Rejection> listed = new ArrayList<>();
    Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    Facts facts = evaluator.facts();
    for (CsvRecord rec = records.next(row + 1); rec != null; rec = records.next(row + 1)) {
      row++;
      if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
        blank++;
        continue;
      }
      read++;
      Rejection rejection = null;
      if (rec.getFieldCount() != columns.count) {
        rejection =
            new Rejection(row, "*", Problem.FIELD_COUNT, rec.getFieldCount() + "/" + columns.count);
      } else {
        facts.reset();
        LocalDate asOf = defaultDate;
        try {
          for (int c = 0; c < columns.count; c++) {
            int f = columns.field[c];
            if (f >= 0) {
              facts.set(f, rec.getField(c));
            } else if (f == Columns.AS_OF) {
              String v = rec.getField(c);
              if (!v.isBlank()) {
                asOf = Values.date("asOf", v);
              }
            }
          }
          Rendered r = evaluator.evaluate(asOf);
          rows.write(row, evaluator.id(), asOf, r);
          outcomes.merge(r.outcome, 1L, Long::sum);
          evaluated++;
        } catch (FactException e) {
          rejection = new Rejection(row, e.field(), e.problem(), e.detail());
        }
      }
      if (rejection != null) {
        rejected++;
        if (listed.size() < LISTED_REJECTIONS) {
          listed.add(rejection);
        }
        listener.rejected(rejection);
      }
      if (read % PROGRESS_EVERY == 0) {
        listener.progress(read, counting.count, clock.millis() - start, false);
      }
    }
    rows.finish();
    w.flush();
    long elapsed = clock.millis() - start;
    listener.progress(read, counting.count, elapsed, true);
    return new BatchSummary(
        read,
        evaluated,
        rejected,
        blank,
        List.copyOf(listed),
        Map.copyOf(outcomes),
        columns.ignored,
        elapsed,
        policy.versions());
  }

  /**
   * The records of the file, one ahead: a record is handed out only once the next one (or the end)
   * has been read, so that a quoted field opened in the last record and never closed (FastCSV
   * closes it silently at the end of the data) is an error before that record is used.
   */
  private static final class Rows {
    private final Iterator<CsvRecord> it;
    private final CsvSource source;

    Rows(Iterator<CsvRecord> it, CsvSource source) {
      this.it = it;
      this.source = source;
    }

    /**
     * The record of {@code row}, or null at the end.
     *
     * @param row the row about to be read, for messages
     */
    @Nullable CsvRecord next(long row) {
      if (!hasNext(row)) {
        return null;
      }
      CsvRecord rec = it.next();
      if (!hasNext(row + 1) && source.insideQuotes()) {
        throw new BatchException(
            BatchException.Kind.UNTERMINATED_QUOTE, source.quoteRow(), "", source.quoteLine());
      }
      return rec;
    }

    private boolean hasNext(long row) {
      try {
        return it.hasNext();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CsvSource.UndecodableException u) {
          throw new BatchException(BatchException.Kind.NOT_DECODABLE, u.row(), "", u.line());
        }
        throw e;
      } catch (CsvParseException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        if (source.insideQuotes() && source.quoteRow() == row) {
          // the field that outgrew the limits is a quoted one that does not close
          throw new BatchException(
              BatchException.Kind.UNTERMINATED_QUOTE, row, "", source.quoteLine());
        }
        throw new BatchException(BatchException.Kind.TOO_LONG, row, "");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** The header: which field each column sets. */
  private static final class Columns {
    static final int AS_OF = -2;

    final int count;
    final int[] field;
    final List<String> ignored;

    Columns(CsvRecord header, Facts facts) {
      count = header.getFieldCount();
      field = new int[count];
      List<String> ignoredColumns = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      boolean id = false;
      for (int c = 0; c < count; c++) {
        String name = header.getField(c).strip();
        String canonical = canonical(name, facts);
        if (!seen.add(canonical)) {
          throw new BatchException(BatchException.Kind.DUPLICATE_COLUMN, 1, canonical);
        }
        if (canonical.equals("asOf")) {
          field[c] = AS_OF;
        } else {
          field[c] = facts.index(canonical);
          if (field[c] < 0) {
            ignoredColumns.add(label(name, c));
          }
        }
        id |= canonical.equals("id");
      }
      if (!id) {
        throw new BatchException(BatchException.Kind.NO_ID_COLUMN, 1, "id");
      }
      ignored = List.copyOf(ignoredColumns);
    }

    /**
     * How an ignored column is reported: its name if it is an ASCII identifier, else its position
     * ({@code #3}): a file without a header row would otherwise have its first row's values
     * printed.
     */
    private static String label(String name, int index) {
      return name.matches("[A-Za-z][A-Za-z0-9_.-]{0,39}") ? name : "#" + (index + 1);
    }

    /** The field a header names, matched ignoring letter case; or the name as given. */
    private static String canonical(String name, Facts facts) {
      if (name.equalsIgnoreCase("asOf")) {
        return "asOf";
      }
      for (String f : facts.fields()) {
        if (f.equalsIgnoreCase(name)) {
          return f;
        }
      }
      return name;
    }
  }

  /** A decision rendered once for output (decisions are shared constants). */
  private static final class Rendered {
    final Outcome outcome;
    final String[] csv;
    final String json;

    Rendered(Outcome outcome, String[] csv, String json) {
      this.outcome = outcome;
      this.csv = csv;
      this.json = json;
    }
  }

  /** Evaluates the current row's facts. */
  private abstract static class Evaluator {
    abstract Facts facts();

    abstract List<String> columns();

    abstract String id();

    abstract Rendered evaluate(LocalDate asOf);
  }

  private final class PeopleEvaluator extends Evaluator {
    private final PersonFacts facts = new PersonFacts();
    private final List<PersonGroup> groups = policy.groups();
    private final IdentityHashMap<PersonGroups, Rendered> cache = new IdentityHashMap<>();
    private String id = "";

    @Override
    Facts facts() {
      return facts;
    }

    @Override
    String id() {
      return id;
    }

    @Override
    List<String> columns() {
      List<String> c = new ArrayList<>(List.of("row", "id", "asOf", "outcome"));
      for (PersonGroup g : groups) {
        c.add(g.id());
      }
      c.addAll(List.of("members", "reasons", "missingFacts", "clauses"));
      return c;
    }

    @Override
    Rendered evaluate(LocalDate asOf) {
      if (!facts.hasId()) {
        throw new FactException("id", Problem.REQUIRED);
      }
      Person p = facts.toPerson("");
      id = p.id();
      PersonGroups g = policy.personGroups(p, asOf);
      Rendered r = cache.get(g);
      if (r == null) {
        if (cache.size() >= CACHE_LIMIT) {
          cache.clear();
        }
        r = render(g);
        cache.put(g, r);
      }
      return r;
    }

    private Rendered render(PersonGroups g) {
      List<String> cells = new ArrayList<>();
      StringBuilder json = new StringBuilder();
      cells.add(g.outcome().name());
      json.append("\"outcome\":\"").append(g.outcome().name()).append("\",\"groups\":{");
      List<String> members = new ArrayList<>();
      boolean first = true;
      for (PersonGroup group : groups) {
        GroupDecision d = g.decision(group);
        cells.add(d.outcome().name());
        if (!first) {
          json.append(',');
        }
        first = false;
        json.append('"').append(group.id()).append("\":\"").append(d.outcome().name()).append('"');
        if (d.outcome() == Outcome.YES) {
          members.add(group.id());
        }
      }
      json.append('}');
      tail(g, members, cells, json);
      return new Rendered(g.outcome(), cells.toArray(new String[0]), json.toString());
    }
  }

  private final class ProjectEvaluator extends Evaluator {
    private final ProjectFacts facts = new ProjectFacts();
    private final IdentityHashMap<ScopeDecision, Map<Money, Rendered>> cache =
        new IdentityHashMap<>();
    private final IdentityHashMap<ScopeDecision, Map<Money, Rendered>> assumedCache =
        new IdentityHashMap<>();
    private String id = "";

    @Override
    Facts facts() {
      return facts;
    }

    @Override
    String id() {
      return id;
    }

    @Override
    List<String> columns() {
      return List.of(
          "row",
          "id",
          "asOf",
          "outcome",
          "major",
          "rule",
          "threshold",
          "reasons",
          "missingFacts",
          "clauses");
    }

    @Override
    Rendered evaluate(LocalDate asOf) {
      if (!facts.hasId()) {
        throw new FactException("id", Problem.REQUIRED);
      }
      Project p = facts.toProject("");
      id = p.id();
      ScopeDecision d = policy.classify(p, asOf);
      Money threshold =
          p.location()
              .map(l -> policy.investmentThreshold(l, asOf))
              .orElse(LinkagePolicy.MUNICIPAL_THRESHOLD);
      // a row without a type is taken as a 建设项目 (the documented default) and says so
      boolean assumed = facts.typeAssumed();
      Map<Money, Rendered> byThreshold =
          (assumed ? assumedCache : cache).computeIfAbsent(d, k -> new HashMap<>());
      Rendered r = byThreshold.get(threshold);
      if (r == null) {
        r = render(d, threshold, assumed);
        byThreshold.put(threshold, r);
      }
      return r;
    }

    private Rendered render(ScopeDecision d, Money threshold, boolean assumed) {
      String major = DecisionCells.major(d.outcome());
      List<String> cells = new ArrayList<>();
      cells.add(d.outcome().name());
      cells.add(major);
      cells.add(d.basis().name());
      cells.add(threshold.toString());
      StringBuilder json = new StringBuilder();
      json.append("\"outcome\":\"").append(d.outcome().name()).append("\",\"major\":");
      json.append(major.isEmpty() ? "null" : major);
      json.append(",\"rule\":\"").append(d.basis().name()).append('"');
      json.append(",\"threshold\":\"").append(threshold).append('"');
      tail(d, null, cells, json, assumed);
      return new Rendered(d.outcome(), cells.toArray(new String[0]), json.toString());
    }
  }

  /** Appends members (people only), reasons, missing facts and clauses, in CSV cells and JSON. */
  private static void tail(
      Decision d, @Nullable List<String> members, List<String> cells, StringBuilder json) {
    tail(d, members, cells, json, false);
  }

  /** {@link #tail}, with the reason PROJECT_TYPE_ASSUMED first when the type was assumed. */
  private static void tail(
      Decision d,
      @Nullable List<String> members,
      List<String> cells,
      StringBuilder json,
      boolean typeAssumed) {
    List<String> reasons = DecisionCells.reasons(d, typeAssumed);
    List<String> missing = DecisionCells.missingFacts(d);
    List<String> clauseTexts = DecisionCells.clauses(d, typeAssumed);
    if (members != null) {
      cells.add(String.join(";", members));
    }
    cells.add(String.join(";", reasons));
    cells.add(String.join(";", missing));
    cells.add(String.join(";", clauseTexts));
    if (members != null) {
      array(json, "members", members);
    }
    array(json, "reasons", reasons);
    array(json, "missingFacts", missing);
    array(json, "clauses", clauseTexts);
  }

  private static void array(StringBuilder json, String name, List<String> items) {
    json.append(",\"").append(name).append("\":[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"');
      JsonStringEncoder.getInstance().quoteAsString(items.get(i), json);
      json.append('"');
    }
    json.append(']');
  }

  // ---------------------------------------------------------------------------------------------

  private interface RowWriter {
    void write(long row, String id, LocalDate asOf, Rendered r) throws IOException;

    void finish() throws IOException;
  }

  private static final class CsvRowWriter implements RowWriter {
    private final CsvWriter csv;
    private final String[] record;
    private final boolean escapeFormulas;

    CsvRowWriter(Writer w, Evaluator evaluator, boolean escapeFormulas) {
      this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w);
      this.escapeFormulas = escapeFormulas;
      List<String> columns = evaluator.columns();
      this.record = new String[columns.size()];
      csv.writeRecord(columns);
    }

    @Override
    public void write(long row, String id, LocalDate asOf, Rendered r) {
      record[0] = Long.toString(row);
      // the one cell of user text; the others are numbers, dates, codes and clauses of ours
      record[1] = escapeFormulas ? escapeFormula(id) : id;
      record[2] = asOf.toString();
      System.arraycopy(r.csv, 0, record, 3, r.csv.length);
      csv.writeRecord(record);
    }

    @Override
    public void finish() throws IOException {
      csv.flush();
    }
  }

  private static final class JsonRowWriter implements RowWriter {
    private final Writer w;
    private final boolean array;
    private final StringBuilder line = new StringBuilder(512);
    private boolean first = true;

    JsonRowWriter(Writer w, OutputFormat format) throws IOException {
      this.w = w;
      this.array = format == OutputFormat.JSON;
      if (array) {
        w.write("[\n");
      }
    }

    @Override
    public void write(long row, String id, LocalDate asOf, Rendered r) throws IOException {
      line.setLength(0);
      if (array && !first) {
        line.append(",\n");
      }
      first = false;
      line.append("{\"row\":").append(row).append(",\"id\":\"");
      JsonStringEncoder.getInstance().quoteAsString(id, line);
      line.append("\",\"asOf\":\"").append(asOf).append("\",").append(r.json).append('}');
      if (!array) {
        line.append('\n');
      }
      w.append(line);
    }

    @Override
    public void finish() throws IOException {
      if (array) {
        w.write(first ? "]\n" : "\n]\n");
      }
    }
  }

  /** Counts the bytes read, for progress. */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  /**
   * The output columns of a kind, for documentation and tests.
   *
   * @param policy the policy (its groups are columns for people)
   * @param kind the kind
   * @return the CSV header of the output
   */
  public static List<String> outputColumns(LinkagePolicy policy, BatchKind kind) {
    BatchJob job =
        new BatchJob(
            policy, kind, LocalDate.of(2025, 1, 1), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    return (kind == BatchKind.PEOPLE ? job.new PeopleEvaluator() : job.new ProjectEvaluator())
        .columns();
  }
}
