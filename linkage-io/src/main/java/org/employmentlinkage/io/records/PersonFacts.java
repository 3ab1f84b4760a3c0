package org.employmentlinkage.io.records;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;

/**
 * A person's facts ({@link Person}): every one optional but the identifier, which defaults to the
 * caller's. Fields: {@code id, education, graduationDate, householdType, nonFarmTransfer,
 * overcapacityResettled, landExpropriated, landExpropriationProjectIds, residence, householdRegion,
 * certifications}. Not thread-safe.
 */
public final class PersonFacts implements Facts {
  /** The field names. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "education",
          "graduationDate",
          "householdType",
          "nonFarmTransfer",
          "overcapacityResettled",
          "landExpropriated",
          "landExpropriationProjectIds",
          "residence",
          "householdRegion",
          "certifications");

  /** Education values. */
  public static final Choices<Education> EDUCATION = Choices.of(Education.class, Education::zh);

  /** Household types. */
  public static final Choices<HouseholdType> HOUSEHOLD =
      Choices.of(HouseholdType.class, HouseholdType::zh);

  private static final int ID = 0;
  private static final int EDU = 1;
  private static final int GRADUATION = 2;
  private static final int HOUSEHOLD_TYPE = 3;
  private static final int NON_FARM = 4;
  private static final int OVERCAPACITY = 5;
  private static final int LAND = 6;
  private static final int LAND_PROJECTS = 7;
  private static final int RESIDENCE = 8;
  private static final int HOUSEHOLD_REGION = 9;
  private static final int CERTIFICATIONS = 10;

  private @Nullable String id;
  private @Nullable Education education;
  private @Nullable LocalDate graduationDate;
  private @Nullable HouseholdType householdType;
  private @Nullable Boolean nonFarmTransfer;
  private @Nullable Boolean overcapacityResettled;
  private @Nullable Boolean landExpropriated;
  private final Set<String> landProjects = new LinkedHashSet<>();
  private @Nullable Region residence;
  private @Nullable Region householdRegion;
  private final Map<String, Boolean> certifications = new TreeMap<>();

  /** Creates empty facts. */
  public PersonFacts() {}

  @Override
  public List<String> fields() {
    return FIELDS;
  }

  @Override
  public boolean isList(int index) {
    return index == LAND_PROJECTS || index == CERTIFICATIONS;
  }

  @Override
  public void set(int index, String text) {
    String f = FIELDS.get(index);
    boolean blank = text.isBlank();
    switch (index) {
      case ID -> id = blank ? null : Values.text(f, text);
      case EDU -> education = blank ? null : EDUCATION.parse(f, text);
      case GRADUATION -> graduationDate = blank ? null : Values.date(f, text);
      case HOUSEHOLD_TYPE -> householdType = blank ? null : HOUSEHOLD.parse(f, text);
      case NON_FARM -> nonFarmTransfer = blank ? null : Values.bool(f, text);
      case OVERCAPACITY -> overcapacityResettled = blank ? null : Values.bool(f, text);
      case LAND -> landExpropriated = blank ? null : Values.bool(f, text);
      case LAND_PROJECTS -> {
        landProjects.clear();
        landProjects.addAll(Values.list(f, text));
      }
      case RESIDENCE -> residence = blank ? null : Values.region(f, text);
      case HOUSEHOLD_REGION -> householdRegion = blank ? null : Values.region(f, text);
      case CERTIFICATIONS -> {
        certifications.clear();
        for (String item : Values.list(f, text)) {
          putCertification(f, item);
        }
      }
      default -> throw new IndexOutOfBoundsException(index);
    }
  }

  /**
   * Adds one certified status, written {@code KEY=true} or {@code KEY=false}.
   *
   * @param item the text
   * @throws FactException {@link Problem#NOT_A_CERTIFICATION}
   */
  public void addCertification(String item) {
    putCertification(FIELDS.get(CERTIFICATIONS), item);
  }

  /**
   * Sets one certified status (JSON input).
   *
   * @param key the status key, e.g. {@code RETIRED_SOLDIER}
   * @param certified whether certified
   * @throws FactException {@link Problem#NOT_A_CERTIFICATION} if the key is not upper-case ASCII
   */
  public void putCertification(String key, boolean certified) {
    certifications.put(certificationKey(FIELDS.get(CERTIFICATIONS), key), certified);
  }

  private void putCertification(String field, String item) {
    int eq = item.indexOf('=');
    if (eq <= 0) {
      throw new FactException(field, Problem.NOT_A_CERTIFICATION);
    }
    String key = certificationKey(field, item.substring(0, eq));
    boolean value;
    try {
      value = Values.bool(field, item.substring(eq + 1));
    } catch (FactException e) {
      throw new FactException(field, Problem.NOT_A_CERTIFICATION);
    }
    certifications.put(key, value);
  }

  private static String certificationKey(String field, String key) {
    String k = key.strip().toUpperCase(Locale.ROOT);
    if (k.isEmpty() || !k.matches("[A-Z][A-Z0-9_]*")) {
      throw new FactException(field, Problem.NOT_A_CERTIFICATION);
    }
    return k;
  }

  @Override
  public void reset() {
    id = null;
    education = null;
    graduationDate = null;
    householdType = null;
    nonFarmTransfer = null;
    overcapacityResettled = null;
    landExpropriated = null;
    landProjects.clear();
    residence = null;
    householdRegion = null;
    certifications.clear();
  }

  /**
   * Whether an identifier was given.
   *
   * @return {@code true} if {@code id} is set
   */
  public boolean hasId() {
    return id != null;
  }

  /**
   * The identifier, or {@code defaultId}.
   *
   * @param defaultId the identifier to use when none is given
   * @return the identifier
   */
  public String id(String defaultId) {
    return id != null ? id : defaultId;
  }

  /**
   * Builds the person.
   *
   * @param defaultId the identifier when none is given
   * @return the person
   * @throws FactException {@link Problem#CONTRADICTS} if {@code landExpropriated} is false but
   *     project identifiers are listed
   */
  public Person toPerson(String defaultId) {
    if (Boolean.FALSE.equals(landExpropriated) && !landProjects.isEmpty()) {
      throw new FactException(FIELDS.get(LAND_PROJECTS), Problem.CONTRADICTS, FIELDS.get(LAND));
    }
    Person.Builder b = Person.builder().id(id(defaultId));
    if (education != null) {
      b.education(education);
    }
    if (graduationDate != null) {
      b.graduationDate(graduationDate);
    }
    if (householdType != null) {
      b.householdType(householdType);
    }
    if (nonFarmTransfer != null) {
      b.nonFarmTransfer(nonFarmTransfer);
    }
    if (overcapacityResettled != null) {
      b.overcapacityResettled(overcapacityResettled);
    }
    if (landExpropriated != null) {
      b.landExpropriated(landExpropriated);
    }
    b.addAllLandExpropriationProjectIds(landProjects);
    if (residence != null) {
      b.residence(residence);
    }
    if (householdRegion != null) {
      b.householdRegion(householdRegion);
    }
    b.putAllCertifications(certifications);
    return b.build();
  }
}
