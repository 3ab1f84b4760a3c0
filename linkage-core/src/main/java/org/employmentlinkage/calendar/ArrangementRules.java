package org.employmentlinkage.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The practice of the State Council notices, derived from the notices themselves: which holiday
 * blocks (放假调休) and which make-up working weekends (调休上班) a year without a notice can plausibly
 * have. {@link Projection} applies these rules to projected years; {@code
 * docs/provisional-deadlines.md} states them with their evidence.
 *
 * <p>Every arrangement a notice declares is read as an observation: for each festival, the stated
 * rest range R (relative to the festival's anchor: 元旦 January 1, 春节 除夕, 清明/端午/中秋 their dates, 劳动节
 * May 1, 国庆 October 1, 国庆 with 中秋 the earlier of the two) and the make-up days M declared for it.
 * An amendment gives a second observation of the year (as amended). The rules then are:
 *
 * <ul>
 *   <li><b>Conservation.</b> An arrangement consistent with 《全国年节及纪念日放假办法》 rests on the weekdays of
 *       R and works on the days of M so that (weekdays of R) − |M| is the number of statutory days
 *       of the festival (第二条; a statutory day on a weekend is made up on a weekday, 第六条).
 *       Observations that break it (the 2020 Spring Festival extension, 国办发明电〔2020〕1号) are listed
 *       in {@link #nonConserving()} and generate no arrangement; the latest plausible bound covers
 *       them by resting on every plausible block day with no make-up day.
 *   <li><b>One-day festivals</b> (元旦, 清明, 端午, 中秋 alone): the observed R and M, relative to the
 *       statutory date, for the weekday the date falls on.
 *   <li><b>Blocks</b> (春节, 劳动节, 国庆, 国庆 with 中秋): the observed R (start relative to the anchor, or
 *       "the anchor, extended back over the weekend right before it" as 2022/2023 劳动节 and 2026 春节
 *       did; end relative to the anchor) for the anchor's weekday under the same revision of the
 *       放假办法, else for any weekday under that revision, else under any revision. The make-up days
 *       are the weekend days nearest to R that no block rests on, at most {@link
 *       #maxMakeupPerSide()} on each side (one day may be either of the two nearest), as many as
 *       conservation asks; an arrangement whose make-up days make a longer run of working days than
 *       {@link #maxRun} observed under its revision is not plausible.
 *   <li><b>国庆 and 中秋</b> are merged when 中秋 falls between the earliest and the latest merged 中秋
 *       observed, kept apart when it falls on or before the latest separate 中秋 observed before the
 *       merged ones, and either way in between.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class ArrangementRules {

  /** The day 国务院令第795号 (the 2024 revision) and the 2025 notice were published. */
  static final LocalDate REVISION_2024_PUBLISHED = LocalDate.of(2024, 11, 12);

  /** The revisions of 《全国年节及纪念日放假办法》 the rules know. */
  enum Revision {
    /** 国务院令第644号, in force 2014-01-01..2024-12-31: 11 statutory days. */
    REV_2013,
    /** 国务院令第795号, in force from 2025-01-01: 13 statutory days. */
    REV_2024;

    /**
     * The revision in force in {@code year}, as far as a calendar knows.
     *
     * @param year the year
     * @param knows2024 whether the calendar knows of the 2024 revision
     * @return the revision
     */
    static Revision of(int year, boolean knows2024) {
      return year >= StatutoryHolidays.REVISION_2024_FROM && knows2024 ? REV_2024 : REV_2013;
    }
  }

  /** What kind of festival a block belongs to. */
  enum Kind {
    /** 元旦, 清明节, 端午节, or 中秋节 alone: one statutory day. */
    ONE_DAY,
    /** 春节: 3 statutory days from 初一 (2013 revision), 4 from 除夕 (2024 revision). */
    SPRING,
    /** 劳动节: May 1 (2013 revision), May 1–2 (2024 revision). */
    LABOUR,
    /** 国庆节: October 1–3. */
    NATIONAL,
    /** 国庆节 merged with 中秋节: October 1–3 and 中秋. */
    NATIONAL_MERGED
  }

  /**
   * One observed arrangement of one festival.
   *
   * @param kind the kind of festival
   * @param revision the revision in force in its year
   * @param key the weekday of the anchor
   * @param from the first rest day relative to the anchor (or where the weekend before it starts)
   * @param to the last rest day relative to the anchor
   * @param extendedBack whether R starts on the weekend right before the anchor
   * @param makeup the make-up days relative to the anchor
   * @param year the holiday year
   * @param festival the festival as the notice names it
   * @param notice the number of the notice (the amendment's, for an amended arrangement)
   */
  record Pattern(
      Kind kind,
      Revision revision,
      DayOfWeek key,
      int from,
      int to,
      boolean extendedBack,
      List<Integer> makeup,
      int year,
      String festival,
      String notice) {

    /**
     * The same arrangement, ignoring where it was observed (built without string concatenation,
     * which costs a bootstrap on a cold JVM).
     */
    String shape() {
      StringBuilder sb = new StringBuilder();
      sb.append(kind).append(' ').append(key).append(' ');
      if (extendedBack) {
        sb.append("wb");
      } else {
        sb.append(from);
      }
      return sb.append("..").append(to).append(' ').append(makeup).toString();
    }
  }

  private final List<Pattern> patterns;
  private final List<Pattern> nonConserving;
  private final int maxMakeupPerSide;
  private final Map<Revision, Integer> maxRun;
  private final NavigableSet<MonthDay> merged;
  private final NavigableSet<MonthDay> separate;

  private ArrangementRules(
      List<Pattern> patterns,
      List<Pattern> nonConserving,
      int maxMakeupPerSide,
      Map<Revision, Integer> maxRun,
      NavigableSet<MonthDay> merged,
      NavigableSet<MonthDay> separate) {
    this.patterns = List.copyOf(patterns);
    this.nonConserving = List.copyOf(nonConserving);
    this.maxMakeupPerSide = maxMakeupPerSide;
    this.maxRun = maxRun;
    this.merged = merged;
    this.separate = separate;
  }

  /** The rules derived from every built-in notice, built on first use. */
  private static final class BuiltIn {
    static final ArrangementRules RULES = derive(OfficialNotices.list(), new EveryYear());
  }

  /** Every year (a class rather than a lambda: cheaper on a cold JVM). */
  private static final class EveryYear implements IntPredicate {
    @Override
    public boolean test(int year) {
      return true;
    }
  }

  /**
   * The rules derived from every built-in notice (2018–2026).
   *
   * @return the shared rules
   */
  static ArrangementRules builtIn() {
    return BuiltIn.RULES;
  }

  /**
   * Derives the rules from {@code notices}, using only the holiday years {@code useYear} accepts
   * (for the leave-one-year-out check).
   *
   * @param notices notices in order of precedence
   * @param useYear which holiday years to learn from
   * @return the rules
   */
  static ArrangementRules derive(List<HolidayNotice> notices, IntPredicate useYear) {
    Map<Integer, List<HolidayNotice>> byYear = new TreeMap<>();
    for (HolidayNotice n : notices) {
      if (useYear.test(n.year())) {
        List<HolidayNotice> ofYear = byYear.get(n.year());
        if (ofYear == null) {
          ofYear = new ArrayList<>();
          byYear.put(n.year(), ofYear);
        }
        ofYear.add(n);
      }
    }
    Map<String, Pattern> unique = new LinkedHashMap<>();
    List<Pattern> broken = new ArrayList<>();
    int perSide = 0;
    Map<Revision, Integer> runs = new EnumMap<>(Revision.class);
    TreeSet<MonthDay> merged = new TreeSet<>();
    TreeSet<MonthDay> separate = new TreeSet<>();
    for (Map.Entry<Integer, List<HolidayNotice>> e : byYear.entrySet()) {
      int year = e.getKey();
      List<HolidayNotice> ofYear = e.getValue();
      // the base notice alone, and the arrangement after each amendment
      for (int upTo = 1; upTo <= ofYear.size(); upTo++) {
        if (upTo > 1 && ofYear.get(upTo - 1).amends().isEmpty()) {
          continue;
        }
        List<HolidayNotice> state = ofYear.subList(0, upTo);
        for (Observed o : observe(year, state)) {
          Pattern p = o.pattern;
          if (!o.conserving) {
            broken.add(p);
            continue;
          }
          // String.join, not +: string concatenation costs a bootstrap on a cold JVM
          String key = String.join(" ", p.shape(), p.festival(), String.valueOf(p.year()));
          unique.putIfAbsent(key, p);
          if (p.kind() == Kind.NATIONAL_MERGED) {
            merged.add(MonthDay.from(FestivalTable.forYear(year).zhongqiu()));
          } else if (p.kind() == Kind.ONE_DAY && p.festival().contains("中秋")) {
            separate.add(MonthDay.from(FestivalTable.forYear(year).zhongqiu()));
          }
          if (p.kind() != Kind.ONE_DAY) {
            perSide = Math.max(perSide, Math.max(o.makeupBefore, o.makeupAfter));
            Integer before = runs.get(p.revision());
            runs.put(p.revision(), before == null ? o.longestRun : Math.max(before, o.longestRun));
          }
        }
      }
    }
    return new ArrangementRules(
        new ArrayList<>(unique.values()), broken, perSide, runs, merged, separate);
  }

  /** An observation with what the rules learn from it. */
  private record Observed(
      Pattern pattern, boolean conserving, int makeupBefore, int makeupAfter, int longestRun) {}

  /** The arrangements a set of notices of one year (a base notice and its amendments) declares. */
  private static List<Observed> observe(int year, List<HolidayNotice> state) {
    // later notices win on a day both declare, as in a calendar
    Map<LocalDate, Boolean> work = new TreeMap<>();
    Map<LocalDate, String> festivalOf = new TreeMap<>();
    for (HolidayNotice n : state) {
      for (DayDeclaration d : n.declarations()) {
        for (LocalDate day = d.days().first();
            !day.isAfter(d.days().last());
            day = day.plusDays(1)) {
          work.put(day, d.kind() == DayDeclaration.Kind.WORK);
          festivalOf.put(day, d.festival());
        }
      }
    }
    String notice = state.get(state.size() - 1).number();
    Map<String, List<LocalDate>> rest = new LinkedHashMap<>();
    Map<String, List<LocalDate>> makeup = new LinkedHashMap<>();
    for (Map.Entry<LocalDate, Boolean> e : work.entrySet()) {
      String f = Objects.requireNonNull(festivalOf.get(e.getKey()));
      Map<String, List<LocalDate>> target = e.getValue() ? makeup : rest;
      List<LocalDate> days = target.get(f);
      if (days == null) {
        days = new ArrayList<>();
        target.put(f, days);
      }
      days.add(e.getKey());
    }
    List<Observed> out = new ArrayList<>();
    FestivalTable.Festivals fest = FestivalTable.forYear(year);
    Revision revision = Revision.of(year, true);
    for (Map.Entry<String, List<LocalDate>> e : rest.entrySet()) {
      String festival = e.getKey();
      Kind kind = kindOf(festival);
      if (kind == null) {
        continue;
      }
      List<LocalDate> r = e.getValue();
      LocalDate first = r.get(0);
      LocalDate last = r.get(r.size() - 1);
      LocalDate anchor = anchor(kind, festival, year, fest);
      List<LocalDate> m = makeup.getOrDefault(festival, List.of());
      boolean extendedBack =
          kind != Kind.ONE_DAY && first.isBefore(anchor) && onlyWeekend(first, anchor);
      List<Integer> mOffsets = new ArrayList<>();
      int before = 0;
      int after = 0;
      for (LocalDate d : m) {
        mOffsets.add(offset(anchor, d));
        if (d.isBefore(first)) {
          before++;
        } else {
          after++;
        }
      }
      Pattern p =
          new Pattern(
              kind,
              revision,
              anchor.getDayOfWeek(),
              offset(anchor, first),
              offset(anchor, last),
              extendedBack,
              List.copyOf(mOffsets),
              year,
              festival,
              notice);
      int statutory = statutoryCount(kind, revision);
      boolean conserving =
          r.size() == last.toEpochDay() - first.toEpochDay() + 1
              && weekdays(first, last) - m.size() == statutory;
      int run = 0;
      for (LocalDate d : m) {
        run = Math.max(run, runThrough(d, work));
      }
      out.add(new Observed(p, conserving, before, after, run));
    }
    return out;
  }

  /** The working days in a row through {@code day}, with the declarations of one state. */
  private static int runThrough(LocalDate day, Map<LocalDate, Boolean> declared) {
    int run = 1;
    for (LocalDate d = day.minusDays(1); works(d, declared); d = d.minusDays(1)) {
      run++;
    }
    for (LocalDate d = day.plusDays(1); works(d, declared); d = d.plusDays(1)) {
      run++;
    }
    return run;
  }

  private static boolean works(LocalDate d, Map<LocalDate, Boolean> declared) {
    Boolean w = declared.get(d);
    return w != null ? w : !isWeekend(d);
  }

  /**
   * The kind of festival a notice's festival name stands for, or null for a name the rules do not
   * know.
   *
   * @param festival the name as the notice gives it
   * @return the kind, or null
   */
  static @Nullable Kind kindOf(String festival) {
    if (festival.contains("春节")) {
      return Kind.SPRING;
    }
    if (festival.contains("劳动节")) {
      return Kind.LABOUR;
    }
    if (festival.contains("国庆")) {
      return festival.contains("中秋") ? Kind.NATIONAL_MERGED : Kind.NATIONAL;
    }
    if (festival.contains("元旦")
        || festival.contains("清明")
        || festival.contains("端午")
        || festival.contains("中秋")) {
      return Kind.ONE_DAY;
    }
    return null;
  }

  /** The anchor of a festival in {@code year}. */
  private static LocalDate anchor(Kind kind, String festival, int year, FestivalTable.Festivals f) {
    return switch (kind) {
      case SPRING -> f.chuxi();
      case LABOUR -> LocalDate.of(year, 5, 1);
      case NATIONAL -> LocalDate.of(year, 10, 1);
      case NATIONAL_MERGED -> min(f.zhongqiu(), LocalDate.of(year, 10, 1));
      case ONE_DAY ->
          festival.contains("元旦")
              ? LocalDate.of(year, 1, 1)
              : festival.contains("清明")
                  ? f.qingming()
                  : festival.contains("端午") ? f.duanwu() : f.zhongqiu();
    };
  }

  /**
   * The number of statutory days (第二条) of a kind of festival under a revision; 中秋 merged with 国庆
   * counts as a day of its own even when it falls on October 1–3.
   *
   * @param kind the kind
   * @param revision the revision
   * @return the number of statutory days
   */
  static int statutoryCount(Kind kind, Revision revision) {
    return switch (kind) {
      case ONE_DAY -> 1;
      case SPRING -> revision == Revision.REV_2024 ? 4 : 3;
      case LABOUR -> revision == Revision.REV_2024 ? 2 : 1;
      case NATIONAL -> 3;
      case NATIONAL_MERGED -> 4;
    };
  }

  /**
   * The observed arrangements that are consistent with the 放假办法 (conservation), each once per year
   * and shape.
   *
   * @return the patterns, in order of year
   */
  List<Pattern> patterns() {
    return patterns;
  }

  /**
   * The observed arrangements that break conservation (the 2020 extension), for the record.
   *
   * @return the patterns
   */
  List<Pattern> nonConserving() {
    return nonConserving;
  }

  /**
   * The most make-up days a block had on one side (before or after its rest days).
   *
   * @return the count
   */
  int maxMakeupPerSide() {
    return maxMakeupPerSide;
  }

  /**
   * The longest run of working days through a make-up day of a block, observed under {@code
   * revision}, or under any revision if none was observed under it.
   *
   * @param revision the revision
   * @return the number of days
   */
  int maxRun(Revision revision) {
    Integer r = maxRun.get(revision);
    if (revision == Revision.REV_2024) {
      // 国务院令第795号 第七条: "法定节假日假期前后连续工作一般不超过6天"
      return Math.max(STATUTORY_MAX_RUN_2024, r == null ? 0 : r);
    }
    if (r != null) {
      return r;
    }
    int most = -1;
    for (int v : maxRun.values()) {
      most = Math.max(most, v);
    }
    return most < 0 ? Integer.MAX_VALUE : most;
  }

  /**
   * The most working days in a row around a holiday under the 2024 revision, 国务院令第795号 第七条:
   * "除个别特殊情形外，法定节假日假期前后连续工作一般不超过6天".
   */
  static final int STATUTORY_MAX_RUN_2024 = 6;

  /**
   * Whether 国庆 and 中秋 may be merged in a year whose 中秋 falls on {@code zhongqiu}: unless it falls
   * on or before the latest separate 中秋 observed and before the earliest merged one.
   *
   * @param zhongqiu the date of 中秋
   * @return {@code true} if a merged block is plausible
   */
  boolean mayMerge(LocalDate zhongqiu) {
    if (merged.isEmpty()) {
      return false;
    }
    MonthDay z = MonthDay.from(zhongqiu);
    boolean separateSide = !separate.isEmpty() && !z.isAfter(separate.last());
    return !(separateSide && z.isBefore(merged.first()));
  }

  /**
   * Whether 国庆 and 中秋 may be kept apart in a year whose 中秋 falls on {@code zhongqiu}: unless it
   * falls between the earliest and the latest merged 中秋 observed.
   *
   * @param zhongqiu the date of 中秋
   * @return {@code true} if separate blocks are plausible
   */
  boolean maySeparate(LocalDate zhongqiu) {
    return !within(merged, zhongqiu);
  }

  /** Whether {@code d} lies between the first and the last of {@code days} (as month and day). */
  private static boolean within(NavigableSet<MonthDay> days, LocalDate d) {
    MonthDay z = MonthDay.from(d);
    return !days.isEmpty() && !z.isBefore(days.first()) && !z.isAfter(days.last());
  }

  /**
   * The observed rest ranges of a kind of block for a year, by the order of preference of the class
   * comment: same revision and anchor weekday, same revision, same weekday, any.
   *
   * @param kind the kind
   * @param revision the revision in force in the year
   * @param key the weekday of the anchor
   * @return the patterns of the first non-empty level (possibly empty if nothing was observed)
   */
  List<Pattern> candidates(Kind kind, Revision revision, DayOfWeek key) {
    List<List<Pattern>> levels = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      levels.add(new ArrayList<>());
    }
    for (Pattern p : patterns) {
      if (p.kind() != kind) {
        continue;
      }
      boolean sameRevision = kind == Kind.ONE_DAY || p.revision() == revision;
      boolean sameKey = p.key() == key;
      if (sameRevision && sameKey) {
        levels.get(0).add(p);
      }
      if (sameRevision) {
        levels.get(1).add(p);
      }
      if (sameKey) {
        levels.get(2).add(p);
      }
      levels.get(3).add(p);
    }
    for (int i = 0; i < levels.size(); i++) {
      List<Pattern> level = levels.get(i);
      // a rule for one weekday needs the evidence of two years at least
      boolean keyed = i == 0 || i == 2;
      if (keyed ? years(level) >= MIN_YEARS_PER_WEEKDAY : !level.isEmpty()) {
        return level;
      }
    }
    return List.of();
  }

  /**
   * The fewest holiday years that must show a festival on one weekday before the rules use only
   * what those years did for that weekday.
   */
  static final int MIN_YEARS_PER_WEEKDAY = 2;

  private static long years(List<Pattern> patterns) {
    Set<Integer> years = new HashSet<>();
    for (Pattern p : patterns) {
      years.add(p.year());
    }
    return years.size();
  }

  // ---------------------------------------------------------------------------------------------

  static boolean isWeekend(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
  }

  /** Whether every day of {@code from..before-1} is a Saturday or Sunday. */
  static boolean onlyWeekend(LocalDate from, LocalDate before) {
    for (LocalDate d = from; d.isBefore(before); d = d.plusDays(1)) {
      if (!isWeekend(d)) {
        return false;
      }
    }
    return true;
  }

  /** The Monday–Friday days of {@code first..last}. */
  static int weekdays(LocalDate first, LocalDate last) {
    int n = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (!isWeekend(d)) {
        n++;
      }
    }
    return n;
  }

  private static int offset(LocalDate anchor, LocalDate d) {
    return (int) (d.toEpochDay() - anchor.toEpochDay());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
