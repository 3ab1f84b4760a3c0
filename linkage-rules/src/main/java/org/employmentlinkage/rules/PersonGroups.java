package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.Versions;
import org.immutables.value.Value;

/**
 * Which groups a person belongs to on a date: one {@link GroupDecision} per group the policy knows
 * ({@link #decisions()}): the priority groups (重点群体) of 一（二）/二（五） and any a region added, then the
 * two groups the document treats separately, 被征地人员 and 应届高校毕业生, which are not 重点群体.
 *
 * <p>The two scopes are kept apart by name. The {@link #outcome()} is about the <em>priority</em>
 * groups only ({@link PersonGroup#isPriority()}): whether the person belongs to at least one 重点群体,
 * {@link Outcome#YES} if one says yes, {@link Outcome#NO} if all say no, otherwise {@link
 * Outcome#UNDETERMINED}; {@link #certainPriorityGroups()} lists those the person certainly belongs
 * to. {@link #certainGroups()} lists <em>all</em> groups the person certainly belongs to, priority
 * or not. {@link #reasons()} and {@link #missingFacts()} gather those of every group.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class PersonGroups implements Decision, Serializable {
  private static final long serialVersionUID = 1L;

  PersonGroups() {}

  /**
   * The decision for each group, priority or not, in the policy's group order.
   *
   * @return the group decisions
   */
  public abstract List<GroupDecision> decisions();

  /**
   * The decision for {@code group}.
   *
   * @param group a group of the policy
   * @return its decision
   * @throws NullPointerException if {@code group} is null
   * @throws NoSuchElementException if the policy does not know the group
   */
  public GroupDecision decision(PersonGroup group) {
    Objects.requireNonNull(group, "group");
    for (GroupDecision d : decisions()) {
      if (d.group().equals(group)) {
        return d;
      }
    }
    throw new NoSuchElementException("PersonGroups: the policy does not know the group " + group);
  }

  /**
   * Whether the person belongs to {@code group}.
   *
   * @param group a group of the policy
   * @return the outcome for that group
   * @throws NullPointerException if {@code group} is null
   * @throws NoSuchElementException if the policy does not know the group
   */
  public Outcome membership(PersonGroup group) {
    return decision(group).outcome();
  }

  /**
   * All groups the person certainly belongs to, priority groups (重点群体) and the groups the document
   * treats separately (被征地人员, 应届高校毕业生) alike.
   *
   * @return the groups whose outcome is {@link Outcome#YES}, in the policy's group order
   */
  public List<PersonGroup> certainGroups() {
    List<PersonGroup> list = new ArrayList<>();
    for (GroupDecision d : decisions()) {
      if (d.outcome() == Outcome.YES) {
        list.add(d.group());
      }
    }
    return List.copyOf(list);
  }

  /**
   * The priority groups (重点群体, {@link PersonGroup#isPriority()}) the person certainly belongs to:
   * non-empty exactly when {@link #outcome()} is {@link Outcome#YES}.
   *
   * @return the priority groups whose outcome is {@link Outcome#YES}, in the policy's group order
   */
  public List<PersonGroup> certainPriorityGroups() {
    List<PersonGroup> list = new ArrayList<>();
    for (GroupDecision d : decisions()) {
      if (d.outcome() == Outcome.YES && d.group().isPriority()) {
        list.add(d.group());
      }
    }
    return List.copyOf(list);
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
   * Builds a {@link PersonGroups}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing.
   */
  public static final class Builder extends ImmutablePersonGroups.Builder {
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
    throw SerialForms.formRequired(PersonGroups.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(PersonGroups.class);
  }

  /**
   * The serialized form: the attributes ({@code outcome}, {@code reasons}, {@code missingFacts},
   * {@code versions}, {@code decisions}), an absent optional as {@code null}, a collection as a
   * list. It is read back through the builder, so a stream is checked exactly as construction is,
   * and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final List<Reason> reasons;
    private final List<MissingFact> missingFacts;
    private final Versions versions;
    private final List<GroupDecision> decisions;

    SerializedForm(PersonGroups value) {
      outcome = value.outcome();
      reasons = List.copyOf(value.reasons());
      missingFacts = List.copyOf(value.missingFacts());
      versions = value.versions();
      decisions = List.copyOf(value.decisions());
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, PersonGroups.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          PersonGroups.class,
          () ->
              builder()
                  .outcome(outcome)
                  .reasons(reasons)
                  .missingFacts(missingFacts)
                  .versions(versions)
                  .decisions(decisions)
                  .build());
    }
  }
}
