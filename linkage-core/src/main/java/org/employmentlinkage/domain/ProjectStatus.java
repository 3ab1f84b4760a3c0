package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/** The stage of a project. 二（五） applies to projects under construction or completed (在建或建成后). */
public enum ProjectStatus implements Labelled {
  /** Being planned or negotiated (谋划、招商洽谈). */
  PLANNED("谋划", "planned"),
  /** Approved, confirmed or filed (审批、核准或备案). */
  APPROVED("已审批核准备案", "approved"),
  /** Under construction (在建). */
  UNDER_CONSTRUCTION("在建", "under construction"),
  /** Completed (建成). */
  COMPLETED("建成", "completed");

  private final String zh;
  private final String en;

  ProjectStatus(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
