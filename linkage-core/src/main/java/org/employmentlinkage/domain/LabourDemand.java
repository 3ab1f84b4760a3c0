package org.employmentlinkage.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.immutables.value.Value;

/**
 * A major project's labour demand (劳动用工需求): how many positions, as of which date.
 *
 * <p>Immutable, thread-safe and serializable.
 */
@Value.Immutable
@LinkageStyle
public abstract class LabourDemand implements Serializable {
  private static final long serialVersionUID = 1L;

  LabourDemand() {}

  /**
   * The project recruiting.
   *
   * @return the project
   */
  public abstract Project project();

  /**
   * The number of positions to fill.
   *
   * @return the number, at least 1
   */
  public abstract int positions();

  /**
   * The date the demand is planned for (the policy's validity and the groups are judged on it).
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The position or job title.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * A demand.
   *
   * @param project the project
   * @param positions the number of positions, at least 1
   * @param asOf the date
   * @return the demand
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code positions} is less than 1
   */
  public static LabourDemand of(Project project, int positions, LocalDate asOf) {
    return builder().project(project).positions(positions).asOf(asOf).build();
  }

  @Value.Check
  void check() {
    if (positions() < 1) {
      throw new IllegalArgumentException(
          "LabourDemand: positions must be at least 1, was " + positions());
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
   * Builds a {@link LabourDemand}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableLabourDemand.Builder {
    /** Creates an empty builder; prefer {@link LabourDemand#of}. */
    public Builder() {}
  }
}
