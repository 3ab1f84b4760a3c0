package org.employmentlinkage.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.employmentlinkage.io.records.Values;
import picocli.CommandLine;

/**
 * Reading the values users type: dates and whole numbers, with localized messages that name the
 * rule and never quote the value (a value may be personal data: an ID-card number typed as a date).
 * Full-width digits and signs (U+FF01–U+FF5E, e.g. {@code ２０２５－０９－２６}) are read as their ASCII
 * forms. Thread-safe; all methods are static.
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
   *     the message says which forms are read, without the text
   */
  public static LocalDate date(String text, Texts texts) {
    Objects.requireNonNull(text, "text");
    int[] ymd = Values.dateParts(Values.halfWidth(text).strip());
    if (ymd == null) {
      throw new IllegalArgumentException(texts.get("input.date.bad"));
    }
    try {
      return LocalDate.of(ymd[0], ymd[1], ymd[2]);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(texts.get("input.date.notReal"), e);
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
    throw new IllegalArgumentException(texts.get("input.integer.bad"));
  }

  /**
   * The text in quotes for a message (an option's name, a key of a reference file; never a person's
   * value), cut after 40 characters, with control characters shown as {@code ?} so that the message
   * stays one line.
   *
   * @param text the text
   * @return the quoted text
   */
  public static String quote(String text) {
    return '"' + abbreviate(text) + '"';
  }

  /**
   * The text as it may reach a terminal: every control character (C0, DEL and C1: ESC, BEL, the
   * one-character CSI U+009B, …) but the line feed shown as {@code ?}, as {@link #quote(String)}
   * shows them. For everything the command line prints as text, since a control sequence from a
   * file (a notice's title, a holiday-cn date, a settings key) could recolour, retitle or clear the
   * terminal.
   *
   * @param text the text
   * @return the text, with {@code ?} for each control character but {@code \n}
   */
  public static String printable(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && (text.charAt(i) == '\n' || !Character.isISOControl(text.charAt(i)))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      sb.append(c != '\n' && Character.isISOControl(c) ? '?' : c);
    }
    return sb.toString();
  }

  /**
   * The text for a message, without quotes: cut after 40 characters (with {@code …}), control
   * characters shown as {@code ?}, as {@link #quote(String)} shows them. For texts that come from
   * reference files (a key, a title), never for a person's values.
   *
   * @param text the text
   * @return the shortened, printable text
   */
  public static String abbreviate(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), QUOTE_LIMIT * 2) + 1);
    int offset = 0;
    for (int count = 0; offset < text.length() && count < QUOTE_LIMIT; count++) {
      int cp = text.codePointAt(offset);
      sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp);
      offset += Character.charCount(cp);
    }
    if (offset < text.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  /**
   * A value the command line's own converters refuse, with a message that names the rule and never
   * quotes a person's value: {@link ErrorReporter} shows it after the option's name. (picocli's own
   * conversion messages quote the value and are never shown.)
   */
  static final class ConversionException extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    ConversionException(String message) {
      super(message);
    }
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
            throw new ConversionException(String.valueOf(e.getMessage()));
          }
        };
    CommandLine.ITypeConverter<Integer> ints =
        s -> {
          try {
            return integer(s, texts);
          } catch (IllegalArgumentException e) {
            throw new ConversionException(String.valueOf(e.getMessage()));
          }
        };
    CommandLine.ITypeConverter<Lang> langs =
        s -> {
          Lang l = Lang.parse(s);
          if (l == null) {
            throw new ConversionException(texts.get("input.lang.bad"));
          }
          return l;
        };
    commandLine.registerConverter(LocalDate.class, dates);
    commandLine.registerConverter(Integer.class, ints);
    commandLine.registerConverter(Integer.TYPE, ints);
    commandLine.registerConverter(Lang.class, langs);
  }
}
