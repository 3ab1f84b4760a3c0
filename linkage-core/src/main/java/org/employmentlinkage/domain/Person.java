package org.employmentlinkage.domain;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.region.Region;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A person, with the facts the priority groups (重点群体) need, each optional: the rules answer {@link
 * org.employmentlinkage.policy.Outcome#UNDETERMINED} for a group whose facts are missing and name
 * them. Statuses that an HR system certifies (such as 去产能安置职工) are given, never derived.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class Person implements Serializable {
  private static final long serialVersionUID = 1L;

  Person() {}

  /**
   * The caller's identifier of the person (never an ID-card number unless the caller chooses so).
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * The highest education completed or being completed.
   *
   * @return the education, or empty if not known
   */
  public abstract Optional<Education> education();

  /**
   * The (expected) graduation date of that education (毕业时间); may lie in the future for a student of
   * the graduation year.
   *
   * @return the date, or empty if not known
   */
  public abstract Optional<LocalDate> graduationDate();

  /**
   * The household-registration type, rural or urban.
   *
   * @return the type, or empty if not known
   */
  public abstract Optional<HouseholdType> householdType();

  /**
   * Whether the person is moving to, or working in, non-farm work (向非农产业转移就业), as the HR system
   * records it (e.g. registered as 农村转移就业劳动者).
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact nonFarmTransfer() {
    return Fact.UNKNOWN;
  }

  /**
   * Whether the person is certified as a worker resettled after overcapacity cuts (去产能安置职工).
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact overcapacityResettled() {
    return Fact.UNKNOWN;
  }

  /**
   * Further certified statuses, by the key a region's added group uses (e.g. {@code
   * RETIRED_SOLDIER}): {@code true} certified, {@code false} certified not to hold; a key that is
   * absent is not known.
   *
   * @return the statuses, possibly empty
   */
  public abstract Map<String, Boolean> certifications();

  /**
   * Whether any of the person's land was expropriated (被征地). {@code false} contradicts a non-empty
   * {@link #landExpropriationProjectIds()}.
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact landExpropriated() {
    return Fact.UNKNOWN;
  }

  /**
   * The identifiers of the projects whose land expropriation affected the person. Positive evidence
   * only: a project not listed is not known to be unrelated unless {@link #landExpropriated()} is
   * {@code false}.
   *
   * @return the project identifiers, possibly empty
   */
  public abstract Set<String> landExpropriationProjectIds();

  /**
   * Where the person lives (居住地): a county-level unit, a pilot zone, {@link Region#DALIAN} when
   * only the city is known, or {@link Region#OUTSIDE_DALIAN}.
   *
   * @return the region, or empty if not known
   */
  public abstract Optional<Region> residence();

  /**
   * Where the person's household is registered (户籍所在地), in the same terms as {@link #residence()}.
   *
   * @return the region, or empty if not known
   */
  public abstract Optional<Region> householdRegion();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("Person: id must not be blank");
    }
    if (landExpropriated() == Fact.NO && !landExpropriationProjectIds().isEmpty()) {
      throw new IllegalArgumentException(
          "Person: landExpropriated is false but landExpropriationProjectIds is not empty");
    }
    for (String k : certifications().keySet()) {
      if (k.isBlank()) {
        throw new IllegalArgumentException("Person: a certified-status key is blank");
      }
    }
    for (String p : landExpropriationProjectIds()) {
      if (p.isBlank()) {
        throw new IllegalArgumentException("Person: a project id is blank");
      }
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
   * Builds a {@link Person}; {@code build()} throws {@link IllegalStateException} if the id is
   * missing and {@link IllegalArgumentException} if facts contradict each other.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    /** Creates an empty builder; prefer {@link Person#builder()}. */
    public Builder() {}

    /**
     * Sets {@link Person#nonFarmTransfer()} to a known answer: whether the person moves to non-farm
     * work.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder nonFarmTransfer(boolean value) {
      return nonFarmTransfer(Fact.of(value));
    }

    /**
     * Sets {@link Person#overcapacityResettled()} to a known answer: whether the person is
     * certified as 去产能安置职工.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder overcapacityResettled(boolean value) {
      return overcapacityResettled(Fact.of(value));
    }

    /**
     * Sets {@link Person#landExpropriated()} to a known answer: whether any of the person's land
     * was expropriated.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder landExpropriated(boolean value) {
      return landExpropriated(Fact.of(value));
    }
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
    throw SerialForms.formRequired(Person.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(Person.class);
  }

  /**
   * The serialized form: the attributes ({@code id}, {@code education}, {@code graduationDate},
   * {@code householdType}, {@code nonFarmTransfer}, {@code overcapacityResettled}, {@code
   * certifications}, {@code landExpropriated}, {@code landExpropriationProjectIds}, {@code
   * residence}, {@code householdRegion}), an absent optional as {@code null}, a collection as a
   * list. It is read back through the builder, so a stream is checked exactly as construction is,
   * and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String id;
    private final @Nullable Education education;
    private final @Nullable LocalDate graduationDate;
    private final @Nullable HouseholdType householdType;
    private final Fact nonFarmTransfer;
    private final Fact overcapacityResettled;
    private final Map<String, Boolean> certifications;
    private final Fact landExpropriated;
    private final List<String> landExpropriationProjectIds;
    private final @Nullable Region residence;
    private final @Nullable Region householdRegion;

    SerializedForm(Person value) {
      id = value.id();
      education = value.education().orElse(null);
      graduationDate = value.graduationDate().orElse(null);
      householdType = value.householdType().orElse(null);
      nonFarmTransfer = value.nonFarmTransfer();
      overcapacityResettled = value.overcapacityResettled();
      certifications = value.certifications();
      landExpropriated = value.landExpropriated();
      landExpropriationProjectIds = List.copyOf(value.landExpropriationProjectIds());
      residence = value.residence().orElse(null);
      householdRegion = value.householdRegion().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, Person.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          Person.class,
          () ->
              builder()
                  .id(id)
                  .education(Optional.ofNullable(education))
                  .graduationDate(Optional.ofNullable(graduationDate))
                  .householdType(Optional.ofNullable(householdType))
                  .nonFarmTransfer(nonFarmTransfer)
                  .overcapacityResettled(overcapacityResettled)
                  .certifications(certifications)
                  .landExpropriated(landExpropriated)
                  .landExpropriationProjectIds(landExpropriationProjectIds)
                  .residence(Optional.ofNullable(residence))
                  .householdRegion(Optional.ofNullable(householdRegion))
                  .build());
    }
  }
}
