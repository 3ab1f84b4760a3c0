package org.employmentlinkage.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The line-oriented text format of holiday notices (see {@code docs/notice-format.md}): parser and
 * formatter.
 *
 * <p>Stateless and thread-safe.
 */
final class NoticeText {

  /** The first line {@link #format(List)} writes. */
  static final String HEADER =
      "# Holiday notices in linkage's notice format (docs/notice-format.md), UTF-8.";

  private static final String KEYS = "notice, title, released, year, source, amends, rest, work";

  private NoticeText() {}

  /** The header keys of a notice, in the order {@link #format(List)} writes them. */
  private enum Key {
    NOTICE("notice"),
    TITLE("title"),
    RELEASED("released"),
    YEAR("year"),
    SOURCE("source"),
    AMENDS("amends");

    final String text;

    Key(String text) {
      this.text = text;
    }
  }

  /**
   * Parses notices.
   *
   * @param text the text
   * @param sourceName the name reported in errors
   * @return the notices in text order, unmodifiable
   * @throws IOException if reading fails
   * @throws NoticeFormatException if the text is malformed
   */
  static List<HolidayNotice> read(Reader text, String sourceName) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    BufferedReader r = text instanceof BufferedReader b ? b : new BufferedReader(text);
    Parser p = new Parser(sourceName);
    StringBuilder line = new StringBuilder();
    int lineNo = 1;
    long total = 0;
    boolean lastWasCr = false;
    for (int c = r.read(); c >= 0; c = r.read()) {
      if (++total > HolidayNotices.MAX_TEXT_CHARACTERS) {
        throw new NoticeFormatException(
            sourceName,
            lineNo,
            "the text is longer than "
                + HolidayNotices.MAX_TEXT_CHARACTERS
                + " characters, the limit (every notice since 2018 together is far shorter)");
      }
      if (c == '\n' && lastWasCr) {
        lastWasCr = false; // the \n of a \r\n
        continue;
      }
      lastWasCr = c == '\r';
      if (c == '\n' || c == '\r') {
        p.line(lineNo, firstLine(lineNo, line));
        line.setLength(0);
        lineNo++;
      } else if (line.length() == HolidayNotices.MAX_LINE_CHARACTERS) {
        throw new NoticeFormatException(
            sourceName,
            lineNo,
            "the line is longer than " + HolidayNotices.MAX_LINE_CHARACTERS + " characters");
      } else {
        line.append((char) c);
      }
    }
    if (line.length() > 0) {
      p.line(lineNo, firstLine(lineNo, line));
    }
    return p.finish();
  }

  /** A line's text, without the byte-order mark a first line may start with. */
  private static String firstLine(int lineNo, StringBuilder line) {
    return lineNo == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF'
        ? line.substring(1)
        : line.toString();
  }

  /**
   * Formats notices so that parsing the text gives them back.
   *
   * @param notices the notices
   * @return the text
   */
  static String format(List<HolidayNotice> notices) {
    Objects.requireNonNull(notices, "notices");
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (HolidayNotice n : notices) {
      Objects.requireNonNull(n, "notices contains null");
      sb.append('\n');
      sb.append("notice: ").append(n.number()).append('\n');
      sb.append("title: ").append(n.title()).append('\n');
      sb.append("released: ").append(n.released()).append('\n');
      sb.append("year: ").append(n.year()).append('\n');
      sb.append("source: ").append(n.source()).append('\n');
      n.amends().ifPresent(a -> sb.append("amends: ").append(a).append('\n'));
      for (DayDeclaration d : n.declarations()) {
        sb.append(d.kind() == DayDeclaration.Kind.REST ? "rest: " : "work: ");
        sb.append(d.days().first());
        if (!d.days().first().equals(d.days().last())) {
          sb.append("..").append(d.days().last());
        }
        sb.append(' ').append(d.festival()).append('\n');
      }
    }
    return sb.toString();
  }

  /** One notice being read. */
  private static final class Draft {
    final int line;
    final Map<Key, String> values = new EnumMap<>(Key.class);
    final Map<Key, Integer> lines = new EnumMap<>(Key.class);
    final List<DayDeclaration> declarations = new ArrayList<>();
    final List<NoticeRules.Declared> declared = new ArrayList<>();
    final List<Integer> declarationLines = new ArrayList<>();
    @Nullable LocalDate released;

    Draft(int line, String number) {
      this.line = line;
      values.put(Key.NOTICE, number);
      lines.put(Key.NOTICE, line);
    }
  }

  /** The parser state: the notices read so far and the one being read. */
  private static final class Parser {
    final String source;
    final List<HolidayNotice> done = new ArrayList<>();
    @Nullable Draft current;

    Parser(String source) {
      this.source = source;
    }

    NoticeFormatException error(int line, String reason) {
      return new NoticeFormatException(source, line, reason);
    }

    void line(int lineNo, String line) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        return;
      }
      int colon = t.indexOf(':');
      if (colon < 0) {
        throw error(
            lineNo,
            t.indexOf('：') >= 0
                ? "expected 'key: value' with an ASCII colon ':', found a full-width '：' in '"
                    + t
                    + "'"
                : "expected 'key: value' (keys: " + KEYS + "), found '" + t + "'");
      }
      String key = t.substring(0, colon).strip();
      String value = t.substring(colon + 1).strip();
      if (value.isEmpty()) {
        throw error(lineNo, "empty value for '" + key + "'");
      }
      switch (key) {
        case "notice" -> {
          finishCurrent();
          current = new Draft(lineNo, value);
        }
        case "title" -> header(lineNo, Key.TITLE, value);
        case "released" -> {
          header(lineNo, Key.RELEASED, value);
          draft(lineNo, "released").released = date(lineNo, value);
        }
        case "year" -> {
          header(lineNo, Key.YEAR, value);
          if (value.length() != 4 || !digits(value, 0, 4)) {
            throw error(lineNo, "bad year '" + value + "': expected four digits, e.g. 2027");
          }
        }
        case "source" -> header(lineNo, Key.SOURCE, value);
        case "amends" -> header(lineNo, Key.AMENDS, value);
        case "rest", "work" -> declaration(lineNo, key, value);
        default ->
            throw error(
                lineNo,
                "unknown key '"
                    + key
                    + "' (expected one of "
                    + KEYS
                    + (key.toLowerCase(Locale.ROOT).equals(key) ? "" : "; keys are lower case")
                    + ")");
      }
    }

    Draft draft(int lineNo, String key) {
      Draft d = current;
      if (d == null) {
        throw error(lineNo, "'" + key + "' before the first 'notice:' line");
      }
      return d;
    }

    void header(int lineNo, Key key, String value) {
      Draft d = draft(lineNo, key.text);
      Integer first = d.lines.putIfAbsent(key, lineNo);
      if (first != null) {
        throw error(
            lineNo,
            "duplicate key '"
                + key.text
                + "' in notice "
                + d.values.get(Key.NOTICE)
                + " (first on line "
                + first
                + ")");
      }
      d.values.put(key, value);
    }

    /** Parses {@code YYYY-MM-DD} by hand (cheaper on a cold JVM than java.time.format). */
    LocalDate date(int lineNo, String text) {
      if (text.length() != 10
          || text.charAt(4) != '-'
          || text.charAt(7) != '-'
          || !digits(text, 0, 4)
          || !digits(text, 5, 7)
          || !digits(text, 8, 10)) {
        throw error(lineNo, "bad date '" + text + "': expected YYYY-MM-DD, e.g. 2027-01-01");
      }
      try {
        return LocalDate.of(
            Integer.parseInt(text, 0, 4, 10),
            Integer.parseInt(text, 5, 7, 10),
            Integer.parseInt(text, 8, 10, 10));
      } catch (DateTimeException e) {
        throw error(lineNo, "bad date '" + text + "': no such day");
      }
    }

    void declaration(int lineNo, String key, String value) {
      Draft d = draft(lineNo, key);
      int space = indexOfWhitespace(value);
      if (space < 0) {
        throw error(
            lineNo,
            "missing festival name after the date in '"
                + key
                + ": "
                + value
                + "' (e.g. '"
                + key
                + ": 2027-01-01 元旦')");
      }
      String dates = value.substring(0, space);
      String festival = value.substring(space + 1).strip();
      int dots = dates.indexOf("..");
      LocalDate first = date(lineNo, dots < 0 ? dates : dates.substring(0, dots));
      LocalDate last = dots < 0 ? first : date(lineNo, dates.substring(dots + 2));
      if (last.isBefore(first)) {
        throw error(lineNo, "range reversed: " + dates + " (the last day is before the first)");
      }
      boolean rest = key.equals("rest");
      if (!rest && !last.equals(first)) {
        throw error(
            lineNo,
            "'work' takes one date, not a range ("
                + dates
                + "): list each working day on its own line, as the notices do");
      }
      DayDeclaration decl;
      try {
        decl =
            rest
                ? DayDeclaration.rest(first, last, festival)
                : DayDeclaration.work(first, festival);
      } catch (IllegalArgumentException e) {
        throw error(lineNo, String.valueOf(e.getMessage()));
      }
      d.declarations.add(decl);
      d.declared.add(new NoticeRules.Declared(decl.days(), rest));
      d.declarationLines.add(lineNo);
    }

    void finishCurrent() {
      Draft d = current;
      if (d == null) {
        return;
      }
      current = null;
      List<String> missing = new ArrayList<>();
      for (Key k : Key.values()) {
        if (k != Key.AMENDS && !d.values.containsKey(k)) {
          missing.add("'" + k.text + "'");
        }
      }
      String number = String.valueOf(d.values.get(Key.NOTICE));
      if (!missing.isEmpty()) {
        throw error(d.line, "notice " + number + " is missing " + String.join(", ", missing));
      }
      String title = String.valueOf(d.values.get(Key.TITLE));
      LocalDate released = Objects.requireNonNull(d.released);
      int year = Integer.parseInt(String.valueOf(d.values.get(Key.YEAR)));
      String src = String.valueOf(d.values.get(Key.SOURCE));
      Optional<String> amends = Optional.ofNullable(d.values.get(Key.AMENDS));
      NoticeRules.Problem p =
          NoticeRules.check(number, title, released, year, src, amends, d.declared);
      if (p != null) {
        int line =
            switch (p.field()) {
              case DECLARATION -> d.declarationLines.get(p.declaration());
              case NOTICE -> d.line;
              case NUMBER -> lineOf(d, Key.NOTICE);
              case TITLE -> lineOf(d, Key.TITLE);
              case RELEASED -> lineOf(d, Key.RELEASED);
              case YEAR -> lineOf(d, Key.YEAR);
              case SOURCE -> lineOf(d, Key.SOURCE);
              case AMENDS -> lineOf(d, Key.AMENDS);
            };
        throw error(line, p.reason());
      }
      HolidayNotice.Builder b = HolidayNotice.builder();
      b.number(number)
          .title(title)
          .released(released)
          .year(year)
          .source(src)
          .amends(amends)
          .declarations(d.declarations);
      done.add(b.build());
    }

    int lineOf(Draft d, Key key) {
      Integer line = d.lines.get(key);
      return line == null ? d.line : line;
    }

    List<HolidayNotice> finish() {
      finishCurrent();
      return List.copyOf(done);
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
