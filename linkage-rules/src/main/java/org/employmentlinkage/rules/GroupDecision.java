package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.Versions;
import org.immutables.value.Value;

/**
 * Whether a person belongs to one {@link PersonGroup}, why, and which facts are missing. Shared
 * constants of the policy that made them.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class GroupDecision implements Decision, Serializable {
  private static final long serialVersionUID = 1L;

  GroupDecision() {}

  /**
   * The group.
   *
   * @return the group
   */
  public abstract PersonGroup group();

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("GroupDecision: reasons must not be empty");
    }
    if (outcome() != Outcome.UNDETERMINED && !missingFacts().isEmpty()) {
      throw new IllegalArgumentException(
          "GroupDecision: missing facts only for an undetermined outcome");
    }
  }

  /**
   * A new builder, for the rules and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GroupDecision}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableGroupDecision.Builder {
    /** Creates an empty builder. */
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
    throw SerialForms.formRequired(GroupDecision.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(GroupDecision.class);
  }

  /**
   * The serialized form: the attributes ({@code outcome}, {@code reasons}, {@code missingFacts},
   * {@code versions}, {@code group}), an absent optional as {@code null}, a collection as a list.
   * It is read back through the builder, so a stream is checked exactly as construction is, and its
   * collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;
    private final Versions versions;
    private final PersonGroup group;

    SerializedForm(GroupDecision value) {
      outcome = value.outcome();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
      versions = value.versions();
      group = value.group();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, GroupDecision.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          GroupDecision.class,
          () ->
              builder()
                  .outcome(outcome)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .versions(versions)
                  .group(group)
                  .build());
    }
  }
}
