package org.employmentlinkage.cli.holidaycn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;

/**
 * Fuzzes the holiday-cn import ({@link HolidayCnFile#parse} then {@link HolidayCnImport#convert})
 * against its documented contract:
 *
 * <ul>
 *   <li>{@code parse} accepts a file or throws exactly {@link HolidayCnFormatException} with the
 *       documented message ({@code SOURCE: PATH: REASON}, {@code SOURCE:LINE:COLUMN: REASON} or
 *       {@code SOURCE: REASON}) and a non-blank reason; an accepted file lists at least one day, no
 *       date twice, every name non-blank and stripped;
 *   <li>{@code convert} either throws {@link HolidayCnFormatException} (no source, a date outside
 *       the notice's window) or exactly {@link IllegalArgumentException} (a rule of the notice
 *       format broken, message non-blank), or returns a notice for the file's year whose text reads
 *       back as that one notice, and which declares exactly the file's days except the ones left
 *       out (December days of the file's year named 元旦), each with its name and its kind.
 * </ul>
 *
 * <p>Regression mode replays {@code HolidayCnFuzzTestInputs/parseAndConvert/}; fuzzing: {@code
 * docs/fuzzing.md}.
 */
class HolidayCnFuzzTest {

  private static final String SOURCE = "fuzzed.json";

  /** The caller's facts: made up, and said to be. */
  private static final HolidayCnImport.Settings SETTINGS =
      new HolidayCnImport.Settings("假设〔2026〕1号", LocalDate.of(2026, 11, 1), null, null, null);

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "\\\"year\\\"",
    "\\\"papers\\\"",
    "\\\"days\\\"",
    "\\\"name\\\"",
    "\\\"date\\\"",
    "\\\"isOffDay\\\"",
    "true",
    "false",
    "null",
    "\\\\n",
    "\\\\r",
    "\\\\u2028",
    "元旦",
    "2025-12-31",
    "2024-12-01",
    "{\\\"name\\\": \\\"元旦\\\", \\\"date\\\": \\\"2025-12-31\\\", \\\"isOffDay\\\": true}"
  })
  void parseAndConvert(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    HolidayCnFile file;
    try {
      file = HolidayCnFile.parse(json, SOURCE);
    } catch (HolidayCnFormatException e) {
      checkFormatException(e);
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("parse threw " + e.getClass().getName(), e);
    }
    assertThat(file.days()).isNotEmpty();
    Set<LocalDate> dates = new HashSet<>();
    for (int i = 0; i < file.days().size(); i++) {
      HolidayCnFile.Day d = file.days().get(i);
      assertThat(dates.add(d.date())).as("%s listed once", d.date()).isTrue();
      assertThat(d.name()).isNotBlank().isEqualTo(d.name().strip());
      assertThat(d.index()).isEqualTo(i);
    }

    HolidayCnImport.Conversion c;
    try {
      c = HolidayCnImport.convert(file, SOURCE, SETTINGS);
    } catch (HolidayCnFormatException e) {
      checkFormatException(e);
      return;
    } catch (IllegalArgumentException e) {
      if (e.getClass() != IllegalArgumentException.class) {
        fail("convert threw " + e.getClass().getName() + ", not the documented ones", e);
      }
      assertThat(e.getMessage()).as("message").isNotBlank();
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("convert threw " + e.getClass().getName(), e);
    }
    checkConversion(file, c);
  }

  private static void checkFormatException(HolidayCnFormatException e) {
    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.reason()).isNotBlank();
    String path = e.path();
    String expected =
        SOURCE
            + (path == null ? "" : (Character.isDigit(path.charAt(0)) ? ":" : ": ") + path)
            + ": "
            + e.reason();
    assertThat(e.getMessage()).isEqualTo(expected);
    if (e.isEmptyPlaceholder()) {
      assertThat(path).isEqualTo("days");
    }
  }

  private static void checkConversion(HolidayCnFile file, HolidayCnImport.Conversion c) {
    HolidayNotice notice = c.notice();
    assertThat(HolidayNotices.parse(c.text(), "converted")).containsExactly(notice);
    assertThat(notice.year()).isEqualTo(file.year());
    assertThat(notice.number()).isEqualTo(SETTINGS.number());
    assertThat(notice.source()).isEqualTo(file.papers().get(0));
    assertThat(notice.title()).isEqualTo(HolidayCnImport.defaultTitle(file.year()));
    assertThat(c.mergedPapers()).isEqualTo(file.papers().size());

    Map<LocalDate, DayDeclaration> declared = new HashMap<>();
    for (DayDeclaration d : notice.declarations()) {
      for (LocalDate day = d.days().first(); !day.isAfter(d.days().last()); day = day.plusDays(1)) {
        assertThat(declared.put(day, d)).as("%s declared once", day).isNull();
      }
    }
    int kept = 0;
    for (HolidayCnFile.Day d : file.days()) {
      boolean leftOut =
          d.date().getYear() == file.year()
              && d.date().getMonth() == Month.DECEMBER
              && d.name().contains("元旦");
      assertThat(c.leftOut().contains(d)).as("%s left out", d).isEqualTo(leftOut);
      if (leftOut) {
        assertThat(declared).doesNotContainKey(d.date());
        continue;
      }
      kept++;
      DayDeclaration decl = declared.get(d.date());
      assertThat(decl).as("declaration of %s", d).isNotNull();
      assertThat(decl.festival()).isEqualTo(d.name());
      assertThat(decl.kind())
          .isEqualTo(d.offDay() ? DayDeclaration.Kind.REST : DayDeclaration.Kind.WORK);
    }
    assertThat(declared).as("declared days").hasSize(kept);
    assertThat(c.leftOut()).hasSize(file.days().size() - kept);
    List<HolidayCnFile.Day> leftOut = c.leftOut();
    for (int i = 1; i < leftOut.size(); i++) {
      assertThat(leftOut.get(i).date()).isAfter(leftOut.get(i - 1).date());
    }
  }
}
