package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.Versions;
import org.immutables.value.Value;

/**
 * Which training subsidies of 三（七）/三（八） apply to a training record, with amounts where the region's
 * schedule gives them, and the duties the record triggers (including a land-expropriated person in
 * the rural-labour transfer training plan).
 *
 * <p>The {@link #outcome()} is {@link org.employmentlinkage.policy.Outcome#YES} if any subsidy
 * applies, {@link org.employmentlinkage.policy.Outcome#NO} if none does, otherwise undetermined (or
 * not in force).
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class SubsidyDecision implements Decision, Serializable {
  private static final long serialVersionUID = 1L;

  SubsidyDecision() {}

  /**
   * The subsidies considered for the record's type.
   *
   * @return the entitlements, possibly empty for training the policy does not subsidise
   */
  public abstract List<SubsidyEntitlement> entitlements();

  /**
   * Duties the record triggers (三（七）: inclusion in the rural-labour transfer training plan).
   *
   * @return the duties, possibly empty
   */
  public abstract List<Duty> duties();

  /**
   * The entitlement of {@code kind}, if it was considered.
   *
   * @param kind the subsidy
   * @return its entitlement, or empty
   * @throws NullPointerException if {@code kind} is null
   */
  public Optional<SubsidyEntitlement> entitlement(SubsidyKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (SubsidyEntitlement e : entitlements()) {
      if (e.kind() == kind) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("SubsidyDecision: reasons must not be empty");
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
   * Builds a {@link SubsidyDecision}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing.
   */
  public static final class Builder extends ImmutableSubsidyDecision.Builder {
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
    throw SerialForms.formRequired(SubsidyDecision.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(SubsidyDecision.class);
  }

  /**
   * The serialized form: the attributes ({@code outcome}, {@code reasons}, {@code missingFacts},
   * {@code versions}, {@code entitlements}, {@code duties}), an absent optional as {@code null}, a
   * collection as a list. It is read back through the builder, so a stream is checked exactly as
   * construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;
    private final Versions versions;
    private final List<SubsidyEntitlement> entitlements;
    private final List<Duty> duties;

    SerializedForm(SubsidyDecision value) {
      outcome = value.outcome();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
      versions = value.versions();
      entitlements = List.copyOf(value.entitlements());
      duties = List.copyOf(value.duties());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, SubsidyDecision.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          SubsidyDecision.class,
          () ->
              builder()
                  .outcome(outcome)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .versions(versions)
                  .entitlements(entitlements)
                  .duties(duties)
                  .build());
    }
  }
}
