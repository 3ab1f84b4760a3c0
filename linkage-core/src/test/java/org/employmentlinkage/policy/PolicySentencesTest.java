package org.employmentlinkage.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The split of the shipped text into sentences with stable ids, checked against the text. */
class PolicySentencesTest {
  private final List<PolicySentence> sentences = PolicyDocuments.sentences();

  private String text(String id) {
    for (PolicySentence s : sentences) {
      if (s.id().equals(id)) {
        return s.text();
      }
    }
    throw new AssertionError("no sentence " + id);
  }

  @Test
  void theSentencesTogetherAreTheWholeTextInOrder() {
    StringBuilder joined = new StringBuilder();
    for (PolicySentence s : sentences) {
      joined.append(s.text());
    }
    String whole = PolicyDocuments.dalian2018Text().replaceAll("\\s", "");
    assertThat(joined.toString().replaceAll("\\s", "")).isEqualTo(whole);
  }

  @Test
  void idsAreUniqueAndFollowTheDocumentsStructure() {
    Set<String> ids = new HashSet<>();
    for (PolicySentence s : sentences) {
      assertThat(ids.add(s.id())).as(s.id()).isTrue();
    }
    // 7 of 66号; 83号: title, number, addressees, preamble, 3 part headings, signature, date; the
    // items: 一（一） 6 + units, 一（二） 3 + units, 二（三） 3 + units, 二（四） 3 + units, 二（五） 4 + units,
    // 三（六） 3 + units, 三（七） 4 + units, 三（八） 4 + units; the closing paragraph 1 + units.
    assertThat(sentences).hasSize(7 + 9 + 7 + 4 + 4 + 4 + 5 + 4 + 5 + 5 + 2);
    assertThat(sentences.get(0).id()).isEqualTo("66号.文号");
    assertThat(sentences.get(sentences.size() - 1).id()).isEqualTo("83号.日期");
  }

  @Test
  void sentencesAreTheTextsWords() {
    assertThat(text("66号.文号")).isEqualTo("瓦政办发〔2018〕66号");
    assertThat(text("66号.标题")).isEqualTo("瓦房店市人民政府办公室转发大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制意见的通知");
    assertThat(text("66号.1")).endsWith("转发给你们，请结合实际，抓好贯彻落实。");
    assertThat(text("66号.日期")).isEqualTo("2018年7月31日");
    assertThat(text("66号.公开")).isEqualTo("（此件公开发布）");
    assertThat(text("83号.文号")).isEqualTo("大政办发〔2018〕83号");
    assertThat(text("83号.序言")).startsWith("为充分发挥重大项目建设拉动就业作用").endsWith("提出以下意见。");
    assertThat(text("一")).isEqualTo("一、充分发挥重大项目建设对就业的拉动作用");
    assertThat(text("一（一）.1")).isEqualTo("（一）建立重大项目建设岗位需求评估制度。");
    assertThat(text("一（一）.2")).isEqualTo("本意见中重大项目是指总投资额在1亿元以上建设项目，各地区可根据本地实际扩大重大项目范围。");
    assertThat(text("一（一）.3")).startsWith("各级政府要把重大项目建设作为就业增长点");
    assertThat(text("一（一）.4")).startsWith("要将重大项目拉动就业作为重要职责");
    assertThat(text("二（四）.2")).contains("要把吸纳城乡劳动者就业作为重大项目引进重要因素");
    assertThat(text("二（五）.4")).startsWith("对本市劳动力仍不能满足项目用工需求的，通过外出招聘、劳务合作等方式");
    assertThat(text("三 末段（服务专员）.1")).startsWith("各区市县、先导区人社部门要建立服务专员制度");
    assertThat(text("三 末段（服务专员）.责任单位")).isEqualTo("（责任单位：市人社局，各区市县政府和先导区管委会）");
    assertThat(text("83号.落款")).isEqualTo("大连市人民政府办公厅");
    assertThat(text("83号.日期")).isEqualTo("2018年7月6日");
    assertThat(sentences.get(0).documentNumber()).isEqualTo("瓦政办发〔2018〕66号");
    assertThat(sentences.get(sentences.size() - 1).documentNumber()).isEqualTo("大政办发〔2018〕83号");
  }

