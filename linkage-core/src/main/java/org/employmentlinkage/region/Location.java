package org.employmentlinkage.region;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a project is located (项目落地): its county-level unit (区市县), its pilot zone (先导区) if it lies
 * in one, and optionally the sub-district or township (街道（乡镇）) as an identifier the caller chooses
 * (this library keeps no list of them).
 *
 * <p>At least one of county-level unit and pilot zone is given; both may be, since pilot zones lie
 * within county-level units. Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
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
    throw SerialForms.formRequired(Location.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Location.class);
  }

  /**
   * The serialized form: the attributes ({@code countyLevelUnit}, {@code pilotZone}, {@code
   * subdistrict}), an absent optional as {@code null}, a collection as a list. It is read back
   * through the builder, so a stream is checked exactly as construction is, and its collections are
   * copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final @Nullable Region countyLevelUnit;
    private final @Nullable Region pilotZone;
    private final @Nullable String subdistrict;

    SerializedForm(Location value) {
      countyLevelUnit = value.countyLevelUnit().orElse(null);
      pilotZone = value.pilotZone().orElse(null);
      subdistrict = value.subdistrict().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Location.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Location.class,
          () ->
              builder()
                  .countyLevelUnit(Optional.ofNullable(countyLevelUnit))
                  .pilotZone(Optional.ofNullable(pilotZone))
                  .subdistrict(Optional.ofNullable(subdistrict))
                  .build());
    }
  }
}
