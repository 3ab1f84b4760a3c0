package org.employmentlinkage.spark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.io.records.DecisionCells;
import org.employmentlinkage.io.records.EventFacts;
import org.employmentlinkage.io.records.FactException;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.io.records.Problem;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.io.records.Values;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.ScopeDecision;
import org.jspecify.annotations.Nullable;

/**
 * Decides every row of a partition, as {@code linkage batch} decides every row of its file: one set
 * of facts per partition, reset per row, filled by the shared row mapping of linkage-io; the policy
 * is taken from the broadcast spec once per partition. What is serialized per task is this object:
 * the broadcast's handle and the column plan, never the policy.
 */
final class DecisionFunction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final int IGNORED = -1;
  static final int AS_OF = -2;
  static final int CORRUPT = -3;

  /** Rendered decision parts kept per partition (decisions are mostly shared constants). */
  private static final int CACHE_LIMIT = 4096;

  private final Broadcast<PolicySpec> spec;
  private final RowKind kind;
  private final int[] field;
  private final boolean[] list;
  private final LocalDate defaultDate;
  private final boolean java8Dates;

  private DecisionFunction(
      Broadcast<PolicySpec> spec,
      RowKind kind,
      int[] field,
      boolean[] list,
      LocalDate defaultDate,
      boolean java8Dates) {
    this.spec = spec;
    this.kind = kind;
    this.field = field;
    this.list = list;
    this.defaultDate = defaultDate;
    this.java8Dates = java8Dates;
  }

  /**
   * Plans the columns of {@code schema}, on the driver, as {@code linkage batch} reads a header:
   * names matched ignoring case and surrounding spaces (and a byte-order mark), {@code asOf}, the
   * corrupt-record column, the others ignored.
   *
   * @throws IllegalArgumentException if there is no {@code id} column, two columns name the same
   *     field, a fact's column has a type that is not text, a number, a boolean, a date or an array
   *     of those, or the schema already has a {@code decision} or {@code rejection} column
   */
  static DecisionFunction plan(
      Broadcast<PolicySpec> spec,
      RowKind kind,
      StructType schema,
      @Nullable String corruptColumn,
      LocalDate defaultDate,
      boolean java8Dates) {
    StructField[] fields = schema.fields();
    int[] field = new int[fields.length];
    boolean[] list = new boolean[fields.length];
    Map<String, String> seen = new HashMap<>();
    boolean id = false;
    for (int c = 0; c < fields.length; c++) {
      String raw = fields[c].name();
      if (raw.equals(LinkageSchemas.DECISION) || raw.equals(LinkageSchemas.REJECTION)) {
        throw new IllegalArgumentException(
            "the table already has a column named " + raw + "; rename it first");
      }
      if (raw.equals(corruptColumn)) {
        field[c] = CORRUPT;
        continue;
      }
      String canonical = canonical(raw, kind.fields());
      if (seen.put(canonical, raw) != null) {
        throw new IllegalArgumentException("two columns name the field " + canonical);
      }
      if (canonical.equals("asOf")) {
        field[c] = AS_OF;
      } else {
        field[c] = kind.fields().indexOf(canonical);
      }
      if (field[c] != IGNORED) {
        DataType t = fields[c].dataType();
        list[c] = t instanceof ArrayType;
        DataType scalar = t instanceof ArrayType a ? a.elementType() : t;
        if (scalar instanceof StructType
            || scalar instanceof MapType
            || scalar instanceof ArrayType
            || scalar instanceof BinaryType) {
          throw new IllegalArgumentException(
              "column " + raw + " has type " + t.simpleString() + ", not a value of a field");
        }
      }
      id |= canonical.equals("id");
    }
    if (!id) {
      throw new IllegalArgumentException("no id column (" + kind + ")");
    }
    return new DecisionFunction(spec, kind, field, list, defaultDate, java8Dates);
  }

  /** The field a column names (ignoring case, spaces and a byte-order mark), or the name itself. */
  static String canonical(String name, List<String> fields) {
    String n = name.strip();
    if (n.startsWith("\uFEFF")) {
      n = n.substring(1).strip();
    }
    if (n.equalsIgnoreCase("asOf")) {
      return "asOf";
    }
    for (String f : fields) {
      if (f.equalsIgnoreCase(n)) {
        return f;
      }
    }
    return n;
  }

  /**
   * A new evaluator of this plan's rows (one per partition or task: not thread-safe).
   *
   * @param policy the policy
   * @return the evaluator
   */
  Evaluator evaluator(LinkagePolicy policy) {
    return switch (kind) {
      case PEOPLE -> new People(policy);
      case PROJECTS -> new Projects(policy);
      case EVENTS -> new Events(policy);
    };
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Evaluator evaluator = evaluator(spec.value().policy());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return decide(rows.next(), evaluator);
      }
    };
  }

  private Row decide(Row in, Evaluator evaluator) {
    int n = in.length();
    Object[] out = new Object[n + 2];
    for (int c = 0; c < n; c++) {
      out[c] = in.get(c);
    }
    try {
      out[n] = evaluator.evaluate(in);
    } catch (FactException e) {
      out[n + 1] = RowFactory.create(e.field(), e.problem().name(), e.detail());
    } catch (IllegalArgumentException | DateTimeException e) {
      // an invariant of a domain type the row mapping does not name; never the message (values)
      out[n + 1] = RowFactory.create("*", "INVALID", e.getClass().getSimpleName());
    }
    return RowFactory.create(out);
  }

  /** The text of a cell, as it would be in {@code linkage batch}'s CSV. */
  static String text(Row row, int c, boolean isList) {
    if (row.isNullAt(c)) {
      return "";
    }
    if (isList) {
      List<Object> items = row.getList(c);
      List<String> texts = new ArrayList<>(items.size());
      for (Object o : items) {
        texts.add(o == null ? "" : scalar(o));
      }
      return String.join(";", texts);
    }
    return scalar(row.get(c));
  }

  private static String scalar(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof Timestamp t) {
      return t.toInstant().atZone(Deadline.BEIJING).toLocalDate().toString();
    }
    if (v instanceof Instant i) {
      return i.atZone(Deadline.BEIJING).toLocalDate().toString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toLocalDate().toString();
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (v instanceof Double || v instanceof Float) {
      return new BigDecimal(v.toString()).toPlainString();
    }
    return String.valueOf(v);
  }

  private Object date(LocalDate d) {
    return java8Dates ? d : java.sql.Date.valueOf(d);
  }

  private @Nullable Object date(java.util.Optional<LocalDate> d) {
    return d.isPresent() ? date(d.get()) : null;
  }

  /** Reads the row's {@code asOf}, and rejects a malformed CSV record before any fact. */
  private LocalDate asOfAndCheck(Row in) {
    LocalDate asOf = defaultDate;
    for (int c = 0; c < field.length; c++) {
      if (field[c] == CORRUPT && !in.isNullAt(c)) {
        // as linkage batch says it: the record's fields / the header's
        int columns = field.length - 1;
        throw new FactException(
            "*", Problem.FIELD_COUNT, fieldCount(in.getString(c)) + "/" + columns);
      }
    }
    for (int c = 0; c < field.length; c++) {
      if (field[c] == AS_OF) {
        String v = text(in, c, list[c]);
        if (!v.isBlank()) {
          asOf = Values.date("asOf", v);
        }
      }
    }
    return asOf;
  }

  /** The fields of a raw CSV record (RFC 4180: commas inside quotes do not count). */
  static int fieldCount(String record) {
    String r = record.endsWith("\r\n") ? record.substring(0, record.length() - 2) : record;
    if (r.endsWith("\n") || r.endsWith("\r")) {
      r = r.substring(0, r.length() - 1);
    }
    int fields = 1;
    boolean quoted = false;
    for (int i = 0; i < r.length(); i++) {
      char ch = r.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        fields++;
      }
    }
    return fields;
  }

  private static Row versions(Versions v) {
    return RowFactory.create(v.policy(), v.parameters(), v.calendar());
  }

  private static String[] strings(List<String> items) {
    return items.toArray(new String[0]);
  }

  /** Reasons, missing facts and clauses of a decision, rendered once. */
  private static final class Tail {
    final String[] reasons;
    final String[] missing;
    final String[] clauses;

    Tail(Decision d, boolean typeAssumed) {
      reasons = strings(DecisionCells.reasons(d, typeAssumed));
      missing = strings(DecisionCells.missingFacts(d));
      clauses = strings(DecisionCells.clauses(d, typeAssumed));
    }
  }

  /** Decides one row's facts: the decision struct, or a {@link FactException}. */
  abstract static class Evaluator {
    final LinkagePolicy policy;
    final Row versions;

    Evaluator(LinkagePolicy policy) {
      this.policy = policy;
      this.versions = versions(policy.versions());
    }

    /**
     * The decision on a row.
     *
     * @throws FactException if a fact is not a value of its column, or facts contradict
     */
    abstract Row evaluate(Row in);
  }

  private final class People extends Evaluator {
    private final PersonFacts facts = new PersonFacts();
    private final List<PersonGroup> groups;
    private final IdentityHashMap<PersonGroups, Object[]> cache = new IdentityHashMap<>();

    People(LinkagePolicy policy) {
      super(policy);
      groups = policy.groups();
    }

    @Override
    Row evaluate(Row in) {
      LocalDate asOf = asOfAndCheck(in);
      facts.reset();
      for (int c = 0; c < field.length; c++) {
        if (field[c] >= 0) {
          facts.set(field[c], text(in, c, list[c]));
        }
      }
      if (!facts.hasId()) {
        throw new FactException("id", Problem.REQUIRED);
      }
      Person p = facts.toPerson("");
      PersonGroups g = policy.personGroups(p, asOf);
      Object[] parts = cache.get(g);
      if (parts == null) {
        if (cache.size() >= CACHE_LIMIT) {
          cache.clear();
        }
        parts = render(g);
        cache.put(g, parts);
      }
      Tail t = (Tail) parts[3];
      return RowFactory.create(
          date(asOf), parts[0], parts[1], parts[2], t.reasons, t.missing, t.clauses, versions);
    }

    private Object[] render(PersonGroups g) {
      Row[] answers = new Row[groups.size()];
      List<String> members = new ArrayList<>();
      for (int i = 0; i < answers.length; i++) {
        PersonGroup group = groups.get(i);
        Outcome o = g.decision(group).outcome();
        answers[i] = RowFactory.create(group.id(), o.name());
        if (o == Outcome.YES) {
          members.add(group.id());
        }
      }
      return new Object[] {g.outcome().name(), answers, strings(members), new Tail(g, false)};
    }
  }

  private final class Projects extends Evaluator {
    private final ProjectFacts facts = new ProjectFacts();
    private final IdentityHashMap<ScopeDecision, Tail> cache = new IdentityHashMap<>();
    private final IdentityHashMap<ScopeDecision, Tail> assumedCache = new IdentityHashMap<>();

    Projects(LinkagePolicy policy) {
      super(policy);
    }

    @Override
    Row evaluate(Row in) {
      LocalDate asOf = asOfAndCheck(in);
      facts.reset();
      for (int c = 0; c < field.length; c++) {
        if (field[c] >= 0) {
          facts.set(field[c], text(in, c, list[c]));
        }
      }
      if (!facts.hasId()) {
        throw new FactException("id", Problem.REQUIRED);
      }
      Project p = facts.toProject("");
      ScopeDecision d = policy.classify(p, asOf);
      Money threshold =
          p.location()
              .map(l -> policy.investmentThreshold(l, asOf))
              .orElse(LinkagePolicy.MUNICIPAL_THRESHOLD);
      boolean assumed = facts.typeAssumed();
      IdentityHashMap<ScopeDecision, Tail> c = assumed ? assumedCache : cache;
      Tail t = c.get(d);
      if (t == null) {
        if (c.size() >= CACHE_LIMIT) {
          c.clear();
        }
        t = new Tail(d, assumed);
        c.put(d, t);
      }
      Boolean major =
          switch (d.outcome()) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case UNDETERMINED, NOT_IN_FORCE -> null;
          };
      return RowFactory.create(
          date(asOf),
          d.outcome().name(),
          major,
          d.basis().name(),
          threshold.yuan(),
          t.reasons,
          t.missing,
          t.clauses,
          versions);
    }
  }

  private final class Events extends Evaluator {
    private final ProjectFacts project = new ProjectFacts();
    private final EventFacts event = new EventFacts();
    private final int projectFields = ProjectFacts.FIELDS.size();

    Events(LinkagePolicy policy) {
      super(policy);
    }

    @Override
    Row evaluate(Row in) {
      LocalDate asOf = asOfAndCheck(in);
      project.reset();
      event.reset();
      for (int c = 0; c < field.length; c++) {
        int f = field[c];
        if (f >= projectFields) {
          event.set(f - projectFields, text(in, c, list[c]));
        } else if (f >= 0) {
          project.set(f, text(in, c, list[c]));
        }
      }
      if (!project.hasId()) {
        throw new FactException("id", Problem.REQUIRED);
      }
      Project p = project.toProject("");
      ProjectEvent e = event.toEvent(p, asOf);
      ObligationDecision d = policy.obligations(e);
      Tail t = new Tail(d, false);
      List<Duty> duties = d.duties();
      Row[] rows = new Row[duties.size()];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = duty(duties.get(i));
      }
      return RowFactory.create(
          date(e.date()), d.outcome().name(), rows, t.reasons, t.missing, t.clauses, versions);
    }

    private Row duty(Duty duty) {
      Deadline dl = duty.deadline().orElse(null);
      List<String> reasons = new ArrayList<>();
      for (Reason r : duty.reasons()) {
        if (!reasons.contains(r.code().name())) {
          reasons.add(r.code().name());
        }
      }
      OptionalInt workers = duty.workers();
      return RowFactory.create(
          duty.code().name(),
          duty.clause().canonical(),
          date(duty.trigger()),
          duty.period().map(pd -> pd.workingDays()).orElse(null),
          dl == null ? null : date(dl.due()),
          dl == null ? null : date(dl.latestDue()),
          dl != null && dl.provisional(),
          dl != null && dl.mayChange(),
          dl == null ? null : dl.calendarVersion(),
          duty.recurrence().map(Object::toString).orElse(null),
          workers.isPresent() ? workers.getAsInt() : null,
          duty.reference().orElse(null),
          duty.trackedUntilClosed(),
          strings(reasons));
    }
  }

  @Override
  public String toString() {
    return "DecisionFunction[" + kind.name().toLowerCase(Locale.ROOT) + "]";
  }
}
