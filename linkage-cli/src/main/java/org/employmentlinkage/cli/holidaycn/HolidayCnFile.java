package org.employmentlinkage.cli.holidaycn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One year file of the holiday-cn data set ({@code github.com/NateScarlet/holiday-cn}, e.g. {@code
 * 2025.json}), read and checked.
 *
 * <p>The format (holiday-cn's {@code schema.json}): an object with {@code year} (number), {@code
 * papers} (the URLs of the State Council documents used) and {@code days}, a list of {@code
 * {"name": "春节", "date": "2025-01-28", "isOffDay": true}}: every rest day one by one (weekends
 * inside a stated range included) and every working day ({@code isOffDay: false}). Other fields
 * ({@code $schema}, {@code $id}) are ignored. Immutable and thread-safe.
 *
 * @param year the year of the file
 * @param papers the document URLs, possibly empty
 * @param days the days, in file order, non-empty
 */
public record HolidayCnFile(int year, List<String> papers, List<Day> days) {
  private static final ObjectMapper STRICT =
      new ObjectMapper(
          JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  /**
   * Copies the lists.
   *
   * @param year the year
   * @param papers the URLs
   * @param days the days
   * @throws NullPointerException if a list or an element is null
   */
  public HolidayCnFile {
    papers = copy(papers, "papers");
    days = copy(days, "days");
  }

  private static <T> List<T> copy(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    for (T t : list) {
      Objects.requireNonNull(t, "HolidayCnFile: " + name + " contains null");
    }
    return List.copyOf(list);
  }

  /**
   * One entry of {@code days}.
   *
   * @param name the festival, e.g. {@code 国庆节、中秋节}
   * @param date the date
   * @param offDay {@code true} for a rest day, {@code false} for a working day (上班)
   * @param index the entry's position in the file's {@code days} list (0-based)
   */
  public record Day(String name, LocalDate date, boolean offDay, int index) {
    /**
     * Checks the fields.
     *
     * @param name the festival
     * @param date the date
     * @param offDay rest or work
     * @param index the position
     * @throws NullPointerException if {@code name} or {@code date} is null
     */
    public Day {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Reads and checks a holiday-cn file's text.
   *
   * @param json the text
   * @param source the file name, for messages
   * @return the file
   * @throws NullPointerException if an argument is null
   * @throws HolidayCnFormatException if the text is not JSON, a field is missing or mistyped, a
   *     date is not a real {@code YYYY-MM-DD} day or is listed twice, or {@code days} is empty
   */
  public static HolidayCnFile parse(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    JsonNode root;
    try {
      root = STRICT.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? null : at.getLineNr() + ":" + at.getColumnNr();
      throw new HolidayCnFormatException(
          source, where, "not valid JSON: " + firstLine(e.getOriginalMessage()), false);
    }
    if (root == null || !root.isObject()) {
      throw new HolidayCnFormatException(
          source, null, "not a holiday-cn file (not an object)", false);
    }
    JsonNode y = root.get("year");
    if (y == null || !y.isIntegralNumber() || !y.canConvertToInt()) {
      throw new HolidayCnFormatException(
          source, "year", y == null ? "missing" : "not a whole number", false);
    }
    int year = y.intValue();
    List<String> papers = new ArrayList<>();
    JsonNode p = root.get("papers");
    if (p != null && !p.isNull()) {
      if (!p.isArray()) {
        throw new HolidayCnFormatException(source, "papers", "not a list", false);
      }
      for (int i = 0; i < p.size(); i++) {
        if (!p.get(i).isTextual() || p.get(i).asText().isBlank()) {
          throw new HolidayCnFormatException(source, "papers[" + i + "]", "not a URL text", false);
        }
        papers.add(p.get(i).asText().strip());
      }
    }
    JsonNode d = root.get("days");
    if (d == null || !d.isArray()) {
      throw new HolidayCnFormatException(
          source, "days", d == null ? "missing" : "not a list", false);
    }
    if (d.isEmpty()) {
      throw new HolidayCnFormatException(
          source,
          "days",
          "the list is empty: holiday-cn publishes such placeholder files before the State"
              + " Council notice for "
              + year
              + " is out; an empty file is never a year without holidays",
          true);
    }
    List<Day> days = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    for (int i = 0; i < d.size(); i++) {
      String at = "days[" + i + "]";
      JsonNode e = d.get(i);
      if (!e.isObject()) {
        throw new HolidayCnFormatException(source, at, "not an object", false);
      }
      JsonNode name = e.get("name");
      if (name == null || !name.isTextual() || name.asText().isBlank()) {
        throw new HolidayCnFormatException(
            source, at + ".name", name == null ? "missing" : "not a festival name", false);
      }
      JsonNode date = e.get("date");
      if (date == null || !date.isTextual()) {
        throw new HolidayCnFormatException(
            source, at + ".date", date == null ? "missing" : "not a date text", false);
      }
      LocalDate day = isoDate(date.asText(), source, at + ".date");
      JsonNode off = e.get("isOffDay");
      if (off == null || !off.isBoolean()) {
        throw new HolidayCnFormatException(
            source, at + ".isOffDay", off == null ? "missing" : "not true or false", false);
      }
      Integer before = seen.putIfAbsent(day, i);
      if (before != null) {
        throw new HolidayCnFormatException(
            source, at + ".date", day + " is listed twice (also days[" + before + "])", false);
      }
      days.add(new Day(name.asText().strip(), day, off.booleanValue(), i));
    }
    return new HolidayCnFile(year, papers, days);
  }

  private static LocalDate isoDate(String text, String source, String at) {
    boolean shape = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    for (int i = 0; shape && i < 10; i++) {
      shape = i == 4 || i == 7 || (text.charAt(i) >= '0' && text.charAt(i) <= '9');
    }
    String quoted = "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    if (!shape) {
      throw new HolidayCnFormatException(source, at, quoted + " is not a YYYY-MM-DD date", false);
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(5, 7)),
          Integer.parseInt(text.substring(8, 10)));
    } catch (DateTimeException e) {
      throw new HolidayCnFormatException(source, at, quoted + " is not a real day", false);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
