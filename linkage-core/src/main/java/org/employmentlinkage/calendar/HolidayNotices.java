package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes holiday notices in linkage's text format (see {@code docs/notice-format.md} and
 * the built-in data of {@link ChinaCalendars#official()}, which uses the same format).
 *
 * <p>The format is UTF-8 and line-oriented: {@code #} starts a comment line, blank lines are
 * ignored, and each notice is a block of {@code key: value} lines that starts with {@code notice:}:
 *
 * <pre>
 * notice: 国办发明电〔2024〕12号
 * title: 国务院办公厅关于2025年部分节假日安排的通知
 * released: 2024-11-12
 * year: 2025
 * source: https://www.gov.cn/zhengce/content/202411/content_6986382.htm
 * rest: 2025-01-28..2025-02-04 春节
 * work: 2025-01-26 春节
 * </pre>
 *
 * <p>Malformed text (unknown or duplicate key, bad date, reversed range, missing field, a date
 * outside {@code Dec 1 of year-1 .. Dec 31 of year}, a date declared both rest and work, a notice
 * that declares no day) is rejected with a {@link NoticeFormatException} that names the source, the
 * line and the reason; it is never read as "no holidays".
 *
 * <p>Thread-safe; all methods are static.
 */
public final class HolidayNotices {
  /**
   * The longest text read: 4,194,304 characters (4 Mi). The built-in notices of 2018–2026 together
   * take about 10,000; a longer text (or an endless one, such as {@code /dev/zero}) is refused
   * after reading at most this many characters.
   */
  public static final int MAX_TEXT_CHARACTERS = 4 << 20;

  /**
   * The longest line: 1,000 characters (a notice's title has fewer than 60, its address fewer than
   * 100). A longer line is refused before the rest of it is read.
   */
  public static final int MAX_LINE_CHARACTERS = 1000;

  private HolidayNotices() {}

  /**
   * Reads notices from a UTF-8 file.
   *
   * @param file the file
   * @return the notices in file order, unmodifiable
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   * @throws NoticeFormatException if the text is malformed (including bytes that are not UTF-8),
   *     longer than {@link #MAX_TEXT_CHARACTERS} or has a line longer than {@link
   *     #MAX_LINE_CHARACTERS}, or a notice declares no days; the message names the file, the line
   *     and the reason
   */
  public static List<HolidayNotice> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return NoticeText.read(r, file.toString());
    } catch (CharacterCodingException e) {
      throw new NoticeFormatException(file.toString(), 0, "the file is not valid UTF-8 text");
    }
  }

  /**
   * Reads notices from a character stream.
   *
   * @param text the text (not closed by this method)
   * @param sourceName the name reported in error messages (e.g. a file name or URL)
   * @return the notices in text order, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws IOException if reading fails
   * @throws NoticeFormatException if the text is malformed, longer than {@link
   *     #MAX_TEXT_CHARACTERS} or has a line longer than {@link #MAX_LINE_CHARACTERS}, or a notice
   *     declares no days
   */
  public static List<HolidayNotice> read(Reader text, String sourceName) throws IOException {
    return NoticeText.read(text, sourceName);
  }

  /**
   * Parses notices from a string.
   *
   * @param text the text
   * @param sourceName the name reported in error messages
   * @return the notices in text order, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws NoticeFormatException if the text is malformed, longer than {@link
   *     #MAX_TEXT_CHARACTERS} or has a line longer than {@link #MAX_LINE_CHARACTERS}, or a notice
   *     declares no days
   */
  public static List<HolidayNotice> parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    try {
      return NoticeText.read(new StringReader(text), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  /**
   * The notices released after {@code date}, e.g. after today: such a notice cannot apply yet (a
   * notice is in force from its public release), so a file that holds one has a wrong {@code
   * released:} date, or was written from a draft. {@link ChinaCalendars.Builder#clock} refuses them
   * when a calendar is built; this method lets a tool warn about them first (as {@code linkage
   * notices validate} can).
   *
   * @param notices the notices, e.g. read with {@link #read(Path)}
   * @param date the date to compare with (today in Beijing, from an injected clock)
   * @return those released after {@code date}, in the given order, unmodifiable (empty if none)
   * @throws NullPointerException if an argument or an element is null
   */
  public static List<HolidayNotice> releasedAfter(
      Collection<HolidayNotice> notices, LocalDate date) {
    Objects.requireNonNull(notices, "notices");
    Objects.requireNonNull(date, "date");
    List<HolidayNotice> out = new ArrayList<>();
    for (HolidayNotice n : notices) {
      if (Objects.requireNonNull(n, "notices contains null").released().isAfter(date)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Formats notices in the text format, so that {@code parse(format(notices), name)} equals {@code
   * notices}.
   *
   * @param notices the notices
   * @return the text
   * @throws NullPointerException if {@code notices} or an element is null
   */
  public static String format(List<HolidayNotice> notices) {
    return NoticeText.format(notices);
  }
}
