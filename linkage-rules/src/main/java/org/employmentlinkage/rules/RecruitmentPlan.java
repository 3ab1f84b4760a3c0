package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.Versions;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
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
    throw SerialForms.formRequired(RecruitmentPlan.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(RecruitmentPlan.class);
  }

  /**
   * The serialized form: the attributes ({@code outcome}, {@code reasons}, {@code missingFacts},
   * {@code versions}, {@code positions}, {@code placements}, {@code shortfall}, {@code
   * shortfallDuty}), an absent optional as {@code null}, a collection as a list. It is read back
   * through the builder, so a stream is checked exactly as construction is, and its collections are
   * copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;
    private final Versions versions;
    private final int positions;
    private final List<Placement> placements;
    private final int shortfall;
    private final @Nullable Duty shortfallDuty;

    SerializedForm(RecruitmentPlan value) {
      outcome = value.outcome();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
      versions = value.versions();
      positions = value.positions();
      placements = List.copyOf(value.placements());
      shortfall = value.shortfall();
      shortfallDuty = value.shortfallDuty().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, RecruitmentPlan.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          RecruitmentPlan.class,
          () ->
              builder()
                  .outcome(outcome)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .versions(versions)
                  .positions(positions)
                  .placements(placements)
                  .shortfall(shortfall)
                  .shortfallDuty(Optional.ofNullable(shortfallDuty))
                  .build());
    }
  }
}
