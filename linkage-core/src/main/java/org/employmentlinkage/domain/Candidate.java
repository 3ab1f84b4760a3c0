package org.employmentlinkage.domain;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;

/**
 * A person applying for a major project's positions, with the caller's judgement whether they meet
 * the position's requirements (符合岗位要求). The library never judges qualifications: it orders the
 * qualified candidates as 二（五） asks.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Candidate implements Serializable {
  private static final long serialVersionUID = 1L;

  Candidate() {}

  /**
   * The person.
   *
   * @return the person
   */
  public abstract Person person();

  /**
   * Whether the employer judged the person to meet the position's requirements.
   *
   * @return the caller's judgement
   */
  public abstract boolean meetsRequirements();

  /**
   * The candidate's identifier: {@link Person#id()}.
   *
   * @return the identifier
   */
  public String id() {
    return person().id();
  }

  /**
   * A candidate.
   *
   * @param person the person
   * @param meetsRequirements whether they meet the position's requirements
   * @return the candidate
   * @throws NullPointerException if {@code person} is null
   */
  public static Candidate of(Person person, boolean meetsRequirements) {
    return builder().person(person).meetsRequirements(meetsRequirements).build();
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
   * Builds a {@link Candidate}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing.
   */
  public static final class Builder extends ImmutableCandidate.Builder {
    /** Creates an empty builder; prefer {@link Candidate#of}. */
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
    throw SerialForms.formRequired(Candidate.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Candidate.class);
  }

  /**
   * The serialized form: the attributes ({@code person}, {@code meetsRequirements}), an absent
   * optional as {@code null}, a collection as a list. It is read back through the builder, so a
   * stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Person person;
    private final boolean meetsRequirements;

    SerializedForm(Candidate value) {
      person = value.person();
      meetsRequirements = value.meetsRequirements();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Candidate.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Candidate.class,
          () -> builder().person(person).meetsRequirements(meetsRequirements).build());
    }
  }
}
