package org.employmentlinkage.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.immutables.value.Value;

/**
 * The order 二（五） asks for when a major project recruits: qualified local members of the 重点群体 first,
 * then the rest of the city's qualified labour, then qualified candidates from outside the city for
 * what the city's labour leaves (外出招聘、劳务合作), then those whose city membership is unknown; what is
 * still unfilled becomes the duty of external recruitment and labour cooperation.
 *
 * <p>{@link #placements()} lists every candidate (none when the outcome is {@link
 * org.employmentlinkage.policy.Outcome#NO} or {@link
 * org.employmentlinkage.policy.Outcome#NOT_IN_FORCE}): the seated in seat order, then the waiting
 * (qualified candidates beyond the positions), then those not qualified. Within a tier the order is
 * a reading (the document sets none): by candidate identifier ({@link String#compareTo},
 * independent of locale) by default, or as given ({@link TierOrder}).
 *
 * <p>The {@link #outcome()} is {@link org.employmentlinkage.policy.Outcome#YES} when the plan is
 * definite, {@link org.employmentlinkage.policy.Outcome#UNDETERMINED} when missing facts could
 * change it (the project's scope, a candidate's locality or groups), {@link
 * org.employmentlinkage.policy.Outcome#NO} when the project is not a major project (nobody is
 * seated), and {@link org.employmentlinkage.policy.Outcome#NOT_IN_FORCE} outside the policy's
 * validity.
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
@LinkageStyle
public abstract class RecruitmentPlan implements Decision, Serializable {
  private static final long serialVersionUID = 1L;

  RecruitmentPlan() {}

  /**
   * The number of positions to fill.
   *
   * @return the demand
   */
  public abstract int positions();

  /**
   * Every candidate's placement, in plan order.
   *
   * @return the placements
   */
  public abstract List<Placement> placements();

  /**
   * The positions the qualified candidates could not fill: {@code positions() - seated().size()}.
   *
   * @return the shortfall, 0 if the demand is met
   */
  public abstract int shortfall();

  /**
   * The external-recruitment duty (二（五）: 外出招聘、劳务合作) when there is a shortfall.
   *
   * @return the duty, or empty
   */
  public abstract Optional<Duty> shortfallDuty();

  /**
   * The seated candidates, in seat order.
   *
   * @return the seated placements
   */
  public List<Placement> seated() {
    List<Placement> list = new ArrayList<>();
    for (Placement p : placements()) {
      if (p.seated()) {
        list.add(p);
      }
    }
    return List.copyOf(list);
  }

  @Value.Check
  void check() {
    int seats = 0;
    for (Placement p : placements()) {
      if (p.seated()) {
        seats++;
      }
    }
    if (seats > positions()) {
      throw new IllegalArgumentException("RecruitmentPlan: more seated than positions");
    }
    if (shortfall() != positions() - seats) {
      throw new IllegalArgumentException(
          "RecruitmentPlan: shortfall " + shortfall() + " is not positions - seated");
    }
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("RecruitmentPlan: reasons must not be empty");
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
   * Builds a {@link RecruitmentPlan}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if the counts disagree.
   */
  public static final class Builder extends ImmutableRecruitmentPlan.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
