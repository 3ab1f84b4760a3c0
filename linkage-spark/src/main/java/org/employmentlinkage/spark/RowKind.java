package org.employmentlinkage.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.employmentlinkage.io.records.EventFacts;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.io.records.ProjectFacts;

/**
 * What the rows of a table are, and the columns linkage reads from them: the fields of {@code
 * linkage batch}'s CSV ({@link PersonFacts#FIELDS}, {@link ProjectFacts#FIELDS}) plus {@code asOf};
 * for events, the project's fields (its {@code id} is the project's) plus {@link EventFacts#FIELDS}
 * ({@code docs/spark.md}, "Events").
 *
 * <p>Constants only; thread-safe.
 */
public enum RowKind {
  /** People: their priority groups (重点群体). */
  PEOPLE(PersonFacts.FIELDS, LinkageSchemas.PERSON_DECISION),
  /** Projects: whether they are major construction projects (scope). */
  PROJECTS(ProjectFacts.FIELDS, LinkageSchemas.PROJECT_DECISION),
  /** Project events: the duties they give rise to, with due dates. */
  EVENTS(events(), LinkageSchemas.EVENT_DECISION);

  @SuppressWarnings("ImmutableEnumChecker") // List.of / List.copyOf: unmodifiable
  private final List<String> fields;

  @SuppressWarnings("ImmutableEnumChecker") // a Scala case class of immutable fields
  private final StructType decision;

  RowKind(List<String> fields, StructType decision) {
    this.fields = fields;
    this.decision = decision;
  }

  private static List<String> events() {
    List<String> all = new ArrayList<>(ProjectFacts.FIELDS);
    all.addAll(EventFacts.FIELDS);
    return List.copyOf(all);
  }

  /**
   * The columns read (besides {@code asOf}), matched ignoring letter case.
   *
   * @return the field names
   */
  public List<String> fields() {
    return fields;
  }

  /**
   * The type of the {@value LinkageSchemas#DECISION} column this kind adds.
   *
   * @return the struct type
   */
  public StructType decisionType() {
    return decision;
  }
}
