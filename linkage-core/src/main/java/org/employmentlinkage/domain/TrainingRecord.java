package org.employmentlinkage.domain;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.region.Region;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A person's training (培训记录): its type in the document's words, who organised it, the occupation
 * (职种) and level (等级), whether it was completed and passed, the certificate, and the person's
 * willingness (培训愿望, 三（七）). Facts other than the identifier and the type are optional.
 *
 * <p>The record does not name its trainee: whose training it is, is said once, by the {@link
 * Person} passed with it (e.g. to {@code LinkagePolicy.subsidies(record, person, …)}).
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class TrainingRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  TrainingRecord() {}

  /**
   * The caller's identifier of the record.
   *
   * @return the identifier, not blank
   */
  public abstract String id();

  /**
   * The kind of training.
   *
   * @return the type
   */
  public abstract TrainingType type();

  /**
   * Who organised the training.
   *
   * @return the organiser, or empty if not known
   */
  public abstract Optional<TrainingOrganiser> organiser();

  /**
   * The occupation trained for (职种/职业（工种）), as the subsidy schedule names it.
   *
   * @return the occupation, or empty if not known
   */
  public abstract Optional<String> occupation();

  /**
   * The skill level trained for.
   *
   * @return the level, or empty if not known
   */
  public abstract Optional<SkillLevel> level();

  /**
   * The region whose HR department administers the subsidy (where the training is registered); it
   * selects the region's subsidy schedule.
   *
   * @return the region, or empty if not known
   */
  public abstract Optional<Region> region();

  /**
   * Whether the person wants the training (培训愿望, 三（七）).
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact willing() {
    return Fact.UNKNOWN;
  }

  /**
   * Whether the training was completed (结业).
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact completed() {
    return Fact.UNKNOWN;
  }

  /**
   * Whether the trainee passed (培训合格).
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact passed() {
    return Fact.UNKNOWN;
  }

  /**
   * Whether the trainee obtained a certificate (职业资格证书、职业技能等级证书或专项职业能力证书).
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact certified() {
    return Fact.UNKNOWN;
  }

  /**
   * Whether the skill appraisal is the person's first in the occupation (初次鉴定): the appraisal
   * subsidy is for a first appraisal (财社〔2017〕164号, as this library reads "按规定").
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact firstAppraisal() {
    return Fact.UNKNOWN;
  }

  /**
   * The date the certificate was issued (证书核发日期).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> certificateDate();

  /**
   * The date the training ended.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> completionDate();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("TrainingRecord: id must not be blank");
    }
    occupation()
        .ifPresent(
            o -> {
              if (o.isBlank()) {
                throw new IllegalArgumentException("TrainingRecord: occupation must not be blank");
              }
            });
    if (completed() == Fact.NO && passed() == Fact.YES) {
      throw new IllegalArgumentException("TrainingRecord: passed is true but completed is false");
    }
    if (certificateDate().isPresent() && certified() == Fact.NO) {
      throw new IllegalArgumentException(
          "TrainingRecord: certificateDate is given but certified is false");
    }
  }

  /**
   * Whether a certificate was obtained: {@link #certified()}, or {@link Fact#YES} when only a
   * {@link #certificateDate()} is given.
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known
   */
  public Fact certificateObtained() {
    if (certified().isKnown()) {
      return certified();
    }
    return certificateDate().isPresent() ? Fact.YES : Fact.UNKNOWN;
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
   * Builds a {@link TrainingRecord}; {@code build()} throws {@link IllegalStateException} if a
   * required attribute is missing and {@link IllegalArgumentException} if facts contradict each
   * other.
   */
  public static final class Builder extends ImmutableTrainingRecord.Builder {
    /** Creates an empty builder; prefer {@link TrainingRecord#builder()}. */
    public Builder() {}

    /**
     * Sets {@link TrainingRecord#willing()} to a known answer: whether the person wants the
     * training.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder willing(boolean value) {
      return willing(Fact.of(value));
    }

    /**
     * Sets {@link TrainingRecord#completed()} to a known answer: whether the training was
     * completed.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder completed(boolean value) {
      return completed(Fact.of(value));
    }

    /**
     * Sets {@link TrainingRecord#passed()} to a known answer: whether the trainee passed.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder passed(boolean value) {
      return passed(Fact.of(value));
    }

    /**
     * Sets {@link TrainingRecord#firstAppraisal()} to a known answer: whether the skill appraisal
     * is the person's first.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder firstAppraisal(boolean value) {
      return firstAppraisal(Fact.of(value));
    }

    /**
     * Sets {@link TrainingRecord#certified()} to a known answer: whether the trainee obtained a
     * certificate.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder certified(boolean value) {
      return certified(Fact.of(value));
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
    throw SerialForms.formRequired(TrainingRecord.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(TrainingRecord.class);
  }

  /**
   * The serialized form: the attributes ({@code id}, {@code type}, {@code organiser}, {@code
   * occupation}, {@code level}, {@code region}, {@code willing}, {@code completed}, {@code passed},
   * {@code certified}, {@code firstAppraisal}, {@code certificateDate}, {@code completionDate}), an
   * absent optional as {@code null}, a collection as a list. It is read back through the builder,
   * so a stream is checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String id;
    private final TrainingType type;
    private final @Nullable TrainingOrganiser organiser;
    private final @Nullable String occupation;
    private final @Nullable SkillLevel level;
    private final @Nullable Region region;
    private final Fact willing;
    private final Fact completed;
    private final Fact passed;
    private final Fact certified;
    private final Fact firstAppraisal;
    private final @Nullable LocalDate certificateDate;
    private final @Nullable LocalDate completionDate;

    SerializedForm(TrainingRecord value) {
      id = value.id();
      type = value.type();
      organiser = value.organiser().orElse(null);
      occupation = value.occupation().orElse(null);
      level = value.level().orElse(null);
      region = value.region().orElse(null);
      willing = value.willing();
      completed = value.completed();
      passed = value.passed();
      certified = value.certified();
      firstAppraisal = value.firstAppraisal();
      certificateDate = value.certificateDate().orElse(null);
      completionDate = value.completionDate().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, TrainingRecord.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          TrainingRecord.class,
          () ->
              builder()
                  .id(id)
                  .type(type)
                  .organiser(Optional.ofNullable(organiser))
                  .occupation(Optional.ofNullable(occupation))
                  .level(Optional.ofNullable(level))
                  .region(Optional.ofNullable(region))
                  .willing(willing)
                  .completed(completed)
                  .passed(passed)
                  .certified(certified)
                  .firstAppraisal(firstAppraisal)
                  .certificateDate(Optional.ofNullable(certificateDate))
                  .completionDate(Optional.ofNullable(completionDate))
                  .build());
    }
  }
}
