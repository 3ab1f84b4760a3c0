package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The dates on which a policy is in force (施行期间), both ends inclusive, with the source of that
 * fact. An event or as-of date outside the window gets the outcome {@link Outcome#NOT_IN_FORCE}.
 *
 * <p>大政办发〔2018〕83号 states no 施行日期, so it takes effect on its issue date, 2018-07-06 ({@link
 * #DALIAN_2018_83}); for Wafangdian the forwarding date of 瓦政办发〔2018〕66号, 2018-07-31, may be used
 * instead ({@link #WAFANGDIAN_FORWARDING}), where a caller configures it. No repeal or expiry of
 * 大政办发〔2018〕83号 is known to this project (checked on {@link #CHECKED 2026-12-07}), so neither
 * window has an end; a caller who learns of one (a 规范性文件 clean-up list can repeal it) sets the last
 * day on the policy's builder or builds a window with {@link #builder()}.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class ValidityWindow implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The date this project last checked for a repeal or an expiry of 大政办发〔2018〕83号 (none was found):
   * 2026-12-07.
   */
  public static final LocalDate CHECKED = LocalDate.of(2026, 12, 7);

  /**
   * From 2018-07-06, no known end: the issue date of 大政办发〔2018〕83号 (the date under the text,
   * "2018年7月6日"; the text states no 施行日期).
   */
  public static final ValidityWindow DALIAN_2018_83 =
      builder()
          .firstDay(LocalDate.of(2018, 7, 6))
          .basis(
              "大政办发〔2018〕83号 is dated 2018-07-06 and states no 施行日期; this library reads it as in"
                  + " force from its issue date. No repeal or expiry of 大政办发〔2018〕83号 is known to"
                  + " this project (checked on "
                  + CHECKED
                  + ")")
          .build();

  /**
   * From 2018-07-31, no known end: the date 瓦房店市人民政府办公室 forwarded the document as 瓦政办发〔2018〕66号
   * ("请结合实际，抓好贯彻落实"; publicly released).
   */
  public static final ValidityWindow WAFANGDIAN_FORWARDING =
      builder()
          .firstDay(LocalDate.of(2018, 7, 31))
          .basis(
              "瓦政办发〔2018〕66号 of 2018-07-31 forwarded 大政办发〔2018〕83号 to the units of 瓦房店市;"
                  + " applies only where configured. No repeal or expiry of 大政办发〔2018〕83号 is known"
                  + " to this project (checked on "
                  + CHECKED
                  + ")")
          .build();

  ValidityWindow() {}

  /**
   * The first day in force.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate firstDay();

  /**
   * The last day in force, if an end is known.
   *
   * @return the last day, inclusive, or empty if no end is known
   */
  public abstract Optional<LocalDate> lastDay();

  /**
   * Where the window comes from (document, date, reasoning).
   *
   * @return the basis, not blank
   */
  public abstract String basis();

  /**
   * Whether the policy is in force on {@code date}.
   *
   * @param date the date
   * @return {@code true} if {@code firstDay <= date} and, if an end is known, {@code date <=
   *     lastDay}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(firstDay())) {
      return false;
    }
    Optional<LocalDate> last = lastDay();
    return last.isEmpty() || !date.isAfter(last.get());
  }

  @Value.Check
  void check() {
    if (basis().isBlank()) {
      throw new IllegalArgumentException("ValidityWindow: basis must not be blank");
    }
    if (lastDay().isPresent() && lastDay().get().isBefore(firstDay())) {
      throw new IllegalArgumentException(
          "ValidityWindow: lastDay " + lastDay().get() + " is before firstDay " + firstDay());
    }
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
   * Builds a {@link ValidityWindow}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableValidityWindow.Builder {
    /** Creates an empty builder; prefer {@link ValidityWindow#builder()}. */
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
    throw SerialForms.formRequired(ValidityWindow.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(ValidityWindow.class);
  }

  /**
   * The serialized form: the attributes ({@code firstDay}, {@code lastDay}, {@code basis}), an
   * absent optional as {@code null}, a collection as a list. It is read back through the builder,
   * so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final LocalDate firstDay;
    private final @Nullable LocalDate lastDay;
    private final String basis;

    SerializedForm(ValidityWindow value) {
      firstDay = value.firstDay();
      lastDay = value.lastDay().orElse(null);
      basis = value.basis();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, ValidityWindow.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          ValidityWindow.class,
          () ->
              builder()
                  .firstDay(firstDay)
                  .lastDay(Optional.ofNullable(lastDay))
                  .basis(basis)
                  .build());
    }
  }
}
