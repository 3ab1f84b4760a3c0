package org.employmentlinkage.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.PriorityGroup;
import org.immutables.value.Value;

/**
 * Which groups a person belongs to on a date: one {@link GroupDecision} per group the policy knows
 * (the three 重点群体 of 一（二）/二（五）, any a region added, then 被征地人员 and 应届高校毕业生).
 *
 * <p>The {@link #outcome()} says whether the person belongs to at least one 重点群体 ({@link
 * PriorityGroup#priority()}): {@link Outcome#YES} if one says yes, {@link Outcome#NO} if all say
 * no, otherwise {@link Outcome#UNDETERMINED}. {@link #reasons()} and {@link #missingFacts()} gather
 * those of every group.
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
@LinkageStyle
public abstract class PersonGroups implements Decision, Serializable {
  private static final long serialVersionUID = 1L;

  PersonGroups() {}

  /**
   * The decision for each group, in the policy's group order.
   *
   * @return the group decisions
   */
  public abstract List<GroupDecision> groups();

  /**
   * The decision for {@code group}.
   *
   * @param group a group of the policy
   * @return its decision
   * @throws NullPointerException if {@code group} is null
   * @throws NoSuchElementException if the policy does not know the group
   */
  public GroupDecision decision(PriorityGroup group) {
    Objects.requireNonNull(group, "group");
    for (GroupDecision d : groups()) {
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
  public Outcome membership(PriorityGroup group) {
    return decision(group).outcome();
  }

  /**
   * The groups the person certainly belongs to.
   *
   * @return the groups whose outcome is {@link Outcome#YES}
   */
  public List<PriorityGroup> members() {
    List<PriorityGroup> list = new ArrayList<>();
    for (GroupDecision d : groups()) {
      if (d.outcome() == Outcome.YES) {
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
}
