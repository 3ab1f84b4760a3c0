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
  /** The field names. */
  public static final List<String> FIELDS =
      List.of(
          "kind",
          "date",
          "landNotice",
          "involvesLandExpropriatedPersons",
          "recruitsCurrentGraduates",
          "workers",
          "issueId",
          "issueTopic");

  /** Event kinds, with Chinese labels from the policy's words. */
  public static final Choices<ProjectEventKind> KIND =
      Choices.of(ProjectEventKind.class, EventFacts::kindLabel);

  /** Land notices. */
  public static final Choices<LandNoticeKind> LAND_NOTICE =
      Choices.of(LandNoticeKind.class, LandNoticeKind::zh);

  /** Issue topics. */
  public static final Choices<IssueTopic> TOPIC = Choices.of(IssueTopic.class, IssueTopic::zh);

  private static final int KIND_INDEX = 0;
  private static final int DATE = 1;
  private static final int LAND_NOTICE_INDEX = 2;
  private static final int INVOLVES = 3;
  private static final int GRADUATES = 4;
  private static final int WORKERS = 5;
  private static final int ISSUE_ID = 6;
  private static final int ISSUE_TOPIC = 7;

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
    return false;
  }

  @Override
  public void set(int index, String text) {
    String f = FIELDS.get(index);
    boolean blank = text.isBlank();
    switch (index) {
      case KIND_INDEX -> kind = blank ? null : KIND.parse(f, text);
      case DATE -> date = blank ? null : Values.date(f, text);
      case LAND_NOTICE_INDEX -> landNotice = blank ? null : LAND_NOTICE.parse(f, text);
      case INVOLVES -> involves = blank ? null : Values.bool(f, text);
      case GRADUATES -> graduates = blank ? null : Values.bool(f, text);
      case WORKERS -> workers = blank ? null : Values.count(f, text);
      case ISSUE_ID -> issueId = blank ? null : Values.text(f, text);
      case ISSUE_TOPIC -> issueTopic = blank ? null : TOPIC.parse(f, text);
      default -> throw new IndexOutOfBoundsException(index);
    }
  }

  @Override
  public void reset() {
    kind = null;
    date = null;
    landNotice = null;
    involves = null;
    graduates = null;
    workers = null;
    issueId = null;
    issueTopic = null;
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
      throw new FactException(FIELDS.get(KIND_INDEX), Problem.REQUIRED);
    }
    boolean land = k == ProjectEventKind.LAND_EXPROPRIATION_NOTICE;
    boolean issue = k == ProjectEventKind.ISSUE_RAISED || k == ProjectEventKind.ISSUE_CLOSED;
    only(landNotice == null || land, LAND_NOTICE_INDEX, k);
    only(involves == null || land, INVOLVES, k);
    only(graduates == null || k == ProjectEventKind.RECRUITMENT_OPENED, GRADUATES, k);
    only(workers == null || k == ProjectEventKind.LABOUR_SHORTFALL, WORKERS, k);
    only(issueId == null || issue, ISSUE_ID, k);
    only(issueTopic == null || k == ProjectEventKind.ISSUE_RAISED, ISSUE_TOPIC, k);
    if (k == ProjectEventKind.LABOUR_SHORTFALL && workers == null) {
      throw new FactException(FIELDS.get(WORKERS), Problem.REQUIRED, k.name());
    }
    if (issue && issueId == null) {
      throw new FactException(FIELDS.get(ISSUE_ID), Problem.REQUIRED, k.name());
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

  private static void only(boolean ok, int index, ProjectEventKind kind) {
    if (!ok) {
      throw new FactException(FIELDS.get(index), Problem.NOT_FOR_EVENT, kind.name());
    }
  }
}
