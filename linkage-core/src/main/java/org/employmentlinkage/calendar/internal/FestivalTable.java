package org.employmentlinkage.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The dates of the lunisolar festivals (除夕, 春节, 清明, 端午, 中秋) per Gregorian year, read from the
 * resource {@code festivals.txt} next to this class.
 *
 * <p>PLACEHOLDER: holds only the years whose festival dates appear in the State Council notices
 * 2018–2026, plus 2027 as given in DOMAIN.md. To be replaced by the table computed per GB/T
 * 33661-2017.
 */
public final class FestivalTable {

  /** The festivals of one Gregorian year. */
  public record Festivals(
      int year,
      LocalDate chuxi,
      LocalDate chunjie,
      LocalDate qingming,
      LocalDate duanwu,
      LocalDate zhongqiu) {}

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Map<Integer, Festivals> TABLE = load();

  private FestivalTable() {}

  /**
   * The festivals of {@code year}.
   *
   * @param year the Gregorian year
   * @return the festival dates
   * @throws IllegalArgumentException if the year is outside the table
   */
  public static Festivals forYear(int year) {
    Festivals f = TABLE.get(year);
    if (f == null) {
      throw new IllegalArgumentException(
          "no festival dates for " + year + "; the table covers " + TABLE.keySet());
    }
    return f;
  }

  private static Map<Integer, Festivals> load() {
    Map<Integer, Festivals> table = new TreeMap<>();
    try (InputStream in = FestivalTable.class.getResourceAsStream("festivals.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource festivals.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] f = WHITESPACE.split(t, -1);
        int year = Integer.parseInt(f[0]);
        table.put(
            year,
            new Festivals(
                year,
                LocalDate.parse(f[1]),
                LocalDate.parse(f[2]),
                LocalDate.parse(f[3]),
                LocalDate.parse(f[4]),
                LocalDate.parse(f[5])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
