package org.employmentlinkage.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
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
}
