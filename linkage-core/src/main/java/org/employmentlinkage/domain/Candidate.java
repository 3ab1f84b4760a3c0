package org.employmentlinkage.domain;

import java.io.Serializable;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.immutables.value.Value;

/**
 * A person applying for a major project's positions, with the caller's judgement whether they meet
 * the position's requirements (符合岗位要求). The library never judges qualifications: it orders the
 * qualified candidates as 二（五） asks.
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
@LinkageStyle
public abstract class Candidate implements Serializable {
  private static final long serialVersionUID = 1L;

  Candidate() {}

  /**
   * The person.
   *
   * @return the person
   */
  public abstract Person person();

  /**
   * Whether the employer judged the person to meet the position's requirements.
   *
   * @return the caller's judgement
   */
  public abstract boolean meetsRequirements();

  /**
   * The candidate's identifier: {@link Person#id()}.
   *
   * @return the identifier
   */
  public String id() {
    return person().id();
  }

  /**
   * A candidate.
   *
   * @param person the person
   * @param meetsRequirements whether they meet the position's requirements
   * @return the candidate
   * @throws NullPointerException if {@code person} is null
   */
  public static Candidate of(Person person, boolean meetsRequirements) {
    return builder().person(person).meetsRequirements(meetsRequirements).build();
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
   * Builds a {@link Candidate}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing.
   */
  public static final class Builder extends ImmutableCandidate.Builder {
    /** Creates an empty builder; prefer {@link Candidate#of}. */
    public Builder() {}
  }
}
