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
  /** The field names. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "name",
          "type",
          "categories",
          "totalInvestment",
          "region",
          "pilotZone",
          "subdistrict",
          "governmentFunded",
          "ownership",
          "status",
          "approved",
          "constructionStarted",
          "completed");

  /** Project types. */
  public static final Choices<ProjectType> TYPE = Choices.of(ProjectType.class, ProjectType::zh);

  /** Ownerships. */
  public static final Choices<Ownership> OWNERSHIP = Choices.of(Ownership.class, Ownership::zh);

  /** Project stages. */
  public static final Choices<ProjectStatus> STATUS =
      Choices.of(ProjectStatus.class, ProjectStatus::zh);

  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int TYPE_INDEX = 2;
  private static final int CATEGORIES = 3;
  private static final int INVESTMENT = 4;
  private static final int REGION = 5;
  private static final int PILOT_ZONE = 6;
  private static final int SUBDISTRICT = 7;
  private static final int FUNDED = 8;
  private static final int OWNERSHIP_INDEX = 9;
  private static final int STATUS_INDEX = 10;
  private static final int APPROVED = 11;
  private static final int STARTED = 12;
  private static final int COMPLETED = 13;

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
    return index == CATEGORIES;
  }

  @Override
  public void set(int index, String text) {
    String f = FIELDS.get(index);
    boolean blank = text.isBlank();
    switch (index) {
      case ID -> id = blank ? null : Values.text(f, text);
      case NAME -> name = blank ? null : Values.text(f, text);
      case TYPE_INDEX -> setType(f, text);
      case CATEGORIES -> {
        categories.clear();
        categories.addAll(Values.list(f, text));
      }
      case INVESTMENT -> totalInvestment = blank ? null : Values.money(f, text);
      case REGION -> {
        Region r = blank ? null : Values.region(f, text);
        if (r != null && !r.isCountyLevel() && !r.isPilotZone()) {
          throw new FactException(f, Problem.NOT_A_PROJECT_REGION);
        }
        region = r;
      }
      case PILOT_ZONE -> {
        Region r = blank ? null : Values.region(f, text);
        if (r != null && !r.isPilotZone()) {
          throw new FactException(f, Problem.NOT_A_PILOT_ZONE);
        }
        pilotZone = r;
      }
      case SUBDISTRICT -> subdistrict = blank ? null : Values.text(f, text);
      case FUNDED -> governmentFunded = blank ? null : Values.bool(f, text);
      case OWNERSHIP_INDEX -> ownership = blank ? null : OWNERSHIP.parse(f, text);
      case STATUS_INDEX -> status = blank ? null : STATUS.parse(f, text);
      case APPROVED -> approved = blank ? null : Values.date(f, text);
      case STARTED -> constructionStarted = blank ? null : Values.date(f, text);
      case COMPLETED -> completed = blank ? null : Values.date(f, text);
      default -> throw new IndexOutOfBoundsException(index);
    }
  }

  private void setType(String f, String text) {
    String t = text.strip();
    typeUnknown = t.toLowerCase(Locale.ROOT).equals("unknown") || t.equals("未知");
    type = t.isEmpty() || typeUnknown ? null : TYPE.parse(f, t);
  }

  @Override
  public void reset() {
    id = null;
    name = null;
    type = null;
    typeUnknown = false;
    categories.clear();
    totalInvestment = null;
    region = null;
    pilotZone = null;
    subdistrict = null;
    governmentFunded = null;
    ownership = null;
    status = null;
    approved = null;
    constructionStarted = null;
    completed = null;
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
        throw new FactException(FIELDS.get(SUBDISTRICT), Problem.REQUIRED, FIELDS.get(REGION));
      }
      return Optional.empty();
    }
    Location.Builder b = Location.builder();
    Region zone = pilotZone;
    if (region != null && region.isPilotZone()) {
      if (zone != null && zone != region) {
        throw new FactException(FIELDS.get(PILOT_ZONE), Problem.CONTRADICTS, FIELDS.get(REGION));
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
      throw new FactException(FIELDS.get(COMPLETED), Problem.CONTRADICTS, FIELDS.get(STARTED));
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
