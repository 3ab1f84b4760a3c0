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
  /** The field names. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "type",
          "organiser",
          "occupation",
          "level",
          "region",
          "willing",
          "completed",
          "passed",
          "certified",
          "certificateDate",
          "completionDate",
          "firstAppraisal");

  /** Training types. */
  public static final Choices<TrainingType> TYPE = Choices.of(TrainingType.class, TrainingType::zh);

  /** Organisers. */
  public static final Choices<TrainingOrganiser> ORGANISER =
      Choices.of(TrainingOrganiser.class, TrainingOrganiser::zh);

  private static final int ID = 0;
  private static final int TYPE_INDEX = 1;
  private static final int ORGANISER_INDEX = 2;
  private static final int OCCUPATION = 3;
  private static final int LEVEL = 4;
  private static final int REGION = 5;
  private static final int WILLING = 6;
  private static final int COMPLETED = 7;
  private static final int PASSED = 8;
  private static final int CERTIFIED = 9;
  private static final int CERTIFICATE_DATE = 10;
  private static final int COMPLETION_DATE = 11;
  private static final int FIRST_APPRAISAL = 12;

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
    return false;
  }

  @Override
  public void set(int index, String text) {
    String f = FIELDS.get(index);
    boolean blank = text.isBlank();
    switch (index) {
      case ID -> id = blank ? null : Values.text(f, text);
      case TYPE_INDEX -> type = blank ? null : TYPE.parse(f, text);
      case ORGANISER_INDEX -> organiser = blank ? null : ORGANISER.parse(f, text);
      case OCCUPATION -> occupation = blank ? null : Values.text(f, text);
      case LEVEL -> level = blank ? null : level(f, text);
      case REGION -> {
        Region r = blank ? null : Values.region(f, text);
        if (r != null && !r.isInDalian()) {
          throw new FactException(f, Problem.NOT_A_PROJECT_REGION);
        }
        region = r;
      }
      case WILLING -> willing = blank ? null : Values.bool(f, text);
      case COMPLETED -> completed = blank ? null : Values.bool(f, text);
      case PASSED -> passed = blank ? null : Values.bool(f, text);
      case CERTIFIED -> certified = blank ? null : Values.bool(f, text);
      case CERTIFICATE_DATE -> certificateDate = blank ? null : Values.date(f, text);
      case COMPLETION_DATE -> completionDate = blank ? null : Values.date(f, text);
      case FIRST_APPRAISAL -> firstAppraisal = blank ? null : Values.bool(f, text);
      default -> throw new IndexOutOfBoundsException(index);
    }
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
    id = null;
    type = null;
    organiser = null;
    occupation = null;
    level = null;
    region = null;
    willing = null;
    completed = null;
    passed = null;
    certified = null;
    certificateDate = null;
    completionDate = null;
    firstAppraisal = null;
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
      throw new FactException(FIELDS.get(TYPE_INDEX), Problem.REQUIRED);
    }
    if (Boolean.FALSE.equals(completed) && Boolean.TRUE.equals(passed)) {
      throw new FactException(FIELDS.get(PASSED), Problem.CONTRADICTS, FIELDS.get(COMPLETED));
    }
    if (certificateDate != null && Boolean.FALSE.equals(certified)) {
      throw new FactException(
          FIELDS.get(CERTIFICATE_DATE), Problem.CONTRADICTS, FIELDS.get(CERTIFIED));
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
