package org.employmentlinkage.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.employmentlinkage.io.records.Values;
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
    int[] ymd = Values.dateParts(Values.halfWidth(text).strip());
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
    String t = Values.halfWidth(text).strip();
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
}
