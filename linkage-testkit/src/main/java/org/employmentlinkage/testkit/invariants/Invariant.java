package org.employmentlinkage.testkit.invariants;

import java.util.List;
import org.employmentlinkage.policy.ClauseRef;

/**
 * The catalogue of policy invariants (政策不变式目录): laws every configuration of 大政办发〔2018〕83号 must
 * keep, each with the clauses it protects. {@link PolicyInvariants} makes a runnable {@link
 * PolicyInvariant} of each for a policy under test; {@code LinkagePolicyContract} (package {@code
 * org.employmentlinkage.testkit.junit}) runs them all as JUnit tests.
 */
public enum Invariant {
  /**
   * More investment never un-majors a project (投资额增加不会使项目失去重大项目身份): with every other fact the same,
   * raising the total investment never lowers the answer to "is it a 重大项目" (YES over UNDETERMINED
   * over NO). Protects 一（一）, "总投资额在1亿元以上建设项目" and the regional thresholds, inclusive by
   * 《民法典》第1259条.
   */
  MONOTONE_SCOPE("monotone scope", "投资额增加不会使项目失去重大项目身份", List.of(ClauseRef.JOB_DEMAND_ASSESSMENT)),

  /**
   * Regions may only widen the scope (地区只能扩大重大项目范围): a policy with regional widenings classifies as
   * major, by the municipal rule, every project the municipal policy does, and never answers NO
   * where the municipal policy cannot decide. Protects 一（一）, "各地区可根据本地实际扩大重大项目范围".
   */
  WIDENING_ONLY("widening only", "地区只能扩大重大项目范围", List.of(ClauseRef.JOB_DEMAND_ASSESSMENT)),

  /**
   * 1亿元 itself is major under every region (总投资额1亿元本身在各地区均属重大项目): a construction project (建设项目)
   * whose total investment is exactly 1亿元 is a 重大项目 (YES) on every date the policy is in force,
   * wherever it lies (every county-level unit and pilot zone, widened or not, or unknown) and
   * whatever its other facts. Protects 一（一）, "总投资额在1亿元以上建设项目": "以上" includes the number itself
   * (《民法典》第一千二百五十九条), and a region may only widen the scope, never raise the threshold. An
   * exclusive threshold (more than 1亿元) breaks it.
   */
  ONE_YI_INCLUSIVE(
      "1亿元 itself is major under every region",
      "总投资额1亿元本身在各地区均属重大项目",
      List.of(ClauseRef.JOB_DEMAND_ASSESSMENT)),

  /**
   * Every reason and duty cites a clause of the document (理由和职责均引用本意见条款): every decision has
   * reasons; every reason, at every level (groups, placements, entitlements, duties), cites a
   * clause whose canonical text has the form {@code 大政办发〔2018〕83号 二（三）} (full-width 〔〕 and （）, one
   * ASCII space; items （一）（二） in part 一, （三）–（五） in 二, （六）–（八） in 三; the closing paragraph {@code 三
   * 末段（服务专员）}) and whose words are in the document; the clause governs the question asked; texts
   * are filled in. Protects every clause.
   */
  EVERY_REASON_CITED(
      "every reason and duty cites a clause of the document",
      "理由和职责均引用本意见条款",
      List.of(ClauseRef.values())),

  /**
   * Equal inputs give equal decisions (相同输入得出相同决定): asking twice, asking with an equal copy of the
   * inputs, and asking a second policy built the same way all give equal decisions. Protects every
   * clause.
   */
  DETERMINISM("determinism", "相同输入得出相同决定", List.of(ClauseRef.values())),

  /**
   * The deadline laws of 二（三） ("在土地征收公告发布后30个工作日内"): a triggering land notice gets a duty of 30
   * working days from its publication date; a due date equals {@code period.after(trigger,
   * calendar)}, is a working day, and is the 30th working day after the trigger counted one day at
   * a time (day 0 not counted); a due date is undetermined only when the calendar does not cover
   * the period.
   */
  DEADLINE_LAWS("deadline laws", "30个工作日期限", List.of(ClauseRef.LAND_EXPROPRIATION)),

  /**
   * The recruitment order of 二（五） ("优先组织当地…重点群体就业。对本市劳动力仍不能满足项目用工需求的，通过外出招聘、劳务合作"): never seats an
   * unqualified candidate; never seats anyone else while a qualified local priority candidate
   * waits; never seats a candidate from outside the city while qualified city labour waits; never
   * leaves a position empty while a qualified candidate waits; shortfall = positions − seats, with
   * the external-recruitment duty for it; the order does not depend on the order candidates are
   * given in (unless the policy's reading ORDER_WITHIN_TIER keeps the order given).
   */
  RECRUITMENT_ORDER("recruitment order", "招聘顺序", List.of(ClauseRef.PROJECT_CONSTRUCTION)),

  /**
   * Undetermined never turns definite by removing facts (去掉事实不会使无法确定变为确定): removing a fact may turn
   * YES or NO into UNDETERMINED, never the reverse, and never YES into NO or back; for the whole
   * decision and for each group and each subsidy. Protects every clause.
   */
  MISSING_FACTS_ONLY_WEAKEN(
      "undetermined never turns definite by removing facts",
      "去掉事实不会使无法确定变为确定",
      List.of(ClauseRef.values())),

  /**
   * Every answer names its missing facts and versions (决定列明所缺事实和版本): an undetermined decision,
   * group, subsidy or placement names at least one missing fact; every fact named is a known input
   * field, and a plain optional fact named missing is missing from the inputs; every decision
   * records the policy's versions. Protects every clause.
   */
  MISSING_FACTS_NAMED(
      "every answer names its missing facts and versions",
      "决定列明所缺事实和版本",
      List.of(ClauseRef.values()));

  private final String title;
  private final String zh;

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable List.of
  private final List<ClauseRef> clauses;

  Invariant(String title, String zh, List<ClauseRef> clauses) {
    this.title = title;
    this.zh = zh;
    this.clauses = clauses;
  }

  /**
   * The English title, e.g. {@code monotone scope}.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The Chinese title, e.g. {@code 投资额增加不会使项目失去重大项目身份}.
   *
   * @return the title
   */
  public String zh() {
    return zh;
  }

  /**
   * The clauses the invariant protects.
   *
   * @return the clauses, unmodifiable
   */
  public List<ClauseRef> clauses() {
    return clauses;
  }
}
