package org.employmentlinkage.calendar.lunar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes {@code festivals.txt}, the festival table that linkage-core ships, from the algorithm of
 * this package. The table is data in the jar; this generator and the astronomy stay in test scope,
 * and {@code LunarFestivalTableTest} fails whenever the shipped file differs from what this class
 * produces.
 *
 * <p>Regenerate from the repository root with {@code ./mvnw -B -q -pl linkage-core -am test
 * -Dtest=LunarFestivalTableTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlinkage.festivals.regenerate=true}, or run {@link #main(String[])} from the test class path in
 * the directory {@code linkage-core} (or with the target file as argument).
 */
public final class FestivalTableGenerator {

  /** First Gregorian year of the table (the shipped table's {@code FestivalTable.FIRST_YEAR}). */
  public static final int FIRST_YEAR = 2000;

  /** Last Gregorian year of the table (the shipped table's {@code FestivalTable.LAST_YEAR}). */
  public static final int LAST_YEAR = 2050;

  /**
   * The error bound, in seconds, assumed for every computed instant (new moon or solar term, in
   * Beijing time): about 20 s for the algorithms plus up to about 35 s for ΔT, doubled. An instant
   * closer than this to Beijing midnight could fall on either date; see {@code docs/festivals.md}.
   */
  public static final double ERROR_BOUND_SECONDS = 120.0;

  /**
   * Instants this close to midnight (seconds) are listed in the header even if beyond the bound.
   */
  static final double LIST_WITHIN_SECONDS = 15 * 60.0;

  /** The path of the shipped table, relative to the linkage-core module directory. */
  public static final String RESOURCE =
      "src/main/resources/org/employmentlinkage/calendar/festivals.txt";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private FestivalTableGenerator() {}

  /**
   * Writes the table.
   *
   * @param args the target file; defaults to {@link #RESOURCE} relative to the working directory
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : RESOURCE);
    Files.writeString(target, render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + target.toAbsolutePath());
  }

  /** One instant the rules used that lies near a Beijing midnight. */
  public record NearMidnight(
      int year, String label, Instant instant, double seconds, String effect) {}

  /** The complete text of {@code festivals.txt}. */
  public static String render() {
    List<LunisolarYear.Result> results = new ArrayList<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      results.add(LunisolarYear.compute(y));
    }
    List<NearMidnight> near = nearMidnight(results);
    StringBuilder out = new StringBuilder();
    header(out, near);
    for (LunisolarYear.Result r : results) {
      out.append(r.year())
          .append(' ')
          .append(r.chuxi())
          .append(' ')
          .append(r.chunjie())
          .append(' ')
          .append(r.qingming())
          .append(' ')
          .append(r.duanwu())
          .append(' ')
          .append(r.zhongqiu())
          .append("  # ")
          .append(margin(r));
      if (!r.leapMonth().isEmpty()) {
        out.append("; leap month of the span: ").append(r.leapMonth());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The relevant instant nearest to a Beijing midnight, as written after each table row. */
  public static String margin(LunisolarYear.Result r) {
    String[] labels = {"正月朔", "五月朔", "八月朔", "清明"};
    Instant[] instants = {
      r.newMoonMonth1(), r.newMoonMonth5(), r.newMoonMonth8(), r.qingmingInstant()
    };
    int best = 0;
    for (int i = 1; i < instants.length; i++) {
      if (Math.abs(TimeScales.secondsFromBeijingMidnight(instants[i]))
          < Math.abs(TimeScales.secondsFromBeijingMidnight(instants[best]))) {
        best = i;
      }
    }
    double s = TimeScales.secondsFromBeijingMidnight(instants[best]);
    String text =
        String.format(
            Locale.ROOT,
            "nearest midnight: %s %s (%s)",
            labels[best],
            STAMP.format(instants[best].atOffset(TimeScales.BEIJING)),
            distance(s));
    return Math.abs(s) < ERROR_BOUND_SECONDS ? text + " WITHIN ERROR BOUND" : text;
  }

  private static String distance(double s) {
    double a = Math.abs(s);
    String side = s >= 0 ? "after" : "before";
    if (a < 3600) {
      return String.format(Locale.ROOT, "%.1f min %s midnight", a / 60, side);
    }
    return String.format(Locale.ROOT, "%.1f h %s midnight", a / 3600, side);
  }

  /**
   * Every instant a year's computation used (the new moons and 中气 of its span, and 清明) that lies
   * within {@link #LIST_WITHIN_SECONDS} of a Beijing midnight, with what would change in that year
   * if the instant fell on the other side of midnight.
   */
  public static List<NearMidnight> nearMidnight(List<LunisolarYear.Result> results) {
    List<NearMidnight> out = new ArrayList<>();
    for (LunisolarYear.Result r : results) {
      Set<Instant> candidates = new LinkedHashSet<>();
      candidates.addAll(r.newMoons());
      candidates.addAll(r.principalTerms());
      candidates.add(r.qingmingInstant());
      for (Instant t : candidates) {
        double s = TimeScales.secondsFromBeijingMidnight(t);
        if (Math.abs(s) >= LIST_WITHIN_SECONDS) {
          continue;
        }
        LunisolarYear.Result moved =
            LunisolarYear.compute(
                r.year(),
                u -> {
                  LocalDate d = TimeScales.beijingDate(u);
                  if (!u.equals(t)) {
                    return d;
                  }
                  return TimeScales.secondsFromBeijingMidnight(u) >= 0
                      ? d.minusDays(1)
                      : d.plusDays(1);
                });
        out.add(new NearMidnight(r.year(), label(r, t), t, s, difference(r, moved)));
      }
    }
    return out;
  }

  private static String label(LunisolarYear.Result r, Instant t) {
    if (t.equals(r.qingmingInstant())) {
      return "清明";
    }
    int z = r.principalTerms().indexOf(t);
    if (z >= 0) {
      String[] names = {
        "冬至", "大寒", "雨水", "春分", "谷雨", "小满", "夏至", "大暑", "处暑", "秋分", "霜降", "小雪", "冬至"
      };
      return names[z] + " (中气)";
    }
    if (t.equals(r.newMoonMonth1())) {
      return "正月朔";
    }
    if (t.equals(r.newMoonMonth5())) {
      return "五月朔";
    }
    if (t.equals(r.newMoonMonth8())) {
      return "八月朔";
    }
    return "新月 (朔)";
  }

  private static String difference(LunisolarYear.Result a, LunisolarYear.Result b) {
    List<String> changes = new ArrayList<>();
    compare(changes, "除夕", a.chuxi(), b.chuxi());
    compare(changes, "春节", a.chunjie(), b.chunjie());
    compare(changes, "清明", a.qingming(), b.qingming());
    compare(changes, "端午", a.duanwu(), b.duanwu());
    compare(changes, "中秋", a.zhongqiu(), b.zhongqiu());
    return changes.isEmpty() ? "no festival of the year changes" : String.join(", ", changes);
  }

  private static void compare(List<String> out, String name, LocalDate a, LocalDate b) {
    if (!a.equals(b)) {
      out.add(name + " " + a + " -> " + b);
    }
  }

  private static void header(StringBuilder out, List<NearMidnight> near) {
    out.append(
        """
        # Lunisolar festival dates per Gregorian year, for the provisional calendar of linkage-core.
        # GENERATED FILE - do not edit. Regenerate from the repository root with
        #   ./mvnw -B -q -pl linkage-core -am test -Dtest=LunarFestivalTableTest \\
        #     -Dsurefire.failIfNoSpecifiedTests=false -Dlinkage.festivals.regenerate=true
        # (the test rewrites this file), or run the main method of
        # org.employmentlinkage.calendar.lunar.FestivalTableGenerator (linkage-core test
        # sources) in the directory linkage-core. LunarFestivalTableTest fails if this file differs
        # from the generator's output.
        #
        # Rules: GB/T 33661-2017 《农历的编算和颁行》 (issued 2017-05-12, in force 2017-09-01, drafted by
        # 中国科学院紫金山天文台): Beijing time (UTC+8); the day of the new moon (朔) is day 1 of a month;
        # the month containing 冬至 is month 11; when 13 months lie between two month-11s, the first
        # without a 中气 is the leap month. 除夕 = last day of month 12 (the day before 正月初一);
        # 春节 = 正月初一; 端午 = 五月初五; 中秋 = 八月十五; 清明 = the Beijing date on which the Sun's
        # apparent longitude reaches 15 degrees.
        #
        # Algorithms (J. Meeus, Astronomical Algorithms, 2nd ed., Willmann-Bell 1998):
        #   new moons: ch. 49, mean phase plus all 25 periodic terms and 14 additional corrections;
        #   Sun: ch. 25 higher accuracy, VSOP87 terms of Appendix III (ch. 32), FK5 correction,
        #        nutation (ch. 22, IAU 1980, 63 terms) and aberration -20.4898"/R;
        #   solar terms: Newton iteration on the apparent longitude;
        #   Delta T = TT - UT: Espenak & Meeus polynomials (NASA/TP-2006-214141).
        # Error bound assumed for every instant: 2 min (about 20 s of algorithm and up to about 35 s
        # of Delta T forecast by 2050, doubled); see docs/festivals.md.
        #
        # Columns: year 除夕 春节(正月初一) 清明 端午 中秋. After '#': the instant nearest to a Beijing
        # midnight among 正月朔, 五月朔, 八月朔 and 清明 (marked WITHIN ERROR BOUND when closer than
        # 2 min), and the leap month of the span from the previous 冬至 month to this year's, if any.
        #
        # Every instant the rules used (new moons and 中气 of the span, 清明) within 15 min of a Beijing
        # midnight, and what would change if it fell on the other side:
        """);
    if (near.isEmpty()) {
      out.append("#   none\n");
    }
    for (NearMidnight n : near) {
      out.append(
          String.format(
              Locale.ROOT,
              "#   %d: %s %s (%s)%s: %s%n",
              n.year(),
              n.label(),
              STAMP.format(n.instant().atOffset(TimeScales.BEIJING)),
              distance(n.seconds()),
              Math.abs(n.seconds()) < ERROR_BOUND_SECONDS ? " WITHIN ERROR BOUND" : "",
              n.effect()));
    }
    out.append("#\n");
  }
}
