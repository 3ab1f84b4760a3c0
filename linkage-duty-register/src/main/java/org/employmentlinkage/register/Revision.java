package org.employmentlinkage.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.employmentlinkage.policy.DutyTiming;
import org.jspecify.annotations.Nullable;

/**
 * A row of the {@code duty_history} table: a duty's dates before and after a recompute, who made
 * it, when, and from which notice. Immutable and thread-safe.
 */
public final class Revision {
  private final long dutyId;
  private final String notice;
  private final Instant changed;
  private final String changedBy;
  private final DutyTiming oldTiming;
  private final @Nullable LocalDate oldDue;
  private final @Nullable LocalDate oldLatestDue;
  private final String oldCalendarVersion;
  private final DutyTiming newTiming;
  private final @Nullable LocalDate newDue;
  private final @Nullable LocalDate newLatestDue;

  @SuppressWarnings("TooManyParameters") // one per column
  Revision(
      long dutyId,
      String notice,
      Instant changed,
      String changedBy,
      DutyTiming oldTiming,
      @Nullable LocalDate oldDue,
      @Nullable LocalDate oldLatestDue,
      String oldCalendarVersion,
      DutyTiming newTiming,
      @Nullable LocalDate newDue,
      @Nullable LocalDate newLatestDue) {
    this.dutyId = dutyId;
    this.notice = notice;
    this.changed = changed;
    this.changedBy = changedBy;
    this.oldTiming = oldTiming;
    this.oldDue = oldDue;
    this.oldLatestDue = oldLatestDue;
    this.oldCalendarVersion = oldCalendarVersion;
    this.newTiming = newTiming;
    this.newDue = newDue;
    this.newLatestDue = newLatestDue;
  }

  /**
   * The duty changed.
   *
   * @return its identifier
   */
  public long dutyId() {
    return dutyId;
  }

  /**
   * The notice whose loading changed it.
   *
   * @return the notice, as named when loaded
   */
  public String notice() {
    return notice;
  }

  /**
   * When it changed.
   *
   * @return the instant
   */
  public Instant changed() {
    return changed;
  }

  /**
   * Who changed it.
   *
   * @return the user who loaded the notice
   */
  public String changedBy() {
    return changedBy;
  }

  /**
   * The timing before.
   *
   * @return the timing
   */
  public DutyTiming oldTiming() {
    return oldTiming;
  }

  /**
   * The date to plan by before.
   *
   * @return the date, empty if there was none
   */
  public Optional<LocalDate> oldDue() {
    return Optional.ofNullable(oldDue);
  }

  /**
   * The latest plausible due date before.
   *
   * @return the date, empty if there was none
   */
  public Optional<LocalDate> oldLatestDue() {
    return Optional.ofNullable(oldLatestDue);
  }

  /**
   * The calendar version the old dates were computed with.
   *
   * @return the version
   */
  public String oldCalendarVersion() {
    return oldCalendarVersion;
  }

  /**
   * The timing after.
   *
   * @return the timing
   */
  public DutyTiming newTiming() {
    return newTiming;
  }

  /**
   * The date to plan by after.
   *
   * @return the date, empty if there is none
   */
  public Optional<LocalDate> newDue() {
    return Optional.ofNullable(newDue);
  }

  /**
   * The latest plausible due date after.
   *
   * @return the date, empty if there is none
   */
  public Optional<LocalDate> newLatestDue() {
    return Optional.ofNullable(newLatestDue);
  }

  @Override
  public String toString() {
    return "D-"
        + dutyId
        + " "
        + oldTiming
        + " "
        + oldDue
        + ".."
        + oldLatestDue
        + " -> "
        + newTiming
        + " "
        + newDue
        + ".."
        + newLatestDue
        + " ("
        + notice
        + ", by "
        + changedBy
        + " at "
        + changed
        + ")";
  }
}
