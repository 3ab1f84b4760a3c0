package org.employmentlinkage.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.employmentlinkage.policy.Versions;
import org.jspecify.annotations.Nullable;

/**
 * A duty as a row of the register's {@code duty} table: what the policy decided, the dates as
 * stored and the versions they were computed with. The full decision is {@link
 * DutyRegister#decision(long)}. Immutable and thread-safe.
 */
public final class RegisteredDuty {
  private final long id;
  private final long eventId;
  private final String projectId;
  private final DutyCode code;
  private final String reference;
  private final ClauseRef clause;
  private final List<ResponsibleUnit> responsibleUnits;
  private final DutyTiming timing;
  private final @Nullable LocalDate due;
  private final @Nullable LocalDate latestDue;
  private final boolean dueProvisional;
  private final boolean mayChange;
  private final boolean undetermined;
  private final Versions versions;
  private final Instant recorded;
  private final String recordedBy;
  private final @Nullable Instant closed;

  @SuppressWarnings("TooManyParameters") // one per column
  RegisteredDuty(
      long id,
      long eventId,
      String projectId,
      DutyCode code,
      String reference,
      ClauseRef clause,
      List<ResponsibleUnit> responsibleUnits,
      DutyTiming timing,
      @Nullable LocalDate due,
      @Nullable LocalDate latestDue,
      boolean dueProvisional,
      boolean mayChange,
      boolean undetermined,
      Versions versions,
      Instant recorded,
      String recordedBy,
      @Nullable Instant closed) {
    this.id = id;
    this.eventId = eventId;
    this.projectId = projectId;
    this.code = code;
    this.reference = reference;
    this.clause = clause;
    this.responsibleUnits = List.copyOf(responsibleUnits);
    this.timing = timing;
    this.due = due;
    this.latestDue = latestDue;
    this.dueProvisional = dueProvisional;
    this.mayChange = mayChange;
    this.undetermined = undetermined;
    this.versions = versions;
    this.recorded = recorded;
    this.recordedBy = recordedBy;
    this.closed = closed;
  }

  /**
   * The register's identifier of the duty (the {@code duty.id} column).
   *
   * @return the identifier, positive
   */
  public long id() {
    return id;
  }

  /**
   * The identifier of the event that triggered it ({@code project_event.id}).
   *
   * @return the event's identifier
   */
  public long eventId() {
    return eventId;
  }

  /**
   * The project the duty concerns.
   *
   * @return the project's identifier
   */
  public String projectId() {
    return projectId;
  }

  /**
   * What has to be done.
   *
   * @return the duty's code
   */
  public DutyCode code() {
    return code;
  }

  /**
   * The caller's reference of the duty: the issue identifier of a 三 末段 issue (per project).
   *
   * @return the reference, empty if the duty has none
   */
  public Optional<String> reference() {
    return reference.isEmpty() ? Optional.empty() : Optional.of(reference);
  }

  /**
   * The clause of 大政办发〔2018〕83号 that imposes it.
   *
   * @return the clause
   */
  public ClauseRef clause() {
    return clause;
  }

  /**
   * The responsible units (责任单位) of the clause, in the clause's order.
   *
   * @return the units, unmodifiable
   */
  public List<ResponsibleUnit> responsibleUnits() {
    return responsibleUnits;
  }

  /**
   * How the duty is timed.
   *
   * @return the timing
   */
  public DutyTiming timing() {
    return timing;
  }

  /**
   * The date to plan by ({@code Deadline.due()}).
   *
   * @return the date, empty if the duty has no deadline
   */
  public Optional<LocalDate> due() {
    return Optional.ofNullable(due);
  }

  /**
   * The latest plausible due date ({@code Deadline.latestDue()}): overdue only after 24:00 Beijing
   * time on it.
   *
   * @return the date, empty if the duty has no deadline
   */
  public Optional<LocalDate> latestDue() {
    return Optional.ofNullable(latestDue);
  }

  /**
   * Whether the due date is a range of plausible dates ({@code Deadline.provisional()}).
   *
   * @return {@code true} for a provisional deadline, {@code false} for a final one or none
   */
  public boolean dueProvisional() {
    return dueProvisional;
  }

  /**
   * Whether the next holiday notice may move the dates ({@code Deadline.mayChange()}).
   *
   * @return {@code true} if the duty is recomputed when a notice is loaded
   */
  public boolean mayChange() {
    return mayChange;
  }

  /**
   * Whether the decision was undetermined (facts missing): the duty arises if the missing facts
   * turn out to satisfy the clause.
   *
   * @return {@code true} for a duty of an undetermined decision
   */
  public boolean undetermined() {
    return undetermined;
  }

  /**
   * The policy, parameters and calendar versions the duty was computed with.
   *
   * @return the versions
   */
  public Versions versions() {
    return versions;
  }

  /**
   * When the duty was stored.
   *
   * @return the instant
   */
  public Instant recorded() {
    return recorded;
  }

  /**
   * Who stored it: the user the register was opened with.
   *
   * @return the user
   */
  public String recordedBy() {
    return recordedBy;
  }

  /**
   * When the duty was closed.
   *
   * @return the instant, empty while open
   */
  public Optional<Instant> closed() {
    return Optional.ofNullable(closed);
  }

  /**
   * Whether the duty is open.
   *
   * @return {@code true} until closed
   */
  public boolean isOpen() {
    return closed == null;
  }

  /**
   * The duty's label, {@code D-} and its identifier.
   *
   * @return e.g. {@code D-7}
   */
  public String label() {
    return "D-" + id;
  }

  @Override
  public String toString() {
    return label()
        + " "
        + projectId
        + " "
        + code
        + (reference.isEmpty() ? "" : " " + reference)
        + " "
        + timing
        + (due == null ? "" : " " + due + (dueProvisional ? ".." + latestDue : ""))
        + (closed == null ? " open" : " closed " + closed);
  }
}
