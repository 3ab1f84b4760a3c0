package org.employmentlinkage.rules;

/**
 * Where a candidate stands in the order 二（五） asks for: "优先组织当地高校毕业生、农村转移劳动力、去产能安置职工等重点群体就业。
 * 对本市劳动力仍不能满足项目用工需求的，通过外出招聘、劳务合作等方式…".
 */
public enum RecruitmentTier {
  /** Local members of a 重点群体 who meet the requirements: seated first. */
  LOCAL_PRIORITY,
  /** The rest of the city's labour who meet the requirements: seated next. */
  CITY_LABOUR,
  /**
   * Qualified, but not part of the city's labour: seated after the city's labour, for the positions
   * it leaves ("对本市劳动力仍不能满足项目用工需求的，通过外出招聘、劳务合作等方式"); the text excludes no one.
   */
  OUTSIDE_CITY,
  /**
   * Qualified, but whether they are part of the city's labour is unknown: seated last (they belong
   * to one of the tiers before), and the plan is undetermined.
   */
  UNDETERMINED,
  /** The employer judged they do not meet the position's requirements: not seated. */
  NOT_QUALIFIED
}
