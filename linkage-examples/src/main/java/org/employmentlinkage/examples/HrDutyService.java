package org.employmentlinkage.examples;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.jspecify.annotations.Nullable;

/**
 * Embedding example: the part of an HR system that reacts to project events. Each event goes to
 * {@link LinkagePolicy#obligations}; the duties it triggers are stored (here in memory; a real
 * service would use its database) with the time they were recorded, so that the service can list
 * open and overdue duties. Closing an issue raised under 三 末段 ({@link
 * ProjectEventKind#ISSUE_CLOSED}) closes the tracked duty with the same issue identifier of the
 * same project: issue identifiers are per project, so two projects may both raise {@code ISSUE-1}.
 *
 * <p>Time comes only from the injected {@link Clock}: "overdue" means past 24:00 Beijing time on
 * the latest plausible due date, which is the due date unless the deadline is provisional ({@link
 * org.employmentlinkage.calendar.Deadline#isOverdueAt}). Duties of an undetermined decision (facts
 * missing) are stored too, marked {@link StoredDuty#provisional()}, so that nobody forgets them.
 * Thread-safe: every method holds the service's lock.
 */
public final class HrDutyService {
  private final LinkagePolicy policy;
  private final Clock clock;
  private final Map<String, StoredDuty> duties = new LinkedHashMap<>();
  private int next = 1;

  /**
   * A stored duty.
   *
   * @param id the service's identifier, {@code D-1}, {@code D-2}, …
   * @param projectId the project it concerns
   * @param event the kind of event that triggered it
   * @param duty the duty, with its clause, responsible units and deadline
   * @param provisional whether the decision was undetermined (the duty arises if missing facts turn
   *     out to satisfy the clause)
   * @param recorded when it was stored
   * @param closed when it was closed, or null while open
   */
  public record StoredDuty(
      String id,
      String projectId,
      ProjectEventKind event,
      Duty duty,
      boolean provisional,
      Instant recorded,
      @Nullable Instant closed) {
    /**
     * Checks the arguments.
     *
     * @param id the identifier
     * @param projectId the project
     * @param event the kind of event
     * @param duty the duty
     * @param provisional whether the decision was undetermined
     * @param recorded when it was stored
     * @param closed when it was closed, or null while open
     * @throws NullPointerException if an argument other than {@code closed} is null
     */
    public StoredDuty {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(projectId, "projectId");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(duty, "duty");
      Objects.requireNonNull(recorded, "recorded");
    }

    /**
     * Whether the duty is still open.
     *
     * @return {@code true} until closed
     */
    public boolean isOpen() {
      return closed == null;
    }
  }

  /**
   * Creates the service.
   *
   * @param policy the policy (e.g. {@code LinkagePolicies.dalian2018()} or a regional one)
   * @param clock the clock for "recorded", "closed" and "overdue"
   * @throws NullPointerException if an argument is null
   */
  public HrDutyService(LinkagePolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Handles an event: stores the duties it triggers; an {@link ProjectEventKind#ISSUE_CLOSED} event
   * closes the open duties about that issue of the same project (another project's issue with the
   * same identifier stays open).
   *
   * @param event the event
   * @return the duties stored for this event (possibly none)
   * @throws NullPointerException if {@code event} is null
   */
  public synchronized List<StoredDuty> onEvent(ProjectEvent event) {
    Objects.requireNonNull(event, "event");
    Instant now = clock.instant();
    if (event.kind() == ProjectEventKind.ISSUE_CLOSED) {
      // Issue ids are the caller's identifiers within one project (ISSUE-1 of two projects are two
      // issues): match the project as well as the id.
      String issue = event.issueId().orElseThrow();
      String project = event.project().id();
      duties.replaceAll(
          (id, d) ->
              d.isOpen()
                      && d.projectId().equals(project)
                      && d.duty().reference().equals(Optional.of(issue))
                  ? new StoredDuty(
                      d.id(),
                      d.projectId(),
                      d.event(),
                      d.duty(),
                      d.provisional(),
                      d.recorded(),
                      now)
                  : d);
    }
    ObligationDecision decision = policy.obligations(event);
    List<StoredDuty> stored = new ArrayList<>();
    if (decision.outcome() == Outcome.YES || decision.outcome() == Outcome.UNDETERMINED) {
      boolean provisional = decision.outcome() == Outcome.UNDETERMINED;
      for (Duty duty : decision.duties()) {
        StoredDuty d =
            new StoredDuty(
                "D-" + next++, event.project().id(), event.kind(), duty, provisional, now, null);
        duties.put(d.id(), d);
        stored.add(d);
      }
    }
    return stored;
  }

  /**
   * Closes a duty by hand (e.g. the survey of 二（三） is done).
   *
   * @param id the duty's identifier
   * @return the closed duty
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no open duty has that identifier
   */
  public synchronized StoredDuty close(String id) {
    Objects.requireNonNull(id, "id");
    StoredDuty d = duties.get(id);
    if (d == null || !d.isOpen()) {
      throw new IllegalArgumentException("close: no open duty " + id);
    }
    StoredDuty closed =
        new StoredDuty(
            d.id(),
            d.projectId(),
            d.event(),
            d.duty(),
            d.provisional(),
            d.recorded(),
            clock.instant());
    duties.put(id, closed);
    return closed;
  }

  /**
   * Every stored duty, in the order stored.
   *
   * @return the duties
   */
  public synchronized List<StoredDuty> all() {
    return List.copyOf(duties.values());
  }

  /**
   * The open duties.
   *
   * @return the duties not closed, in the order stored
   */
  public synchronized List<StoredDuty> open() {
    return duties.values().stream().filter(StoredDuty::isOpen).toList();
  }

  /**
   * The open duties whose deadline has certainly passed (after 24:00 Beijing time on the latest
   * plausible due date, {@link org.employmentlinkage.calendar.Deadline#isOverdueAt}; a provisional
   * duty is not overdue while its official due date could still be later), by the clock.
   *
   * @return the overdue duties, in the order stored
   */
  public synchronized List<StoredDuty> overdue() {
    Instant now = clock.instant();
    return duties.values().stream()
        .filter(StoredDuty::isOpen)
        .filter(d -> d.duty().deadline().map(dl -> dl.isOverdueAt(now)).orElse(false))
        .toList();
  }
}
