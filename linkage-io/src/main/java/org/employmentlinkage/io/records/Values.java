package org.employmentlinkage.io.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Region;
import org.jspecify.annotations.Nullable;

/**
 * Readers of single values (dates, yes/no, amounts, counts, regions, lists), shared by flags, JSON
 * input and CSV rows. Each throws {@link FactException} naming the field and the rule, never the
 * value. Full-width digits and signs are read as ASCII. Thread-safe; all methods are static.
 */
public final class Values {
  /** The longest text a fact may have (identifiers, occupations, categories). */
  public static final int MAX_TEXT = 200;

  private static final Map<String, Region> REGIONS = new HashMap<>();

  /** The regions with a code, for messages: {@code 210200 大连市, 210202 中山区, …}. */
  private static final String CODES;

  static {
    StringBuilder codes = new StringBuilder();
    for (Region r : Region.values()) {
      if (r.code().isPresent()) {
        codes
            .append(codes.length() == 0 ? "" : ", ")
            .append(r.code().get())
            .append(' ')
            .append(r.zh());
      }
    }
    CODES = codes.toString();
    for (Region r : Region.values()) {
      r.code().ifPresent(c -> REGIONS.put(c, r));
      REGIONS.put(r.zh(), r);
      REGIONS.put(r.name(), r);
    }
  }

  private Values() {}

  /**
   * Reads a date: {@code YYYY-MM-DD} or {@code YYYY年M月D日}.
   *
   * @param field the field
   * @param text the text
   * @return the date
   * @throws FactException {@link Problem#NOT_A_DATE} or {@link Problem#NOT_A_REAL_DAY}
   * @throws NullPointerException if an argument is null
   */
  public static LocalDate date(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    int[] ymd = dateParts(halfWidth(text).strip());
    if (ymd == null) {
      throw new FactException(field, Problem.NOT_A_DATE);
    }
    try {
      return LocalDate.of(ymd[0], ymd[1], ymd[2]);
    } catch (DateTimeException e) {
      throw new FactException(field, Problem.NOT_A_REAL_DAY);
    }
  }

