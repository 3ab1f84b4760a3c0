package org.employmentlinkage.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The language of the human output: Chinese (the default, authoritative) or English. */
public enum Lang {
  /** Simplified Chinese, zh-CN (简体中文): the default. */
  ZH("zh-CN"),
  /** English. */
  EN("en");

  private final String tag;

  Lang(String tag) {
    this.tag = tag;
  }

  /**
   * The BCP 47 language tag.
   *
   * @return {@code zh-CN} or {@code en}
   */
  public String tag() {
    return tag;
  }

  /**
   * Reads a {@code --lang} value: {@code zh}, {@code zh-CN}, {@code zh_CN}, {@code cn}, {@code 中文}
   * or {@code en}, {@code en-US}, {@code en_GB}, {@code english} (any letter case).
   *
   * @param text the value
   * @return the language, or null if the text names neither
   * @throws NullPointerException if {@code text} is null
   */
  public static @Nullable Lang parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (t.equals("zh") || t.startsWith("zh-") || t.equals("cn") || t.equals("中文")) {
      return ZH;
    }
    if (t.equals("en") || t.startsWith("en-") || t.equals("english")) {
      return EN;
    }
    return null;
  }
}
