package org.employmentlinkage.policy;

import static org.employmentlinkage.policy.ReasonBasis.CONFIGURATION;
import static org.employmentlinkage.policy.ReasonBasis.READING;
import static org.employmentlinkage.policy.ReasonBasis.TEXT;

import java.util.List;

/**
 * The stable code of a {@link Reason}: why a decision of 大政办发〔2018〕83号 came out as it did. Each
 * constant names the clause its reason cites (a reason code is cited with one clause, or with the
 * clause of the rule it explains where the javadoc says so) and the gist of its text; the full
 * zh-CN (authoritative) and en texts are in the reason itself.
 *
 * <p>The constant's {@link #name()} is the stable code that JSON output, the command line and
 * stored decisions use (e.g. {@code SCOPE_MUNICIPAL_THRESHOLD_MET}); {@link #valueOf(String)} reads
 * it back. Codes never change meaning between releases: a new meaning gets a new code.
 */
public enum ReasonCode {

  // validity
  /**
   * the clause of the decision it explains: 判断日期不在按配置的施行期内 – the date lies outside the policy's
   * validity window as configured (no repeal or expiry is known to this project).
   */
  NOT_IN_FORCE(CONFIGURATION, InterpretationId.VALIDITY),

  // 一（一） scope
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 建设项目总投资额在1亿元以上（含本数），属于重大项目 – a construction project of 1亿元 or more
   * is a major project.
   */
  SCOPE_MUNICIPAL_THRESHOLD_MET(READING, InterpretationId.INCLUSIVE_THRESHOLD),
  /** {@code 大政办发〔2018〕83号 一（一）}: 总投资额不足1亿元 – the total investment is below 1亿元. */
  SCOPE_BELOW_MUNICIPAL_THRESHOLD(READING, InterpretationId.INCLUSIVE_THRESHOLD),
  /** {@code 大政办发〔2018〕83号 一（一）}: 项目不是建设项目 – the project is not a construction project. */
  SCOPE_NOT_CONSTRUCTION(TEXT),
  /** {@code 大政办发〔2018〕83号 一（一）}: 未提供项目类型 – the project type is not given. */
  SCOPE_TYPE_UNKNOWN(TEXT),
  /** {@code 大政办发〔2018〕83号 一（一）}: 未提供项目总投资额 – the total investment is not given. */
  SCOPE_INVESTMENT_UNKNOWN(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 未提供项目落地的区市县（先导区），无法判断是否适用地区扩大的范围 – the project's location is not
   * given, so a regional widening cannot be applied.
   */
  SCOPE_LOCATION_UNKNOWN(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 只提供了先导区、未提供区市县 – only the pilot zone is given, not the county-level
   * unit.
   */
  SCOPE_COUNTY_UNKNOWN(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 达到地区扩大重大项目范围后的投资额标准 – the threshold of a regional widening is met.
   */
  SCOPE_REGIONAL_THRESHOLD_MET(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 也未达到地区扩大范围后的投资额标准 – the total investment is below the regional
   * threshold too.
   */
  SCOPE_BELOW_REGIONAL_THRESHOLD(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 属于地区扩大范围时增列的项目类别 – the project is of a category the region added.
   */
  SCOPE_REGIONAL_CATEGORY(CONFIGURATION),
  /** {@code 大政办发〔2018〕83号 一（一）}: 不属于地区增列的项目类别 – the project is of no category the region added. */
  SCOPE_NOT_IN_REGIONAL_CATEGORY(CONFIGURATION),
  /** {@code 大政办发〔2018〕83号 一（一）}: 由地区指定为重大项目 – the region designated the project. */
  SCOPE_REGIONAL_DESIGNATION(CONFIGURATION),
  /** {@code 大政办发〔2018〕83号 一（一）}: 未被地区指定为重大项目 – the region has not designated the project. */
  SCOPE_NOT_DESIGNATED(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 按配置：项目所在地区未配置生效的扩大范围 – no widening is configured in force for the
   * project's region.
   */
  SCOPE_NO_REGIONAL_WIDENING(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 按配置：调用方未提供项目类型，按建设项目处理 – the caller gave no project type and
   * assumed a construction project (the command line's default), made by callers, not by the rules.
   */
  PROJECT_TYPE_ASSUMED(CONFIGURATION),

  // groups: 一（二） 高校毕业生、农村转移劳动力、去产能安置职工 and added groups; 二（三） 被征地人员; 三（六） 应届高校毕业生
  /** {@code 大政办发〔2018〕83号 一（二）}: 属于高校毕业生 – a college graduate. */
  GROUP_COLLEGE_GRADUATE_YES(
      READING,
      InterpretationId.COLLEGE_GRADUATE_EDUCATION,
      InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 学历在大专以下，不属于高校毕业生 – not a college graduate: education below junior
   * college.
   */
  GROUP_COLLEGE_GRADUATE_EDUCATION_NO(READING, InterpretationId.COLLEGE_GRADUATE_EDUCATION),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 毕业时间超出所配置的年限，不再按高校毕业生对待 – not a college graduate: graduated too
   * long ago for the configured years.
   */
  GROUP_COLLEGE_GRADUATE_TIME_NO(READING, InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 按配置：技师学院高级工班、预备技师班毕业生不按高校毕业生对待 – as configured, graduates of
   * technician-college senior and preparatory-technician classes do not count.
   */
  GROUP_COLLEGE_GRADUATE_TECHNICIAN_EXCLUDED(
      CONFIGURATION, InterpretationId.COLLEGE_GRADUATE_EDUCATION),
  /** {@code 大政办发〔2018〕83号 一（二）}: 缺少学历或毕业时间 – education or graduation date missing. */
  GROUP_COLLEGE_GRADUATE_UNDETERMINED(
      READING,
      InterpretationId.COLLEGE_GRADUATE_EDUCATION,
      InterpretationId.COLLEGE_GRADUATE_TIME_LIMIT),
  /** {@code 大政办发〔2018〕83号 三（六）}: 属于应届高校毕业生 – a current-year college graduate. */
  GROUP_CURRENT_GRADUATE_YES(
      READING, InterpretationId.COLLEGE_GRADUATE_EDUCATION, InterpretationId.CURRENT_GRADUATE_YEAR),
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 学历在大专以下，不属于应届高校毕业生 – not a current-year college graduate: education
   * below junior college.
   */
  GROUP_CURRENT_GRADUATE_EDUCATION_NO(READING, InterpretationId.COLLEGE_GRADUATE_EDUCATION),
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 毕业年份不是判断日期所在年份 – not a current-year college graduate: another
   * graduation year.
   */
  GROUP_CURRENT_GRADUATE_YEAR_NO(READING, InterpretationId.CURRENT_GRADUATE_YEAR),
  /** {@code 大政办发〔2018〕83号 三（六）}: 缺少学历或毕业时间 – education or graduation date missing. */
  GROUP_CURRENT_GRADUATE_UNDETERMINED(
      READING, InterpretationId.COLLEGE_GRADUATE_EDUCATION, InterpretationId.CURRENT_GRADUATE_YEAR),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 农村户籍且向非农产业转移就业，属于农村转移劳动力 – rural labour moving to non-farm work.
   */
  GROUP_RURAL_TRANSFER_YES(READING, InterpretationId.RURAL_TRANSFER_LABOUR),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 城镇户籍，不属于农村转移劳动力 – not rural labour moving to non-farm work: urban
   * household registration.
   */
  GROUP_RURAL_TRANSFER_NOT_RURAL(READING, InterpretationId.RURAL_TRANSFER_LABOUR),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 未向非农产业转移就业 – not rural labour moving to non-farm work: no non-farm
   * transfer.
   */
  GROUP_RURAL_TRANSFER_NOT_TRANSFERRING(READING, InterpretationId.RURAL_TRANSFER_LABOUR),
  /** {@code 大政办发〔2018〕83号 一（二）}: 缺少户籍类型或转移就业情况 – household type or non-farm transfer missing. */
  GROUP_RURAL_TRANSFER_UNDETERMINED(READING, InterpretationId.RURAL_TRANSFER_LABOUR),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 经认定为去产能安置职工 – certified as a worker resettled after overcapacity
   * cuts.
   */
  GROUP_OVERCAPACITY_YES(READING, InterpretationId.OVERCAPACITY_CERTIFIED),
  /** {@code 大政办发〔2018〕83号 一（二）}: 经认定不是去产能安置职工 – certified not to be such a worker. */
  GROUP_OVERCAPACITY_NO(READING, InterpretationId.OVERCAPACITY_CERTIFIED),
  /** {@code 大政办发〔2018〕83号 一（二）}: 未提供去产能安置职工的认定情况 – the certification is not given. */
  GROUP_OVERCAPACITY_UNDETERMINED(READING, InterpretationId.OVERCAPACITY_CERTIFIED),
  /** {@code 大政办发〔2018〕83号 二（三）}: 本人土地被征收，属于被征地人员 – a land-expropriated person. */
  GROUP_LAND_EXPROPRIATED_YES(TEXT),
  /** {@code 大政办发〔2018〕83号 二（三）}: 本人土地未被征收 – not a land-expropriated person. */
  GROUP_LAND_EXPROPRIATED_NO(TEXT),
  /** {@code 大政办发〔2018〕83号 二（三）}: 未提供本人土地是否被征收 – whether the land was expropriated is not given. */
  GROUP_LAND_EXPROPRIATED_UNDETERMINED(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 经认定具有地区增列的重点群体身份（重点群体名单以“等”结尾） – certified member of a priority
   * group a region added (the list ends in 等).
   */
  GROUP_CERTIFIED_YES(CONFIGURATION, InterpretationId.OPEN_PRIORITY_LIST),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 经认定不具有地区增列的重点群体身份 – certified not to be a member of the added
   * group.
   */
  GROUP_CERTIFIED_NO(CONFIGURATION, InterpretationId.OPEN_PRIORITY_LIST),
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 未提供地区增列的重点群体身份的认定情况 – the certification for the added group is not
   * given.
   */
  GROUP_CERTIFIED_UNDETERMINED(CONFIGURATION, InterpretationId.OPEN_PRIORITY_LIST),

  // 二（五） recruitment
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 当地重点群体人员，优先组织就业 – a local member of a priority group, seated first.
   */
  RECRUITMENT_LOCAL_PRIORITY(READING, InterpretationId.LOCALITY),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 本市其他劳动力，排在当地重点群体之后 – other labour of the city, after the local
   * priority groups.
   */
  RECRUITMENT_CITY_LABOUR(READING, InterpretationId.LOCALITY),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 可能属于当地重点群体但缺少事实，暂按本市其他劳动力排序 – may be local priority but facts are
   * missing; ordered with the city's labour for now.
   */
  RECRUITMENT_PRIORITY_UNDETERMINED(READING, InterpretationId.LOCALITY),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 不属于本市劳动力，排在本市劳动力之后，通过外出招聘、劳务合作等方式招用 – not the city's labour: seated
   * after it, as external recruitment or labour cooperation.
   */
  RECRUITMENT_OUTSIDE_CITY(READING, InterpretationId.LOCALITY),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 无法判断是否属于本市劳动力，排在本市以外人员之后 – cannot tell whether the city's labour;
   * seated last.
   */
  RECRUITMENT_CITY_UNDETERMINED(READING, InterpretationId.LOCALITY),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 用人单位认定不符合岗位要求 – the employer judged the candidate not qualified.
   */
  RECRUITMENT_NOT_QUALIFIED(TEXT),
  /** {@code 大政办发〔2018〕83号 二（五）}: 岗位已补足，列为候补 – positions filled; on the waiting list. */
  RECRUITMENT_POSITIONS_FILLED(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 同一顺位内按候选人编号排序（本库的约定） – within a tier by candidate identifier (this
   * library's convention).
   */
  RECRUITMENT_ORDER_WITHIN_TIER(READING, InterpretationId.ORDER_WITHIN_TIER),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 按配置：同一顺位内按调用方给出的顺序 – as configured, within a tier in the order the
   * caller gave.
   */
  RECRUITMENT_ORDER_AS_GIVEN(CONFIGURATION, InterpretationId.ORDER_WITHIN_TIER),
  /** {@code 大政办发〔2018〕83号 二（五）}: 岗位已全部安排（本市劳动力优先，不足的由本市以外人员补充） – every position is filled. */
  RECRUITMENT_DEMAND_MET(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 仍未安排的岗位通过外出招聘、劳务合作等方式补充 – the positions still unfilled, met by
   * external recruitment and labour cooperation.
   */
  RECRUITMENT_SHORTFALL(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 项目不是重大项目，优先组织重点群体就业的安排不适用 – the project is not major: the priority
   * order does not apply.
   */
  RECRUITMENT_PROJECT_NOT_MAJOR(TEXT),
  /** {@code 大政办发〔2018〕83号 二（五）}: 无法确定项目是否为重大项目 – whether the project is major cannot be told. */
  RECRUITMENT_PROJECT_UNDETERMINED(TEXT),

  // 三（七）、三（八） subsidies
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 重大项目建设单位组织的在岗职工技能提升培训，按规定给予培训补贴 – in-service training organised by
   * a major-project employer: training subsidy.
   */
  SUBSIDY_IN_SERVICE_ELIGIBLE(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 不是失业保险基金支付的技能提升补贴（人社部发〔2017〕40号） – not the unemployment-insurance
   * skill-upgrading subsidy (人社部发〔2017〕40号).
   */
  SUBSIDY_NOT_UNEMPLOYMENT_INSURANCE(READING, InterpretationId.SUBSIDY_CONDITIONS),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 培训不是由重大项目建设单位组织的 – the training was not organised by a
   * major-project employer.
   */
  SUBSIDY_IN_SERVICE_OTHER_ORGANISER(TEXT),
  /** {@code 大政办发〔2018〕83号 三（七）}: 未提供培训组织者 – the organiser is not given. */
  SUBSIDY_IN_SERVICE_ORGANISER_UNKNOWN(TEXT),
  /** {@code 大政办发〔2018〕83号 三（七）}: 培训所涉及的项目不是重大项目 – the related project is not a major project. */
  SUBSIDY_PROJECT_NOT_MAJOR(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 无法确定培训所涉及的项目是否为重大项目 – whether the related project is major cannot
   * be told.
   */
  SUBSIDY_PROJECT_UNDETERMINED(TEXT),
  /** {@code 大政办发〔2018〕83号 三（七）}: 未提供培训所涉及的项目 – the related project is not given. */
  SUBSIDY_PROJECT_UNKNOWN(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 有培训愿望的被征地人员纳入农村劳动力转移培训计划，按规定给予职业培训补贴和职业技能鉴定补贴 – a willing
   * land-expropriated person: transfer training plan, training and appraisal subsidies.
   */
  SUBSIDY_LAND_ELIGIBLE(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 本人土地未被征收，不是该重大项目的被征地人员 – not a land-expropriated person of the
   * project.
   */
  SUBSIDY_LAND_NOT_EXPROPRIATED(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 无法确定本人是否为该重大项目的被征地人员 – whether a land-expropriated person of the
   * project cannot be told.
   */
  SUBSIDY_LAND_UNDETERMINED(TEXT),
  /** {@code 大政办发〔2018〕83号 三（七）}: 本人没有培训愿望 – the person does not want training. */
  SUBSIDY_NOT_WILLING(TEXT),
  /** {@code 大政办发〔2018〕83号 三（七）}: 未提供本人是否有培训愿望 – willingness is not given. */
  SUBSIDY_WILLINGNESS_UNKNOWN(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 职业培训补贴在完成培训并取得证书后给予（财社〔2017〕164号） – training subsidy paid after
   * completion and certificate (财社〔2017〕164号).
   */
  SUBSIDY_CONDITIONAL_ON_COMPLETION(READING, InterpretationId.SUBSIDY_CONDITIONS),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 职业技能鉴定补贴在通过鉴定并取得证书后给予（财社〔2017〕164号） – appraisal subsidy paid after
   * passing and certificate (财社〔2017〕164号).
   */
  SUBSIDY_APPRAISAL_CONDITIONAL(READING, InterpretationId.SUBSIDY_CONDITIONS),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 已完成培训并取得证书，给付条件已满足 – completed and certified: the conditions of
   * payment are met.
   */
  SUBSIDY_CONDITIONS_MET(READING, InterpretationId.SUBSIDY_CONDITIONS),
  /**
   * {@code 大政办发〔2018〕83号 三（八）}: 培训合格的，根据培训职种、等级给予培训补贴 – passed: training subsidy by occupation and
   * level.
   */
  SUBSIDY_PASSED_ELIGIBLE(TEXT),
  /** {@code 大政办发〔2018〕83号 三（八）}: 培训不合格 – the trainee did not pass. */
  SUBSIDY_NOT_PASSED(TEXT),
  /** {@code 大政办发〔2018〕83号 三（八）}: 未提供培训是否合格 – whether the trainee passed is not given. */
  SUBSIDY_PASSED_UNKNOWN(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（八）}: 本库解读：培训不在三（七）、三（八）列举的项目之中，而三（八）的列举以“等”结尾，不作否定结论 – a training of
   * another type: the list ends in 等, so no firm answer.
   */
  SUBSIDY_TYPE_NOT_LISTED(READING, InterpretationId.TRAINING_LIST_OPEN),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 本库解读：职业技能鉴定补贴限初次鉴定（财社〔2017〕164号），本次不是初次鉴定 – the appraisal subsidy
   * is for a first appraisal, and this is not one.
   */
  SUBSIDY_APPRAISAL_NOT_FIRST(READING, InterpretationId.SUBSIDY_CONDITIONS),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 本库解读：职业技能鉴定补贴限初次鉴定，未提供是否初次鉴定 – whether it is a first appraisal is
   * not given.
   */
  SUBSIDY_FIRST_APPRAISAL_UNKNOWN(READING, InterpretationId.SUBSIDY_CONDITIONS),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三（八）}: 未配置补贴标准，金额按规定确定 – no schedule
   * configured: the amount is per the rules in force.
   */
  SUBSIDY_AMOUNT_PER_RULES(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三（八）}: 金额按所在地区配置的补贴标准确定 – the amount comes
   * from the region's schedule.
   */
  SUBSIDY_AMOUNT_FROM_SCHEDULE(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三（八）}: 按配置：补贴标准对急需紧缺职种上浮金额（本意见未规定上浮） – the
   * configured schedule raises the amount of a shortage occupation.
   */
  SUBSIDY_AMOUNT_SHORTAGE_UPLIFT(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三（八）}: 补贴标准没有该职种、等级的金额 – the schedule prices
   * nothing for the occupation and level.
   */
  SUBSIDY_AMOUNT_NOT_IN_SCHEDULE(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三（八）}: 缺少培训职种或等级，无法按补贴标准确定金额 – occupation or
   * level missing for the schedule.
   */
  SUBSIDY_AMOUNT_FACTS_MISSING(CONFIGURATION),

  // project events and standing duties
  /**
   * {@code 大政办发〔2018〕83号 一（一）}, {@code 大政办发〔2018〕83号 二（三）}, {@code 大政办发〔2018〕83号 二（五）}, {@code
   * 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三 末段（服务专员）}: 项目属于重大项目 – the project is a major
   * project.
   */
  EVENT_PROJECT_MAJOR(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}, {@code 大政办发〔2018〕83号 二（三）}, {@code 大政办发〔2018〕83号 二（五）}, {@code
   * 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三 末段（服务专员）}: 项目不是重大项目，本条不适用 – the project is not
   * major: the clause does not apply.
   */
  EVENT_PROJECT_NOT_MAJOR(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}, {@code 大政办发〔2018〕83号 二（三）}, {@code 大政办发〔2018〕83号 二（五）}, {@code
   * 大政办发〔2018〕83号 三（七）}, {@code 大政办发〔2018〕83号 三 末段（服务专员）}: 无法确定项目是否为重大项目；如为重大项目，产生以下职责 – whether
   * the project is major cannot be told; if it is, the duties arise.
   */
  EVENT_PROJECT_UNDETERMINED(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 发展改革部门提供的是总投资额1亿元以上建设项目情况，经地区扩大范围认定的项目不在其列 – the 发展改革 list covers
   * 1亿元 construction projects only, not regionally widened ones.
   */
  DEVELOPMENT_REFORM_LIST_THRESHOLD_ONLY(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 土地征收公告发布后30个工作日内摸清被征地人员情况并建立数据库 – within 30 working days after the
   * 土地征收公告: survey and databases.
   */
  LAND_NOTICE_TRIGGERS(READING, InterpretationId.LAND_NOTICE_TRIGGER),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 征收土地预公告默认不起算30个工作日 – a pre-notice does not start the 30 working
   * days by default.
   */
  LAND_PRE_NOTICE_NO_TRIGGER(READING, InterpretationId.LAND_NOTICE_TRIGGER),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 征地补偿安置方案公告默认不起算30个工作日 – a compensation-plan notice does not start
   * the 30 working days by default.
   */
  LAND_COMPENSATION_NOTICE_NO_TRIGGER(READING, InterpretationId.LAND_NOTICE_TRIGGER),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 按配置，该类公告也起算30个工作日 – as configured, this notice also starts the 30
   * working days.
   */
  LAND_NOTICE_TRIGGER_CONFIGURED(CONFIGURATION, InterpretationId.LAND_NOTICE_TRIGGER),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 土地征收不涉及被征地人员，本条不适用 – no land-expropriated persons: the clause does
   * not apply.
   */
  LAND_NO_PERSONS(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 未提供是否涉及被征地人员 – whether land-expropriated persons are affected is
   * not given.
   */
  LAND_PERSONS_UNKNOWN(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 截止日为公告发布日之后的第30个工作日 – due on the 30th working day after
   * publication.
   */
  DUE_FROM_CALENDAR(READING, InterpretationId.PERIOD_START_NOT_COUNTED),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 本库解读：参照《民法典》第二百零一条（类推适用），开始的当日不计入 – the start day is not counted,
   * 《民法典》 art. 201 applied by analogy (triggers from 2021-01-01).
   */
  DUE_COUNTING_CIVIL_CODE(READING, InterpretationId.PERIOD_START_NOT_COUNTED),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 本库解读：参照《民法总则》第二百零一条（类推适用），开始的当日不计入 – the same under 《民法总则》 art. 201
   * (triggers before 2021-01-01).
   */
  DUE_COUNTING_GENERAL_PROVISIONS(READING, InterpretationId.PERIOD_START_NOT_COUNTED),
  /** {@code 大政办发〔2018〕83号 二（三）}: 本库解读：调休上班日计入工作日 – make-up working days count as working days. */
  DUE_MAKEUP_WORKDAYS_COUNTED(READING, InterpretationId.MAKEUP_WORKDAYS),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 按配置：调休上班日不计入 – as configured, make-up working days do not count.
   */
  DUE_MAKEUP_WORKDAYS_EXCLUDED(CONFIGURATION, InterpretationId.MAKEUP_WORKDAYS),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 期间跨入尚无节假日安排通知的年份，截止日为预估 – the period runs into a year without a
   * notice: a provisional due date.
   */
  DUE_PROVISIONAL(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 期间跨入日历未覆盖的年份，截止日暂无法确定 – the period runs past the calendar: the due
   * date is undetermined.
   */
  DUE_OUTSIDE_CALENDAR(TEXT),
  /** {@code 大政办发〔2018〕83号 二（三）}: 本意见未规定制定安置分流方案的期限 – no deadline for the resettlement plan. */
  RESETTLEMENT_NO_DEADLINE(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（四）}: 招商项目签订投资协议时即应了解投资者的人才需求 – at the signing of an investment
   * agreement, whatever the project's scope.
   */
  INVESTMENT_AGREEMENT_ANY_PROJECT(READING, InterpretationId.INVESTMENT_AGREEMENT_SCOPE),
  /**
   * {@code 大政办发〔2018〕83号 二（四）}: 按配置：签订投资协议时的职责只适用于重大项目 – as configured, the duty at signing covers
   * major projects only.
   */
  INVESTMENT_AGREEMENT_MAJOR_ONLY(CONFIGURATION, InterpretationId.INVESTMENT_AGREEMENT_SCOPE),
  /** {@code 大政办发〔2018〕83号 二（五）}: 按所配置的周期定期对接 – liaison at the configured period. */
  LIAISON_PERIOD_CONFIGURED(CONFIGURATION),
  /** {@code 大政办发〔2018〕83号 二（五）}: 本意见只规定“定期”对接，未配置周期 – "定期" without a configured period. */
  LIAISON_PERIOD_NOT_CONFIGURED(CONFIGURATION),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 优先组织当地重点群体就业，开展公共招聘活动和“一企一策”就业服务 – local priority groups first,
   * public recruitment, 一企一策.
   */
  RECRUITMENT_DUTIES(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 围绕重大项目用工需要广泛开展公共招聘活动，实行“一企一策”的就业服务 – public recruitment events and
   * the one-enterprise-one-policy service.
   */
  PUBLIC_SERVICE_DUTIES(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 财政投资的重大项目招用应届高校毕业生，应主动公开信息 – a government-funded major project
   * recruiting current-year graduates publishes it.
   */
  DISCLOSURE_GOVERNMENT_FUNDED(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 国有（控股）企业承担财政资金投资的重大项目招用应届高校毕业生，应主动公开信息 – a state enterprise's
   * government-funded major project recruiting current-year graduates publishes it.
   */
  DISCLOSURE_STATE_ENTERPRISE(TEXT),
  /** {@code 大政办发〔2018〕83号 三（六）}: 项目没有财政资金投资，信息公开要求不适用 – not government-funded: no disclosure. */
  DISCLOSURE_NOT_GOVERNMENT_FUNDED(READING, InterpretationId.DISCLOSURE_GOVERNMENT_FUNDING),
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 不招用应届高校毕业生，信息公开要求不适用 – no current-year graduates recruited: no
   * disclosure.
   */
  DISCLOSURE_NO_GRADUATES(TEXT),
  /** {@code 大政办发〔2018〕83号 三（六）}: 未提供是否有财政资金投资 – government funding is not given. */
  DISCLOSURE_FUNDING_UNKNOWN(READING, InterpretationId.DISCLOSURE_GOVERNMENT_FUNDING),
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 未提供是否招用应届高校毕业生 – whether current-year graduates are recruited is
   * not given.
   */
  DISCLOSURE_GRADUATES_UNKNOWN(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 本市劳动力仍不能满足需求，通过外出招聘、劳务合作等方式提供人力资源支撑 – the shortfall is met by
   * external recruitment and labour cooperation.
   */
  SHORTFALL_EXTERNAL(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 组织职业培训机构与项目建设单位对接，开展订单式、定向式培训 – training institutions linked with
   * the employer for order-based training.
   */
  TRAINING_LIAISON(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 辖区内重大项目建设造成的被征地人员中有培训愿望的，全部纳入农村劳动力转移培训计划 – the land notice of a
   * major project: every willing land-expropriated person enters the transfer training plan.
   */
  TRANSFER_PLAN_FROM_LAND_NOTICE(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三 末段（服务专员）}: 服务专员按照“特事特办、急事急办”的原则加快处理并全程跟踪 – expedited handling by the
   * service specialist, tracked until closed.
   */
  ISSUE_EXPEDITED(TEXT),
  /** {@code 大政办发〔2018〕83号 三 末段（服务专员）}: 问题已办结，全程跟踪服务结束 – the issue is closed; tracking ends. */
  ISSUE_CLOSED(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 三（八）}: 本意见只规定“定期”发布急需紧缺目录，未规定周期 – the catalogue is published "定期", without
   * a period.
   */
  CATALOGUE_PERIOD_OPEN(TEXT),
  /**
   * {@code 大政办发〔2018〕83号 一（一）}, {@code 大政办发〔2018〕83号 三（八）}, {@code 大政办发〔2018〕83号 三 末段（服务专员）}:
   * 本条规定了不以具体项目事件为前提的常设职责 – the clause sets a standing duty.
   */
  STANDING_DUTY(TEXT);

  private final ReasonBasis basis;

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable List.of
  private final List<InterpretationId> interpretations;

  ReasonCode(ReasonBasis basis, InterpretationId... interpretations) {
    if (basis == ReasonBasis.READING && interpretations.length == 0) {
      throw new IllegalStateException("a reason resting on a reading names it: " + name());
    }
    if (basis == ReasonBasis.TEXT && interpretations.length != 0) {
      throw new IllegalStateException("a reason resting on the text names no reading: " + name());
    }
    this.basis = basis;
    this.interpretations = List.of(interpretations);
  }

  /**
   * What a reason with this code rests on: the text, a reading or configuration.
   *
   * @return the basis
   */
  public ReasonBasis basis() {
    return basis;
  }

  /**
   * The readings a reason with this code applies: at least one when {@link #basis()} is {@link
   * ReasonBasis#READING}, possibly some for {@link ReasonBasis#CONFIGURATION} (a reading whose
   * alternative a caller chose), none for {@link ReasonBasis#TEXT}.
   *
   * @return the interpretation ids, unmodifiable
   */
  public List<InterpretationId> interpretations() {
    return interpretations;
  }
}
