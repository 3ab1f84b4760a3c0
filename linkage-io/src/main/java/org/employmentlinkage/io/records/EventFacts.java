package org.employmentlinkage.io.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.jspecify.annotations.Nullable;

/**
 * A project event's facts ({@link ProjectEvent}). Fields: {@code kind} (required), {@code date},
 * {@code landNotice} and {@code involvesLandExpropriatedPersons} (land-expropriation notices),
 * {@code recruitsCurrentGraduates} (recruitment opened), {@code workers} (labour shortfall,
 * required there), {@code issueId} (issue raised or closed, required there) and {@code issueTopic}
 * (issue raised). Not thread-safe.
 */
public final class EventFacts implements Facts {
  /** Event kinds, with Chinese labels from the policy's words. */
  public static final Choices<ProjectEventKind> KIND =
      Choices.of(ProjectEventKind.class, EventFacts::kindLabel);

  /** Land notices. */
  public static final Choices<LandNoticeKind> LAND_NOTICE =
      Choices.of(LandNoticeKind.class, LandNoticeKind::zh);

  /** Issue topics. */
  public static final Choices<IssueTopic> TOPIC = Choices.of(IssueTopic.class, IssueTopic::zh);

  private static final String KIND_FIELD = "kind";
  private static final String LAND_NOTICE_FIELD = "landNotice";
  private static final String INVOLVES = "involvesLandExpropriatedPersons";
  private static final String GRADUATES = "recruitsCurrentGraduates";
  private static final String WORKERS = "workers";
  private static final String ISSUE_ID = "issueId";
  private static final String ISSUE_TOPIC = "issueTopic";

  private static final FieldTable<EventFacts> TABLE =
      FieldTable.<EventFacts>builder()
          .value(KIND_FIELD, KIND::parse, (f, v) -> f.kind = v)
          .value("date", Values::date, (f, v) -> f.date = v)
          .value(LAND_NOTICE_FIELD, LAND_NOTICE::parse, (f, v) -> f.landNotice = v)
          .value(INVOLVES, Values::bool, (f, v) -> f.involves = v)
          .value(GRADUATES, Values::bool, (f, v) -> f.graduates = v)
          .value(WORKERS, Values::count, (f, v) -> f.workers = v)
          .value(ISSUE_ID, Values::text, (f, v) -> f.issueId = v)
          .value(ISSUE_TOPIC, TOPIC::parse, (f, v) -> f.issueTopic = v)
          .build();

  /** The field names. */
  public static final List<String> FIELDS = TABLE.names();

  private @Nullable ProjectEventKind kind;
  private @Nullable LocalDate date;
  private @Nullable LandNoticeKind landNotice;
  private @Nullable Boolean involves;
  private @Nullable Boolean graduates;
  private @Nullable Integer workers;
  private @Nullable String issueId;
  private @Nullable IssueTopic issueTopic;

  /** Creates empty facts. */
  public EventFacts() {}

  /**
   * The Chinese label of an event kind, in the policy's words.
   *
   * @param kind the kind
   * @return the label, e.g. {@code 土地征收公告}
   * @throws NullPointerException if {@code kind} is null
   */
  public static String kindLabel(ProjectEventKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case PROJECT_APPROVED -> "审批核准备案";
      case INVESTMENT_AGREEMENT_SIGNED -> "签订投资协议";
      case LAND_EXPROPRIATION_NOTICE -> "土地征收公告";
      case CONSTRUCTION_STARTED -> "开工建设";
      case CONSTRUCTION_COMPLETED -> "建成";
      case RECRUITMENT_OPENED -> "招聘用工";
      case LABOUR_SHORTFALL -> "用工缺口";
      case TRAINING_NEED_IDENTIFIED -> "技能培训需求";
      case ISSUE_RAISED -> "反映问题";
      case ISSUE_CLOSED -> "问题办结";
    };
  }

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

  @Override
  public void reset() {
    TABLE.reset(this);
  }

  /**
   * The date given, or null.
   *
   * @return the date
   */
  public @Nullable LocalDate date() {
    return date;
  }

  /**
   * Builds the event.
   *
   * @param project the project it happened to
   * @param defaultDate the date when none is given
   * @return the event
   * @throws FactException {@link Problem#REQUIRED} without a kind (or without the workers of a
   *     shortfall, the issue id of an issue event), {@link Problem#NOT_FOR_EVENT} for a fact of
   *     another kind of event
   */
  public ProjectEvent toEvent(Project project, LocalDate defaultDate) {
    ProjectEventKind k = kind;
    if (k == null) {
      throw new FactException(KIND_FIELD, Problem.REQUIRED);
    }
    boolean land = k == ProjectEventKind.LAND_EXPROPRIATION_NOTICE;
    boolean issue = k == ProjectEventKind.ISSUE_RAISED || k == ProjectEventKind.ISSUE_CLOSED;
    only(landNotice == null || land, LAND_NOTICE_FIELD, k);
    only(involves == null || land, INVOLVES, k);
    only(graduates == null || k == ProjectEventKind.RECRUITMENT_OPENED, GRADUATES, k);
    only(workers == null || k == ProjectEventKind.LABOUR_SHORTFALL, WORKERS, k);
    only(issueId == null || issue, ISSUE_ID, k);
    only(issueTopic == null || k == ProjectEventKind.ISSUE_RAISED, ISSUE_TOPIC, k);
    if (k == ProjectEventKind.LABOUR_SHORTFALL && workers == null) {
      throw new FactException(WORKERS, Problem.REQUIRED, k.name());
    }
    if (issue && issueId == null) {
      throw new FactException(ISSUE_ID, Problem.REQUIRED, k.name());
    }
    ProjectEvent.Builder b =
        ProjectEvent.builder().kind(k).project(project).date(date != null ? date : defaultDate);
    if (landNotice != null) {
      b.landNotice(landNotice);
    }
    if (involves != null) {
      b.involvesLandExpropriatedPersons(involves);
    }
    if (graduates != null) {
      b.recruitsCurrentGraduates(graduates);
    }
    if (workers != null) {
      b.workers(workers);
    }
    if (issueId != null) {
      b.issueId(issueId);
    }
    if (issueTopic != null) {
      b.issueTopic(issueTopic);
    }
    return b.build();
  }

  private static void only(boolean ok, String field, ProjectEventKind kind) {
    if (!ok) {
      throw new FactException(field, Problem.NOT_FOR_EVENT, kind.name());
    }
  }
}
