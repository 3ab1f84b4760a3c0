package org.employmentlinkage.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.immutables.value.Value;

/**
 * The deadline of a {@link WorkingDayPeriod} after a trigger date: when it is due, how sure that
 * is, and on what it relies.
 *
 * <p>When a counted day lies in a year for which no notice is known (a {@link
 * WorkingDayCalendar#isProvisional(LocalDate) provisional} year), the deadline is {@link
 * #provisional()}: {@link #due()} is then the earliest plausible due date (only the statutory
 * holiday dates rest) and {@link #latestDue()} the latest plausible one (every day of each
 * plausible holiday block rests, no make-up weekend works).
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
@LinkageStyle
public abstract class Deadline implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The time zone of every deadline: Beijing time. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  Deadline() {}

  /**
   * The trigger date (day 0, never counted), e.g. the publication date of a 土地征收公告.
   *
   * @return the trigger date
   */
  public abstract LocalDate trigger();

  /**
   * The period that was counted.
   *
   * @return the period
   */
  public abstract WorkingDayPeriod period();

  /**
   * The due date: the last day of the period, inclusive. For a provisional deadline, the earliest
   * plausible due date.
   *
   * @return the due date, a working day of the calendar used
   */
  public abstract LocalDate due();

  /**
   * Whether any counted day is a projection rather than official data.
   *
   * @return {@code true} if the due date may still move
   */
  public abstract boolean provisional();

  /**
   * The latest plausible due date; equal to {@link #due()} unless {@link #provisional()}.
   *
   * @return the latest plausible due date
   */
  public abstract LocalDate latestDue();

  /**
   * The notices the count relied on: those arranging a year the counted days touch, and any notice
   * declaring a counted day, in order of precedence.
   *
   * @return the notices, possibly empty for calendars not built from notices
   */
  public abstract List<HolidayNotice> notices();

  /**
   * The version of the calendar used ({@link WorkingDayCalendar#version()}).
   *
   * @return the calendar version
   */
  public abstract String calendarVersion();

  /**
   * The counting rule applied, cited by the law in force on the trigger date: 《中华人民共和国民法典》第二百零一条
   * from 2021-01-01, 《中华人民共和国民法总则》第二百零一条 before (same words: the start day is not counted). These
   * are civil-law rules applied to an administrative deadline by analogy.
   *
   * @return the citation, in Chinese
   */
  public String countingRule() {
    return trigger().isBefore(LocalDate.of(2021, 1, 1))
        ? "《中华人民共和国民法总则》第二百零一条"
        : "《中华人民共和国民法典》第二百零一条";
  }

  /**
   * The instant the period ends: 24:00 Beijing time on the due date (00:00 of the next day). For a
   * provisional deadline, the end of the earliest plausible due date.
   *
   * @return the end of the period
   */
  public ZonedDateTime end() {
    return due().plusDays(1).atStartOfDay(BEIJING);
  }

  /**
   * Whether the period has ended at {@code now}.
   *
   * @param now the instant to test (take it from an injected {@link java.time.Clock})
   * @return {@code true} if {@code now} is at or after {@link #end()}
   * @throws NullPointerException if {@code now} is null
   */
  public boolean isOverdueAt(Instant now) {
    return !now.isBefore(end().toInstant());
  }

  @Value.Check
  void check() {
    if (!due().isAfter(trigger())) {
      throw new IllegalArgumentException(
          "Deadline: due " + due() + " is not after trigger " + trigger());
    }
    if (latestDue().isBefore(due())) {
      throw new IllegalArgumentException(
          "Deadline: latestDue " + latestDue() + " is before due " + due());
    }
    if (!provisional() && !latestDue().equals(due())) {
      throw new IllegalArgumentException("Deadline: a non-provisional deadline has one due date");
    }
  }

  /**
   * A new builder, for calendars and tests that compute deadlines themselves; prefer {@link
   * WorkingDayPeriod#after(LocalDate, WorkingDayCalendar)}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Deadline}; {@code build()} throws {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableDeadline.Builder {
    /** Creates an empty builder; prefer {@link Deadline#builder()}. */
    public Builder() {}
  }
}
