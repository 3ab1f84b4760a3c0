package org.employmentlinkage.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rules' message loader, called directly: the shared tables are loaded once per JVM, so a test
 * of the texts alone would not see a broken loader. Resources are in-memory UTF-8 texts written
 * here.
 */
class MessagesTest {

  private static Function<String, @Nullable InputStream> files(Map<String, String> files) {
    return name -> {
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  void readsBothLanguagesInUtf8AndStripsValues() {
    Messages m =
        Messages.load(
            "t",
            files(
                Map.of(
                    "t_zh_CN.properties", "b=  重大项目  \na=当地\n",
                    "t_en.properties", "a=local\nb=major project\n")));
    assertThat(m.zh("b")).isEqualTo("重大项目");
    assertThat(m.zh("a")).isEqualTo("当地");
    assertThat(m.en("b")).isEqualTo("major project");
    assertThat(m.keys()).containsExactly("a", "b");
    assertThatThrownBy(() -> m.zh("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message c in t");
    assertThatThrownBy(() -> m.en("c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message c in t");
  }

  @Test
  void aMissingResourceIsAnError() {
    assertThatThrownBy(() -> Messages.load("t", files(Map.of("t_zh_CN.properties", "a=当地\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing message resource t_en.properties");
    assertThatThrownBy(() -> Messages.load("t", files(Map.of("t_en.properties", "a=local\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing message resource t_zh_CN.properties");
  }

  @Test
  void differentKeySetsAreNamed() {
    assertThatThrownBy(
            () ->
                Messages.load(
                    "t",
                    files(
                        Map.of(
                            "t_zh_CN.properties", "a=当地\nb=重大项目\n",
                            "t_en.properties", "a=local\nc=extra\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("t: zh-CN and en messages differ; only zh-CN: [b], only en: [c]");
  }

  @Test
  void anEmptyMessageIsAnError() {
    assertThatThrownBy(
            () ->
                Messages.load(
                    "t",
                    files(
                        Map.of(
                            "t_zh_CN.properties", "a=   \n",
                            "t_en.properties", "a=local\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("empty message a in t_zh_CN.properties");
  }

  @Test
  void theShippedRulesTablesDefineTheSameKeysInBothLanguages() {
    Messages shipped = Messages.load("rules", Messages.class::getResourceAsStream);
    assertThat(shipped.keys()).isNotEmpty();
    for (String key : shipped.keys()) {
      assertThat(shipped.zh(key)).isNotBlank();
      assertThat(shipped.en(key)).isNotBlank();
    }
  }
}
