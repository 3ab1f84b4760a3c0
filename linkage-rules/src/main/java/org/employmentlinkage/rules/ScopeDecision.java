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
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.Versions;
import org.immutables.value.Value;

/**
 * Whether a project is a major project (重大项目) under 一（一）, by which rule, and why. The decisions are
 * shared constants of the policy that made them: equal facts give the same instance.
 *
 * <p>The answer has four values, not two: read it with a {@code switch} on {@link #outcome()},
 * which must handle the undetermined case (facts missing, {@link #missingFacts()} names them) and
 * the date outside the policy's validity:
 *
 * <pre>{@code
 * switch (policy.classify(project, asOf).outcome()) {
 *   case YES -> notifyHr(project);
 *   case NO -> {}
 *   case UNDETERMINED -> askForMissingFacts(project);
 *   case NOT_IN_FORCE -> {}
 * }
 * }</pre>
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class ScopeDecision implements Decision, Serializable {
  private static final long serialVersionUID = 1L;

  ScopeDecision() {}

  /**
   * The rule that makes the project major: {@link ScopeBasis#NONE} unless the outcome is {@link
   * Outcome#YES}. When several rules hold, the first in {@link ScopeBasis} order.
   *
   * @return the basis
   */
  public abstract ScopeBasis basis();

  /**
   * Whether the project is definitely a major project: {@link Outcome#YES}. {@code false} does not
   * mean "not major": it is also the answer when facts are missing ({@link Outcome#UNDETERMINED})
   * or the date is outside the policy's validity; switch on {@link #outcome()} to tell them apart.
   *
   * @return {@code true} only for {@link Outcome#YES}
   */
  public boolean isDefinitelyMajor() {
    return outcome() == Outcome.YES;
  }

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("ScopeDecision: reasons must not be empty");
    }
    if ((outcome() == Outcome.YES) == (basis() == ScopeBasis.NONE)) {
      throw new IllegalArgumentException(
          "ScopeDecision: basis " + basis() + " does not fit outcome " + outcome());
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
   * Builds a {@link ScopeDecision}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableScopeDecision.Builder {
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
    throw SerialForms.formRequired(ScopeDecision.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(ScopeDecision.class);
  }

  /**
   * The serialized form: the attributes ({@code outcome}, {@code reasons}, {@code missingFacts},
   * {@code versions}, {@code basis}), an absent optional as {@code null}, a collection as a list.
   * It is read back through the builder, so a stream is checked exactly as construction is, and its
   * collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;
    private final Versions versions;
    private final ScopeBasis basis;

    SerializedForm(ScopeDecision value) {
      outcome = value.outcome();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
      versions = value.versions();
      basis = value.basis();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, ScopeDecision.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          ScopeDecision.class,
          () ->
              builder()
                  .outcome(outcome)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .versions(versions)
                  .basis(basis)
                  .build());
    }
  }
}
