package org.employmentlinkage.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.immutables.value.Value;

/**
 * Whether one training subsidy applies ({@link #outcome()}), whether payment still waits on
 * conditions ({@link #conditional()}: training completed, certificate obtained), and the amount
 * when the region's schedule gives one.
 *
 * <p>Immutable, thread-safe and serializable.
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
}
