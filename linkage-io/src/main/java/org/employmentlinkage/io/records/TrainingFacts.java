package org.employmentlinkage.io.records;

import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingOrganiser;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;

/**
 * A training record's facts ({@link TrainingRecord}). Fields: {@code id, type, organiser,
 * occupation, level, region, willing, completed, passed, certified, certificateDate,
 * completionDate, firstAppraisal}; {@code type} is required. The trainee is the person given with
 * it. Not thread-safe.
 */
public final class TrainingFacts implements Facts {
  /** Training types. */
  public static final Choices<TrainingType> TYPE = Choices.of(TrainingType.class, TrainingType::zh);

  /** Organisers. */
  public static final Choices<TrainingOrganiser> ORGANISER =
      Choices.of(TrainingOrganiser.class, TrainingOrganiser::zh);

  private static final String TYPE_FIELD = "type";
  private static final String COMPLETED = "completed";
  private static final String PASSED = "passed";
  private static final String CERTIFIED = "certified";
  private static final String CERTIFICATE_DATE = "certificateDate";

  private static final FieldTable<TrainingFacts> TABLE =
      FieldTable.<TrainingFacts>builder()
          .value("id", Values::text, (f, v) -> f.id = v)
          .value(TYPE_FIELD, TYPE::parse, (f, v) -> f.type = v)
          .value("organiser", ORGANISER::parse, (f, v) -> f.organiser = v)
          .value("occupation", Values::text, (f, v) -> f.occupation = v)
          .value("level", TrainingFacts::level, (f, v) -> f.level = v)
          .value("region", TrainingFacts::dalianRegion, (f, v) -> f.region = v)
          .value("willing", Values::bool, (f, v) -> f.willing = v)
          .value(COMPLETED, Values::bool, (f, v) -> f.completed = v)
          .value(PASSED, Values::bool, (f, v) -> f.passed = v)
          .value(CERTIFIED, Values::bool, (f, v) -> f.certified = v)
          .value(CERTIFICATE_DATE, Values::date, (f, v) -> f.certificateDate = v)
          .value("completionDate", Values::date, (f, v) -> f.completionDate = v)
          .value("firstAppraisal", Values::bool, (f, v) -> f.firstAppraisal = v)
          .build();

  /** The field names. */
  public static final List<String> FIELDS = TABLE.names();

  private @Nullable String id;
  private @Nullable TrainingType type;
  private @Nullable TrainingOrganiser organiser;
  private @Nullable String occupation;
  private @Nullable SkillLevel level;
  private @Nullable Region region;
  private @Nullable Boolean willing;
  private @Nullable Boolean completed;
  private @Nullable Boolean passed;
  private @Nullable Boolean certified;
  private @Nullable LocalDate certificateDate;
  private @Nullable LocalDate completionDate;
  private @Nullable Boolean firstAppraisal;

  /** Creates empty facts. */
  public TrainingFacts() {}

  @Override
  public List<String> fields() {
    return FIELDS;
  }

  @Override
  public boolean isList(int index) {
    return TABLE.isList(index);
  }

  @Override
  public void set(int index, String text) {
    TABLE.set(this, index, text);
  }

  private static Region dalianRegion(String field, String text) {
    Region r = Values.region(field, text);
    if (!r.isInDalian()) {
      throw new FactException(field, Problem.NOT_A_PROJECT_REGION);
    }
    return r;
  }

  private static SkillLevel level(String field, String text) {
    try {
      return SkillLevel.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new FactException(
          field, Problem.UNKNOWN_VALUE, "五级/初级工, 四级/中级工, 三级/高级工, 二级/技师, 一级/高级技师");
    }
  }

  @Override
  public void reset() {
    TABLE.reset(this);
  }

  /**
   * Builds the record (of the person given with it).
   *
   * @param defaultId the record's identifier when none is given
   * @return the record
   * @throws FactException {@link Problem#REQUIRED} without a type, {@link Problem#CONTRADICTS} if
   *     passed without completing, or a certificate date with {@code certified} false
   */
  public TrainingRecord toRecord(String defaultId) {
    if (type == null) {
      throw new FactException(TYPE_FIELD, Problem.REQUIRED);
    }
    if (Boolean.FALSE.equals(completed) && Boolean.TRUE.equals(passed)) {
      throw new FactException(PASSED, Problem.CONTRADICTS, COMPLETED);
    }
    if (certificateDate != null && Boolean.FALSE.equals(certified)) {
      throw new FactException(CERTIFICATE_DATE, Problem.CONTRADICTS, CERTIFIED);
    }
    TrainingRecord.Builder b = TrainingRecord.builder().id(id != null ? id : defaultId).type(type);
    if (organiser != null) {
      b.organiser(organiser);
    }
    if (occupation != null) {
      b.occupation(occupation);
    }
    if (level != null) {
      b.level(level);
    }
    if (region != null) {
      b.region(region);
    }
    if (willing != null) {
      b.willing(willing);
    }
    if (completed != null) {
      b.completed(completed);
    }
    if (passed != null) {
      b.passed(passed);
    }
    if (certified != null) {
      b.certified(certified);
    }
    if (certificateDate != null) {
      b.certificateDate(certificateDate);
    }
    if (completionDate != null) {
      b.completionDate(completionDate);
    }
    if (firstAppraisal != null) {
      b.firstAppraisal(firstAppraisal);
    }
    return b.build();
  }
}
