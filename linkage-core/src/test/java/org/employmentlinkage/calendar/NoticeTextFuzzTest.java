package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the notice text format ({@link HolidayNotices#parse(String, String)}, {@code
 * docs/notice-format.md}) and the calendar built from what it accepts, against their documented
 * contracts:
 *
 * <ul>
 *   <li>malformed text raises exactly {@link NoticeFormatException} whose {@code source()} is the
 *       name passed in, whose {@code line()} is a line of the text, and whose message is {@code
 *       SOURCE:LINE: REASON} with a non-blank reason;
 *   <li>accepted notices {@link HolidayNotices#format format} to text that parses back to equal
 *       notices, and formatting that again gives the same text;
 *   <li>{@link ChinaCalendars#withNotices} with them either throws {@link NoticeFormatException}
 *       (source {@code ChinaCalendars}, no line) or builds a calendar whose coverage is the whole
 *       years from the first to the last notice year, and in which every declared day has the kind
 *       the later-released notice gives it ({@code HOLIDAY} for rest; {@code MAKEUP_WORKDAY} or
 *       {@code WORKDAY} for work, by weekday), as {@link ChinaCalendars} and docs/notice-format.md
 *       state. Two notices released the same day that disagree on a date must have been rejected.
 * </ul>
 *
 * <p>Regression mode replays the seeds in {@code NoticeTextFuzzTestInputs/parseFormatBuild/} (valid
 * files, each rule the parser enforces broken once, and set-level errors); fuzzing: see {@code
 * docs/fuzzing.md}.
 */
class NoticeTextFuzzTest {

  private static final String SOURCE = "fuzzed-notices.txt";

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "notice: ",
    "title: ",
    "released: ",
    "year: ",
    "source: ",
    "amends: ",
    "rest: ",
    "work: ",
    "..",
    "\\x0A",
    "#",
    "：",
    "https://www.gov.cn/",
    "2026-12-31",
    "2027-01-01",
    "2027",
    "2018",
    "国办发明电〔2017〕12号",
    "春节"
  })
  void parseFormatBuild(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<HolidayNotice> notices;
    try {
      notices = HolidayNotices.parse(text, SOURCE);
    } catch (NoticeFormatException e) {
      checkParseError(text, e);
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("parse threw " + e.getClass().getName(), e);
    }

    String formatted = HolidayNotices.format(notices);
    List<HolidayNotice> back = HolidayNotices.parse(formatted, "formatted");
    assertThat(back).as("parse(format(notices))").isEqualTo(notices);
    assertThat(HolidayNotices.format(back)).isEqualTo(formatted);

    WorkingDayCalendar calendar;
    try {
      calendar = ChinaCalendars.withNotices(notices);
    } catch (NoticeFormatException e) {
      assertThat(e.source()).isEqualTo("ChinaCalendars");
      assertThat(e.line()).isZero();
      assertThat(e.reason()).isNotBlank();
      assertThat(e.getMessage()).isEqualTo("ChinaCalendars: " + e.reason());
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("withNotices threw " + e.getClass().getName(), e);
    }
    checkCalendar(notices, calendar);
  }

  private static void checkParseError(String text, NoticeFormatException e) {
    if (e.getClass() != NoticeFormatException.class) {
      fail("unexpected subclass " + e.getClass().getName(), e);
    }
    assertThat(e.source()).isEqualTo(SOURCE);
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        lines++;
      }
    }
    assertThat(e.line()).as("line of %s", e.getMessage()).isBetween(1, lines);
    assertThat(e.reason()).isNotBlank();
    assertThat(e.getMessage()).isEqualTo(SOURCE + ":" + e.line() + ": " + e.reason());
  }

  /** The kind of a day and the release date of the notice that gave it. */
  private record Declared(LocalDate released, DayDeclaration.Kind kind, String number) {}

  private static void checkCalendar(List<HolidayNotice> user, WorkingDayCalendar calendar) {
    Set<HolidayNotice> all = new LinkedHashSet<>(ChinaCalendars.officialNotices());
    all.addAll(user);
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    Map<LocalDate, Declared> winner = new HashMap<>();
    for (HolidayNotice n : all) {
      firstYear = Math.min(firstYear, n.year());
      lastYear = Math.max(lastYear, n.year());
      for (DayDeclaration d : n.declarations()) {
        for (LocalDate day = d.days().first();
            !day.isAfter(d.days().last());
            day = day.plusDays(1)) {
          Declared before = winner.get(day);
          if (before == null || n.released().isAfter(before.released())) {
            winner.put(day, new Declared(n.released(), d.kind(), n.number()));
          } else if (n.released().equals(before.released()) && before.kind() != d.kind()) {
            fail(
                "built a calendar although %s and %s, both released %s, disagree on %s",
                before.number(), n.number(), n.released(), day);
          }
        }
      }
    }
    DateRange coverage = calendar.coverage();
    assertThat(coverage.first()).isEqualTo(LocalDate.of(firstYear, 1, 1));
    assertThat(coverage.last()).isEqualTo(LocalDate.of(lastYear, 12, 31));
    List<LocalDate> toCheck = new ArrayList<>();
    for (HolidayNotice n : user) {
      for (DayDeclaration d : n.declarations()) {
        for (LocalDate day = d.days().first().minusDays(1);
            !day.isAfter(d.days().last().plusDays(1));
            day = day.plusDays(1)) {
          toCheck.add(day);
        }
      }
    }
    for (LocalDate day : toCheck) {
      if (!coverage.contains(day)) {
        continue;
      }
      Declared d = winner.get(day);
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      DayKind expected;
      if (d == null) {
        expected = weekend ? DayKind.WEEKEND : DayKind.WORKDAY;
      } else if (d.kind() == DayDeclaration.Kind.REST) {
        expected = DayKind.HOLIDAY;
      } else {
        expected = weekend ? DayKind.MAKEUP_WORKDAY : DayKind.WORKDAY;
      }
      assertThat(calendar.dayKind(day)).as("kind of %s (%s)", day, d).isEqualTo(expected);
      assertThat(calendar.isWorkingDay(day))
          .isEqualTo(expected == DayKind.WORKDAY || expected == DayKind.MAKEUP_WORKDAY);
      assertThat(calendar.isProvisional(day)).isFalse();
    }
  }
}
