package org.employmentlinkage.io.records;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectStatus;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;

/**
 * A project's facts ({@link Project}). Fields: {@code id, name, type, categories, totalInvestment,
 * region, pilotZone, subdistrict, governmentFunded, ownership, status, approved,
 * constructionStarted, completed}.
 *
 * <p>{@code region} is the county-level unit (区市县) or a pilot zone (先导区); {@code pilotZone} names
 * the pilot zone when {@code region} is its county-level unit. The command line's documented
 * default: a project whose {@code type} is not given is a construction project (建设项目), since the
 * policy is about them, and {@link #typeAssumed()} says so; {@code unknown} (未知) leaves the type
 * unknown. Not thread-safe.
 */
public final class ProjectFacts implements Facts {
  /** Project types. */
  public static final Choices<ProjectType> TYPE = Choices.of(ProjectType.class, ProjectType::zh);

  /** Ownerships. */
  public static final Choices<Ownership> OWNERSHIP = Choices.of(Ownership.class, Ownership::zh);

  /** Project stages. */
  public static final Choices<ProjectStatus> STATUS =
      Choices.of(ProjectStatus.class, ProjectStatus::zh);

  private static final String REGION = "region";
  private static final String PILOT_ZONE = "pilotZone";
  private static final String SUBDISTRICT = "subdistrict";
  private static final String STARTED = "constructionStarted";
  private static final String COMPLETED = "completed";

  private static final FieldTable<ProjectFacts> TABLE =
      FieldTable.<ProjectFacts>builder()
          .value("id", Values::text, (f, v) -> f.id = v)
          .value("name", Values::text, (f, v) -> f.name = v)
          .custom(
              "type",
              false,
              (f, field, text) -> f.setType(field, text),
              f -> {
                f.type = null;
                f.typeUnknown = false;
              })
          .list("categories", f -> f.categories)
          .value("totalInvestment", Values::money, (f, v) -> f.totalInvestment = v)
          .value(REGION, ProjectFacts::projectRegion, (f, v) -> f.region = v)
          .value(PILOT_ZONE, ProjectFacts::pilotZone, (f, v) -> f.pilotZone = v)
          .value(SUBDISTRICT, Values::text, (f, v) -> f.subdistrict = v)
          .value("governmentFunded", Values::bool, (f, v) -> f.governmentFunded = v)
          .value("ownership", OWNERSHIP::parse, (f, v) -> f.ownership = v)
          .value("status", STATUS::parse, (f, v) -> f.status = v)
          .value("approved", Values::date, (f, v) -> f.approved = v)
          .value(STARTED, Values::date, (f, v) -> f.constructionStarted = v)
          .value(COMPLETED, Values::date, (f, v) -> f.completed = v)
          .build();

  /** The field names. */
  public static final List<String> FIELDS = TABLE.names();

  private @Nullable String id;
  private @Nullable String name;
  private @Nullable ProjectType type;
  private boolean typeUnknown;
  private final Set<String> categories = new LinkedHashSet<>();
  private @Nullable Money totalInvestment;
  private @Nullable Region region;
  private @Nullable Region pilotZone;
  private @Nullable String subdistrict;
  private @Nullable Boolean governmentFunded;
  private @Nullable Ownership ownership;
  private @Nullable ProjectStatus status;
  private @Nullable LocalDate approved;
  private @Nullable LocalDate constructionStarted;
  private @Nullable LocalDate completed;

  /** Creates empty facts. */
  public ProjectFacts() {}

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

  private static Region projectRegion(String field, String text) {
    Region r = Values.region(field, text);
    if (!r.isCountyLevel() && !r.isPilotZone()) {
      throw new FactException(field, Problem.NOT_A_PROJECT_REGION);
    }
    return r;
  }

  private static Region pilotZone(String field, String text) {
    Region r = Values.region(field, text);
    if (!r.isPilotZone()) {
      throw new FactException(field, Problem.NOT_A_PILOT_ZONE);
    }
    return r;
  }

  private void setType(String f, String text) {
    String t = text.strip();
    typeUnknown = t.toLowerCase(Locale.ROOT).equals("unknown") || t.equals("未知");
    type = t.isEmpty() || typeUnknown ? null : TYPE.parse(f, t);
  }

  @Override
  public void reset() {
    TABLE.reset(this);
  }

  /**
   * Whether {@link #toProject} assumes the project type: none was given, nor {@code unknown}, so
   * the project is taken to be a construction project (建设项目), the command line's documented
   * default. Output built from such a project must say so (the reason {@code
   * PROJECT_TYPE_ASSUMED}).
   *
   * @return {@code true} if the type is assumed
   */
  public boolean typeAssumed() {
    return type == null && !typeUnknown;
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
   * The location the facts give: {@code region} and {@code pilotZone}.
   *
   * @return the location, or empty if neither is given
   * @throws FactException {@link Problem#CONTRADICTS} if {@code region} is a pilot zone and {@code
   *     pilotZone} names another
   */
  public Optional<Location> location() {
    if (region == null && pilotZone == null) {
      if (subdistrict != null) {
        throw new FactException(SUBDISTRICT, Problem.REQUIRED, REGION);
      }
      return Optional.empty();
    }
    Location.Builder b = Location.builder();
    Region zone = pilotZone;
    if (region != null && region.isPilotZone()) {
      if (zone != null && zone != region) {
        throw new FactException(PILOT_ZONE, Problem.CONTRADICTS, REGION);
      }
      zone = region;
    } else if (region != null) {
      b.countyLevelUnit(region);
    }
    if (zone != null) {
      b.pilotZone(zone);
    }
    if (subdistrict != null) {
      b.subdistrict(subdistrict);
    }
    return Optional.of(b.build());
  }

  /**
   * Builds the project. A type that is not given is {@link ProjectType#CONSTRUCTION} (the command
   * line's documented default), unless it was given as {@code unknown}.
   *
   * @param defaultId the identifier when none is given
   * @return the project
   * @throws FactException if the location's facts contradict each other, or {@link
   *     Problem#CONTRADICTS} if {@code completed} is before {@code constructionStarted}
   */
  public Project toProject(String defaultId) {
    LocalDate started = constructionStarted;
    LocalDate done = completed;
    if (started != null && done != null && done.isBefore(started)) {
      // Project's own invariant, reported as a fact of the input (never the dates: they are
      // values).
      throw new FactException(COMPLETED, Problem.CONTRADICTS, STARTED);
    }
    Project.Builder b = Project.builder().id(id(defaultId));
    if (name != null) {
      b.name(name);
    }
    if (type != null) {
      b.type(type);
    } else if (!typeUnknown) {
      b.type(ProjectType.CONSTRUCTION);
    }
    b.addAllCategories(categories);
    if (totalInvestment != null) {
      b.totalInvestment(totalInvestment);
    }
    location().ifPresent(b::location);
    if (governmentFunded != null) {
      b.governmentFunded(governmentFunded);
    }
    if (ownership != null) {
      b.ownership(ownership);
    }
    if (status != null) {
      b.status(status);
    }
    if (approved != null) {
      b.approved(approved);
    }
    if (constructionStarted != null) {
      b.constructionStarted(constructionStarted);
    }
    if (completed != null) {
      b.completed(completed);
    }
    return b.build();
  }
}
