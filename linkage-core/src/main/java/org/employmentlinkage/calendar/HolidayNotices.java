package org.employmentlinkage.calendar;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes holiday notices in linkage's text format (see {@code docs/notice-format.md} and
 * the built-in data of {@link ChinaCalendars#official()}, which uses the same format).
 *
 * <p>Thread-safe; all methods are static.
 */
public final class HolidayNotices {
  private HolidayNotices() {}

  /**
   * Reads notices from a UTF-8 file.
   *
   * @param file the file
   * @return the notices in file order, unmodifiable
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   * @throws NoticeFormatException if the text is malformed or a notice declares no days; the
   *     message names the file, the line and the reason
   */
  public static List<HolidayNotice> read(Path file) throws IOException {
    return NotYetImplemented.fail();
  }

  /**
   * Reads notices from a character stream.
   *
   * @param text the text (not closed by this method)
   * @param sourceName the name reported in error messages (e.g. a file name or URL)
   * @return the notices in text order, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws IOException if reading fails
   * @throws NoticeFormatException if the text is malformed or a notice declares no days
   */
  public static List<HolidayNotice> read(Reader text, String sourceName) throws IOException {
    return NotYetImplemented.fail();
  }

  /**
   * Parses notices from a string.
   *
   * @param text the text
   * @param sourceName the name reported in error messages
   * @return the notices in text order, unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws NoticeFormatException if the text is malformed or a notice declares no days
   */
  public static List<HolidayNotice> parse(String text, String sourceName) {
    return NotYetImplemented.fail();
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
    return NotYetImplemented.fail();
  }

  static void validate(HolidayNotice notice) {
    // implemented with the parser
  }
}
