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
 * The message loader, called directly: the vocabulary's tables are loaded once per JVM, so only
 * direct calls check it on inputs of the test's choosing.
 */
class MessagesTest {

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