  /**
   * Reads a yes/no value: {@code true}/{@code false}, {@code yes}/{@code no}, {@code y}/{@code n},
   * {@code 1}/{@code 0}, {@code 是}/{@code 否} (ASCII in any letter case).
   *
   * @param field the field
   * @param text the text
   * @return the value
   * @throws FactException {@link Problem#NOT_A_BOOLEAN}
   * @throws NullPointerException if an argument is null
   */
  public static boolean bool(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    String t = halfWidth(text).strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "true", "yes", "y", "1", "是" -> {
        return true;
      }
      case "false", "no", "n", "0", "否" -> {
        return false;
      }
      default -> throw new FactException(field, Problem.NOT_A_BOOLEAN);
    }
  }

  /**
   * Reads an amount as {@link Money#parse} does ({@code 1亿元}, {@code 5000万元}, {@code 100000000}).
   *
   * @param field the field
   * @param text the text
   * @return the amount
   * @throws FactException {@link Problem#NOT_AN_AMOUNT}
   * @throws NullPointerException if an argument is null
   */
  public static Money money(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    try {
      return Money.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FactException(field, Problem.NOT_AN_AMOUNT);
    }
  }

  /**
   * Reads a count: a whole number from 1 to 1,000,000,000.
   *
   * @param field the field
   * @param text the text
   * @return the number
   * @throws FactException {@link Problem#NOT_A_COUNT}
   * @throws NullPointerException if an argument is null
   */
  public static int count(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    String t = halfWidth(text).strip();
    if (t.isEmpty() || t.length() > 10) {
      throw new FactException(field, Problem.NOT_A_COUNT);
    }
    long v = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        throw new FactException(field, Problem.NOT_A_COUNT);
      }
      v = v * 10 + (c - '0');
    }
    if (v < 1 || v > 1_000_000_000L) {
      throw new FactException(field, Problem.NOT_A_COUNT);
    }
    return (int) v;
  }

  /**
   * Reads a region: its administrative-division code ({@code 210281}), its Chinese name ({@code
   * 瓦房店市}, {@code 长兴岛经济区}, {@code 大连市以外}) or its constant name ({@code WAFANGDIAN}, any letter
   * case).
   *
   * @param field the field
   * @param text the text
   * @return the region
   * @throws FactException {@link Problem#UNKNOWN_REGION}
   * @throws NullPointerException if an argument is null
   */
  public static Region region(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Region r = findRegion(text);
    if (r == null) {
      throw new FactException(field, Problem.UNKNOWN_REGION, CODES);
    }
    return r;
  }

  /**
   * The region {@code text} names, or null.
   *
   * @param text the text
   * @return the region, or null
   * @throws NullPointerException if an argument is null
   */
  public static @Nullable Region findRegion(String text) {
    Objects.requireNonNull(text, "text");
    String t = halfWidth(text).strip();
    Region r = REGIONS.get(t);
    return r != null ? r : REGIONS.get(t.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /**
   * A text fact (identifier, occupation, category): stripped, at most {@link #MAX_TEXT} characters.
   *
   * @param field the field
   * @param text the text
   * @return the stripped text
   * @throws FactException {@link Problem#REQUIRED} if blank, {@link Problem#TOO_LONG} if too long
   * @throws NullPointerException if an argument is null
   */
  public static String text(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.isEmpty()) {
      throw new FactException(field, Problem.REQUIRED);
    }
    if (t.length() > MAX_TEXT) {
      throw new FactException(field, Problem.TOO_LONG, Integer.toString(MAX_TEXT));
    }
    return t;
  }

  /**
   * Splits a list written in one cell or flag: items separated by {@code ;} (or the full-width
   * {@code ；}), stripped, empty items dropped.
   *
   * @param field the field
   * @param text the text
   * @return the items
   * @throws FactException {@link Problem#TOO_LONG} if an item is too long
   * @throws NullPointerException if an argument is null
   */
  public static List<String> list(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    List<String> items = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '；') {
        String item = text.substring(start, i).strip();
        if (!item.isEmpty()) {
          items.add(text(field, item));
        }
        start = i + 1;
      }
    }
    return items;
  }

  /**
   * The year, month and day of a date written {@code YYYY-MM-DD} (4, 2 and 2 digits) or {@code
   * YYYY年M月D日} (month and day of 1 or 2 digits), not checked for being a real day.
   *
   * @param t the text, already stripped and {@linkplain #halfWidth half-width}
   * @return {@code {year, month, day}}, or {@code null} if the text has neither form
   * @throws NullPointerException if an argument is null
   */
  public static int @Nullable [] dateParts(String t) {
    Objects.requireNonNull(t, "t");
    int y;
    int m;
    int d;
    if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      y = digits(t, 0, 4);
      m = digits(t, 5, 7);
      d = digits(t, 8, 10);
    } else {
      int yi = t.indexOf('年');
      int mi = t.indexOf('月');
      int di = t.indexOf('日');
      if (yi != 4 || mi < yi + 2 || mi > yi + 3 || di < mi + 2 || di > mi + 3) {
        return null;
      }
      if (di != t.length() - 1) {
        return null;
      }
      y = digits(t, 0, yi);
      m = digits(t, yi + 1, mi);
      d = digits(t, mi + 1, di);
    }
    return y < 0 || m < 0 || d < 0 ? null : new int[] {y, m, d};
  }

  /**
   * Full-width ASCII forms (U+FF01–U+FF5E) as ASCII and the ideographic space (U+3000) as a space,
   * so that text typed with a Chinese input method reads like ASCII.
   *
   * @param s the text
   * @return the text with those characters replaced ({@code s} itself if there were none)
   * @throws NullPointerException if an argument is null
   */
  public static String halfWidth(String s) {
    Objects.requireNonNull(s, "s");
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

  private static int digits(String s, int from, int to) {
    if (to <= from) {
      return -1;
    }
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
