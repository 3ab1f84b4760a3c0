package org.employmentlinkage.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.jackson.LinkageJson;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;

/**
 * A duty register over JDBC: what an HR system builds around {@link LinkagePolicy#obligations}.
 * Each project event delivered is stored once, with the duties it triggers, one row each, with the
 * dates, flags and versions they were computed with and the full decision as {@code linkage/1} JSON
 * ({@link LinkageJson}). The schema is created and upgraded by Flyway migrations when the register
 * is opened; it runs on H2 2.x and PostgreSQL 14+ ({@code docs/register.md}).
 *
 * <ul>
 *   <li><b>Idempotent delivery.</b> An event has a natural key (its project, kind and date, and the
 *       issue id, land-notice kind or worker count where it has one; an issue of 三 末段 by its
 *       project and issue id alone). A UNIQUE constraint on it makes a redelivered event fail on
 *       insert, and its transaction stores nothing: never a check-then-insert.
 *   <li><b>Overdue.</b> {@link #overdue()} is one SQL query over the stored dates: a duty is
 *       overdue from 24:00 Beijing time on its latest plausible due date, never while a provisional
 *       range could still end later, as {@link Deadline#isOverdueAt} says.
 *   <li><b>A new holiday notice.</b> {@link #onNewCalendar} recomputes, in one transaction, every
 *       open duty whose dates may change, keeping the previous dates in {@code duty_history};
 *       closed duties are not touched.
 * </ul>
 *
 * <p>Thread-safe: each call runs in its own connection and transaction; several threads, and
 * several registers (service instances) over the same database, may call it at once. The database
 * serializes what must be: two deliveries of one event, and a recompute against a concurrent close.
 * Time comes only from the injected {@link Clock}.
 */
public final class DutyRegister {
  /** The longest identifier, user, issue id or notice name a column holds. */
  static final int MAX_TEXT = 200;

  private static final String MIGRATIONS = "classpath:org/employmentlinkage/register/db/migration";

  private static final String DUTY_COLUMNS =
      "d.id, d.event_id, d.project_id, d.duty_code, d.duty_reference, d.clause, d.timing, d.due,"
          + " d.latest_due, d.due_provisional, d.may_change, d.undetermined, d.policy_version,"
          + " d.parameters_version, d.calendar_version, d.recorded_at, d.recorded_by, d.closed_at,"
          + " u.unit";

  private static final String FROM_DUTY =
      " FROM duty d LEFT JOIN duty_responsible_unit u ON u.duty_id = d.id";

  /**
   * Overdue now: open, latest plausible due date before today in Beijing (so 24:00 Beijing time on
   * it has passed), and not a single date that the next notice may still move (that one is only
   * possibly overdue until recomputed).
   */
  static final String OVERDUE_SQL =
      "SELECT "
          + DUTY_COLUMNS
          + FROM_DUTY
          + " WHERE d.closed_at IS NULL AND d.latest_due < ?"
          + " AND (d.due_provisional OR NOT d.may_change)"
          + " ORDER BY d.id, u.ordinal";

  private final DataSource dataSource;
  private final Clock clock;
  private final String user;
  private final ObjectMapper json = LinkageJson.mapper();
  private volatile LinkagePolicy policy;

  private DutyRegister(DataSource dataSource, LinkagePolicy policy, Clock clock, String user) {
    this.dataSource = dataSource;
    this.policy = policy;
    this.clock = clock;
    this.user = user;
  }

