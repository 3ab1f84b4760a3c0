package org.employmentlinkage.policy;

import org.employmentlinkage.text.Labelled;

/**
 * The typed identifier of an {@link Interpretation} (解读): a term or a question that 大政办发〔2018〕83号
 * leaves open and this library answers with a named reading. Its {@link #name()} is the stable
 * identifier of JSON output and the command line; identifiers never change meaning. The labels name
 * the question; the reading itself, its source and its alternatives are in the {@link
 * Interpretation} a policy lists.
 */
public enum InterpretationId implements Labelled {
  /** “1亿元以上” includes 1亿元 itself (一（一）). */
  INCLUSIVE_THRESHOLD("“以上”是否含本数", "whether \"以上\" includes the number"),
  /** The publication day of a notice is day 0, not counted (二（三）). */
  PERIOD_START_NOT_COUNTED("期间开始的当日是否计入", "whether the day a period starts is counted"),
  /** Whether make-up working weekends (调休上班日) count among the 30 working days (二（三）). */
  MAKEUP_WORKDAYS("调休上班日是否计入工作日", "whether make-up working days count as working days"),
  /** Which land notice is the 土地征收公告 that starts the 30 working days (二（三）). */
  LAND_NOTICE_TRIGGER("哪一公告是二（三）所称土地征收公告", "which notice is the 土地征收公告 of 二（三）"),
  /** When the policy is in force: it states no 施行日期 and no end. */
  VALIDITY("本意见的施行期间", "when the policy is in force"),
  /** Which education makes a 高校毕业生 (一（二）, 二（五）). */
  COLLEGE_GRADUATE_EDUCATION("高校毕业生的学历范围", "which education makes a college graduate"),
  /** For how long after graduating a person counts as 高校毕业生 (一（二）, 二（五）). */
  COLLEGE_GRADUATE_TIME_LIMIT("高校毕业生的时限", "how long a graduate counts as a college graduate"),
  /** Who is an 应届高校毕业生 (三（六）). */
  CURRENT_GRADUATE_YEAR("应届高校毕业生的范围", "who is a current-year college graduate"),
  /** Who is 农村转移劳动力 (一（二）, 二（五）). */
  RURAL_TRANSFER_LABOUR("农村转移劳动力的范围", "who is rural labour moving to non-farm work"),
  /** Who is a 去产能安置职工 (一（二）, 二（五）). */
  OVERCAPACITY_CERTIFIED("去产能安置职工的认定", "who is a worker resettled after overcapacity cuts"),
  /** The list of 重点群体 ends in 等: whether and how it is open (一（二）, 二（五）). */
  OPEN_PRIORITY_LIST("重点群体名单以“等”结尾", "the list of priority groups ends in 等"),
  /** What makes a person 当地 (local) and part of 本市劳动力 (二（五）). */
  LOCALITY("“当地”与“本市劳动力”", "what makes a person local, and part of the city's labour"),
  /** The order of candidates within one tier of 二（五）. */
  ORDER_WITHIN_TIER("同一顺位内的顺序", "the order within one tier"),
  /** Which projects the investment-agreement duty of 二（四） covers. */
  INVESTMENT_AGREEMENT_SCOPE("二（四）签订投资协议时的职责适用于哪些项目", "which projects the duty at signing covers"),
  /** Which projects the disclosure of 三（六） covers. */
  DISCLOSURE_GOVERNMENT_FUNDING("三（六）信息公开适用于哪些项目", "which projects the disclosure of 三（六） covers"),
  /** What 按规定 means for the training subsidies of 三（七）/三（八）. */
  SUBSIDY_CONDITIONS("“按规定”给予补贴的给付条件", "the conditions of payment \"按规定\""),
  /** The training programmes of 三（八） end in 等: training of another type. */
  TRAINING_LIST_OPEN("三（八）培训项目以“等”结尾", "the training programmes of 三（八） end in 等");

  private final String zh;
  private final String en;

  InterpretationId(String zh, String en) {
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
