package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Reason;
import org.immutables.value.Value;

/**
 * Where one candidate stands in a {@link RecruitmentPlan}: tier, whether seated, why, and the
 * missing facts that could move them up.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Placement implements Serializable {
  private static final long serialVersionUID = 1L;

  Placement() {}

  /**
   * The candidate's identifier.
   *
   * @return the identifier
   */
  public abstract String candidateId();

  /**
   * The tier.
   *
   * @return the tier
   */
  public abstract RecruitmentTier tier();

  /**
   * Whether the candidate is given one of the positions.
   *
   * @return {@code true} if seated
   */
  public abstract boolean seated();

  /**
   * Why the candidate stands where they do.
   *
   * @return the reasons, each citing 二（五）
   */
  public abstract List<Reason> reasons();

  /**
   * Facts whose absence left the candidate's tier undetermined.
   *
   * @return the missing facts, possibly empty
   */
  public abstract List<MissingFact> missingFacts();

  @Value.Check
  void check() {
    if (seated() && tier() == RecruitmentTier.NOT_QUALIFIED) {
      throw new IllegalArgumentException(
          "Placement: a candidate who is not qualified is not seated");
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
   * Builds a {@link Placement}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutablePlacement.Builder {
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
    throw SerialForms.formRequired(Placement.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Placement.class);
  }

  /**
   * The serialized form: the attributes ({@code candidateId}, {@code tier}, {@code seated}, {@code
   * reasons}, {@code missingFacts}), an absent optional as {@code null}, a collection as a list. It
   * is read back through the builder, so a stream is checked exactly as construction is, and its
   * collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String candidateId;
    private final RecruitmentTier tier;
    private final boolean seated;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;

    SerializedForm(Placement value) {
      candidateId = value.candidateId();
      tier = value.tier();
      seated = value.seated();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Placement.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Placement.class,
          () ->
              builder()
                  .candidateId(candidateId)
                  .tier(tier)
                  .seated(seated)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .build());
    }
  }
}
