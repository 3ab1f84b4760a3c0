package org.employmentlinkage.cli.holidaycn;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.jspecify.annotations.Nullable;

/**
 * Converts a {@link HolidayCnFile} into a {@link HolidayNotice} and its text in linkage's notice
 * format ({@code docs/notice-format.md}).
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>Consecutive rest days ({@code isOffDay: true}) of the same name become one {@code rest}
 *       range; every working day ({@code isOffDay: false}) becomes one {@code work} line.
 *   <li>The lines are grouped by festival in the order of the festival's first date, rest ranges
 *       before working days, as the notices state them ("X月X日至X日放假调休……X月X日上班").
 *   <li>Days of the file's own December named 元旦 are <b>left out</b>: they belong to the next
 *       year's notice, and holiday-cn repeats them in both years' files (its {@code 2018.json}
 *       lists 2018-12-29..31, which 国办发明电〔2018〕15号 for 2019 declared). Days of the previous
 *       December stay: they are this notice's.
 *   <li>A file that merges several documents (more than one entry in {@code papers}, e.g. 2020 with
 *       the Spring Festival extension) becomes one notice with their combined effect; the caller
 *       should say so.
 *   <li>The number, title, release date and source are the caller's: the release date and number
 *       are not in the file. The title defaults to {@code 国务院办公厅关于YYYY年部分节假日安排的通知}, the source to
 *       the first entry of {@code papers}.
 * </ul>
 *
 * <p>Thread-safe; all methods are static.
 */
public final class HolidayCnImport {
  private HolidayCnImport() {}

  /**
   * What the caller supplies: the facts a holiday-cn file does not hold.
   *
   * @param number the notice's document number, e.g. {@code 国办发明电〔2024〕12号}
   * @param released the date the notice was released on gov.cn
   * @param title the title, or null for {@code 国务院办公厅关于YYYY年部分节假日安排的通知}
   * @param source the official text's URL, or null for the file's first paper
   * @param amends the number of the notice this one amends, or null
   */
  public record Settings(
      String number,
      LocalDate released,
      @Nullable String title,
      @Nullable String source,
      @Nullable String amends) {
    /**
     * Checks the required fields.
     *
     * @param number the number
     * @param released the release date
     * @param title the title or null
     * @param source the source or null
     * @param amends the amended number or null
     * @throws NullPointerException if {@code number} or {@code released} is null
     */
    public Settings {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(released, "released");
    }
  }

  /**
   * The result of a conversion.
   *
   * @param notice the notice
   * @param text the notice in linkage's text format, with a comment header naming the file
   * @param leftOut the days left out because they belong to the next year's notice, by date
   * @param mergedPapers the number of documents the file merges (its {@code papers})
   */
  public record Conversion(
      HolidayNotice notice, String text, List<HolidayCnFile.Day> leftOut, int mergedPapers) {
    /**
     * Copies the list.
     *
     * @param notice the notice
     * @param text the text
     * @param leftOut the days left out
     * @param mergedPapers the number of papers
     * @throws NullPointerException if an argument or a left-out day is null
     */
    public Conversion {
      Objects.requireNonNull(notice, "notice");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(leftOut, "leftOut");
      for (HolidayCnFile.Day d : leftOut) {
        Objects.requireNonNull(d, "HolidayCnImport.Conversion: leftOut contains null");
      }
      leftOut = List.copyOf(leftOut);
    }
  }

  /**
   * The standard title of a year's notice: {@code 国务院办公厅关于YYYY年部分节假日安排的通知}.
   *
   * @param year the holiday year
   * @return the title
   */
  public static String defaultTitle(int year) {
    return "国务院办公厅关于" + year + "年部分节假日安排的通知";
  }

