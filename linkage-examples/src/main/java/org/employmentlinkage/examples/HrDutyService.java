package org.employmentlinkage.examples;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.jspecify.annotations.Nullable;

/**
 * Embedding example: the part of an HR system that reacts to project events. Each event goes to
 * {@link LinkagePolicy#obligations}; the duties it triggers are stored (here in memory; the module
 * linkage-duty-register shows the same on a database, docs/register.md) with the time they were
 * recorded, so that the service can list open and overdue duties. Closing an issue raised under 三
 * 末段 ({@link ProjectEventKind#ISSUE_CLOSED}) closes the tracked duty with the same issue identifier
 * of the same project: issue identifiers are per project, so two projects may both raise {@code
 * ISSUE-1}.
 *
 * <p>Time comes only from the injected {@link Clock}: "overdue" means past 24:00 Beijing time on
 * the latest plausible due date, which is the due date unless the deadline is provisional ({@link
 * org.employmentlinkage.calendar.Deadline#isOverdueAt}). Duties of an undetermined decision (facts
 * missing) are stored too, marked {@link StoredDuty#provisional()}, so that nobody forgets them.
 *
 * <p>A due date is not always final when it is stored: its 30 working days may run into a year
 * whose State Council holiday notice is not out yet (a provisional range, or no date at all with
 * the official calendar), or rely on late-December days that next year's notice may still change.
 * When the notice is published, build the policy with a calendar that holds it and hand it to
 * {@link #onNewCalendar(LinkagePolicy)}: every open duty whose date was not final is recomputed
 * from its stored event, and the previous version is kept in {@link #history()}. Closed duties are
 * never touched. Thread-safe: every method holds the service's lock.
 */
public final class HrDutyService {
  private LinkagePolicy policy;
  private final Clock clock;
  private final Map<String, StoredDuty> duties = new LinkedHashMap<>();
  private final List<Revision> history = new ArrayList<>();
  private int next = 1;

  /**
   * A stored duty.
   *
   * @param id the service's identifier, {@code D-1}, {@code D-2}, …
   * @param projectId the project it concerns
   * @param event the event that triggered it (kept, so that the duty can be recomputed)
   * @param duty the duty, with its clause, responsible units and deadline
   * @param provisional whether the decision was undetermined (the duty arises if missing facts turn
   *     out to satisfy the clause)
   * @param recorded when it was stored
   * @param closed when it was closed, or null while open
   */
  public record StoredDuty(
      String id,
      String projectId,
      ProjectEvent event,
      Duty duty,
      boolean provisional,
      Instant recorded,
      @Nullable Instant closed) {
    /**
     * Checks the arguments.
     *
     * @param id the identifier
     * @param projectId the project
     * @param event the event
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

    /**
     * Whether the stored due date may still change with the next holiday notice: it is provisional
     * or undetermined (the period runs into a year without a notice), or it relies on late-December
     * days that the next notice may change ({@link
     * org.employmentlinkage.calendar.Deadline#mayChange()}).
     *
     * @return {@code true} if a new notice can change the duty's due date
     */
    public boolean dueDateMayChange() {
      return switch (duty.timing()) {
        case PROVISIONAL_DUE_DATE, DUE_DATE_UNDETERMINED -> true;
        case DUE_DATE -> duty.deadline().map(Deadline::mayChange).orElse(false);
        case NO_FIXED_DEADLINE, PROMPTLY, PERIODIC, PERIOD_UNDETERMINED -> false;
      };
    }
  }

  /**
   * A stored duty recomputed with a new calendar: what it was and what it became.
   *
   * @param id the stored duty's identifier
   * @param before the duty as it was stored
   * @param after the duty recomputed
   * @param calendarVersion the version of the calendar it was recomputed with
   * @param at when it was recomputed
   */
  public record Revision(String id, Duty before, Duty after, String calendarVersion, Instant at) {
    /**
     * Checks the arguments.
     *
     * @param id the identifier
     * @param before the duty as it was stored
     * @param after the duty recomputed
     * @param calendarVersion the calendar's version
     * @param at when
     * @throws NullPointerException if an argument is null
     */
    public Revision {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(calendarVersion, "calendarVersion");
      Objects.requireNonNull(at, "at");
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
                "D-" + next++, event.project().id(), event, duty, provisional, now, null);
        duties.put(d.id(), d);
        stored.add(d);
      }
    }
    return stored;
  }

  /**
   * Takes a policy whose calendar holds a newly published holiday notice (e.g. {@code
   * policy.toBuilder().calendar(ChinaCalendars.builder().addNotices(notices).provisional(true)
   * .build()).build()}) and recomputes every open duty whose due date may still change ({@link
   * StoredDuty#dueDateMayChange()}) from its stored event. A recomputed duty keeps its identifier
   * and record time; its previous version goes to {@link #history()}. Closed duties and duties with
   * a final date are not touched. The new policy answers every later event.
   *
   * @param newPolicy the policy with the new calendar
   * @return the duties that changed, as they are now
   * @throws NullPointerException if {@code newPolicy} is null
   */
  public synchronized List<StoredDuty> onNewCalendar(LinkagePolicy newPolicy) {
    Objects.requireNonNull(newPolicy, "newPolicy");
    this.policy = newPolicy;
    Instant now = clock.instant();
    String calendarVersion = newPolicy.versions().calendar();
    List<StoredDuty> changed = new ArrayList<>();
    for (StoredDuty d : List.copyOf(duties.values())) {
      if (!d.isOpen() || !d.dueDateMayChange()) {
        continue;
      }
      for (Duty recomputed : newPolicy.obligations(d.event()).duties()) {
        if (recomputed.code() == d.duty().code()
            && recomputed.reference().equals(d.duty().reference())
            && !recomputed.equals(d.duty())) {
          StoredDuty updated =
              new StoredDuty(
                  d.id(),
                  d.projectId(),
                  d.event(),
                  recomputed,
                  d.provisional(),
                  d.recorded(),
                  null);
          duties.put(d.id(), updated);
          history.add(new Revision(d.id(), d.duty(), recomputed, calendarVersion, now));
          changed.add(updated);
        }
      }
    }
    return changed;
  }

  /**
   * The revisions made by {@link #onNewCalendar}, oldest first.
   *
   * @return the revisions
   */
  public synchronized List<Revision> history() {
    return List.copyOf(history);
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
