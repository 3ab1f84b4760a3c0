package org.employmentlinkage.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dates of the lunisolar festivals (除夕, 春节, 清明, 端午, 中秋) for each Gregorian year from {@value
 * #FIRST_YEAR} to {@value #LAST_YEAR}, read once from the resource {@code festivals.txt} next to
 * this class.
 *
 * <p>The table is computed per GB/T 33661-2017 《农历的编算和颁行》 (astronomical new moons and solar terms
 * in Beijing time) by a generator in linkage-core's test sources, which also checks that this
 * resource is exactly its output; the file's header and {@code docs/festivals.md} describe the
 * algorithms, their accuracy and the dates that lie close to a Beijing midnight.
 *
 * <p>Thread-safe: the table is immutable and loaded when the class is initialised.
 */
final class FestivalTable {

  /** The first Gregorian year in the table. */
  static final int FIRST_YEAR = 2000;

  /** The last Gregorian year in the table. */
  static final int LAST_YEAR = 2050;

  /**
   * The festivals of one Gregorian year.
   *
   * @param year the Gregorian year
   * @param chuxi 除夕, the last day of the twelfth lunar month (the day before 春节)
   * @param chunjie 春节, 正月初一 (first day of the first lunar month)
   * @param qingming 清明, the day the Sun's apparent longitude reaches 15°
   * @param duanwu 端午节, 五月初五
   * @param zhongqiu 中秋节, 八月十五
   */
  record Festivals(
      int year,
      LocalDate chuxi,
      LocalDate chunjie,
      LocalDate qingming,
      LocalDate duanwu,
      LocalDate zhongqiu) {}

  private static final String RESOURCE = "festivals.txt";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final List<Festivals> TABLE = load();

  private FestivalTable() {}

  /**
   * The festivals of {@code year}.
   *
   * @param year the Gregorian year
   * @return the festival dates
   * @throws IllegalArgumentException if the year is outside {@value #FIRST_YEAR}..{@value
   *     #LAST_YEAR}
   */
  static Festivals forYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "year "
              + year
              + " is outside the festival table "
              + FIRST_YEAR
              + ".."
              + LAST_YEAR
              + " (computed per GB/T 33661-2017; see docs/festivals.md to extend it)");
    }
    return TABLE.get(year - FIRST_YEAR);
  }

  private static List<Festivals> load() {
    try (InputStream in =
        OfficialNotices.openResource(OfficialNotices.RESOURCE_DIR + RESOURCE, RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  private static List<Festivals> parse(BufferedReader r) throws IOException {
    List<Festivals> table = new ArrayList<>();
    int lineNumber = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNumber++;
      int hash = line.indexOf('#');
      String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (t.isEmpty()) {
        continue;
      }
      String[] f = WHITESPACE.split(t, -1);
      if (f.length != 6) {
        throw malformed(lineNumber, "expected 6 fields (year 除夕 春节 清明 端午 中秋), found " + f.length);
      }
      Festivals row;
      try {
        row =
            new Festivals(
                Integer.parseInt(f[0]),
                LocalDate.parse(f[1]),
                LocalDate.parse(f[2]),
                LocalDate.parse(f[3]),
                LocalDate.parse(f[4]),
                LocalDate.parse(f[5]));
      } catch (NumberFormatException | DateTimeParseException e) {
        throw malformed(lineNumber, String.valueOf(e.getMessage()));
      }
      int expected = FIRST_YEAR + table.size();
      if (row.year() != expected) {
        throw malformed(lineNumber, "expected year " + expected + ", found " + row.year());
      }
      if (!row.chuxi().plusDays(1).equals(row.chunjie())) {
        throw malformed(lineNumber, "除夕 must be the day before 春节");
      }
      for (LocalDate d : List.of(row.chunjie(), row.qingming(), row.duanwu(), row.zhongqiu())) {
        if (d.getYear() != row.year()) {
          throw malformed(lineNumber, d + " is not in year " + row.year());
        }
      }
      table.add(row);
    }
    if (table.size() != LAST_YEAR - FIRST_YEAR + 1) {
      throw new IllegalStateException(
          RESOURCE
              + " covers "
              + table.size()
              + " years, expected "
              + FIRST_YEAR
              + ".."
              + LAST_YEAR);
    }
    return List.copyOf(table);
  }

  private static IllegalStateException malformed(int line, String reason) {
    return new IllegalStateException(RESOURCE + " line " + line + ": " + reason);
  }
}
