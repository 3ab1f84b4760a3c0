package org.employmentlinkage.rules;

import java.io.Serializable;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Outcome;
import org.immutables.value.Value;

/**
 * Whether a project is a major project (重大项目) under 一（一）, by which rule, and why. The decisions are
 * shared constants of the policy that made them: equal facts give the same instance.
 *
 * <p>Immutable, thread-safe and serializable.
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
   * Whether the project is a major project: {@link Outcome#YES}.
   *
   * @return {@code true} only for {@link Outcome#YES}
   */
  public boolean isMajor() {
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
}
