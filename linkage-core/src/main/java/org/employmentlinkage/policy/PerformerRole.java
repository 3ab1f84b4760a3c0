package org.employmentlinkage.policy;

import org.employmentlinkage.text.Labelled;

/**
 * Who carries out a duty, in the words of the sentence that creates it (the clause's "（责任单位：…）"
 * list is {@link Duty#responsibleUnits()}).
 */
public enum PerformerRole implements Labelled {
  /** 发展改革部门 (一（一）: "发展改革部门向人社部门提供…"). */
  DEVELOPMENT_AND_REFORM_DEPARTMENT("发展改革部门", "development and reform department"),
  /** 市公共行政服务中心 (一（一）). */
  PUBLIC_ADMINISTRATIVE_SERVICE_CENTRE(
      "市公共行政服务中心", "municipal public administrative service centre"),
  /** 人社部门: the human resources and social security department of the level given by the region. */
  HR_DEPARTMENT("人社部门", "human resources and social security department"),
  /** 市人社部门: the city's human resources and social security department (三（八）). */
  CITY_HR_DEPARTMENT("市人社部门", "city human resources and social security department"),
  /** 项目落地区市县（先导区） (二（三）): the county-level unit or pilot zone where the project is. */
  COUNTY_OR_PILOT_ZONE("项目落地区市县（先导区）", "county-level unit or pilot zone of the project"),
  /** 街道（乡镇） (二（三）): the sub-district or township of the project. */
  SUBDISTRICT_OR_TOWNSHIP("街道（乡镇）", "sub-district or township of the project"),
  /**
   * 当地政府 (二（三）: the 安置分流方案 is "报当地政府同意实施"): it approves the plan, it does not draw it up; for a
   * project in a 先导区 this library names the 先导区's 管委会.
   */
  LOCAL_GOVERNMENT(
      "当地政府（方案报其同意实施；先导区为管委会）",
      "local government (approves the plan; for a pilot zone its management committee)"),
  /** 各级政府 (一（一）: "各级政府要把重大项目建设作为就业增长点"). */
  GOVERNMENTS_AT_ALL_LEVELS("各级政府", "governments at all levels"),
  /** 区市县（先导区） in general, not one project's (二（四）: "区市县（先导区）、街道（乡镇）在招商洽谈时"). */
  COUNTY_LEVEL_UNITS_AND_PILOT_ZONES("区市县（先导区）", "county-level units and pilot zones"),
  /** The addressees of 瓦政办发〔2018〕66号: 各乡镇人民政府，各街道办事处，各经济区，市政府有关部门及相关单位 of 瓦房店市. */
  FORWARDING_ADDRESSEES(
      "各乡镇人民政府，各街道办事处，各经济区，市政府有关部门及相关单位",
      "Wafangdian's township governments, sub-district offices, economic zones, departments and units"),
  /** 承担招商引资工作任务的部门 (二（四）). */
  INVESTMENT_PROMOTION_DEPARTMENT("承担招商引资工作任务的部门", "investment-promotion department"),
  /** 重大项目建设单位: the employer building the major project (e.g. for disclosure under 三（六）). */
  PROJECT_EMPLOYER("重大项目建设单位", "major-project employer"),
  /** 服务专员 (三 末段): the HR service specialist of the county-level unit or pilot zone. */
  HR_SERVICE_SPECIALIST("服务专员", "HR service specialist");

  private final String zh;
  private final String en;

  PerformerRole(String zh, String en) {
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
