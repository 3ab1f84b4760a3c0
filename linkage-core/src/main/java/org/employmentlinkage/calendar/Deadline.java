package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;

/**
 * The deadline (期限) of a {@link WorkingDayPeriod} after a trigger date: when it is due, how sure
 * that is, and on what it relies.
 *
 * <p><b>Which date is which.</b> {@link #due()} is the date to plan by: the last day of the period,
 * or, for a {@link #provisional()} deadline, the earliest plausible one. {@link #latestDue()} is
 * the latest plausible last day (equal to {@code due()} unless provisional). The period ends at
 * 24:00 Beijing time on its last day; the duty is overdue (逾期) only after the end of {@link
 * #latestDue()} ({@link #end()}), possibly overdue between the end of {@code due()} and {@code
 * end()} ({@link #overdueStatusAt(Instant)}).
 *
 * <p><b>Provisional.</b> When a counted day lies in a year for which no notice is known (a {@link
 * WorkingDayCalendar#isProvisional(LocalDate) provisional} day), the due date is a range: on
 * linkage's calendars {@code due()} is the earliest and {@code latestDue()} the latest date any
 * plausible arrangement of the holidays (放假调休) gives, by the practice of the State Council notices
 * 2018–2026 and 《全国年节及纪念日放假办法》 ({@code docs/provisional-deadlines.md} states the rules, their
 * evidence and how they did on the years 2019–2026).
 *
 * <p><b>May change.</b> {@link #mayChange()} says that the count relied on days that a notice the
 * calendar does not know may still change: every provisional deadline, and a deadline of a calendar
 * that does not project whose count reaches the last days of December of its last year, which the
 * next year's notice may declare (国办发明电〔2018〕15号, released 2018-12-06, changed 2018-12-29..31;
 * 国办发明电〔2022〕16号, released 2022-12-08, changed 2022-12-31). Recompute it when the next notice is
 * published.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
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
   * The due date to plan by (应完成日期): the last day of the period, inclusive; for a provisional
   * deadline, the earliest plausible last day. Finishing by the end of this day is in time whatever
   * the next notice says.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * Whether any counted day is a projection rather than official data, so that the due date is a
   * range {@link #due()}..{@link #latestDue()}.
   *
   * @return {@code true} if the due date is a range of plausible dates
   */
  public abstract boolean provisional();

  /**
   * The latest plausible due date (最晚可能的期限届满日); equal to {@link #due()} unless {@link
   * #provisional()}. The duty is overdue only after 24:00 Beijing time on this day.
   *
   * @return the latest plausible due date
   */
  public abstract LocalDate latestDue();

  /**
   * Whether the due dates may still change when a notice the calendar does not know is published:
   * {@code true} for every provisional deadline, and for one that relies on late-December days of
   * the calendar's last year that the next year's notice may declare (see {@link
   * WorkingDayCalendar#mayChange(LocalDate)}). Defaults to {@link #provisional()} in the builder.
   *
   * @return {@code true} if the deadline should be recomputed once the next notice is out
   */
  @Value.Default
  public boolean mayChange() {
    return provisional();
  }

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
   * The instant from which the duty is overdue: 24:00 Beijing time on {@link #latestDue()} (00:00
   * of the next day). For a deadline that is not provisional this is the end of {@link #due()}.
   *
   * @return the end of the period at the latest
   */
  public ZonedDateTime end() {
    return latestDue().plusDays(1).atStartOfDay(BEIJING);
  }

  /**
   * Whether the duty is overdue (逾期) at {@code now}, in three values:
   *
   * <ul>
   *   <li>{@link OverdueStatus#NOT_OVERDUE} before 24:00 Beijing time on {@link #due()};
   *   <li>{@link OverdueStatus#OVERDUE} from {@link #end()} (24:00 on {@link #latestDue()}) on,
   *       unless the deadline {@link #mayChange() may change} and is not provisional: its one due
   *       date then rests on days the next notice may move, and it stays {@code POSSIBLY_OVERDUE}
   *       until it is recomputed with that notice;
   *   <li>{@link OverdueStatus#POSSIBLY_OVERDUE} in between: the period has ended if the holidays
   *       fall as early as plausible, and may not have.
   * </ul>
   *
   * @param now the instant to test (take it from an injected {@link java.time.Clock})
   * @return the status
   * @throws NullPointerException if {@code now} is null
   */
  public OverdueStatus overdueStatusAt(Instant now) {
    Objects.requireNonNull(now, "now");
    if (now.isBefore(due().plusDays(1).atStartOfDay(BEIJING).toInstant())) {
      return OverdueStatus.NOT_OVERDUE;
    }
    boolean beyondTheRange = mayChange() && !provisional();
    return !beyondTheRange && !now.isBefore(end().toInstant())
        ? OverdueStatus.OVERDUE
        : OverdueStatus.POSSIBLY_OVERDUE;
  }

  /**
   * Whether the duty is certainly overdue at {@code now}: {@code overdueStatusAt(now) == OVERDUE}.
   * A provisional deadline is never overdue while its official due date could still be later.
   *
   * @param now the instant to test (take it from an injected {@link java.time.Clock})
   * @return {@code true} if {@link #overdueStatusAt(Instant)} is {@link OverdueStatus#OVERDUE}
   * @throws NullPointerException if {@code now} is null
   */
  public boolean isOverdueAt(Instant now) {
    return overdueStatusAt(now) == OverdueStatus.OVERDUE;
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
    if (provisional() && !mayChange()) {
      throw new IllegalArgumentException("Deadline: a provisional deadline may change");
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

  /**
   * Writes the serialized form, {@link SerializedForm}, instead of this value.
   *
   * @return the serialized form
   */
  @Serial
  Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream of the value itself: only the serialized form is read.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.formRequired(Deadline.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Deadline.class);
  }

  /**
   * The serialized form: the attributes ({@code trigger}, {@code period}, {@code due}, {@code
   * provisional}, {@code latestDue}, {@code mayChange}, {@code notices}, {@code calendarVersion}),
   * an absent optional as {@code null}, a collection as a list. It is read back through the
   * builder, so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final LocalDate trigger;
    private final WorkingDayPeriod period;
    private final LocalDate due;
    private final boolean provisional;
    private final LocalDate latestDue;
    private final boolean mayChange;
    private final List<HolidayNotice> notices;
    private final String calendarVersion;

    SerializedForm(Deadline value) {
      trigger = value.trigger();
      period = value.period();
      due = value.due();
      provisional = value.provisional();
      latestDue = value.latestDue();
      mayChange = value.mayChange();
      notices = List.copyOf(value.notices());
      calendarVersion = value.calendarVersion();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Deadline.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Deadline.class,
          () ->
              builder()
                  .trigger(trigger)
                  .period(period)
                  .due(due)
                  .provisional(provisional)
                  .latestDue(latestDue)
                  .mayChange(mayChange)
                  .notices(notices)
                  .calendarVersion(calendarVersion)
                  .build());
    }
  }
}
