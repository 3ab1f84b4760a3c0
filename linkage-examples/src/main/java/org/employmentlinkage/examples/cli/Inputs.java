package org.employmentlinkage.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import picocli.CommandLine;

/**
 * Reading the values users type: dates and whole numbers, with localized messages that quote the
 * value (cut after 40 characters). Full-width digits and signs (U+FF01–U+FF5E, e.g. {@code
 * ２０２５－０９－２６}) are read as their ASCII forms. Thread-safe; all methods are static.
 */
public final class Inputs {
  private static final int QUOTE_LIMIT = 40;

  private Inputs() {}

  /**
   * Reads a date: {@code YYYY-MM-DD} (ISO, e.g. {@code 2025-09-26}) or {@code YYYY年M月D日} (e.g.
   * {@code 2025年9月26日}).
   *
   * @param text the text
   * @param texts the language of the message
   * @return the date
   * @throws IllegalArgumentException if the text is not a date in either form or not a real day;
   *     the message quotes the text and says which forms are read
   */
  public static LocalDate date(String text, Texts texts) {
    Objects.requireNonNull(text, "text");
    String t = halfWidth(text).strip();
    int[] ymd = isoParts(t);
    if (ymd == null) {
      ymd = chineseParts(t);
    }
    if (ymd == null) {
      throw new IllegalArgumentException(texts.get("input.date.bad", quote(text)));
    }
    try {
      return LocalDate.of(ymd[0], ymd[1], ymd[2]);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(texts.get("input.date.notReal", quote(text)), e);
    }
  }

  /**
   * Reads a whole number in decimal ASCII digits, with an optional minus sign.
   *
   * @param text the text
   * @param texts the language of the message
   * @return the number
   * @throws IllegalArgumentException if the text is not a whole number within the range of {@code
   *     int}
   */
  public static int integer(String text, Texts texts) {
    Objects.requireNonNull(text, "text");
    String t = halfWidth(text).strip();
    int start = t.startsWith("-") ? 1 : 0;
    boolean digits = t.length() > start && t.length() <= start + 10;
    for (int i = start; digits && i < t.length(); i++) {
      digits = t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }
    if (digits) {
      long v = Long.parseLong(t);
      if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
        return (int) v;
      }
    }
    throw new IllegalArgumentException(texts.get("input.integer.bad", quote(text)));
  }

  /**
   * The text in quotes for a message, cut after 40 characters, with control characters shown as
   * {@code ?} so that the message stays one line.
   *
   * @param text the text
   * @return the quoted text
   */
  public static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int offset = 0;
    for (int count = 0; offset < text.length() && count < QUOTE_LIMIT; count++) {
      int cp = text.codePointAt(offset);
      sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp);
      offset += Character.charCount(cp);
    }
    if (offset < text.length()) {
      sb.append('…');
    }
    return sb.append('"').toString();
  }

  /**
   * Picocli converters for dates and whole numbers, with messages in the language of {@code texts}.
   *
   * @param commandLine the command line to register them on (with its subcommands)
   * @param texts the language of the messages
   */
  static void register(CommandLine commandLine, Texts texts) {
    CommandLine.ITypeConverter<LocalDate> dates =
        s -> {
          try {
            return date(s, texts);
          } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
          }
        };
    CommandLine.ITypeConverter<Integer> ints =
        s -> {
          try {
            return integer(s, texts);
          } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
          }
        };
    CommandLine.ITypeConverter<Lang> langs =
        s -> {
          Lang l = Lang.parse(s);
          if (l == null) {
            throw new CommandLine.TypeConversionException(texts.get("input.lang.bad", quote(s)));
          }
          return l;
        };
    commandLine.registerConverter(LocalDate.class, dates);
    commandLine.registerConverter(Integer.class, ints);
    commandLine.registerConverter(Integer.TYPE, ints);
    commandLine.registerConverter(Lang.class, langs);
  }

  /** Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space as ASCII. */
  static String halfWidth(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (r != c && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** YYYY-MM-DD exactly (4, 2 and 2 digits), or null. */
  private static int @org.jspecify.annotations.Nullable [] isoParts(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    int y = digits(t, 0, 4);
    int m = digits(t, 5, 7);
    int d = digits(t, 8, 10);
    return y < 0 || m < 0 || d < 0 ? null : new int[] {y, m, d};
  }

  /** YYYY年M月D日 (month and day of 1 or 2 digits), or null. */
  private static int @org.jspecify.annotations.Nullable [] chineseParts(String t) {
    int yi = t.indexOf('年');
    int mi = t.indexOf('月');
    int di = t.indexOf('日');
    if (yi != 4 || mi < yi + 2 || mi > yi + 3 || di < mi + 2 || di > mi + 3) {
      return null;
    }
    if (di != t.length() - 1) {
      return null;
    }
    int y = digits(t, 0, yi);
    int m = digits(t, yi + 1, mi);
    int d = digits(t, mi + 1, di);
    return y < 0 || m < 0 || d < 0 ? null : new int[] {y, m, d};
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
