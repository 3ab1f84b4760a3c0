package org.employmentlinkage.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The documents this library encodes, as a forwarding chain: 瓦政办发〔2018〕66号 forwards 大政办发〔2018〕83号,
 * which is based on 大政发〔2017〕46号. Dates and titles are as the texts state them (the policy text
 * inside the jar, {@link #dalian2018Text()}).
 */
public final class PolicyDocuments {
  /**
   * 大政发〔2017〕46号 《大连市人民政府关于进一步做好当前和今后一段时期就业创业工作的实施意见》, the basis named in the preamble of
   * 大政办发〔2018〕83号. Its issue date is not known to this project.
   */
  public static final PolicyDocument DALIAN_2017_46 =
      PolicyDocument.builder()
          .number("大政发〔2017〕46号")
          .title("大连市人民政府关于进一步做好当前和今后一段时期就业创业工作的实施意见")
          .issuer("大连市人民政府")
          .note("named as the basis (根据…精神) in the preamble of 大政办发〔2018〕83号")
          .build();

  /** 大政办发〔2018〕83号 《大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制的意见》, 大连市人民政府办公厅, 2018-07-06. */
  public static final PolicyDocument DALIAN_2018_83 =
      PolicyDocument.builder()
          .number(ClauseRef.DOCUMENT_NUMBER)
          .title("大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制的意见")
          .issuer("大连市人民政府办公厅")
          .issued(LocalDate.of(2018, 7, 6))
          .validity(ValidityWindow.DALIAN_2018_83)
          .addBasedOn(DALIAN_2017_46)
          .note("addressed to 各区市县人民政府，各先导区管委会，市政府各有关部门，各有关单位; states no 施行日期")
          .build();

  /**
   * 瓦政办发〔2018〕66号 《瓦房店市人民政府办公室转发大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制意见的通知》, 瓦房店市人民政府办公室, 2018-07-31:
   * forwards 大政办发〔2018〕83号 ("请结合实际，抓好贯彻落实"); 此件公开发布. It forwards only: it widens nothing.
   */
  public static final PolicyDocument WAFANGDIAN_2018_66 =
      PolicyDocument.builder()
          .number("瓦政办发〔2018〕66号")
          .title("瓦房店市人民政府办公室转发大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制意见的通知")
          .issuer("瓦房店市人民政府办公室")
          .issued(LocalDate.of(2018, 7, 31))
          .validity(ValidityWindow.WAFANGDIAN_FORWARDING)
          .forwards(DALIAN_2018_83)
          .note("此件公开发布; addressed to 各乡镇人民政府，各街道办事处，各经济区，市政府有关部门及相关单位")
          .build();

  private PolicyDocuments() {}

  /**
   * The full text of 瓦政办发〔2018〕66号 with the forwarded 大政办发〔2018〕83号, exactly as kept inside the jar
   * (a verbatim UTF-8 copy of the text as 瓦房店市人民政府办公室 published it, "此件公开发布"; a test pins it to the
   * SHA-256 of the copy it was taken from).
   *
   * @return the text
   */
  public static String dalian2018Text() {
    return PolicyText.text();
  }

  /**
   * The sentences of {@link #dalian2018Text()}, in order, each with its stable id (see {@link
   * PolicySentence}): the forwarding notice 瓦政办发〔2018〕66号, then 大政办发〔2018〕83号 sentence by sentence,
   * each "（责任单位：…）" list its own entry.
   *
   * @return the sentences, unmodifiable
   */
  public static List<PolicySentence> sentences() {
    return PolicyText.sentences();
  }
}
