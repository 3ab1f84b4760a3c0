package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Whether one training subsidy applies ({@link #outcome()}), whether payment still waits on
 * conditions ({@link #conditional()}: training completed, certificate obtained), and the amount
 * when the region's schedule gives one.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class SubsidyEntitlement implements Serializable {
  private static final long serialVersionUID = 1L;

  SubsidyEntitlement() {}

  /**
   * The subsidy.
   *
   * @return the kind
   */
  public abstract SubsidyKind kind();

  /**
   * Whether the subsidy applies.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Whether an eligible subsidy is still conditional on completing the training and obtaining a
   * certificate (三（七）; 财社〔2017〕164号).
   *
   * @return {@code true} if payment waits on conditions; always {@code false} unless the outcome is
   *     {@link Outcome#YES}
   */
  public abstract boolean conditional();

  /**
   * The amount, when the region's schedule gives one.
   *
   * @return the amount, or empty
   */
  public abstract Optional<Money> amount();

  /**
   * Where the amount comes from, or why there is none.
   *
   * @return the basis
   */
  public abstract AmountBasis amountBasis();

  /**
   * Why, each reason citing 三（七） or 三（八）.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();

  /**
   * Facts whose absence left the outcome or the amount undetermined.
   *
   * @return the missing facts, possibly empty
   */
  public abstract List<MissingFact> missingFacts();

  @Value.Check
  void check() {
    boolean eligible = outcome() == Outcome.YES;
    if (conditional() && !eligible) {
      throw new IllegalArgumentException(
          "SubsidyEntitlement: only an eligible subsidy is conditional");
    }
    boolean fromSchedule =
        amountBasis() == AmountBasis.SCHEDULE
            || amountBasis() == AmountBasis.SCHEDULE_WITH_SHORTAGE_UPLIFT;
    if (amount().isPresent() != fromSchedule) {
      throw new IllegalArgumentException(
          "SubsidyEntitlement: an amount is given exactly when it comes from a schedule");
    }
    if (eligible == (amountBasis() == AmountBasis.NOT_APPLICABLE)) {
      throw new IllegalArgumentException(
          "SubsidyEntitlement: amount basis " + amountBasis() + " does not fit " + outcome());
    }
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("SubsidyEntitlement: reasons must not be empty");
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
   * Builds a {@link SubsidyEntitlement}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableSubsidyEntitlement.Builder {
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
    throw SerialForms.formRequired(SubsidyEntitlement.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(SubsidyEntitlement.class);
  }

  /**
   * The serialized form: the attributes ({@code kind}, {@code outcome}, {@code conditional}, {@code
   * amount}, {@code amountBasis}, {@code reasons}, {@code missingFacts}), an absent optional as
   * {@code null}, a collection as a list. It is read back through the builder, so a stream is
   * checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final SubsidyKind kind;
    private final Outcome outcome;
    private final boolean conditional;
    private final @Nullable Money amount;
    private final AmountBasis amountBasis;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;

    SerializedForm(SubsidyEntitlement value) {
      kind = value.kind();
      outcome = value.outcome();
      conditional = value.conditional();
      amount = value.amount().orElse(null);
      amountBasis = value.amountBasis();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, SubsidyEntitlement.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          SubsidyEntitlement.class,
          () ->
              builder()
                  .kind(kind)
                  .outcome(outcome)
                  .conditional(conditional)
                  .amount(Optional.ofNullable(amount))
                  .amountBasis(amountBasis)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .build());
    }
  }
}