  /**
   * Converts a file.
   *
   * @param file the holiday-cn file
   * @param fileName the file's name (no directories), written in the header comment
   * @param settings number, release date and the optional fields
   * @return the notice and its text
   * @throws NullPointerException if an argument is null
   * @throws HolidayCnFormatException if no source is given and the file has no paper, or a date
   *     lies outside {@code Dec 1 of year-1 .. Dec 31 of year}
   * @throws IllegalArgumentException if the notice breaks a rule of the notice format (the message
   *     says which)
   */
  public static Conversion convert(HolidayCnFile file, String fileName, Settings settings) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(settings, "settings");
    String source = settings.source();
    if (source == null) {
      if (file.papers().isEmpty()) {
        throw new HolidayCnFormatException(
            fileName,
            "papers",
            "the list is empty, so there is no default source: give one",
            false);
      }
      source = file.papers().get(0);
    }
    int year = file.year();
    LocalDate first = LocalDate.of(year - 1, Month.DECEMBER, 1);
    LocalDate last = LocalDate.of(year, Month.DECEMBER, 31);
    List<HolidayCnFile.Day> sorted = new ArrayList<>(file.days());
    sorted.sort(Comparator.comparing(HolidayCnFile.Day::date));
    List<HolidayCnFile.Day> kept = new ArrayList<>();
    List<HolidayCnFile.Day> leftOut = new ArrayList<>();
    for (HolidayCnFile.Day d : sorted) {
      if (d.date().isBefore(first) || d.date().isAfter(last)) {
        throw new HolidayCnFormatException(
            fileName,
            "days[" + d.index() + "].date",
            d.date()
                + " is outside the range a notice for "
                + year
                + " may declare ("
                + first
                + ".."
                + last
                + ")",
            false);
      }
      if (d.date().getYear() == year
          && d.date().getMonth() == Month.DECEMBER
          && d.name().contains("元旦")) {
        leftOut.add(d);
      } else {
        kept.add(d);
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    HolidayCnFile.Day runStart = null;
    HolidayCnFile.Day runEnd = null;
    for (HolidayCnFile.Day d : kept) {
      Group g = groups.computeIfAbsent(d.name(), n -> new Group());
      if (!d.offDay()) {
        g.declarations.add(DayDeclaration.work(d.date(), d.name()));
        continue;
      }
      if (runStart != null
          && runEnd != null
          && runEnd.name().equals(d.name())
          && runEnd.date().plusDays(1).equals(d.date())) {
        runEnd = d;
        continue;
      }
      closeRun(groups, runStart, runEnd);
      runStart = d;
      runEnd = d;
    }
    closeRun(groups, runStart, runEnd);
    List<DayDeclaration> declarations = new ArrayList<>();
    for (Group g : groups.values()) {
      List<DayDeclaration> rests = new ArrayList<>();
      List<DayDeclaration> works = new ArrayList<>();
      for (DayDeclaration d : g.declarations) {
        (d.kind() == DayDeclaration.Kind.REST ? rests : works).add(d);
      }
      rests.sort(Comparator.comparing(d -> d.days().first()));
      works.sort(Comparator.comparing(d -> d.days().first()));
      declarations.addAll(rests);
      declarations.addAll(works);
    }
    String title = settings.title() == null ? defaultTitle(year) : settings.title();
    HolidayNotice notice =
        HolidayNotice.builder()
            .number(settings.number())
            .title(Objects.requireNonNull(title))
            .released(settings.released())
            .year(year)
            .source(source)
            .amends(Optional.ofNullable(settings.amends()))
            .declarations(declarations)
            .build();
    String text = header(file, fileName, leftOut) + HolidayNotices.format(List.of(notice));
    List<HolidayNotice> back = HolidayNotices.parse(text, fileName);
    if (!back.equals(List.of(notice))) {
      throw new IllegalStateException("the converted text does not read back as the same notice");
    }
    return new Conversion(notice, text, leftOut, file.papers().size());
  }

  private static void closeRun(
      Map<String, Group> groups,
      HolidayCnFile.@Nullable Day start,
      HolidayCnFile.@Nullable Day end) {
    if (start != null && end != null) {
      Objects.requireNonNull(groups.get(start.name()))
          .declarations
          .add(DayDeclaration.rest(start.date(), end.date(), start.name()));
    }
  }

  private static String header(
      HolidayCnFile file, String fileName, List<HolidayCnFile.Day> leftOut) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Converted from the holiday-cn file ")
        .append(comment(fileName))
        .append(" (year ")
        .append(file.year())
        .append(") by `linkage notices import-holiday-cn`.\n");
    for (String p : file.papers()) {
      sb.append("# holiday-cn paper: ").append(comment(p)).append('\n');
    }
    sb.append("# holiday-cn is a secondary source: check every line against the official text")
        .append(" (docs/notice-format.md).\n");
    if (file.papers().size() > 1) {
      sb.append("# The file merges ")
          .append(file.papers().size())
          .append(" documents (a notice and its amendments): this notice declares their")
          .append(" combined effect.\n");
    }
    for (HolidayCnFile.Day d : leftOut) {
      sb.append("# Left out (declared by the notice for ")
          .append(file.year() + 1)
          .append("): ")
          .append(d.date())
          .append(d.offDay() ? " rest " : " work ")
          .append(comment(d.name()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Text from the file or the caller made safe for a comment line: line breaks and other control
   * characters are written as escapes ({@code \n}, {@code \r}, {@code \u0085}), so that a name or
   * paper such as {@code "元旦\nnotice: x"} cannot end the comment and add lines to the notice text.
   */
  private static String comment(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape =
          c == '\n'
              ? "\\n"
              : c == '\r'
                  ? "\\r"
                  : Character.isISOControl(c)
                      ? String.format(Locale.ROOT, "\\u%04X", (int) c)
                      : null;
      if (escape != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (escape != null) {
          sb.append(escape);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** The declarations of one festival, in file order. */
  private static final class Group {
    final List<DayDeclaration> declarations = new ArrayList<>();
  }
}
