package org.employmentlinkage.domain;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A major project's labour demand (劳动用工需求): how many positions, as of which date.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class LabourDemand implements Serializable {
  private static final long serialVersionUID = 1L;

  LabourDemand() {}

  /**
   * The project recruiting.
   *
   * @return the project
   */
  public abstract Project project();

  /**
   * The number of positions to fill.
   *
   * @return the number, at least 1
   */
  public abstract int positions();

  /**
   * The date the demand is planned for (the policy's validity and the groups are judged on it).
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The position or job title.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * A demand.
   *
   * @param project the project
   * @param positions the number of positions, at least 1
   * @param asOf the date
   * @return the demand
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code positions} is less than 1
   */
  public static LabourDemand of(Project project, int positions, LocalDate asOf) {
    return builder().project(project).positions(positions).asOf(asOf).build();
  }

  @Value.Check
  void check() {
    if (positions() < 1) {
      throw new IllegalArgumentException(
          "LabourDemand: positions must be at least 1, was " + positions());
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
   * Builds a {@link LabourDemand}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableLabourDemand.Builder {
    /** Creates an empty builder; prefer {@link LabourDemand#of}. */
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
    throw SerialForms.formRequired(LabourDemand.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(LabourDemand.class);
  }

  /**
   * The serialized form: the attributes ({@code project}, {@code positions}, {@code asOf}, {@code
   * title}), an absent optional as {@code null}, a collection as a list. It is read back through
   * the builder, so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Project project;
    private final int positions;
    private final LocalDate asOf;
    private final @Nullable String title;

    SerializedForm(LabourDemand value) {
      project = value.project();
      positions = value.positions();
      asOf = value.asOf();
      title = value.title().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, LabourDemand.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          LabourDemand.class,
          () ->
              builder()
                  .project(project)
                  .positions(positions)
                  .asOf(asOf)
                  .title(Optional.ofNullable(title))
                  .build());
    }
  }
}
