package org.employmentlinkage.policy;

import java.io.Serializable;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.immutables.value.Value;

/**
 * The versions a decision was made with, so it can be reproduced: the policy encoding, the regional
 * parameters (widening, liaison periods, subsidy schedules, definitions) and the working-day
 * calendar.
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
@LinkageStyle
public abstract class Versions implements Serializable {
  private static final long serialVersionUID = 1L;

  Versions() {}

  /**
   * The policy encoding, e.g. {@code 大政办发〔2018〕83号/linkage-rules-1}.
   *
   * @return the policy version, not blank
   */
  public abstract String policy();

  /**
   * The parameter set: a label the caller gave, or a digest of the parameters.
   *
   * @return the parameters version, not blank
   */
  public abstract String parameters();

  /**
   * The calendar's {@code version()}.
   *
   * @return the calendar version, not blank
   */
  public abstract String calendar();

  @Value.Check
  void check() {
    if (policy().isBlank() || parameters().isBlank() || calendar().isBlank()) {
      throw new IllegalArgumentException("Versions: policy, parameters and calendar must be given");
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Versions}; {@code build()} throws {@link IllegalStateException} if an attribute
   * is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableVersions.Builder {
    /** Creates an empty builder; prefer {@link Versions#builder()}. */
    public Builder() {}
  }
}
