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
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.Versions;
import org.immutables.value.Value;

/**
 * The duties a project event triggers (or the standing duties of the policy), with the units
 * responsible, who carries them out, due dates where the policy sets them, and the clauses.
 *
 * <p>The {@link #outcome()} is {@link org.employmentlinkage.policy.Outcome#YES} when the event
 * triggers the duties listed, {@link org.employmentlinkage.policy.Outcome#NO} when it triggers none
 * (a reason says why), {@link org.employmentlinkage.policy.Outcome#NOT_IN_FORCE} for an event
 * outside the policy's validity, and {@link org.employmentlinkage.policy.Outcome#UNDETERMINED} when
 * missing facts decide it; {@link #duties()} then lists the duties that arise if the missing facts
 * turn out to satisfy the clause. A duty that depends on further facts of its own (the disclosure
 * of 三（六）) is listed only when those facts are given; its missing facts are reported.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class ObligationDecision implements Decision, Serializable {
  private static final long serialVersionUID = 1L;

  ObligationDecision() {}

  /**
   * The duties, in clause order.
   *
   * @return the duties, possibly empty
   */
  public abstract List<Duty> duties();

  /**
   * The duty with code {@code code}, if listed, e.g. {@code
   * duty(DutyCode.LAND_SURVEY_AND_DATABASES)}.
   *
   * @param code the duty code
   * @return the duty, or empty
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<Duty> duty(DutyCode code) {
    Objects.requireNonNull(code, "code");
    for (Duty d : duties()) {
      if (d.code() == code) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("ObligationDecision: reasons must not be empty");
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
   * Builds an {@link ObligationDecision}; {@code build()} throws {@link IllegalStateException} if
   * an attribute is missing.
   */
  public static final class Builder extends ImmutableObligationDecision.Builder {
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
    throw SerialForms.formRequired(ObligationDecision.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(ObligationDecision.class);
  }

  /**
   * The serialized form: the attributes ({@code outcome}, {@code reasons}, {@code missingFacts},
   * {@code versions}, {@code duties}), an absent optional as {@code null}, a collection as a list.
   * It is read back through the builder, so a stream is checked exactly as construction is, and its
   * collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;
    private final Versions versions;
    private final List<Duty> duties;

    SerializedForm(ObligationDecision value) {
      outcome = value.outcome();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
      versions = value.versions();
      duties = List.copyOf(value.duties());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, ObligationDecision.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          ObligationDecision.class,
          () ->
              builder()
                  .outcome(outcome)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .versions(versions)
                  .duties(duties)
                  .build());
    }
  }
}
