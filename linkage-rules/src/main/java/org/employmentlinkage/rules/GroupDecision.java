package org.employmentlinkage.rules;

import java.io.Serializable;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.immutables.value.Value;

/**
 * Whether a person belongs to one {@link PersonGroup}, why, and which facts are missing. Shared
 * constants of the policy that made them.
 *
 * <p>Immutable, thread-safe and serializable.
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
}
