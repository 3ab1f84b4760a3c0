package org.employmentlinkage.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.employmentlinkage.calendar.NoticeFormatException;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The calendar options of every command that uses the working-day calendar ({@code @Mixin
 * CalendarOptions calendar;}):
 *
 * <ul>
 *   <li>{@code --notices FILE} (repeatable): holiday notices in linkage's text format ({@code
 *       docs/notice-format.md}) added to the built-in ones, e.g. next year's notice the day it is
 *       published;
 *   <li>{@code --provisional}: project the years without a notice (statutory holidays only,
 *       flagged), instead of failing with exit code 3;
 *   <li>{@code --as-known-at DATE}: only the notices released on or before {@code DATE}.
 * </ul>
 *
 * <p>Without any of them the calendar is {@link ChinaCalendars#official()}. Filled in by picocli
 * for one run of one command; not thread-safe.
 */
public final class CalendarOptions {
  /** {@code --notices FILE}, repeatable. */
  @Option(names = "--notices", paramLabel = "FILE", descriptionKey = "option.notices")
  private List<Path> noticeFiles = new ArrayList<>();

  /** {@code --provisional}. */
  @Option(names = "--provisional", descriptionKey = "option.provisional")
  private boolean provisional;

  /** {@code --as-known-at DATE}. */
  @Option(names = "--as-known-at", paramLabel = "DATE", descriptionKey = "option.asKnownAt")
  private @Nullable LocalDate asKnownAt;

  /** Created by picocli. */
  public CalendarOptions() {}

  /**
   * The calendar these options select.
   *
   * @param texts the language of error messages
   * @param clock the clock "today" comes from: a notice released after today is refused
   * @return the official calendar, or one built with the notices, the date of knowledge and the
   *     projection asked for
   * @throws CliException if a notices file cannot be read ({@link ErrorCode#FILE_NOT_READABLE}), or
   *     holds a notice released after today ({@link ErrorCode#BAD_NOTICE_FILE})
   * @throws NoticeFormatException if a notices file is malformed or its notices contradict the
   *     built-in ones
   */
  public WorkingDayCalendar calendar(Texts texts, Clock clock) {
    if (noticeFiles.isEmpty() && !provisional && asKnownAt == null) {
      return ChinaCalendars.official();
    }
    ChinaCalendars.Builder b = ChinaCalendars.builder().clock(clock);
    List<HolidayNotice> extra = new ArrayList<>();
    for (Path file : noticeFiles) {
      List<HolidayNotice> read = readNotices(file, texts);
      refuseFutureReleases(read, file, texts, clock);
      extra.addAll(read);
    }
    b.addNotices(extra);
    if (asKnownAt != null) {
      b.knownAt(asKnownAt);
    }
    return b.provisional(provisional).build();
  }

  /**
   * Whether {@code --provisional} was given.
   *
   * @return {@code true} to project years without a notice
   */
  public boolean provisional() {
    return provisional;
  }

  /**
   * The date given with {@code --as-known-at}.
   *
   * @return the date, or null
   */
  public @Nullable LocalDate asKnownAt() {
    return asKnownAt;
  }

  /**
   * The files given with {@code --notices}.
   *
   * @return the files, in the order given
   */
  public List<Path> noticeFiles() {
    return List.copyOf(noticeFiles);
  }

  /**
   * Reads a notices file, turning I/O failures into {@link CliException}s that name the file.
   *
   * @param file the file
   * @param texts the language of error messages
   * @return the notices
   * @throws CliException if the file cannot be read or is larger than {@link TextFiles#MAX_BYTES}
   *     ({@link ErrorCode#FILE_NOT_READABLE}), or is not UTF-8 ({@link ErrorCode#BAD_NOTICE_FILE},
   *     naming the line)
   * @throws NoticeFormatException if the text is malformed
   */
  public static List<HolidayNotice> readNotices(Path file, Texts texts) {
    String text = TextFiles.readUtf8(file, texts, ErrorCode.BAD_NOTICE_FILE);
    return HolidayNotices.parse(text, file.toString());
  }

  /**
   * Refuses a file that holds a notice released after today (Beijing time): a notice cannot apply
   * before it is publicly released, and loading it would silently move today's deadlines. The
   * library refuses it too ({@link ChinaCalendars.Builder#clock}); this names the file first.
   *
   * @param notices the notices read from {@code file}
   * @param file the file, for the message
   * @param texts the language of the message
   * @param clock the clock "today" comes from
   * @throws CliException ({@link ErrorCode#BAD_NOTICE_FILE}) naming the first such notice
   */
  public static void refuseFutureReleases(
      List<HolidayNotice> notices, Path file, Texts texts, Clock clock) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Deadline.BEIJING);
    List<HolidayNotice> future = HolidayNotices.releasedAfter(notices, today);
    if (!future.isEmpty()) {
      HolidayNotice n = future.get(0);
      throw new CliException(
          ErrorCode.BAD_NOTICE_FILE,
          texts.get("notices.error.future", file, n.number(), n.released(), today));
    }
  }

  /**
   * The error for a file that cannot be read.
   *
   * @param file the file
   * @param e what went wrong
   * @param texts the language of the message
   * @return the exception ({@link ErrorCode#FILE_NOT_READABLE})
   */
  public static CliException unreadable(Path file, IOException e, Texts texts) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = texts.get("error.file.noSuchFile");
    } else if (e instanceof AccessDeniedException) {
      why = texts.get("error.file.accessDenied");
    } else if (java.nio.file.Files.isDirectory(file)) {
      why = texts.get("error.file.isDirectory");
    } else {
      why = e.getClass().getSimpleName();
    }
    return new CliException(
        ErrorCode.FILE_NOT_READABLE, texts.get("error.file.unreadable", file, why), e);
  }
}