  @Test
  void aParagraphSplitsAfterEveryFullStopAndKeepsTheRest() {
    assertThat(PolicySentences.sentences("甲。乙。丙")).containsExactly("甲。", "乙。", "丙");
    assertThat(PolicySentences.sentences("甲。")).containsExactly("甲。");
  }

  @Test
  void aTextOfAnotherShapeIsRefused() {
    assertThatThrownBy(() -> PolicySentences.split("瓦政办发〔2018〕67号\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("66号");
  }

  @Test
  void sentencesAreValuesWithTheirSummary() {
    PolicySentence a = PolicySentence.of("一（一）.2", "本意见中重大项目是指…");
    new EqualsTester()
        .addEqualityGroup(a, PolicySentence.of("一（一）.2", "本意见中重大项目是指…"))
        .addEqualityGroup(PolicySentence.of("一（一）.3", "本意见中重大项目是指…"))
        .addEqualityGroup(PolicySentence.of("一（一）.2", "另一句"))
        .testEquals();
    assertThat(a.toString()).isEqualTo("一（一）.2 本意见中重大项目是指…");
    assertThatThrownBy(() -> PolicySentence.of(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyReasonCodeNamesWhatItRestsOn() {
    for (ReasonCode code : ReasonCode.values()) {
      switch (code.basis()) {
        case TEXT -> assertThat(code.interpretations()).as(code.name()).isEmpty();
        case READING -> assertThat(code.interpretations()).as(code.name()).isNotEmpty();
        case CONFIGURATION -> {}
      }
      Reason r = Reason.of(code, ClauseRef.LAND_EXPROPRIATION, "样例", "sample");
      assertThat(r.basis()).isEqualTo(code.basis());
      assertThat(r.interpretations()).isEqualTo(code.interpretations());
    }
    // the text's threshold, read with 以上含本数; a configured widening; the text's deadline duty
    assertThat(ReasonCode.SCOPE_MUNICIPAL_THRESHOLD_MET.interpretations())
        .containsExactly(InterpretationId.INCLUSIVE_THRESHOLD);
    assertThat(ReasonCode.SCOPE_REGIONAL_THRESHOLD_MET.basis())
        .isEqualTo(ReasonBasis.CONFIGURATION);
    assertThat(ReasonCode.RESETTLEMENT_NO_DEADLINE.basis()).isEqualTo(ReasonBasis.TEXT);
    assertThat(ReasonBasis.READING.zh()).isEqualTo("本库解读");
    assertThat(ReasonBasis.CONFIGURATION.zh()).isEqualTo("按配置");
  }

  private static Interpretation.Builder base() {
    return Interpretation.builder()
        .id(InterpretationId.LOCALITY)
        .zh("甲")
        .en("a")
        .sourceZh("无")
        .sourceEn("none")
        .fixed(false);
  }

  @Test
  void anInterpretationIsFixedOrHasItsAlternatives() {
    Interpretation.Alternative a = Interpretation.Alternative.of("A", "甲", "a");
    Interpretation.Alternative b = Interpretation.Alternative.of("B", "乙", "b");
    Interpretation ok = base().addAlternatives(a, b).defaultAlternative("A").chosen("B").build();
    assertThat(ok.isDefault()).isFalse();
    assertThat(ok.toString()).isEqualTo("LOCALITY=B");
    assertThatThrownBy(
            () -> base().addAlternatives(a, b).defaultAlternative("A").chosen("C").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LOCALITY");
    assertThatThrownBy(() -> base().fixed(true).addAlternatives(a).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fixed");
    assertThatThrownBy(
            () -> base().addAlternatives(a, a).defaultAlternative("A").chosen("A").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThat(base().fixed(true).build().toString()).isEqualTo("LOCALITY=FIXED");
    new EqualsTester()
        .addEqualityGroup(a, Interpretation.Alternative.of("A", "甲", "a"))
        .addEqualityGroup(b)
        .addEqualityGroup(Interpretation.Alternative.of("A", "乙", "a"))
        .addEqualityGroup(Interpretation.Alternative.of("A", "甲", "another"))
        .testEquals();
    assertThat(a.toString()).isEqualTo("A");
  }
}
