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
  /** Education values. */
  public static final Choices<Education> EDUCATION = Choices.of(Education.class, Education::zh);

  /** Household types. */
  public static final Choices<HouseholdType> HOUSEHOLD =
      Choices.of(HouseholdType.class, HouseholdType::zh);

  private static final String LAND = "landExpropriated";
  private static final String LAND_PROJECTS = "landExpropriationProjectIds";
  private static final String CERTIFICATIONS = "certifications";

  private static final FieldTable<PersonFacts> TABLE =
      FieldTable.<PersonFacts>builder()
          .value("id", Values::text, (f, v) -> f.id = v)
          .value("education", EDUCATION::parse, (f, v) -> f.education = v)
          .value("graduationDate", Values::date, (f, v) -> f.graduationDate = v)
          .value("householdType", HOUSEHOLD::parse, (f, v) -> f.householdType = v)
          .value("nonFarmTransfer", Values::bool, (f, v) -> f.nonFarmTransfer = v)
          .value("overcapacityResettled", Values::bool, (f, v) -> f.overcapacityResettled = v)
          .value(LAND, Values::bool, (f, v) -> f.landExpropriated = v)
          .list(LAND_PROJECTS, f -> f.landProjects)
          .value("residence", Values::region, (f, v) -> f.residence = v)
          .value("householdRegion", Values::region, (f, v) -> f.householdRegion = v)
          .custom(
              CERTIFICATIONS,
              true,
              (f, field, text) -> {
                f.certifications.clear();
                for (String item : Values.list(field, text)) {
                  f.putCertification(field, item);
                }
              },
              f -> f.certifications.clear())
          .build();

  /** The field names. */
  public static final List<String> FIELDS = TABLE.names();

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
    return TABLE.isList(index);
  }

  @Override
  public void set(int index, String text) {
    TABLE.set(this, index, text);
  }

  /**
   * Adds one certified status, written {@code KEY=true} or {@code KEY=false}.
   *
   * @param item the text
   * @throws FactException {@link Problem#NOT_A_CERTIFICATION}
   */
  public void addCertification(String item) {
    putCertification(CERTIFICATIONS, item);
  }

  /**
   * Sets one certified status (JSON input).
   *
   * @param key the status key, e.g. {@code RETIRED_SOLDIER}
   * @param certified whether certified
   * @throws FactException {@link Problem#NOT_A_CERTIFICATION} if the key is not upper-case ASCII
   */
  public void putCertification(String key, boolean certified) {
    certifications.put(certificationKey(CERTIFICATIONS, key), certified);
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
    TABLE.reset(this);
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
      throw new FactException(LAND_PROJECTS, Problem.CONTRADICTS, LAND);
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
