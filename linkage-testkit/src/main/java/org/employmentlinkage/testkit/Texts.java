package org.employmentlinkage.testkit;

import org.jspecify.annotations.Nullable;

/** Text helpers for messages. */
final class Texts {
  private Texts() {}

  /**
   * {@code String.valueOf(value)}, cut after {@code max} characters with a note of how much was
   * cut; a {@code toString()} that throws is reported instead of propagated.
   *
   * @param value the value to show
   * @param max the most characters to keep, at least 1
   * @return the text
   */
  public static String show(@Nullable Object value, int max) {
    String text;
    try {
      text = String.valueOf(value);
    } catch (RuntimeException | StackOverflowError e) {
      return "<toString() of "
          + (value == null ? "null" : value.getClass().getName())
          + " threw "
          + e
          + ">";
    }
    if (text.length() <= max) {
      return text;
    }
    int keep = max;
    // Do not split a surrogate pair.
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + "… (" + (text.length() - keep) + " more characters)";
  }
}
