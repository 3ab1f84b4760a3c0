package org.employmentlinkage.region;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.immutables.value.Value;

/**
 * Where a project is located (项目落地): its county-level unit (区市县), its pilot zone (先导区) if it lies
 * in one, and optionally the sub-district or township (街道（乡镇）) as an identifier the caller chooses
 * (this library keeps no list of them).
 *
 * <p>At least one of county-level unit and pilot zone is given; both may be, since pilot zones lie
 * within county-level units. Immutable, thread-safe and serializable.
 */
@Value.Immutable
@LinkageStyle
public abstract class Location implements Serializable {
  private static final long serialVersionUID = 1L;

  Location() {}

  /**
   * The county-level unit (区市县), if known; empty means not known.
   *
   * @return a district, county-level city or county, or empty
   */
  public abstract Optional<Region> countyLevelUnit();

  /**
   * The pilot zone (先导区) the project lies in. Taken as complete as given: empty means the project
   * lies in no pilot zone (whereas an empty {@link #countyLevelUnit()} means the county-level unit
   * is not known).
   *
   * @return a pilot zone, or empty
   */
  public abstract Optional<Region> pilotZone();

  /**
   * The sub-district or township (街道（乡镇）), as an identifier the caller chooses (a name or a code).
   *
   * @return the identifier, not blank, or empty
   */
  public abstract Optional<String> subdistrict();

  /**
   * The unit that administers the project under 二（三）'s "项目落地区市县（先导区）": the pilot zone if the
   * project lies in one, else the county-level unit.
   *
   * @return the administering region
   */
  public Region administeringUnit() {
    return pilotZone().orElseGet(() -> countyLevelUnit().orElseThrow());
  }

  /**
   * A location in one region: a county-level unit or a pilot zone.
   *
   * @param region a county-level unit or a pilot zone
   * @return the location
   * @throws NullPointerException if {@code region} is null
   * @throws IllegalArgumentException if {@code region} is 大连市 itself or {@link
   *     Region#OUTSIDE_DALIAN}
   */
  public static Location of(Region region) {
    Objects.requireNonNull(region, "region");
    if (region.isPilotZone()) {
      return builder().pilotZone(region).build();
    }
    return builder().countyLevelUnit(region).build();
  }

  /**
   * A location in a pilot zone within a county-level unit, e.g. 长兴岛经济区 in 瓦房店市.
   *
   * @param countyLevelUnit the county-level unit
   * @param pilotZone the pilot zone
   * @return the location
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the regions are not of those kinds
   */
  public static Location of(Region countyLevelUnit, Region pilotZone) {
    return builder().countyLevelUnit(countyLevelUnit).pilotZone(pilotZone).build();
  }

  @Value.Check
  void check() {
    if (countyLevelUnit().isEmpty() && pilotZone().isEmpty()) {
      throw new IllegalArgumentException(
          "Location: give the county-level unit (区市县) or the pilot zone (先导区), or both");
    }
    countyLevelUnit()
        .ifPresent(
            r -> {
              if (!r.isCountyLevel()) {
                throw new IllegalArgumentException(
                    "Location: countyLevelUnit must be a district, county-level city or county of"
                        + " Dalian, was "
                        + r
                        + " ("
                        + r.kind().en()
                        + ")");
              }
            });
    pilotZone()
        .ifPresent(
            r -> {
              if (!r.isPilotZone()) {
                throw new IllegalArgumentException(
                    "Location: pilotZone must be a pilot zone (先导区), was "
                        + r
                        + " ("
                        + r.kind().en()
                        + ")");
              }
            });
    subdistrict()
        .ifPresent(
            s -> {
              if (s.isBlank()) {
                throw new IllegalArgumentException("Location: subdistrict must not be blank");
              }
            });
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
   * Builds a {@link Location}; {@code build()} throws {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableLocation.Builder {
    /** Creates an empty builder; prefer {@link Location#builder()} or {@link Location#of}. */
    public Builder() {}
  }
}
