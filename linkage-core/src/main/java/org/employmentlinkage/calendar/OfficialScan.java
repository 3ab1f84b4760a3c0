package org.employmentlinkage.calendar;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The cheap load path of the official calendar: one pass over the bytes of the built-in notices
 * that keeps only what the arrays and the version text need (years, the declared days in file
 * order, the count, the last notice's number and release date).
 *
 * <p>Parsing the notices into validated {@code HolidayNotice} values loads and runs far more code
 * than the arrays need, and on a cold JVM that code runs in the interpreter: it was most of the
 * time of the first {@code ChinaCalendars.official()} call (see {@code BENCHMARKS.md}). The
 * official calendar is therefore built from this scan, and its notices are parsed (and validated,
 * with precedence checks) only when {@code notices()} is first called. The built-in text is in
 * order of release (the full load checks this), so file order is precedence order.
 *
 * <p>The scan accepts only the plain form of the format the built-in file uses (ASCII spaces, known
 * keys, {@code YYYY-MM-DD} dates, a festival name after each date); on anything else it gives up
 * ({@link #scan} returns null) and the caller takes the full path, which reports errors properly.
 * Tests check that both paths give the same calendar on the built-in data.
 *
 * <p>Not thread-safe while scanning; the result is not shared.
 */
final class OfficialScan {
  private static final byte REST_KIND = Days.REST;
  private static final byte WORK_KIND = Days.WORK;

  int count;
  int firstNoticeYear;
  int lastNoticeYear;
  int minYear = Integer.MAX_VALUE;
  int maxYear = Integer.MIN_VALUE;
  String lastNumber = "";
  @Nullable LocalDate lastReleased;

  private long[] firsts = new long[256];
  private long[] lasts = new long[256];
  private byte[] kinds = new byte[256];
  private int declarations;

  private OfficialScan() {}

  /**
   * Scans notices text.
   *
   * @param text the UTF-8 bytes of notices in the notice format
   * @return the scan, or null if the text uses anything beyond the plain form (take the full path)
   */
  static @Nullable OfficialScan scan(byte[] text) {
    OfficialScan s = new OfficialScan();
    return s.run(text) ? s : null;
  }

  private boolean run(byte[] t) {
    int n = t.length;
    int pos = 0;
    boolean hasYear = true;
    @Nullable LocalDate released = null;
    while (pos < n) {
      int end = pos;
      while (end < n && t[end] != '\n') {
        end++;
      }
      int lineEnd = end > pos && t[end - 1] == '\r' ? end - 1 : end;
      int s = skipSpaces(t, pos, lineEnd);
      pos = end + 1;
      if (s == lineEnd || t[s] == '#') {
        continue;
      }
      int colon = s;
      while (colon < lineEnd && t[colon] != ':') {
        colon++;
      }
      if (colon == lineEnd) {
        return false;
      }
      int keyEnd = trimEnd(t, s, colon);
      int v = skipSpaces(t, colon + 1, lineEnd);
      int vEnd = trimEnd(t, v, lineEnd);
      if (v == vEnd) {
        return false;
      }
      if (is(t, s, keyEnd, "notice")) {
        if (count > 0 && (!hasYear || released == null)) {
          return false;
        }
        count++;
        hasYear = false;
        released = null;
        String number = new String(t, v, vEnd - v, StandardCharsets.UTF_8);
        // the full path strips Unicode whitespace; String.strip() would initialize the JDK's large
        // Unicode property tables for the Chinese text, so give up instead in that rare case
        if (isWhitespace(number.charAt(0)) || isWhitespace(number.charAt(number.length() - 1))) {
          return false;
        }
        lastNumber = number;
        continue;
      }
      if (count == 0) {
        return false;
      }
      if (is(t, s, keyEnd, "rest") || is(t, s, keyEnd, "work")) {
        if (!declaration(t, v, vEnd, t[s] == 'r')) {
          return false;
        }
      } else if (is(t, s, keyEnd, "released")) {
        long e = vEnd - v == 10 ? epochDay(t, v) : Long.MIN_VALUE;
        if (e == Long.MIN_VALUE) {
          return false;
        }
        released = LocalDate.ofEpochDay(e);
      } else if (is(t, s, keyEnd, "year")) {
        if (vEnd - v != 4 || !digits(t, v, v + 4)) {
          return false;
        }
        int year = number(t, v, v + 4);
        if (count == 1) {
          firstNoticeYear = year;
        }
        lastNoticeYear = year;
        minYear = Math.min(minYear, year);
        maxYear = Math.max(maxYear, year);
        hasYear = true;
      } else if (!is(t, s, keyEnd, "title")
          && !is(t, s, keyEnd, "source")
          && !is(t, s, keyEnd, "amends")) {
        return false;
      }
    }
    lastReleased = released;
    return count > 0 && hasYear && released != null;
  }

  /** Reads {@code DATE[..DATE] festival} (rest) or {@code DATE festival} (work). */
  private boolean declaration(byte[] t, int v, int vEnd, boolean rest) {
    if (vEnd - v < 12) {
      return false;
    }
    long first = epochDay(t, v);
    long last = first;
    int after = v + 10;
    if (rest && vEnd - v >= 24 && t[after] == '.' && t[after + 1] == '.') {
      last = epochDay(t, after + 2);
      after += 12;
    }
    if (first == Long.MIN_VALUE
        || last == Long.MIN_VALUE
        || last < first
        || after >= vEnd
        || (t[after] != ' ' && t[after] != '\t')) {
      return false;
    }
    if (declarations == firsts.length) {
      firsts = Arrays.copyOf(firsts, declarations * 2);
      lasts = Arrays.copyOf(lasts, declarations * 2);
      kinds = Arrays.copyOf(kinds, declarations * 2);
    }
    firsts[declarations] = first;
    lasts[declarations] = last;
    kinds[declarations] = rest ? REST_KIND : WORK_KIND;
    declarations++;
    return true;
  }

  /**
   * The declared kind of each day of {@code firstYear..lastYear}, later declarations winning (the
   * same rule as the full path).
   *
   * @param firstYear the first year of the arrays
   * @param lastYear the last year of the arrays
   * @return one byte per day from January 1 of {@code firstYear}
   */
  byte[] declared(int firstYear, int lastYear) {
    long start = LocalDate.of(firstYear, 1, 1).toEpochDay();
    int length = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - start);
    byte[] out = new byte[length];
    for (int k = 0; k < declarations; k++) {
      long first = Math.max(firsts[k] - start, 0);
      long last = Math.min(lasts[k] - start, length - 1L);
      for (long i = first; i <= last; i++) {
        out[(int) i] = kinds[k];
      }
    }
    return out;
  }

  /** The epoch day of {@code YYYY-MM-DD} at {@code at}, or {@link Long#MIN_VALUE} if not a date. */
  private static long epochDay(byte[] t, int at) {
    if (at + 10 > t.length
        || t[at + 4] != '-'
        || t[at + 7] != '-'
        || !digits(t, at, at + 4)
        || !digits(t, at + 5, at + 7)
        || !digits(t, at + 8, at + 10)) {
      return Long.MIN_VALUE;
    }
    try {
      return LocalDate.of(
              number(t, at, at + 4), number(t, at + 5, at + 7), number(t, at + 8, at + 10))
          .toEpochDay();
    } catch (DateTimeException e) {
      return Long.MIN_VALUE;
    }
  }

  /**
   * {@link Character#isWhitespace(char)} written out (Unicode's space, line and paragraph
   * separators other than the non-breaking ones, and the ASCII controls Java counts), so that the
   * scan does not load the JDK's Unicode property tables. A test compares it with the JDK on every
   * {@code char}.
   *
   * @param c a character
   * @return whether {@link String#strip()} would remove it
   */
  static boolean isWhitespace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A' && c != '\u2007')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u205F'
        || c == '\u3000';
  }

  private static boolean digits(byte[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i] < '0' || t[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(byte[] t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (t[i] - '0');
    }
    return v;
  }

  private static int skipSpaces(byte[] t, int from, int to) {
    int i = from;
    while (i < to && (t[i] == ' ' || t[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static int trimEnd(byte[] t, int from, int to) {
    int i = to;
    while (i > from && (t[i - 1] == ' ' || t[i - 1] == '\t')) {
      i--;
    }
    return i;
  }

  private static boolean is(byte[] t, int from, int to, String key) {
    if (to - from != key.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (t[from + i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
