package org.employmentlinkage.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A citation of a clause of 大政办发〔2018〕83号 《大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制的意见》, or of the notice that
 * forwarded it in Wafangdian, 瓦政办发〔2018〕66号 ({@link #FORWARDING_NOTICE}).
 *
 * <p>The {@link #canonical() canonical text} is the document number, one ASCII space and the clause
 * path, with full-width 〔〕 and （）: {@code 大政办发〔2018〕83号 二（三）}; the closing paragraph of part 三 (the
 * service specialists) is {@code 大政办发〔2018〕83号 三 末段（服务专员）}. Every reason and duty of the library
 * cites one of these constants.
 *
 * <p>{@link #words()} is the clause's paragraph exactly as in the policy text shipped inside the
 * jar ({@link PolicyDocuments#dalian2018Text()}), and {@link #responsibleUnits()} the units its
 * "（责任单位：…）" list names, parsed from that text.
 */
public enum ClauseRef {
  /** 一（一） 建立重大项目建设岗位需求评估制度: the 1亿元 scope, regional widening, job-demand assessment. */
  JOB_DEMAND_ASSESSMENT("一", "（一）", "Job-demand assessment of major construction projects"),
  /** 一（二） 明确重大项目建设与就业联动工作目标: goals, priority groups (重点群体). */
  LINKAGE_GOALS("一", "（二）", "Goals of the linkage between major projects and employment"),
  /** 二（三） 土地征收与就业联动: 30 working days after the 土地征收公告, survey and databases. */
  LAND_EXPROPRIATION("二", "（三）", "Land expropriation and employment"),
  /** 二（四） 项目招商与就业联动: investment promotion, the investor's talent needs. */
  INVESTMENT_PROMOTION("二", "（四）", "Investment promotion and employment"),
  /** 二（五） 项目建设与就业联动: periodic liaison, local priority groups first, external recruitment. */
  PROJECT_CONSTRUCTION("二", "（五）", "Project construction and employment"),
  /** 三（六） 健全重大项目公共就业服务机制: public recruitment, 一企一策, disclosure for graduates. */
  PUBLIC_EMPLOYMENT_SERVICE("三", "（六）", "Public employment service for major projects"),
  /** 三（七） 实施重大项目建设技能培训计划: order-based training, training subsidies, land-expropriated. */
  SKILLS_TRAINING_PLAN("三", "（七）", "Skills-training plan for major projects"),
  /** 三（八） 重大项目建设技能人才储备计划: shortage catalogue, subsidies by occupation and level. */
  SKILLED_TALENT_RESERVE("三", "（八）", "Skilled-talent reserve plan for major projects"),
  /** 三 末段（服务专员）: the closing paragraph of part 三, HR service specialists. */
  SERVICE_SPECIALISTS("三", PolicyText.CLOSING_PATH, "Service specialists"),
  /**
   * 瓦政办发〔2018〕66号: Wafangdian's forwarding notice of 2018-07-31, "请结合实际，抓好贯彻落实" (its canonical text
   * is the notice's number alone; it has no parts, items or responsible units).
   */
  FORWARDING_NOTICE("", PolicyText.FORWARDING_PATH, "Wafangdian's forwarding notice");

  /** The number of the document every constant cites. */
  public static final String DOCUMENT_NUMBER = "大政办发〔2018〕83号";

  private final String part;
  private final String path;
  private final String canonical;
  private final String englishTitle;
  private final String words;
  private final String heading;

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable List.copyOf/List.of
  private final List<ResponsibleUnit> responsibleUnits;

  /** The number of Wafangdian's forwarding notice, cited by {@link #FORWARDING_NOTICE}. */
  public static final String FORWARDING_NUMBER = "瓦政办发〔2018〕66号";

  private final String documentNumber;

  ClauseRef(String part, String item, String englishTitle) {
    this.part = part;
    boolean closing = item.equals(PolicyText.CLOSING_PATH);
    boolean forwarding = item.equals(PolicyText.FORWARDING_PATH);
    this.documentNumber = forwarding ? "瓦政办发〔2018〕66号" : "大政办发〔2018〕83号";
    this.path = closing ? item : forwarding ? "" : part + item;
    this.canonical = forwarding ? documentNumber : documentNumber + " " + path;
    this.englishTitle = englishTitle;
    this.words = PolicyText.paragraph(item);
    if (forwarding) {
      this.heading = "转发通知";
      this.responsibleUnits = List.of();
      return;
    }
    if (closing) {
      this.heading = "服务专员制度";
    } else {
      String body = words.substring(item.length());
      int stop = body.indexOf('。');
      this.heading = stop < 0 ? body : body.substring(0, stop);
    }
    List<ResponsibleUnit> units = new ArrayList<>();
    for (String name : PolicyText.responsibleUnitNames(words)) {
      units.add(ResponsibleUnit.ofName(name));
    }
    this.responsibleUnits = List.copyOf(units);
  }

  /**
   * The document number: 大政办发〔2018〕83号 ({@link #DOCUMENT_NUMBER}), or 瓦政办发〔2018〕66号 ({@link
   * #FORWARDING_NUMBER}) for {@link #FORWARDING_NOTICE}.
   *
   * @return the number
   */
  public String documentNumber() {
    return documentNumber;
  }

  /**
   * The part: 一, 二 or 三; empty for {@link #FORWARDING_NOTICE}.
   *
   * @return the part numeral
   */
  public String part() {
    return part;
  }

  /**
   * The clause path, e.g. {@code 二（三）} or {@code 三 末段（服务专员）}; empty for {@link #FORWARDING_NOTICE}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The canonical citation, e.g. {@code 大政办发〔2018〕83号 二（三）}, or {@code 瓦政办发〔2018〕66号}.
   *
   * @return the citation
   */
  public String canonical() {
    return canonical;
  }

  /**
   * The clause's heading as the document writes it, e.g. {@code 土地征收与就业联动}; for the closing
   * paragraph, {@code 服务专员制度}.
   *
   * @return the heading
   */
  public String heading() {
    return heading;
  }

  /**
   * An English title (this library's gloss, not an official translation).
   *
   * @return the English title
   */
  public String englishTitle() {
    return englishTitle;
  }

  /**
   * The clause's own words: its whole paragraph, exactly as in the policy text.
   *
   * @return the paragraph
   */
  public String words() {
    return words;
  }

  /**
   * The responsible units (责任单位) the clause lists, in the document's order.
   *
   * @return the units, unmodifiable
   */
  public List<ResponsibleUnit> responsibleUnits() {
    return responsibleUnits;
  }

  /**
   * The canonical citation; same as {@link #canonical()}.
   *
   * @return the citation
   */
  @Override
  public String toString() {
    return canonical;
  }

  /**
   * The clause whose {@link #canonical() canonical text} is {@code text}.
   *
   * @param text a canonical citation such as {@code 大政办发〔2018〕83号 二（三）}
   * @return the clause
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a canonical citation of a clause
   */
  public static ClauseRef parse(String text) {
    Objects.requireNonNull(text, "text");
    for (ClauseRef c : values()) {
      if (c.canonical.equals(text)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "ClauseRef: '"
            + text
            + "' is not a canonical citation such as '大政办发〔2018〕83号 二（三）' or"
            + " '大政办发〔2018〕83号 三 末段（服务专员）' (full-width 〔〕（）, one ASCII space)");
  }
}
