package org.employmentlinkage.domain;

import org.employmentlinkage.text.Labelled;

/**
 * The highest education a person completed or is completing (学历). Whether a level counts as "高校毕业生"
 * is a rule (the library's documented reading, {@code docs/adr/0003-policy-as-code.md}, "Groups":
 * 普通高校 大专及以上 and the equivalent 技师学院高级工班、预备技师班), not part of this type.
 */
public enum Education implements Labelled {
  /** Junior secondary school or less (初中及以下). */
  JUNIOR_SECONDARY_OR_BELOW("初中及以下", "junior secondary or below"),
  /** Senior secondary school (普通高中). */
  SENIOR_SECONDARY("普通高中", "senior secondary"),
  /** Secondary vocational school (中等职业学校：中专、职高、技工学校). */
  SECONDARY_VOCATIONAL("中等职业学校", "secondary vocational"),
  /** The senior-worker or preparatory-technician class of a technician college (技师学院高级工班、预备技师班). */
  TECHNICIAN_COLLEGE_SENIOR_CLASS("技师学院高级工班、预备技师班", "technician college, senior class"),
  /** Junior college (大专、高职). */
  JUNIOR_COLLEGE("大专", "junior college"),
  /** Bachelor (本科). */
  BACHELOR("本科", "bachelor"),
  /** Postgraduate (研究生). */
  POSTGRADUATE("研究生", "postgraduate");

  private final String zh;
  private final String en;

  Education(String zh, String en) {
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
