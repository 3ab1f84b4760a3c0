package org.employmentlinkage.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The reader of the policy text, called directly: the enum constants that use it are built once per
 * JVM, so only direct calls check it on inputs of the test's choosing.
 */
class PolicyTextTest {

  @Test
  void paragraphsAreTheItemsOfThePolicyText() {
    assertThat(PolicyText.paragraph("（三）")).startsWith("（三）土地征收与就业联动。");
    assertThat(PolicyText.paragraph("（八）")).startsWith("（八）重大项目建设技能人才储备计划。");
    // the closing paragraph is the line after （八）
    assertThat(PolicyText.paragraph(PolicyText.CLOSING_PATH)).startsWith("各区市县、先导区人社部门要建立服务专员制度");
    assertThat(PolicyText.text()).contains(PolicyText.paragraph("（一）"));
    assertThatThrownBy(() -> PolicyText.paragraph("（九）"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no clause （九） in 大政办发〔2018〕83号");
  }

  @Test
  void responsibleUnitListsSplitOnBothSeparators() {
    // 二（四） ends "（责任单位：市经合办、市商务局、市人社局，各区市县政府和先导区管委会）"
    assertThat(PolicyText.responsibleUnitNames(PolicyText.paragraph("（四）")))
        .containsExactly("市经合办", "市商务局", "市人社局", "各区市县政府和先导区管委会");
    // 二（三） lists one unit
    assertThat(PolicyText.responsibleUnitNames(PolicyText.paragraph("（三）")))
        .containsExactly("各区市县政府和先导区管委会");
    // a list at the very start of the text, with blank entries and spaces around names
    assertThat(PolicyText.responsibleUnitNames("（责任单位：市人社局、 、 市财政局 ，）"))
        .containsExactly("市人社局", "市财政局");
    // the last list wins when the paragraph quotes one earlier
    assertThat(PolicyText.responsibleUnitNames("甲（责任单位：市经合办）乙（责任单位：市商务局）")).containsExactly("市商务局");
  }

  @Test
  void aParagraphWithoutAUnitListIsRejected() {
    assertThatThrownBy(() -> PolicyText.responsibleUnitNames("（一）没有责任单位。"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("责任单位");
    // the closing parenthesis must come after the list's opening
    assertThatThrownBy(() -> PolicyText.responsibleUnitNames("）（责任单位：市人社局"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("责任单位");
  }
}
