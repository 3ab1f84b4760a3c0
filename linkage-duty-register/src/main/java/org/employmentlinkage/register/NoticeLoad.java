package org.employmentlinkage.register;

import java.time.Instant;

/**
 * A holiday notice loaded into the register ({@link DutyRegister#onNewCalendar}): the row of the
 * {@code notice_load} table. Immutable and thread-safe.
 */
public final class NoticeLoad {
  private final long id;
  private final String notice;
  private final String calendarVersion;
  private final Instant loaded;
  private final String loadedBy;
  private final int recomputed;
  private final int changed;

  NoticeLoad(
      long id,
      String notice,
      String calendarVersion,
      Instant loaded,
      String loadedBy,
      int recomputed,
      int changed) {
    this.id = id;
    this.notice = notice;
    this.calendarVersion = calendarVersion;
    this.loaded = loaded;
    this.loadedBy = loadedBy;
    this.recomputed = recomputed;
    this.changed = changed;
  }

  /**
   * The load's identifier.
   *
   * @return the identifier, positive
   */
  public long id() {
    return id;
  }

  /**
   * The notice, as the caller named it (e.g. its number).
   *
   * @return the notice
   */
  public String notice() {
    return notice;
  }

  /**
   * The version of the calendar that holds the notice.
   *
   * @return the calendar version
   */
  public String calendarVersion() {
    return calendarVersion;
  }

  /**
   * When it was loaded.
   *
   * @return the instant
   */
  public Instant loaded() {
    return loaded;
  }

  /**
   * Who loaded it.
   *
   * @return the user the register was opened with
   */
  public String loadedBy() {
    return loadedBy;
  }

  /**
   * How many open duties whose dates could change were recomputed.
   *
   * @return the number
   */
  public int recomputed() {
    return recomputed;
  }

  /**
   * How many of them got other dates or another timing (each has a history row).
   *
   * @return the number
   */
  public int changed() {
    return changed;
  }

  @Override
  public String toString() {
    return notice
        + " ("
        + calendarVersion
        + "): "
        + recomputed
        + " recomputed, "
        + changed
        + " changed, by "
        + loadedBy
        + " at "
        + loaded;
  }
}
