package org.employmentlinkage.domain;

/** The kinds of {@link ProjectEvent}. */
public enum ProjectEventKind {
  /** The project was approved, confirmed or filed (审批、核准或备案; 一（一）, 一（二）). */
  PROJECT_APPROVED,
  /** An investment agreement was signed (签订投资协议; 二（四）). */
  INVESTMENT_AGREEMENT_SIGNED,
  /** A land-expropriation notice was published (二（三）); see {@link LandNoticeKind}. */
  LAND_EXPROPRIATION_NOTICE,
  /** Construction started (在建; 二（五）). */
  CONSTRUCTION_STARTED,
  /** Construction was completed (建成后; 二（五）). */
  CONSTRUCTION_COMPLETED,
  /** The project opened recruitment (有劳动用工需求; 二（五）, 三（六）). */
  RECRUITMENT_OPENED,
  /** The city's labour cannot meet the project's demand (本市劳动力仍不能满足; 二（五）). */
  LABOUR_SHORTFALL,
  /** A skills-training need of the project was identified (技能培训需要; 三（七）). */
  TRAINING_NEED_IDENTIFIED,
  /** The project raised an issue (反映的问题; 三 末段). */
  ISSUE_RAISED,
  /** An issue the project raised was closed (三 末段: 全程跟踪服务 ends). */
  ISSUE_CLOSED
}
