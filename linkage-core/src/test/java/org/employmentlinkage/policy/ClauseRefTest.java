package org.employmentlinkage.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClauseRefTest {

  /**
   * SHA-256 of the published text of 瓦政办发〔2018〕66号 with 大政办发〔2018〕83号 the resource was copied from
   * (computed with sha256sum on that file, 6657 bytes): the resource must be a verbatim copy.
   */
  private static final String SOURCE_SHA256 =
      "324d51f7af9a64ef75d50b04fee9b52b3d2e8c48d9a664eee3ca43469bd1f439";

  @Test
  void theResourceIsAVerbatimCopyOfThePolicyText() throws Exception {
    byte[] bytes;
    try (InputStream in =
        ClauseRef.class.getResourceAsStream("/org/employmentlinkage/policy/dalian-2018-83.txt")) {
      assertThat(in).isNotNull();
      bytes = in.readAllBytes();
    }
    assertThat(bytes).hasSize(6657);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(sha).isEqualTo(SOURCE_SHA256);
    assertThat(PolicyDocuments.dalian2018Text())
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Canonical texts as the ClauseRef javadoc spells them. */
  static Stream<Arguments> canonicalTexts() {
    return Stream.of(
        Arguments.of(ClauseRef.JOB_DEMAND_ASSESSMENT, "大政办发〔2018〕83号 一（一）"),
        Arguments.of(ClauseRef.LINKAGE_GOALS, "大政办发〔2018〕83号 一（二）"),
        Arguments.of(ClauseRef.LAND_EXPROPRIATION, "大政办发〔2018〕83号 二（三）"),
        Arguments.of(ClauseRef.INVESTMENT_PROMOTION, "大政办发〔2018〕83号 二（四）"),
        Arguments.of(ClauseRef.PROJECT_CONSTRUCTION, "大政办发〔2018〕83号 二（五）"),
        Arguments.of(ClauseRef.PUBLIC_EMPLOYMENT_SERVICE, "大政办发〔2018〕83号 三（六）"),
        Arguments.of(ClauseRef.SKILLS_TRAINING_PLAN, "大政办发〔2018〕83号 三（七）"),
        Arguments.of(ClauseRef.SKILLED_TALENT_RESERVE, "大政办发〔2018〕83号 三（八）"),
        Arguments.of(ClauseRef.SERVICE_SPECIALISTS, "大政办发〔2018〕83号 三 末段（服务专员）"));
  }

  @ParameterizedTest
  @MethodSource("canonicalTexts")
  void canonicalTextIsExactlyAsDesigned(ClauseRef clause, String expected) {
    assertThat(clause.canonical()).isEqualTo(expected);
    assertThat(clause.toString()).isEqualTo(expected);
    assertThat(ClauseRef.parse(expected)).isSameAs(clause);
    // full-width brackets, exactly one ASCII space
    assertThat(expected.chars().filter(c -> c == ' ').count())
        .isEqualTo(clause == ClauseRef.SERVICE_SPECIALISTS ? 2 : 1);
    assertThat(expected).doesNotContain("(", ")", "[", "]");
  }

  @Test
  void everyClausesWordsAreFoundInThePolicyText() {
    String text = PolicyDocuments.dalian2018Text();
    for (ClauseRef c : ClauseRef.values()) {
      assertThat(text).as(c.canonical()).contains(c.words());
      if (c != ClauseRef.FORWARDING_NOTICE) {
        assertThat(c.words()).as(c.canonical()).contains(c.heading());
      }
    }
  }

  /**
   * Headings: the first sentence of each item in the policy text; the closing paragraph's subject.
   */
  static Stream<Arguments> headingsAndKeyPhrases() {
    return Stream.of(
        Arguments.of(ClauseRef.JOB_DEMAND_ASSESSMENT, "建立重大项目建设岗位需求评估制度", "总投资额在1亿元以上建设项目"),
        Arguments.of(ClauseRef.LINKAGE_GOALS, "明确重大项目建设与就业联动工作目标", "高校毕业生、农村转移劳动力、去产能安置职工等重点群体"),
        Arguments.of(ClauseRef.LAND_EXPROPRIATION, "土地征收与就业联动", "在土地征收公告发布后30个工作日内"),
        Arguments.of(ClauseRef.INVESTMENT_PROMOTION, "项目招商与就业联动", "要及时了解投资者对人才的需求情况"),
        Arguments.of(ClauseRef.PROJECT_CONSTRUCTION, "项目建设与就业联动", "通过外出招聘、劳务合作等方式"),
        Arguments.of(ClauseRef.PUBLIC_EMPLOYMENT_SERVICE, "健全重大项目公共就业服务机制", "应主动公开信息，接受社会监督"),
        Arguments.of(ClauseRef.SKILLS_TRAINING_PLAN, "实施重大项目建设技能培训计划", "全部纳入农村劳动力转移培训计划"),
        Arguments.of(ClauseRef.SKILLED_TALENT_RESERVE, "重大项目建设技能人才储备计划", "根据培训职种、等级按相关政策规定给予培训补贴"),
        Arguments.of(ClauseRef.SERVICE_SPECIALISTS, "服务专员制度", "按照“特事特办、急事急办”的原则加快处理"));
  }

  @ParameterizedTest
  @MethodSource("headingsAndKeyPhrases")
  void headingsAndWordsComeFromTheText(ClauseRef clause, String heading, String phrase) {
    assertThat(clause.heading()).isEqualTo(heading);
    assertThat(clause.words()).contains(phrase);
  }

  /** The "（责任单位：…）" lists, as the text lists them. */
  static Stream<Arguments> responsibleUnits() {
    ResponsibleUnit counties = ResponsibleUnit.COUNTY_GOVERNMENTS_AND_PILOT_ZONE_COMMITTEES;
    ResponsibleUnit hr = ResponsibleUnit.HUMAN_RESOURCES_AND_SOCIAL_SECURITY_BUREAU;
    return Stream.of(
        Arguments.of(
            ClauseRef.JOB_DEMAND_ASSESSMENT,
            List.of(
                ResponsibleUnit.DEVELOPMENT_AND_REFORM_COMMISSION,
                ResponsibleUnit.PUBLIC_ADMINISTRATIVE_SERVICE_CENTRE,
                hr,
                ResponsibleUnit.LAND_AND_HOUSING_BUREAU,
                ResponsibleUnit.STATE_ASSETS_COMMISSION,
                counties)),
        Arguments.of(ClauseRef.LINKAGE_GOALS, List.of(hr, counties)),
        Arguments.of(ClauseRef.LAND_EXPROPRIATION, List.of(counties)),
        Arguments.of(
            ClauseRef.INVESTMENT_PROMOTION,
            List.of(
                ResponsibleUnit.ECONOMIC_COOPERATION_OFFICE,
                ResponsibleUnit.COMMERCE_BUREAU,
                hr,
                counties)),
        Arguments.of(ClauseRef.PROJECT_CONSTRUCTION, List.of(hr, counties)),
        Arguments.of(
            ClauseRef.PUBLIC_EMPLOYMENT_SERVICE,
            List.of(hr, ResponsibleUnit.STATE_ASSETS_COMMISSION, counties)),
        Arguments.of(
            ClauseRef.SKILLS_TRAINING_PLAN, List.of(hr, ResponsibleUnit.FINANCE_BUREAU, counties)),
        Arguments.of(
            ClauseRef.SKILLED_TALENT_RESERVE,
            List.of(hr, ResponsibleUnit.FINANCE_BUREAU, counties)),
        Arguments.of(ClauseRef.SERVICE_SPECIALISTS, List.of(hr, counties)));
  }

  @ParameterizedTest
  @MethodSource("responsibleUnits")
  void responsibleUnitsAreTheClausesList(ClauseRef clause, List<ResponsibleUnit> expected) {
    assertThat(clause.responsibleUnits()).containsExactlyElementsOf(expected);
  }

  @Test
  void parseRejectsNonCanonicalTexts() {
    assertThatThrownBy(() -> ClauseRef.parse("大政办发〔2018〕83号 二(三)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("full-width");
    assertThatThrownBy(() -> ClauseRef.parse("大政办发〔2018〕83号  二（三）"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClauseRef.parse("大政办发[2018]83号 二（三）"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClauseRef.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void documentChainIsAsTheTextsState() {
    PolicyDocument wafangdian = PolicyDocuments.WAFANGDIAN_2018_66;
    assertThat(wafangdian.number()).isEqualTo("瓦政办发〔2018〕66号");
    assertThat(wafangdian.issued()).hasValue(java.time.LocalDate.of(2018, 7, 31));
    assertThat(wafangdian.forwards()).hasValue(PolicyDocuments.DALIAN_2018_83);
    PolicyDocument dalian = PolicyDocuments.DALIAN_2018_83;
    assertThat(dalian.issued()).hasValue(java.time.LocalDate.of(2018, 7, 6));
    assertThat(dalian.basedOn()).containsExactly(PolicyDocuments.DALIAN_2017_46);
    assertThat(dalian.validity()).hasValue(ValidityWindow.DALIAN_2018_83);
    assertThat(wafangdian.validity()).hasValue(ValidityWindow.WAFANGDIAN_FORWARDING);
    assertThat(PolicyDocuments.DALIAN_2017_46.validity()).isEmpty();
    assertThat(PolicyDocuments.DALIAN_2017_46.number()).isEqualTo("大政发〔2017〕46号");
    String text = PolicyDocuments.dalian2018Text();
    // the forwarding notice's title is broken over three lines in the text
    String joined = text.replace("\n", "");
    for (PolicyDocument d : List.of(wafangdian, dalian, PolicyDocuments.DALIAN_2017_46)) {
      assertThat(text).contains(d.number());
      assertThat(joined).contains(d.title());
    }
    assertThat(text).contains("2018年7月6日").contains("2018年7月31日");
  }
}
