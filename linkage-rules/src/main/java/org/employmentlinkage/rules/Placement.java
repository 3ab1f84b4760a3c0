package org.employmentlinkage.rules;

import java.io.Serializable;
import java.util.List;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Reason;
import org.immutables.value.Value;

/**
 * Where one candidate stands in a {@link RecruitmentPlan}: tier, whether seated, why, and the
 * missing facts that could move them up.
 *
 * <p>Immutable, thread-safe and serializable.
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
          "Placement " + candidateId() + ": a candidate who is not qualified is not seated");
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
}
