package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;

/**
 * The versions a decision was made with, so it can be reproduced: the policy encoding, the regional
 * parameters (widening, liaison periods, subsidy schedules, definitions) and the working-day
 * calendar.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Versions implements Serializable {
  private static final long serialVersionUID = 1L;

  Versions() {}

  /**
   * The policy encoding, e.g. {@code 大政办发〔2018〕83号/linkage-rules-1}.
   *
   * @return the policy version, not blank
   */
  public abstract String policy();

  /**
   * The parameter set: a label the caller gave, or a digest of the parameters.
   *
   * @return the parameters version, not blank
   */
  public abstract String parameters();

  /**
   * The calendar's {@code version()}.
   *
   * @return the calendar version, not blank
   */
  public abstract String calendar();

  @Value.Check
  void check() {
    if (policy().isBlank() || parameters().isBlank() || calendar().isBlank()) {
      throw new IllegalArgumentException("Versions: policy, parameters and calendar must be given");
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
   * Builds a {@link Versions}; {@code build()} throws {@link IllegalStateException} if an attribute
   * is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableVersions.Builder {
    /** Creates an empty builder; prefer {@link Versions#builder()}. */
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
    throw SerialForms.formRequired(Versions.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Versions.class);
  }

  /**
   * The serialized form: the attributes ({@code policy}, {@code parameters}, {@code calendar}), an
   * absent optional as {@code null}, a collection as a list. It is read back through the builder,
   * so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String policy;
    private final String parameters;
    private final String calendar;

    SerializedForm(Versions value) {
      policy = value.policy();
      parameters = value.parameters();
      calendar = value.calendar();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Versions.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Versions.class,
          () -> builder().policy(policy).parameters(parameters).calendar(calendar).build());
    }
  }
}
