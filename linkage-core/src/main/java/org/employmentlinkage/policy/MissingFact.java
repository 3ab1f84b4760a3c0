package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.policy.internal.Messages;
import org.immutables.value.Value;

/**
 * A fact a decision needed but was not given: a stable key naming the input field (e.g. {@code
 * project.totalInvestment}) and a description in zh-CN (authoritative) and en. A decision whose
 * outcome is {@link Outcome#UNDETERMINED} lists the facts that would settle it.
 *
 * <p>The constants cover the fields of the linkage domain model; {@link #certification(String)}
 * names a certified status of a region-defined group. Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class MissingFact implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Messages TEXTS =
      Messages.load("facts", name -> Messages.class.getResourceAsStream(name));

  /** Whether the project is a construction project (建设项目). */
  public static final MissingFact PROJECT_TYPE = known("project.type");

  /** The project's total investment (总投资额). */
  public static final MissingFact PROJECT_TOTAL_INVESTMENT = known("project.totalInvestment");

  /** Where the project is located (项目落地区市县或先导区). */
  public static final MissingFact PROJECT_LOCATION = known("project.location");

  /** The county-level unit (区市县) of the project's location. */
  public static final MissingFact PROJECT_COUNTY = known("project.countyLevelUnit");

  /** Whether the project is financed by government funds (财政资金投资). */
  public static final MissingFact PROJECT_GOVERNMENT_FUNDED = known("project.governmentFunded");

  /** The person's education (学历). */
  public static final MissingFact PERSON_EDUCATION = known("person.education");

  /** The person's graduation date (毕业时间). */
  public static final MissingFact PERSON_GRADUATION_DATE = known("person.graduationDate");

  /** The person's household-registration type, rural or urban (户籍类型). */
  public static final MissingFact PERSON_HOUSEHOLD_TYPE = known("person.householdType");

  /** Whether the person is moving to non-farm work (转移就业). */
  public static final MissingFact PERSON_NON_FARM_TRANSFER = known("person.nonFarmTransfer");

  /** Whether the person is certified as a worker resettled after capacity cuts (去产能安置职工). */
  public static final MissingFact PERSON_OVERCAPACITY_RESETTLED =
      known("person.overcapacityResettled");

  /** Whether any of the person's land was expropriated (被征地). */
  public static final MissingFact PERSON_LAND_EXPROPRIATED = known("person.landExpropriated");

  /**
   * Whether the person's land was expropriated for the project in question (该项目的被征地人员): the
   * project's id among the person's land-expropriation project ids.
   */
  public static final MissingFact PERSON_LAND_EXPROPRIATED_FOR_PROJECT =
      known("person.landExpropriationProjectIds");

  /** The person's place of residence (居住地). */
  public static final MissingFact PERSON_RESIDENCE = known("person.residence");

  /** The person's place of household registration (户籍所在地). */
  public static final MissingFact PERSON_HOUSEHOLD_REGION = known("person.householdRegion");

  /** Who organised the training (培训组织者). */
  public static final MissingFact TRAINING_ORGANISER = known("training.organiser");

  /** The major project the training relates to. */
  public static final MissingFact TRAINING_PROJECT = known("training.project");

  /** Whether the trainee wants training (培训愿望). */
  public static final MissingFact TRAINING_WILLING = known("training.willing");

  /**
   * The type of training, one the policy lists (三（七）, 三（八）: the list of 三（八） ends in 等, so another
   * type is neither granted nor refused).
   */
  public static final MissingFact TRAINING_TYPE = known("training.type");

  /** Whether the skill appraisal is the person's first (初次鉴定, 财社〔2017〕164号). */
  public static final MissingFact TRAINING_FIRST_APPRAISAL = known("training.firstAppraisal");

  /** Whether the trainee passed the training (培训合格). */
  public static final MissingFact TRAINING_PASSED = known("training.passed");

  /** The occupation trained for (培训职种). */
  public static final MissingFact TRAINING_OCCUPATION = known("training.occupation");

  /** The skill level trained for (等级). */
  public static final MissingFact TRAINING_LEVEL = known("training.level");

  /** Whether the land-expropriation concerns land-expropriated persons (涉及被征地人员). */
  public static final MissingFact EVENT_INVOLVES_LAND_EXPROPRIATED_PERSONS =
      known("event.involvesLandExpropriatedPersons");

  /** Whether the recruitment is of current-year college graduates (招用应届高校毕业生). */
  public static final MissingFact EVENT_RECRUITS_CURRENT_GRADUATES =
      known("event.recruitsCurrentGraduates");

  MissingFact() {}

  /**
   * The stable key, naming the input field, e.g. {@code project.totalInvestment}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * The description in Chinese (zh-CN), the authoritative text.
   *
   * @return the Chinese text
   */
  public abstract String zh();

  /**
   * The description in English.
   *
   * @return the English text
   */
  public abstract String en();

  /**
   * The missing fact "the person's certified status {@code status}", for groups a region adds to
   * the open list of priority groups, e.g. {@code certification("退役军人")}.
   *
   * @param status the status key as the region's group definition names it
   * @return the missing fact, key {@code person.certification.<status>}
   * @throws NullPointerException if {@code status} is null
   * @throws IllegalArgumentException if {@code status} is blank
   */
  public static MissingFact certification(String status) {
    Objects.requireNonNull(status, "status");
    if (status.isBlank()) {
      throw new IllegalArgumentException("MissingFact.certification: status must not be blank");
    }
    return builder()
        .key("person.certification." + status)
        .zh(TEXTS.zh("person.certification").replace("{status}", status))
        .en(TEXTS.en("person.certification").replace("{status}", status))
        .build();
  }

  private static MissingFact known(String key) {
    return builder().key(key).zh(TEXTS.zh(key)).en(TEXTS.en(key)).build();
  }

  @Value.Check
  void check() {
    if (key().isBlank() || zh().isBlank() || en().isBlank()) {
      throw new IllegalArgumentException("MissingFact: key and texts must not be blank");
    }
  }

  /**
   * The key.
   *
   * @return the key
   */
  @Override
  public String toString() {
    return key();
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
   * Builds a {@link MissingFact}; {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing and {@link IllegalArgumentException} if invalid.
   */
  public static final class Builder extends ImmutableMissingFact.Builder {
    /** Creates an empty builder; prefer the constants. */
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
    throw SerialForms.formRequired(MissingFact.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(MissingFact.class);
  }

  /**
   * The serialized form: the attributes ({@code key}, {@code zh}, {@code en}), an absent optional
   * as {@code null}, a collection as a list. It is read back through the builder, so a stream is
   * checked exactly as construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String key;
    private final String zh;
    private final String en;

    SerializedForm(MissingFact value) {
      key = value.key();
      zh = value.zh();
      en = value.en();
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, MissingFact.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(MissingFact.class, () -> builder().key(key).zh(zh).en(en).build());
    }
  }
}
