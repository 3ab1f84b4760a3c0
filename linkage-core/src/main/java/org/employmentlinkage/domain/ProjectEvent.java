package org.employmentlinkage.domain;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.employmentlinkage.core.internal.style.LinkageStyle;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a project and may trigger duties under 大政办发〔2018〕83号: approval, an
 * investment agreement, a land-expropriation notice, construction started or completed,
 * recruitment, a labour shortfall, a training need, an issue raised or closed ({@link
 * ProjectEventKind}).
 *
 * <p>The attributes specific to a kind are optional and only allowed for that kind: {@link
 * #landNotice()} and {@link #involvesLandExpropriatedPersons()} for {@link
 * ProjectEventKind#LAND_EXPROPRIATION_NOTICE}; {@link #recruitsCurrentGraduates()} for {@link
 * ProjectEventKind#RECRUITMENT_OPENED}; {@link #workers()} (required) for {@link
 * ProjectEventKind#LABOUR_SHORTFALL}; {@link #issueId()} (required) and {@link #issueTopic()} for
 * the issue events. Use the factory methods for the common cases; a land-notice event is made with
 * {@link #landNotice(Project, LocalDate, LandNoticeKind, Fact)}, which states both of its facts, or
 * its shorthand {@link #landExpropriationNotice(Project, LocalDate)}.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <p>Serialized form: the attributes, read back through the builder (an invalid stream is an {@link
 * java.io.InvalidObjectException} naming the broken rule); a stream of the class itself is refused.
 */
@Value.Immutable
@LinkageStyle
public abstract class ProjectEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  ProjectEvent() {}

  /**
   * What happened.
   *
   * @return the kind
   */
  public abstract ProjectEventKind kind();

  /**
   * The project it happened to, with the facts known at the time.
   *
   * @return the project
   */
  public abstract Project project();

  /**
   * When it happened (for a notice, the publication date: day 0 of any period it starts).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Which land notice was published. Absent means the post-approval 征收土地公告, a documented default
   * ({@code docs/adr/0003-policy-as-code.md}, "二（三）"; {@link #landNoticeKind()}), not an unknown
   * fact.
   *
   * @return the notice kind, or empty
   */
  public abstract Optional<LandNoticeKind> landNotice();

  /**
   * Whether the expropriation affects land-expropriated persons (二（三）: "涉及被征地人员的").
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact involvesLandExpropriatedPersons() {
    return Fact.UNKNOWN;
  }

  /**
   * Whether the recruitment is of current-year college graduates (三（六）: "招用应届高校毕业生").
   *
   * @return the fact, {@link Fact#UNKNOWN} if not known (the default)
   */
  @Value.Default
  public Fact recruitsCurrentGraduates() {
    return Fact.UNKNOWN;
  }

  /**
   * The number of workers the city's labour cannot supply, for a labour shortfall.
   *
   * @return the number, at least 1, or empty
   */
  public abstract OptionalInt workers();

  /**
   * The caller's identifier of the issue, for the issue events.
   *
   * @return the identifier, or empty
   */
  public abstract Optional<String> issueId();

  /**
   * The subject of the issue raised.
   *
   * @return the topic, or empty if not known
   */
  public abstract Optional<IssueTopic> issueTopic();

  /**
   * The land notice kind, {@link LandNoticeKind#EXPROPRIATION_NOTICE} (the post-approval 征收土地公告)
   * when not given.
   *
   * @return the notice kind
   */
  public LandNoticeKind landNoticeKind() {
    return landNotice().orElse(LandNoticeKind.EXPROPRIATION_NOTICE);
  }

  @Value.Check
  void check() {
    ProjectEventKind k = kind();
    only(
        (landNotice().isEmpty() && !involvesLandExpropriatedPersons().isKnown())
            || k == ProjectEventKind.LAND_EXPROPRIATION_NOTICE,
        "landNotice and involvesLandExpropriatedPersons");
    only(
        !recruitsCurrentGraduates().isKnown() || k == ProjectEventKind.RECRUITMENT_OPENED,
        "recruitsCurrentGraduates");
    only(workers().isEmpty() || k == ProjectEventKind.LABOUR_SHORTFALL, "workers");
    boolean issue = k == ProjectEventKind.ISSUE_RAISED || k == ProjectEventKind.ISSUE_CLOSED;
    only(issueId().isEmpty() || issue, "issueId");
    only(issueTopic().isEmpty() || k == ProjectEventKind.ISSUE_RAISED, "issueTopic");
    if (k == ProjectEventKind.LABOUR_SHORTFALL
        && (workers().isEmpty() || workers().getAsInt() < 1)) {
      throw new IllegalArgumentException(
          "ProjectEvent LABOUR_SHORTFALL: workers must be given and at least 1");
    }
    if (issue && (issueId().isEmpty() || issueId().get().isBlank())) {
      throw new IllegalArgumentException("ProjectEvent " + k + ": issueId must be given");
    }
  }

  private void only(boolean ok, String attributes) {
    if (!ok) {
      throw new IllegalArgumentException(
          "ProjectEvent " + kind() + ": " + attributes + " do not apply to this kind of event");
    }
  }

  /**
   * The project was approved, confirmed or filed.
   *
   * @param project the project
   * @param date the approval date
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent approved(Project project, LocalDate date) {
    return of(ProjectEventKind.PROJECT_APPROVED, project, date);
  }

  /**
   * An investment agreement was signed.
   *
   * @param project the project
   * @param date the signing date
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent investmentAgreementSigned(Project project, LocalDate date) {
    return of(ProjectEventKind.INVESTMENT_AGREEMENT_SIGNED, project, date);
  }

  /**
   * A land-expropriation notice was published: the one way to make any land-notice event, stating
   * which notice it is and whether it affects land-expropriated persons (二（三）: "涉及被征地人员的"). Pass
   * {@link Fact#UNKNOWN} when that is not known: the duties of 二（三） are then undetermined and name
   * the missing fact. {@link #landExpropriationNotice(Project, LocalDate)} is the common case.
   *
   * @param project the project
   * @param published the publication date (day 0)
   * @param notice which notice
   * @param involvesLandExpropriatedPersons whether the expropriation affects land-expropriated
   *     persons
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent landNotice(
      Project project,
      LocalDate published,
      LandNoticeKind notice,
      Fact involvesLandExpropriatedPersons) {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(involvesLandExpropriatedPersons, "involvesLandExpropriatedPersons");
    return builder()
        .kind(ProjectEventKind.LAND_EXPROPRIATION_NOTICE)
        .project(project)
        .date(published)
        .landNotice(notice)
        .involvesLandExpropriatedPersons(involvesLandExpropriatedPersons)
        .build();
  }

  /**
   * A post-approval 征收土地公告 affecting land-expropriated persons was published: the trigger of 二（三）.
   * The same event as {@code landNotice(project, published, LandNoticeKind.EXPROPRIATION_NOTICE,
   * Fact.YES)}.
   *
   * @param project the project
   * @param published the publication date (day 0)
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent landExpropriationNotice(Project project, LocalDate published) {
    return landNotice(project, published, LandNoticeKind.EXPROPRIATION_NOTICE, Fact.YES);
  }

  /**
   * Construction started.
   *
   * @param project the project
   * @param date the start date
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent constructionStarted(Project project, LocalDate date) {
    return of(ProjectEventKind.CONSTRUCTION_STARTED, project, date);
  }

  /**
   * Construction was completed.
   *
   * @param project the project
   * @param date the completion date
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent constructionCompleted(Project project, LocalDate date) {
    return of(ProjectEventKind.CONSTRUCTION_COMPLETED, project, date);
  }

  /**
   * The project opened recruitment.
   *
   * @param project the project
   * @param date the date
   * @param recruitsCurrentGraduates whether current-year college graduates are recruited
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent recruitmentOpened(
      Project project, LocalDate date, boolean recruitsCurrentGraduates) {
    return builder()
        .kind(ProjectEventKind.RECRUITMENT_OPENED)
        .project(project)
        .date(date)
        .recruitsCurrentGraduates(recruitsCurrentGraduates)
        .build();
  }

  /**
   * The city's labour cannot supply {@code workers} workers the project needs.
   *
   * @param project the project
   * @param date the date
   * @param workers the shortfall, at least 1
   * @return the event
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code workers} is less than 1
   */
  public static ProjectEvent labourShortfall(Project project, LocalDate date, int workers) {
    return builder()
        .kind(ProjectEventKind.LABOUR_SHORTFALL)
        .project(project)
        .date(date)
        .workers(workers)
        .build();
  }

  /**
   * A skills-training need of the project was identified.
   *
   * @param project the project
   * @param date the date
   * @return the event
   * @throws NullPointerException if an argument is null
   */
  public static ProjectEvent trainingNeedIdentified(Project project, LocalDate date) {
    return of(ProjectEventKind.TRAINING_NEED_IDENTIFIED, project, date);
  }

  /**
   * The project raised an issue.
   *
   * @param project the project
   * @param date the date
   * @param issueId the caller's identifier of the issue
   * @param topic the subject
   * @return the event
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code issueId} is blank
   */
  public static ProjectEvent issueRaised(
      Project project, LocalDate date, String issueId, IssueTopic topic) {
    Objects.requireNonNull(topic, "topic");
    return builder()
        .kind(ProjectEventKind.ISSUE_RAISED)
        .project(project)
        .date(date)
        .issueId(issueId)
        .issueTopic(topic)
        .build();
  }

  /**
   * An issue the project raised was closed.
   *
   * @param project the project
   * @param date the date
   * @param issueId the caller's identifier of the issue
   * @return the event
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code issueId} is blank
   */
  public static ProjectEvent issueClosed(Project project, LocalDate date, String issueId) {
    return builder()
        .kind(ProjectEventKind.ISSUE_CLOSED)
        .project(project)
        .date(date)
        .issueId(issueId)
        .build();
  }

  private static ProjectEvent of(ProjectEventKind kind, Project project, LocalDate date) {
    return builder().kind(kind).project(project).date(date).build();
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
   * Builds a {@link ProjectEvent}; {@code build()} throws {@link IllegalStateException} if kind,
   * project or date is missing and {@link IllegalArgumentException} if an attribute does not apply
   * to the kind.
   */
  public static final class Builder extends ImmutableProjectEvent.Builder {
    /** Creates an empty builder; prefer the factory methods. */
    public Builder() {}

    /**
     * Sets {@link ProjectEvent#involvesLandExpropriatedPersons()} to a known answer: whether the
     * expropriation affects land-expropriated persons.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder involvesLandExpropriatedPersons(boolean value) {
      return involvesLandExpropriatedPersons(Fact.of(value));
    }

    /**
     * Sets {@link ProjectEvent#recruitsCurrentGraduates()} to a known answer: whether current-year
     * college graduates are recruited.
     *
     * @param value {@code true} for {@link Fact#YES}, {@code false} for {@link Fact#NO}
     * @return this builder
     */
    public Builder recruitsCurrentGraduates(boolean value) {
      return recruitsCurrentGraduates(Fact.of(value));
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
    throw SerialForms.formRequired(ProjectEvent.class);
  }

  /**
   * Refuses a stream that names the value's class without its fields.
   *
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObjectNoData() throws InvalidObjectException {
    throw SerialForms.formRequired(ProjectEvent.class);
  }

  /**
   * The serialized form: the attributes ({@code kind}, {@code project}, {@code date}, {@code
   * landNotice}, {@code involvesLandExpropriatedPersons}, {@code recruitsCurrentGraduates}, {@code
   * workers}, {@code issueId}, {@code issueTopic}), an absent optional as {@code null}, a
   * collection as a list. It is read back through the builder, so a stream is checked exactly as
   * construction is, and its collections are copied.
   */
  private static final class SerializedForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final ProjectEventKind kind;
    private final Project project;
    private final LocalDate date;
    private final @Nullable LandNoticeKind landNotice;
    private final Fact involvesLandExpropriatedPersons;
    private final Fact recruitsCurrentGraduates;
    private final @Nullable Integer workers;
    private final @Nullable String issueId;
    private final @Nullable IssueTopic issueTopic;

    SerializedForm(ProjectEvent value) {
      kind = value.kind();
      project = value.project();
      date = value.date();
      landNotice = value.landNotice().orElse(null);
      involvesLandExpropriatedPersons = value.involvesLandExpropriatedPersons();
      recruitsCurrentGraduates = value.recruitsCurrentGraduates();
      workers = value.workers().isPresent() ? value.workers().getAsInt() : null;
      issueId = value.issueId().orElse(null);
      issueTopic = value.issueTopic().orElse(null);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      SerialForms.readFields(in, ProjectEvent.class);
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      return SerialForms.resolve(
          ProjectEvent.class,
          () ->
              builder()
                  .kind(kind)
                  .project(project)
                  .date(date)
                  .landNotice(Optional.ofNullable(landNotice))
                  .involvesLandExpropriatedPersons(involvesLandExpropriatedPersons)
                  .recruitsCurrentGraduates(recruitsCurrentGraduates)
                  .workers(workers == null ? OptionalInt.empty() : OptionalInt.of(workers))
                  .issueId(Optional.ofNullable(issueId))
                  .issueTopic(Optional.ofNullable(issueTopic))
                  .build());
    }
  }
}
