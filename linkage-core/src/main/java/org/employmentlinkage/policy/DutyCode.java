package org.employmentlinkage.policy;

/**
 * The stable code of a {@link Duty} (职责) that 大政办发〔2018〕83号 creates. Each constant names the clause
 * that creates the duty and the gist of what is to be done; the full zh-CN (authoritative) and en
 * texts, the performers and the timing are in the duty itself.
 *
 * <p>The constant's {@link #name()} is the stable code that JSON output, the command line and
 * stored duties use (e.g. {@code LAND_SURVEY_AND_DATABASES}); {@link #valueOf(String)} reads it
 * back. Codes never change meaning between releases: a new meaning gets a new code.
 */
public enum DutyCode {
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 各级政府要把重大项目建设作为就业增长点，统筹考虑增加就业岗位、减少岗位流失等问题 – governments treat major
   * projects as a growth point of employment (a standing duty).
   */
  EMPLOYMENT_GROWTH_POINT,
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 在项目招商引资和建设过程中，统筹考虑人力资源配置问题 – weigh staffing in investment promotion
   * and construction (a standing duty).
   */
  STAFFING_IN_INVESTMENT_AND_CONSTRUCTION,
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 各级人社部门对重大项目岗位需求情况进行调查评估 – HR departments survey and assess the
   * major project's job demand.
   */
  JOB_DEMAND_ASSESSMENT,
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 发展改革部门向人社部门提供总投资额1亿元以上建设项目情况 – the development and reform
   * department lists the 1亿元 construction projects for HR.
   */
  PROJECT_LIST_TO_HR,
  /**
   * {@code 大政办发〔2018〕83号 一（一）}: 市公共行政服务中心将审批、核准和备案信息授权人社部门查阅 – the public administrative service
   * centre lets HR read approval, confirmation and filing records.
   */
  APPROVAL_DATA_ACCESS,
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 对重大项目的就业岗位和技能培训需求进行跟踪调查 – track the major project's job and
   * training demand.
   */
  DEMAND_TRACKING,
  /**
   * {@code 大政办发〔2018〕83号 一（二）}: 要把吸纳就业特别是高校毕业生、农村转移劳动力、去产能安置职工等重点群体就业作为重要内容 – make the employment
   * of the priority groups an important part (a standing duty).
   */
  PRIORITY_GROUPS_AS_CONTENT,
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 土地征收公告发布后30个工作日内摸清被征地人员情况，建立基本信息、需求信息数据库 – within 30 working days
   * after the 土地征收公告: survey the land-expropriated persons and build the two databases.
   */
  LAND_SURVEY_AND_DATABASES,
  /**
   * {@code 大政办发〔2018〕83号 二（三）}: 制定被征地人员安置分流方案，报当地政府同意实施 – draw up the resettlement plan for the
   * local government's approval.
   */
  RESETTLEMENT_PLAN,
  /**
   * {@code 大政办发〔2018〕83号 二（四）}: 在招商洽谈时，要把吸纳城乡劳动者就业作为重大项目引进重要因素，予以统筹考虑 – in investment negotiations,
   * weigh the employment of urban and rural workers (a standing duty).
   */
  INVESTMENT_NEGOTIATION_EMPLOYMENT,
  /**
   * {@code 大政办发〔2018〕83号 二（四）}: 招商项目签订投资协议时了解投资者对人才的需求情况 – learn the investor's talent needs when
   * the investment agreement is signed.
   */
  INVESTOR_TALENT_NEEDS,
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 人社部门定期对接了解重大项目劳动用工、职业培训等需求 – HR liaises regularly with the major
   * project.
   */
  PERIODIC_LIAISON,
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 优先组织当地重点群体就业 – organise local priority groups into employment
   * first.
   */
  PRIORITY_EMPLOYMENT,
  /**
   * {@code 大政办发〔2018〕83号 二（五）}: 通过外出招聘、劳务合作等方式提供人力资源支撑 – external recruitment and labour
   * cooperation for the shortfall.
   */
  EXTERNAL_RECRUITMENT,
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 围绕重大项目用工需要广泛开展公共招聘活动 – public recruitment events around the major
   * project's needs.
   */
  PUBLIC_RECRUITMENT_EVENTS,
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 对重大项目招工实行“一企一策”的就业服务 – one-enterprise-one-policy employment
   * service.
   */
  ONE_ENTERPRISE_ONE_POLICY,
  /**
   * {@code 大政办发〔2018〕83号 三（六）}: 招用应届高校毕业生，主动公开信息，接受社会监督 – publish the recruitment of current-year
   * college graduates.
   */
  GRADUATE_RECRUITMENT_DISCLOSURE,
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 组织职业培训机构与重大项目建设单位对接，开展订单式、定向式培训 – link training institutions with
   * the employer for order-based and targeted training.
   */
  ORDER_TRAINING_LIAISON,
  /**
   * {@code 大政办发〔2018〕83号 三（七）}: 将有培训愿望的被征地人员全部纳入农村劳动力转移培训计划 – include every willing
   * land-expropriated person in the transfer training plan.
   */
  TRANSFER_TRAINING_PLAN,
  /**
   * {@code 大政办发〔2018〕83号 三（八）}: 编制全市技能人才急需紧缺目录并定期发布 – compile and regularly publish the catalogue
   * of urgently needed skills.
   */
  SHORTAGE_CATALOGUE,
  /**
   * {@code 大政办发〔2018〕83号 三（八）}: 推行就业技能培训、劳动预备制培训、企业职工岗位技能培训等项目 – the employment-skills,
   * labour-preparation and post-skills training programmes.
   */
  TRAINING_PROGRAMMES,
  /**
   * {@code 大政办发〔2018〕83号 三 末段（服务专员）}: 各区市县、先导区人社部门建立服务专员制度 – every county-level unit and pilot zone
   * sets up service specialists.
   */
  SERVICE_SPECIALIST_SYSTEM,
  /**
   * {@code 大政办发〔2018〕83号 三 末段（服务专员）}: 按照“特事特办、急事急办”的原则加快处理项目反映的问题，全程跟踪 – expedited handling of a
   * project's issue, tracked until closed.
   */
  EXPEDITED_ISSUE_HANDLING,
  /**
   * {@code 瓦政办发〔2018〕66号}: 请结合实际，抓好贯彻落实 – Wafangdian's units implement the forwarded opinion (a
   * standing duty from 2018-07-31).
   */
  FORWARDED_IMPLEMENTATION;
}
