package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A duty (职责) the policy creates: what is to be done (a stable {@link DutyCode code} and zh-CN/en
 * text), the clause that creates it, the units the clause lists as responsible, who carries it out,
 * and when it is due as far as the clause and the calendar say ({@link #timing()}).
 *
 * <p>For a deadline in working days (二（三）: "在土地征收公告发布后30个工作日内") {@link #trigger()} and {@link
 * #period()} are always given; {@link #deadline()} is given when the calendar covers the period,
 * provisionally when the policy uses the provisional calendar; otherwise the timing is {@link
 * DutyTiming#DUE_DATE_UNDETERMINED} and a reason says why.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Duty implements Serializable {
  private static final long serialVersionUID = 1L;

  Duty() {}

  /**
   * The stable duty code, e.g. {@link DutyCode#LAND_SURVEY_AND_DATABASES}; its {@link
   * DutyCode#name() name} is the code of JSON output and the command line.
   *
   * @return the code
   */
  public abstract DutyCode code();

  /**
   * The clause that creates the duty.
   *
   * @return the clause
   */
  public abstract ClauseRef clause();

  /**
   * What is to be done, in Chinese (zh-CN, authoritative), in the document's words where possible.
   *
   * @return the Chinese text
   */
  public abstract String zh();

  /**
   * What is to be done, in English.
   *
   * @return the English text
   */
  public abstract String en();

  /**
   * Who carries the duty out, as the sentence that creates it says.
   *
   * @return the performers, possibly empty when the sentence names none
   */
  public abstract List<Performer> performers();

  /**
   * When the duty is due.
   *
   * @return the timing
   */
  public abstract DutyTiming timing();

  /**
   * The date the period starts from (day 0, not counted), for a duty with a deadline.
   *
   * @return the trigger date, or empty
   */
  public abstract Optional<LocalDate> trigger();

  /**
   * The working-day period the clause sets, for a duty with a deadline.
   *
   * @return the period, or empty
   */
  public abstract Optional<WorkingDayPeriod> period();

  /**
   * The deadline, when {@link #timing()} is {@link DutyTiming#DUE_DATE} or {@link
   * DutyTiming#PROVISIONAL_DUE_DATE}.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<Deadline> deadline();

  /**
   * The recurrence of a periodic duty, when {@link #timing()} is {@link DutyTiming#PERIODIC}.
   *
   * @return the period between occurrences, or empty
   */
  public abstract Optional<Period> recurrence();

  /**
   * The number of workers concerned, e.g. the shortfall to be recruited externally under 二（五）.
   *
   * @return the number, at least 1, or empty
   */
  public abstract OptionalInt workers();

  /**
   * A caller-supplied reference the duty is about, e.g. the identifier of an issue raised under 三
   * 末段.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> reference();

  /**
   * Whether the duty is to be tracked until it is closed (三 末段: "建立全程跟踪服务机制").
   *
   * @return {@code true} for tracked duties
   */
  @Value.Default
  public boolean trackedUntilClosed() {
    return false;
  }

  /**
   * Why the duty arises and why it is timed as it is, each reason citing a clause.
   *
   * @return the reasons, possibly empty
   */
  public abstract List<Reason> reasons();

  /**
   * The responsible units (责任单位) of {@link #clause()}, as the document lists them.
   *
   * @return the units, unmodifiable
   */
  public List<ResponsibleUnit> responsibleUnits() {
    return clause().responsibleUnits();
  }

  /**
   * The due date, when there is one.
   *
   * @return the deadline's due date (the earliest plausible one if provisional), or empty
   */
  public Optional<LocalDate> due() {
    return deadline().map(Deadline::due);
  }

  @Value.Check
  void check() {
    if (zh().isBlank() || en().isBlank()) {
      throw new IllegalArgumentException("Duty " + code() + ": texts must not be blank");
    }
    boolean hasDeadline = deadline().isPresent();
    switch (timing()) {
      case DUE_DATE ->
          require(hasDeadline && !deadline().get().provisional(), "an official deadline");
      case PROVISIONAL_DUE_DATE ->
          require(hasDeadline && deadline().get().provisional(), "a provisional deadline");
      case DUE_DATE_UNDETERMINED ->
          require(!hasDeadline && period().isPresent() && trigger().isPresent(), "no deadline");
      case PERIODIC -> require(!hasDeadline && recurrence().isPresent(), "a recurrence");
      case NO_FIXED_DEADLINE, PROMPTLY, PERIOD_UNDETERMINED ->
          require(!hasDeadline && recurrence().isEmpty(), "neither deadline nor recurrence");
    }
    if (hasDeadline) {
      Deadline d = deadline().get();
      require(
          trigger().equals(Optional.of(d.trigger())) && period().equals(Optional.of(d.period())),
          "trigger and period equal to the deadline's");
    }
    if (workers().isPresent() && workers().getAsInt() < 1) {
      throw new IllegalArgumentException("Duty " + code() + ": workers must be at least 1");
    }
  }

  private void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(
          "Duty " + code() + ": timing " + timing() + " requires " + what);
    }
  }

  /**
   * The code, the clause and the due date if any.
   *
   * @return a one-line summary
   */
  @Override
  public String toString() {
    return code()
        + " ["
        + clause()
        + "] "
        + timing()
        + deadline().map(d -> " " + d.due()).orElse("")
        + " "
        + performers();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Duty}; {@code build()} throws {@link IllegalStateException} if an attribute is
   * missing and {@link IllegalArgumentException} if the timing and the other attributes disagree.
   */
  public static final class Builder extends ImmutableDuty.Builder {
    /** Creates an empty builder; prefer {@link Duty#builder()}. */
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
    throw SerialForms.formRequired(Duty.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Duty.class);
  }

  /**
   * The serialized form: the attributes ({@code code}, {@code clause}, {@code zh}, {@code en},
   * {@code performers}, {@code timing}, {@code trigger}, {@code period}, {@code deadline}, {@code
   * recurrence}, {@code workers}, {@code reference}, {@code trackedUntilClosed}, {@code reasons}),
   * an absent optional as {@code null}, a collection as a list. It is read back through the
   * builder, so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final DutyCode code;
    private final ClauseRef clause;
    private final String zh;
    private final String en;
    private final List<Performer> performers;
    private final DutyTiming timing;
    private final @Nullable LocalDate trigger;
    private final @Nullable WorkingDayPeriod period;
    private final @Nullable Deadline deadline;
    private final @Nullable Period recurrence;
    private final @Nullable Integer workers;
    private final @Nullable String reference;
    private final boolean trackedUntilClosed;
    private final List<Reason> reasons;

    SerializedForm(Duty value) {
      code = value.code();
      clause = value.clause();
      zh = value.zh();
      en = value.en();
      performers = List.copyOf(value.performers());
      timing = value.timing();
      trigger = value.trigger().orElse(null);
      period = value.period().orElse(null);
      deadline = value.deadline().orElse(null);
      recurrence = value.recurrence().orElse(null);
      workers = value.workers().isPresent() ? value.workers().getAsInt() : null;
      reference = value.reference().orElse(null);
      trackedUntilClosed = value.trackedUntilClosed();
      reasons = List.copyOf(value.reasons());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Duty.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Duty.class,
          () ->
              builder()
                  .code(code)
                  .clause(clause)
                  .zh(zh)
                  .en(en)
                  .performers(performers)
                  .timing(timing)
                  .trigger(Optional.ofNullable(trigger))
                  .period(Optional.ofNullable(period))
                  .deadline(Optional.ofNullable(deadline))
                  .recurrence(Optional.ofNullable(recurrence))
                  .workers(workers == null ? OptionalInt.empty() : OptionalInt.of(workers))
                  .reference(Optional.ofNullable(reference))
                  .trackedUntilClosed(trackedUntilClosed)
                  .reasons(reasons)
                  .build());
    }
  }
}
