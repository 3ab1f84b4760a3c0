package org.employmentlinkage.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The two readers behind the vocabulary, called directly: the enum constants that use them are
 * built once per JVM, so only direct calls check them on inputs of the test's choosing.
 */
class PolicyTextAndMessagesTest {

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

  private static Function<String, @Nullable InputStream> files(Map<String, String> files) {
    return name -> {
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  void messagesAreReadAsUtf8InBothLanguages() {
    Messages m =
        Messages.load(
            "t",
            files(
                Map.of(
                    "t_zh_CN.properties", "b = 乙\na=  甲  \n",
                    "t_en.properties", "a=alpha\nb=beta\n")));
    assertThat(m.zh("a")).isEqualTo("甲");
    assertThat(m.zh("b")).isEqualTo("乙");
    assertThat(m.en("a")).isEqualTo("alpha");
    assertThat(m.en("b")).isEqualTo("beta");
    assertThat(m.has("a")).isTrue();
    assertThat(m.has("c")).isFalse();
    assertThat(m.keys()).containsExactly("a", "b");
    assertThatThrownBy(() -> m.zh("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message c in t");
    assertThatThrownBy(() -> m.en("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message c in t");
  }

  @Test
  void bothLanguagesMustHaveTheSameKeys() {
    assertThatThrownBy(
            () ->
                Messages.load(
                    "t",
                    files(
                        Map.of(
                            "t_zh_CN.properties", "a=甲\nb=乙\n",
                            "t_en.properties", "a=alpha\nc=gamma\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("t: zh-CN and en messages differ; only zh-CN: [b], only en: [c]");
  }

  @Test
  void missingFilesAndEmptyMessagesAreRejected() {
    assertThatThrownBy(() -> Messages.load("t", files(Map.of("t_zh_CN.properties", "a=甲\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing message resource t_en.properties");
    assertThatThrownBy(() -> Messages.load("t", files(Map.of("t_en.properties", "a=alpha\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing message resource t_zh_CN.properties");
    assertThatThrownBy(
            () ->
                Messages.load(
                    "t",
                    files(
                        Map.of(
                            "t_zh_CN.properties", "a=  \n",
                            "t_en.properties", "a=alpha\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("empty message a in t_zh_CN.properties");
  }

  @Test
  void aFailingReadIsReportedWithTheResourceName() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> Messages.load("t", name -> broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read t_zh_CN.properties")
        .hasRootCauseMessage("disk gone");
  }
}
