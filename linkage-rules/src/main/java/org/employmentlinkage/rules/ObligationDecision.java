package org.employmentlinkage.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
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
}