  /**
   * Opens the register in a database: migrates its schema to this release's (creating the tables in
   * an empty schema), checks that every stored document is in a JSON schema version this release
   * reads, and returns the register.
   *
   * @param dataSource the database (e.g. a connection pool); the register takes one connection per
   *     call and gives it back
   * @param policy the policy that decides the duties (keep one per calendar: see {@link
   *     #onNewCalendar})
   * @param clock the clock for "recorded", "closed", "overdue" and history times
   * @param user who this register acts as: the service instance or the operator, stored as
   *     "recorded by" and "changed by"
   * @return the register
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code user} is blank, longer than 200 characters or holds
   *     a control character
   * @throws RegisterException if the migration fails, e.g. a schema that is not a register's, or
   *     stored documents in a JSON schema version this release does not read (the message names
   *     them)
   */
  public static DutyRegister open(
      DataSource dataSource, LinkagePolicy policy, Clock clock, String user) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    checkText(user, "user", "open");
    try {
      Flyway.configure(DutyRegister.class.getClassLoader())
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .callbacks(new StoredSchemaCheck())
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new RegisterException("open: migrating the register failed: " + e.getMessage(), e);
    }
    return new DutyRegister(dataSource, policy, clock, user);
  }

  /**
   * Handles one delivery of an event, in one transaction: stores the event under its natural key
   * and the duties its decision triggers (a {@code YES} decision's, and an {@code UNDETERMINED}
   * one's, marked {@link RegisteredDuty#undetermined()}); an {@link ProjectEventKind#ISSUE_CLOSED}
   * event also closes the open duties of that issue of the same project (issue ids are per
   * project). A redelivery of an event already stored stores nothing.
   *
   * @param event the event
   * @return what the delivery stored
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if the event's project or issue id is longer than 200
   *     characters or holds a control character, or a date of the event or of its duties is outside
   *     the years 0001 to 9999 that a SQL {@code DATE} column holds
   * @throws IllegalStateException if the register's calendar is older than the last holiday notice
   *     loaded into the database (by this or another instance): open the register with a policy
   *     whose calendar holds it
   * @throws RegisterException if the database fails
   */
  public Delivery deliver(ProjectEvent event) {
    Objects.requireNonNull(event, "event");
    String projectId = event.project().id();
    checkText(projectId, "project id", "deliver");
    String issue = event.issueId().orElse("");
    if (!issue.isEmpty()) {
      checkText(issue, "issue id", "deliver");
    }
    checkDate(event.date(), "deliver: event date");
    LinkagePolicy current = policy;
    ObligationDecision decision = current.obligations(event);
    List<Duty> duties =
        decision.outcome() == Outcome.YES || decision.outcome() == Outcome.UNDETERMINED
            ? decision.duties()
            : List.of();
    for (Duty d : duties) {
      d.deadline()
          .ifPresent(
              dl -> {
                checkDate(dl.due(), "deliver: due date of " + d.code());
                checkDate(dl.latestDue(), "deliver: latest due date of " + d.code());
              });
    }
    String eventJson = write(event);
    String decisionJson = write(decision);
    Instant now = clock.instant();
    return inTransaction(
        "deliver",
        c -> {
          requireCurrentCalendar(c, current);
          long eventId;
          try {
            eventId = insertEvent(c, event, eventJson, now);
          } catch (SQLException e) {
            if (isUniqueViolation(e)) {
              c.rollback(); // the event's first delivery stored it: nothing to do
              return new Delivery(false, List.of(), 0);
            }
            throw e;
          }
          int closed = 0;
          if (event.kind() == ProjectEventKind.ISSUE_CLOSED) {
            closed = closeIssue(c, projectId, issue, now);
          }
          List<Long> ids = new ArrayList<>();
          for (Duty d : duties) {
            ids.add(
                insertDuty(
                    c,
                    eventId,
                    projectId,
                    d,
                    decision,
                    decisionJson,
                    decision.outcome() == Outcome.UNDETERMINED,
                    now));
          }
          List<RegisteredDuty> stored = ids.isEmpty() ? List.of() : byIds(c, ids);
          return new Delivery(true, stored, closed);
        });
  }

  /**
   * Closes a duty by hand (e.g. the survey of 二（三） is done).
   *
   * @param dutyId the duty's identifier
   * @return the duty, closed now
   * @throws IllegalArgumentException if no open duty has that identifier
   * @throws RegisterException if the database fails
   */
  public RegisteredDuty close(long dutyId) {
    Instant now = clock.instant();
    return inTransaction(
        "close",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE duty SET closed_at = ? WHERE id = ? AND closed_at IS NULL")) {
            ps.setObject(1, timestamp(now));
            ps.setLong(2, dutyId);
            if (ps.executeUpdate() != 1) {
              throw new IllegalArgumentException("close: no open duty D-" + dutyId);
            }
          }
          return byIds(c, List.of(dutyId)).get(0);
        });
  }

  /**
   * Every stored duty, in the order stored.
   *
   * @return the duties
   * @throws RegisterException if the database fails
   */
  public List<RegisteredDuty> all() {
    return query("all", "SELECT " + DUTY_COLUMNS + FROM_DUTY + " ORDER BY d.id, u.ordinal");
  }

  /**
   * The open duties, in the order stored.
   *
   * @return the duties not closed
   * @throws RegisterException if the database fails
   */
  public List<RegisteredDuty> open() {
    return query(
        "open",
        "SELECT "
            + DUTY_COLUMNS
            + FROM_DUTY
            + " WHERE d.closed_at IS NULL ORDER BY d.id, u.ordinal");
  }

  /**
   * The open duties that are certainly overdue now, by the clock, in one SQL query over the stored
   * dates: after 24:00 Beijing time on the latest plausible due date, which agrees with {@link
   * Deadline#isOverdueAt} of each stored deadline (a provisional range is overdue only after its
   * latest date; a single date that the next notice may still move is only possibly overdue).
   *
   * @return the overdue duties, in the order stored
   * @throws RegisterException if the database fails
   */
  public List<RegisteredDuty> overdue() {
    LocalDate beijingToday = LocalDate.ofInstant(clock.instant(), Deadline.BEIJING);
    return inTransaction(
        "overdue",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(OVERDUE_SQL)) {
            ps.setObject(1, beijingToday);
            return read(ps);
          }
        });
  }

  /**
   * The full decision stored with a duty, read back through {@link LinkageJson#mapper()}.
   *
   * @param dutyId the duty's identifier
   * @return the decision of the event that triggered it, as computed when stored or last recomputed
   * @throws IllegalArgumentException if no duty has that identifier
   * @throws RegisterException if the database fails, or the stored document cannot be read (the
   *     message quotes linkage-jackson's)
   */
  public ObligationDecision decision(long dutyId) {
    String text =
        inTransaction(
            "decision",
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT decision_json FROM duty WHERE id = ?")) {
                ps.setLong(1, dutyId);
                try (ResultSet rs = ps.executeQuery()) {
                  if (!rs.next()) {
                    throw new IllegalArgumentException("decision: no duty D-" + dutyId);
                  }
                  return rs.getString(1);
                }
              }
            });
    return readDocument(text, ObligationDecision.class, "decision of D-" + dutyId);
  }

  /**
   * Loads a new holiday notice: takes a policy whose calendar holds it (e.g. {@code
   * policy.toBuilder().calendar(ChinaCalendars.builder().addNotices(notices).provisional(true)
   * .build()).build()}) and, in one transaction, records the load and recomputes from its stored
   * event every open duty whose dates may change ({@code may_change}, or a due date undetermined
   * for want of calendar data) and that was not computed with this calendar yet. A duty whose
   * timing or dates change keeps its identifier and record time, and its previous dates go to
   * {@code duty_history} with who, when and which notice; closed duties are not touched. The rows
   * are locked while recomputed, so a concurrent close waits for the load. The new policy answers
   * every later delivery of this register; other registers on the same database refuse to deliver
   * until they are opened with it. Loading the same calendar again recomputes only duties stored
   * with an older one since (an instance that delivered during the load).
   *
   * @param newPolicy the policy with the new calendar
   * @param notice the notice, as the history should name it (e.g. its number)
   * @return the load, with the numbers of duties recomputed and changed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code notice} is blank, longer than 200 characters or
   *     holds a control character
   * @throws RegisterException if the database fails, or a stored event cannot be read: then nothing
   *     of the load is stored
   */
  public NoticeLoad onNewCalendar(LinkagePolicy newPolicy, String notice) {
    Objects.requireNonNull(newPolicy, "newPolicy");
    checkText(notice, "notice", "onNewCalendar");
    Instant now = clock.instant();
    String calendar = newPolicy.versions().calendar();
    NoticeLoad load =
        inTransaction("onNewCalendar", c -> recompute(c, newPolicy, notice, calendar, now));
    this.policy = newPolicy;
    return load;
  }

  /**
   * The recompute history, oldest first.
   *
   * @return every duty's previous dates, with who changed them, when and from which notice
   * @throws RegisterException if the database fails
   */
  public List<Revision> history() {
    return inTransaction(
        "history",
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT h.duty_id, n.notice, h.changed_at, h.changed_by, h.old_timing,"
                          + " h.old_due, h.old_latest_due, h.old_calendar_version, h.new_timing,"
                          + " h.new_due, h.new_latest_due FROM duty_history h"
                          + " JOIN notice_load n ON n.id = h.notice_load_id ORDER BY h.id");
              ResultSet rs = ps.executeQuery()) {
            List<Revision> out = new ArrayList<>();
            while (rs.next()) {
              out.add(
                  new Revision(
                      rs.getLong(1),
                      rs.getString(2),
                      instant(rs, 3),
                      rs.getString(4),
                      DutyTiming.valueOf(rs.getString(5)),
                      rs.getObject(6, LocalDate.class),
                      rs.getObject(7, LocalDate.class),
                      rs.getString(8),
                      DutyTiming.valueOf(rs.getString(9)),
                      rs.getObject(10, LocalDate.class),
                      rs.getObject(11, LocalDate.class)));
            }
            return out;
          }
        });
  }

  // ---------------------------------------------------------------------------------------------

  private NoticeLoad recompute(
      Connection c, LinkagePolicy newPolicy, String notice, String calendar, Instant now)
      throws SQLException {
    long loadId;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO notice_load (notice, calendar_version, loaded_at, loaded_by,"
                + " duties_recomputed, duties_changed) VALUES (?, ?, ?, ?, 0, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, notice);
      ps.setString(2, calendar);
      ps.setObject(3, timestamp(now));
      ps.setString(4, user);
      ps.executeUpdate();
      loadId = generatedId(ps);
    }
    // Lock the rows to recompute: a concurrent close waits until the load commits, and then finds
    // the duty as recomputed (the UPDATE below keeps closed_at IS NULL as its condition too).
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, event_id, duty_code, duty_reference, timing, due, latest_due,"
                + " due_provisional, may_change, calendar_version, decision_json FROM duty"
                + " WHERE closed_at IS NULL AND (may_change OR timing = ?)"
                + " AND calendar_version <> ? ORDER BY id FOR UPDATE")) {
      ps.setString(1, DutyTiming.DUE_DATE_UNDETERMINED.name());
      ps.setString(2, calendar);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Object[] {
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                rs.getBoolean(8),
                rs.getBoolean(9),
                rs.getString(10),
                rs.getString(11)
              });
        }
      }
    }
    Map<Long, ObligationDecision> decisions = new LinkedHashMap<>();
    int recomputed = 0;
    int changed = 0;
    for (Object[] row : rows) {
      long dutyId = (Long) row[0];
      long eventId = (Long) row[1];
      DutyCode code = DutyCode.valueOf((String) row[2]);
      String reference = (String) row[3];
      ObligationDecision decision = decisions.get(eventId);
      if (decision == null) {
        decision = newPolicy.obligations(event(c, eventId));
        decisions.put(eventId, decision);
      }
      Optional<Duty> match =
          decision.duties().stream()
              .filter(d -> d.code() == code && d.reference().orElse("").equals(reference))
              .findFirst();
      if (match.isEmpty()) {
        continue; // the event no longer triggers this duty: left as it is (docs/register.md)
      }
      Duty d = match.get();
      Optional<Deadline> dl = d.deadline();
      @Nullable LocalDate due = dl.map(Deadline::due).orElse(null);
      @Nullable LocalDate latest = dl.map(Deadline::latestDue).orElse(null);
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE duty SET timing = ?, due = ?, latest_due = ?, due_provisional = ?,"
                  + " may_change = ?, policy_version = ?, parameters_version = ?,"
                  + " calendar_version = ?, decision_schema = ?, decision_json = ?"
                  + " WHERE id = ? AND closed_at IS NULL")) {
        Versions v = decision.versions();
        ps.setString(1, d.timing().name());
        setDate(ps, 2, due);
        setDate(ps, 3, latest);
        ps.setBoolean(4, dl.map(Deadline::provisional).orElse(false));
        ps.setBoolean(5, dl.map(Deadline::mayChange).orElse(false));
        ps.setString(6, v.policy());
        ps.setString(7, v.parameters());
        ps.setString(8, v.calendar());
        ps.setString(9, LinkageJson.SCHEMA);
        ps.setString(10, write(decision));
        ps.setLong(11, dutyId);
        if (ps.executeUpdate() != 1) {
          continue;
        }
      }
      recomputed++;
      String oldTiming = (String) row[4];
      boolean datesChanged =
          !oldTiming.equals(d.timing().name())
              || !Objects.equals(row[5], due)
              || !Objects.equals(row[6], latest);
      if (!datesChanged) {
        continue;
      }
      changed++;
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO duty_history (duty_id, notice_load_id, changed_at, changed_by,"
                  + " old_timing, old_due, old_latest_due, old_due_provisional, old_may_change,"
                  + " old_calendar_version, old_decision_json, new_timing, new_due,"
                  + " new_latest_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, dutyId);
        ps.setLong(2, loadId);
        ps.setObject(3, timestamp(now));
        ps.setString(4, user);
        ps.setString(5, oldTiming);
        setDate(ps, 6, (LocalDate) row[5]);
        setDate(ps, 7, (LocalDate) row[6]);
        ps.setBoolean(8, (Boolean) row[7]);
        ps.setBoolean(9, (Boolean) row[8]);
        ps.setString(10, (String) row[9]);
        ps.setString(11, (String) row[10]);
        ps.setString(12, d.timing().name());
        setDate(ps, 13, due);
        setDate(ps, 14, latest);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE notice_load SET duties_recomputed = ?, duties_changed = ? WHERE id = ?")) {
      ps.setInt(1, recomputed);
      ps.setInt(2, changed);
      ps.setLong(3, loadId);
      ps.executeUpdate();
    }
    return new NoticeLoad(loadId, notice, calendar, now, user, recomputed, changed);
  }

  private ProjectEvent event(Connection c, long eventId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT event_json FROM project_event WHERE id = ?")) {
      ps.setLong(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new RegisterException("onNewCalendar: event " + eventId + " is missing");
        }
        return readDocument(rs.getString(1), ProjectEvent.class, "event " + eventId);
      }
    }
  }

  /**
   * Refuses to deliver with a calendar older than the last one loaded into the database: a duty
   * stored with it would escape the recompute that load made.
   */
  private static void requireCurrentCalendar(Connection c, LinkagePolicy current)
      throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT calendar_version, notice FROM notice_load ORDER BY id DESC"
                    + " FETCH FIRST 1 ROW ONLY");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next() && !rs.getString(1).equals(current.versions().calendar())) {
        throw new IllegalStateException(
            "deliver: the register's calendar ("
                + current.versions().calendar()
                + ") is not the one of the last notice loaded, "
                + rs.getString(2)
                + " ("
                + rs.getString(1)
                + "): open the register with a policy whose calendar holds it");
      }
    }
  }

  private long insertEvent(Connection c, ProjectEvent event, String eventJson, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO project_event (project_id, event_key, kind, event_date, event_schema,"
                + " event_json, received_at, received_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, event.project().id());
      ps.setString(2, EventKeys.naturalKey(event));
      ps.setString(3, event.kind().name());
      ps.setObject(4, event.date());
      ps.setString(5, LinkageJson.SCHEMA);
      ps.setString(6, eventJson);
      ps.setObject(7, timestamp(now));
      ps.setString(8, user);
      ps.executeUpdate();
      return generatedId(ps);
    }
  }

  private static int closeIssue(Connection c, String projectId, String issue, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE duty SET closed_at = ? WHERE project_id = ? AND duty_reference = ?"
                + " AND closed_at IS NULL")) {
      ps.setObject(1, timestamp(now));
      ps.setString(2, projectId);
      ps.setString(3, issue);
      return ps.executeUpdate();
    }
  }

  @SuppressWarnings("TooManyParameters")
  private long insertDuty(
      Connection c,
      long eventId,
      String projectId,
      Duty d,
      ObligationDecision decision,
      String decisionJson,
      boolean undetermined,
      Instant now)
      throws SQLException {
    Optional<Deadline> dl = d.deadline();
    Versions v = decision.versions();
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO duty (event_id, project_id, duty_code, duty_reference, clause, timing,"
                + " due, latest_due, due_provisional, may_change, undetermined, policy_version,"
                + " parameters_version, calendar_version, decision_schema, decision_json,"
                + " recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, eventId);
      ps.setString(2, projectId);
      ps.setString(3, d.code().name());
      ps.setString(4, d.reference().orElse(""));
      ps.setString(5, d.clause().canonical());
      ps.setString(6, d.timing().name());
      setDate(ps, 7, dl.map(Deadline::due).orElse(null));
      setDate(ps, 8, dl.map(Deadline::latestDue).orElse(null));
      ps.setBoolean(9, dl.map(Deadline::provisional).orElse(false));
      ps.setBoolean(10, dl.map(Deadline::mayChange).orElse(false));
      ps.setBoolean(11, undetermined);
      ps.setString(12, v.policy());
      ps.setString(13, v.parameters());
      ps.setString(14, v.calendar());
      ps.setString(15, LinkageJson.SCHEMA);
      ps.setString(16, decisionJson);
      ps.setObject(17, timestamp(now));
      ps.setString(18, user);
      ps.executeUpdate();
      id = generatedId(ps);
    }
    List<ResponsibleUnit> units = d.responsibleUnits();
    if (!units.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO duty_responsible_unit (duty_id, unit, ordinal) VALUES (?, ?, ?)")) {
        for (int i = 0; i < units.size(); i++) {
          ps.setLong(1, id);
          ps.setString(2, units.get(i).name());
          ps.setInt(3, i);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    return id;
  }

  private static List<RegisteredDuty> byIds(Connection c, List<Long> ids) throws SQLException {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      in.append(i == 0 ? "?" : ", ?");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + DUTY_COLUMNS
                + FROM_DUTY
                + " WHERE d.id IN ("
                + in
                + ") ORDER BY d.id, u.ordinal")) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setLong(i + 1, ids.get(i));
      }
      return read(ps);
    }
  }

  private List<RegisteredDuty> query(String what, String sql) {
    return inTransaction(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            return read(ps);
          }
        });
  }

  /** Rows of {@link #DUTY_COLUMNS}, one per responsible unit, grouped into duties. */
  private static List<RegisteredDuty> read(PreparedStatement ps) throws SQLException {
    List<RegisteredDuty> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      long current = -1;
      Object[] row = null;
      List<ResponsibleUnit> units = new ArrayList<>();
      while (rs.next()) {
        long id = rs.getLong(1);
        if (row == null || id != current) {
          if (row != null) {
            out.add(duty(row, units));
          }
          current = id;
          units = new ArrayList<>();
          row =
              new Object[] {
                id,
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getBoolean(10),
                rs.getBoolean(11),
                rs.getBoolean(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                instant(rs, 16),
                rs.getString(17),
                rs.getObject(18, OffsetDateTime.class)
              };
        }
        String unit = rs.getString(19);
        if (unit != null) {
          units.add(ResponsibleUnit.valueOf(unit));
        }
      }
      if (row != null) {
        out.add(duty(row, units));
      }
    }
    return out;
  }

  private static RegisteredDuty duty(@Nullable Object[] row, List<ResponsibleUnit> units) {
    OffsetDateTime closed = (OffsetDateTime) row[17];
    return new RegisteredDuty(
        (Long) Objects.requireNonNull(row[0]),
        (Long) Objects.requireNonNull(row[1]),
        (String) Objects.requireNonNull(row[2]),
        DutyCode.valueOf((String) Objects.requireNonNull(row[3])),
        (String) Objects.requireNonNull(row[4]),
        ClauseRef.parse((String) Objects.requireNonNull(row[5])),
        units,
        DutyTiming.valueOf((String) Objects.requireNonNull(row[6])),
        (LocalDate) row[7],
        (LocalDate) row[8],
        (Boolean) Objects.requireNonNull(row[9]),
        (Boolean) Objects.requireNonNull(row[10]),
        (Boolean) Objects.requireNonNull(row[11]),
        Versions.builder()
            .policy((String) Objects.requireNonNull(row[12]))
            .parameters((String) Objects.requireNonNull(row[13]))
            .calendar((String) Objects.requireNonNull(row[14]))
            .build(),
        (Instant) Objects.requireNonNull(row[15]),
        (String) Objects.requireNonNull(row[16]),
        closed == null ? null : closed.toInstant());
  }

  // ---------------------------------------------------------------------------------------------

  /** Work in one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T inTransaction(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new RegisterException(
          what + ": the database failed: " + e.getMessage() + " (SQLState " + e.getSQLState() + ")",
          e);
    }
  }

  /** 23505, unique_violation: the SQLState H2 and PostgreSQL both give. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  private static long generatedId(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key");
      }
      return keys.getLong("id");
    }
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return Objects.requireNonNull(rs.getObject(column, OffsetDateTime.class)).toInstant();
  }

  private static void setDate(PreparedStatement ps, int i, @Nullable LocalDate date)
      throws SQLException {
    if (date == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setObject(i, date);
    }
  }

  private String write(Object document) {
    try {
      return json.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("linkage-jackson cannot write " + document, e);
    }
  }

  private <T> T readDocument(String text, Class<T> type, String what) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new RegisterException(
          "the stored " + what + " cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  private static void checkText(String text, String name, String method) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(method + ": the " + name + " is blank");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          method + ": the " + name + " is longer than " + MAX_TEXT + " characters");
    }
    if (text.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
      throw new IllegalArgumentException(method + ": the " + name + " holds a control character");
    }
  }

  private static void checkDate(LocalDate date, String what) {
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new IllegalArgumentException(
          what + " " + date + " is outside the years 0001 to 9999 a SQL DATE holds");
    }
  }
}
