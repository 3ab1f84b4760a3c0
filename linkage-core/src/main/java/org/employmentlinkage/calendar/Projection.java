package org.employmentlinkage.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The plausible arrangements of the years a provisional calendar projects, by the rules of {@link
 * ArrangementRules}, and what they give a deadline: its earliest plausible due date ({@link
 * #earliest}), the days the latest plausible reading rests on ({@link #envelope()}), and the first
 * day any of them may change ({@link #provisionalFrom()}).
 *
 * <p>The festivals of the projected years are grouped so that no two groups can touch the same day
 * (a group is a run of festivals whose blocks and make-up days could meet, e.g. 中秋 and 国庆); each
 * group has a list of arrangements, and the groups vary independently. The earliest plausible n-th
 * working day after a date is then the first day on which the sum, over the groups, of the most
 * working days any of a group's arrangements gives reaches n; a due date can be no earlier.
 *
 * <p>Immutable and thread-safe.
 */
final class Projection {
  /** How far a block's make-up days may lie from its rest days (days), for grouping. */
  private static final int MARGIN = 16;

  private static final byte REST = 0;
  private static final byte WORK = 1;
  private static final byte MAKEUP = 2;

  /** One group: a zone of days and, per arrangement, the kind of each day of the zone. */
  private static final class Group {
    final long start;
    final int length;
    final int[][] prefixAll;
    final int[][] prefixNoMakeup;
    final int[] maxAll;
    final int[] maxNoMakeup;

    Group(long start, List<byte[]> arrangements) {
      this.start = start;
      this.length = arrangements.get(0).length;
      int k = arrangements.size();
      prefixAll = new int[k][length + 1];
      prefixNoMakeup = new int[k][length + 1];
      maxAll = new int[length + 1];
      maxNoMakeup = new int[length + 1];
      for (int a = 0; a < k; a++) {
        byte[] s = arrangements.get(a);
        for (int i = 0; i < length; i++) {
          prefixAll[a][i + 1] = prefixAll[a][i] + (s[i] != REST ? 1 : 0);
          prefixNoMakeup[a][i + 1] = prefixNoMakeup[a][i] + (s[i] == WORK ? 1 : 0);
        }
      }
      for (int i = 0; i <= length; i++) {
        int mAll = 0;
        int mNo = 0;
        for (int a = 0; a < k; a++) {
          mAll = Math.max(mAll, prefixAll[a][i]);
          mNo = Math.max(mNo, prefixNoMakeup[a][i]);
        }
        maxAll[i] = mAll;
        maxNoMakeup[i] = mNo;
      }
    }

    long end() {
      return start + length - 1;
    }

    boolean contains(long day) {
      return day >= start && day <= end();
    }

    /** The most working days in {@code (trigger, day]} ∩ zone any arrangement gives. */
    int most(long trigger, long day, boolean countMakeup) {
      int upTo = (int) (Math.min(day, end()) - start + 1);
      if (trigger < start) {
        return (countMakeup ? maxAll : maxNoMakeup)[upTo];
      }
      int from = (int) (trigger - start + 1);
      int[][] p = countMakeup ? prefixAll : prefixNoMakeup;
      int best = 0;
      for (int[] row : p) {
        best = Math.max(best, row[upTo] - row[from]);
      }
      return best;
    }
  }

  private final ArrangementRules rules;
  private final List<List<Block>> grouped;
  private final Base base;
  private final long end;
  private final long provisionalFrom;
  private final long[] envelope;

  /**
   * The groups with their arrangements, enumerated when a provisional deadline first needs them
   * (the enumeration is most of the cost of a provisional calendar, and {@code dayKind}, {@code
   * latestPlausible()} and most deadlines never need it); null until then.
   */
  private volatile Group @Nullable [] groups;

  private Projection(
      ArrangementRules rules,
      List<List<Block>> grouped,
      Base base,
      long end,
      long provisionalFrom,
      long[] envelope) {
    this.rules = rules;
    this.grouped = grouped;
    this.base = base;
    this.end = end;
    this.provisionalFrom = provisionalFrom;
    this.envelope = envelope;
  }

  /** The groups, enumerated on first use (a race enumerates twice and keeps either: the same). */
  private Group[] groups() {
    Group[] g = groups;
    if (g == null) {
      List<Group> list = new ArrayList<>();
      for (List<Block> blocks : grouped) {
        Group group = enumerate(rules, blocks, base, end);
        if (group != null) {
          list.add(group);
        }
      }
      g = list.toArray(new Group[0]);
      groups = g;
    }
    return g;
  }

  /**
   * The first day (epoch day) whose answer is projected: January 1 of the first projected year, or
   * an earlier day of the last December with a notice that the first projected 元旦 may change.
   *
   * @return the epoch day
   */
  long provisionalFrom() {
    return provisionalFrom;
  }

  /**
   * The days (epoch days) on which some plausible arrangement rests: the latest plausible reading
   * rests on all of them and works on no projected weekend.
   *
   * @return the days, ascending
   */
  long[] envelope() {
    return envelope.clone();
  }

  // ---------------------------------------------------------------------------------------------
  // Building

  /** A block's rest range and how its make-up days are found. */
  private static final class Part {
    private final long from;
    private final long to;
    private final long[] statutory;
    private final int statutoryCount;
    private final long @Nullable [] fixedMakeup;
    private final ArrangementRules.Revision revision;

    /**
     * A rest range.
     *
     * @param from the first rest day (epoch day)
     * @param to the last rest day
     * @param statutory the statutory dates it must hold
     * @param statutoryCount the number of statutory days (conservation)
     * @param fixedMakeup the make-up days of a one-day festival, or null to place them
     * @param revision the revision in force
     */
    Part(
        long from,
        long to,
        long[] statutory,
        int statutoryCount,
        long @Nullable [] fixedMakeup,
        ArrangementRules.Revision revision) {
      this.from = from;
      this.to = to;
      this.statutory = statutory.clone();
      this.statutoryCount = statutoryCount;
      this.fixedMakeup = fixedMakeup == null ? null : fixedMakeup.clone();
      this.revision = revision;
    }

    long from() {
      return from;
    }

    long to() {
      return to;
    }

    long[] statutory() {
      return statutory;
    }

    int statutoryCount() {
      return statutoryCount;
    }

    long @Nullable [] fixedMakeup() {
      return fixedMakeup;
    }

    ArrangementRules.Revision revision() {
      return revision;
    }
  }

  /** A festival (or 国庆 with or without 中秋) and its plausible rest ranges. */
  private record Block(List<List<Part>> options, long windowStart, long windowEnd) {}

  /**
   * Projects {@code firstYear..lastYear}.
   *
   * @param rules the rules
   * @param firstYear the first projected year
   * @param lastYear the last projected year (the coverage ends on its December 31)
   * @param knows2024 whether the calendar knows of the 2024 revision of the 放假办法
   * @param declared the declared kind of each day from {@code origin} ({@link Days}), for the days
   *     before the projection
   * @param origin the epoch day of {@code declared[0]}
   * @return the projection
   */
  static Projection build(
      ArrangementRules rules,
      int firstYear,
      int lastYear,
      boolean knows2024,
      byte[] declared,
      long origin) {
    long projStart = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long end = LocalDate.of(lastYear, 12, 31).toEpochDay();
    Base base = new Base(declared, origin, projStart);
    List<Block> blocks = new ArrayList<>();
    for (int y = firstYear; y <= lastYear; y++) {
      FestivalTable.Festivals f = FestivalTable.forYear(y);
      ArrangementRules.Revision rev = ArrangementRules.Revision.of(y, knows2024);
      blocks.add(oneDay(rules, LocalDate.of(y, 1, 1), rev));
      blocks.add(longBlock(rules, ArrangementRules.Kind.SPRING, f, y, rev));
      blocks.add(oneDay(rules, f.qingming(), rev));
      blocks.add(longBlock(rules, ArrangementRules.Kind.LABOUR, f, y, rev));
      blocks.add(oneDay(rules, f.duanwu(), rev));
      List<List<Part>> autumn = new ArrayList<>();
      if (rules.maySeparate(f.zhongqiu())) {
        Block zq = oneDay(rules, f.zhongqiu(), rev);
        Block gq = longBlock(rules, ArrangementRules.Kind.NATIONAL, f, y, rev);
        for (List<Part> a : zq.options()) {
          for (List<Part> b : gq.options()) {
            List<Part> both = new ArrayList<>(a);
            both.addAll(b);
            autumn.add(both);
          }
        }
      }
      if (rules.mayMerge(f.zhongqiu())) {
        autumn.addAll(longBlock(rules, ArrangementRules.Kind.NATIONAL_MERGED, f, y, rev).options());
      }
      blocks.add(block(autumn));
    }
    // the 元旦 after the last projected year may rest on its last days of December
    blocks.add(
        oneDay(
            rules,
            LocalDate.of(lastYear + 1, 1, 1),
            ArrangementRules.Revision.of(lastYear + 1, knows2024)));
    blocks.sort(new ByWindowStart());
    List<List<Block>> grouped = new ArrayList<>();
    long groupEnd = Long.MIN_VALUE;
    for (Block b : blocks) {
      if (grouped.isEmpty() || b.windowStart() > groupEnd) {
        grouped.add(new ArrayList<>());
      }
      grouped.get(grouped.size() - 1).add(b);
      groupEnd = Math.max(groupEnd, b.windowEnd());
    }
    // the latest plausible reading rests on every day of every plausible rest range, whether or not
    // make-up days can be placed around it: it must also cover what conservation does not (the
    // 2020 extension, a revision of the 放假办法 published with the notice it first applies to); the
    // first changed day is the first such day or fixed make-up day (only a 元旦 reaches back into
    // the December before the projection)
    TreeSet<Long> rest = new TreeSet<>();
    long firstChanged = projStart;
    for (Block b : blocks) {
      for (List<Part> option : b.options()) {
        for (Part p : option) {
          for (long d = p.from(); d <= p.to(); d++) {
            if (d >= origin && d <= end) {
              rest.add(d);
              firstChanged = Math.min(firstChanged, d);
            }
          }
          long[] m = p.fixedMakeup();
          if (m != null) {
            for (long d : m) {
              if (d >= origin && d <= end) {
                firstChanged = Math.min(firstChanged, d);
              }
            }
          }
        }
      }
    }
    long[] envelope = new long[rest.size()];
    int k = 0;
    for (long d : rest) {
      envelope[k++] = d;
    }
    return new Projection(rules, grouped, base, end, firstChanged, envelope);
  }

  /** Blocks in order of their window (a class rather than a lambda: cheaper on a cold JVM). */
  private static final class ByWindowStart implements java.util.Comparator<Block> {
    @Override
    public int compare(Block a, Block b) {
      return Long.compare(a.windowStart(), b.windowStart());
    }
  }

  /** The kind of day before any arrangement: declared (official days) or by the weekday. */
  private static final class Base {
    final byte[] declared;
    final long origin;
    final long projStart;

    Base(byte[] declared, long origin, long projStart) {
      this.declared = declared;
      this.origin = origin;
      this.projStart = projStart;
    }

    byte kind(long day) {
      boolean weekend = ArrangementRules.isWeekend(LocalDate.ofEpochDay(day));
      if (day < projStart && day >= origin && day - origin < declared.length) {
        byte d = declared[(int) (day - origin)];
        if (d == Days.REST) {
          return REST;
        }
        if (d == Days.WORK) {
          return weekend ? MAKEUP : WORK;
        }
      }
      return weekend ? REST : WORK;
    }
  }

  private static Block block(List<List<Part>> options) {
    long ws = Long.MAX_VALUE;
    long we = Long.MIN_VALUE;
    for (List<Part> o : options) {
      for (Part p : o) {
        ws = Math.min(ws, p.from() - MARGIN);
        we = Math.max(we, p.to() + MARGIN);
      }
    }
    return new Block(options, ws, we);
  }

  /** A one-day festival on {@code date}: the observed patterns for its weekday. */
  private static Block oneDay(
      ArrangementRules rules, LocalDate date, ArrangementRules.Revision rev) {
    long s = date.toEpochDay();
    Map<String, List<Part>> options = new LinkedHashMap<>();
    for (ArrangementRules.Pattern p :
        rules.candidates(ArrangementRules.Kind.ONE_DAY, rev, date.getDayOfWeek())) {
      long from = s + p.from();
      long to = s + p.to();
      long[] m = new long[p.makeup().size()];
      boolean ok = from <= s && s <= to;
      for (int i = 0; i < m.length; i++) {
        m[i] = s + p.makeup().get(i);
        ok &= ArrangementRules.isWeekend(LocalDate.ofEpochDay(m[i])) && (m[i] < from || m[i] > to);
      }
      ok &= weekdays(from, to) - m.length == 1;
      if (ok) {
        options.putIfAbsent(
            String.join("..", String.valueOf(from), String.valueOf(to), Arrays.toString(m)),
            List.of(new Part(from, to, new long[] {s}, 1, m, rev)));
      }
    }
    if (options.isEmpty()) {
      options.put("", List.of(new Part(s, s, new long[] {s}, 1, new long[0], rev)));
    }
    return block(new ArrayList<>(options.values()));
  }

  /** A block festival of {@code year}: the observed rest ranges for its anchor. */
  private static Block longBlock(
      ArrangementRules rules,
      ArrangementRules.Kind kind,
      FestivalTable.Festivals f,
      int year,
      ArrangementRules.Revision rev) {
    LocalDate anchor;
    List<LocalDate> statutory = new ArrayList<>();
    switch (kind) {
      case SPRING -> {
        anchor = f.chuxi();
        int first = rev == ArrangementRules.Revision.REV_2024 ? 0 : 1;
        for (int i = first; i <= 3; i++) {
          statutory.add(anchor.plusDays(i));
        }
      }
      case LABOUR -> {
        anchor = LocalDate.of(year, 5, 1);
        statutory.add(anchor);
        if (rev == ArrangementRules.Revision.REV_2024) {
          statutory.add(anchor.plusDays(1));
        }
      }
      case NATIONAL, NATIONAL_MERGED -> {
        LocalDate oct1 = LocalDate.of(year, 10, 1);
        statutory.add(oct1);
        statutory.add(oct1.plusDays(1));
        statutory.add(oct1.plusDays(2));
        if (kind == ArrangementRules.Kind.NATIONAL_MERGED) {
          statutory.add(f.zhongqiu());
          anchor = f.zhongqiu().isBefore(oct1) ? f.zhongqiu() : oct1;
        } else {
          anchor = oct1;
        }
      }
      default -> throw new IllegalArgumentException("not a block: " + kind);
    }
    int count = ArrangementRules.statutoryCount(kind, rev);
    long[] stat = new long[statutory.size()];
    for (int i = 0; i < stat.length; i++) {
      stat[i] = statutory.get(i).toEpochDay();
    }
    long a = anchor.toEpochDay();
    Map<String, List<Part>> options = new LinkedHashMap<>();
    for (ArrangementRules.Pattern p : rules.candidates(kind, rev, anchor.getDayOfWeek())) {
      // a start on the weekend right before the anchor applies only where those days are a weekend
      long from =
          p.extendedBack() && !ArrangementRules.onlyWeekend(anchor.plusDays(p.from()), anchor)
              ? a
              : a + p.from();
      long to = a + p.to();
      if (valid(from, to, stat, count)) {
        options.putIfAbsent(
            String.join("..", String.valueOf(from), String.valueOf(to)),
            List.of(new Part(from, to, stat, count, null, rev)));
      }
    }
    if (options.isEmpty()) {
      long from = Arrays.stream(stat).min().orElse(a);
      long to = Arrays.stream(stat).max().orElse(a);
      options.put("", List.of(new Part(from, to, stat, count, null, rev)));
    }
    return block(new ArrayList<>(options.values()));
  }

  private static boolean valid(long from, long to, long[] statutory, int count) {
    for (long s : statutory) {
      if (s < from || s > to) {
        return false;
      }
    }
    return weekdays(from, to) >= count;
  }

  private static int weekdays(long from, long to) {
    return ArrangementRules.weekdays(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
  }

  /**
   * Enumerates the arrangements of a group of blocks; null if they change no day of the coverage.
   */
  private static @Nullable Group enumerate(
      ArrangementRules rules, List<Block> blocks, Base base, long end) {
    long ws = Long.MAX_VALUE;
    long we = Long.MIN_VALUE;
    for (Block b : blocks) {
      ws = Math.min(ws, b.windowStart());
      we = Math.max(we, b.windowEnd());
    }
    Enumeration e = new Enumeration(rules, base, ws, we);
    e.combine(blocks, 0, new ArrayList<>(), true);
    if (e.found.isEmpty()) {
      e.combine(blocks, 0, new ArrayList<>(), false); // no arrangement keeps the run bound
    }
    if (e.found.isEmpty()) {
      e.statutoryOnly(blocks); // no arrangement at all: only the statutory days rest
    }
    Set<Long> rest = new TreeSet<>();
    for (Block b : blocks) {
      for (List<Part> option : b.options()) {
        for (Part p : option) {
          for (long d = p.from(); d <= p.to(); d++) {
            rest.add(d);
          }
        }
      }
    }
    // the zone: where any arrangement differs from the base or rests on a declared block day
    long zs = Long.MAX_VALUE;
    long ze = Long.MIN_VALUE;
    for (byte[] s : e.found) {
      for (int i = 0; i < s.length; i++) {
        long d = ws + i;
        if (s[i] != base.kind(d) || rest.contains(d)) {
          zs = Math.min(zs, d);
          ze = Math.max(ze, d);
        }
      }
    }
    ze = Math.min(ze, end);
    zs = Math.max(zs, base.origin);
    if (e.found.isEmpty() || zs > ze) {
      return null;
    }
    List<byte[]> zone = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (byte[] s : e.found) {
      byte[] z = Arrays.copyOfRange(s, (int) (zs - ws), (int) (ze - ws + 1));
      if (seen.add(Arrays.toString(z))) {
        zone.add(z);
      }
    }
    return new Group(zs, zone);
  }

  /** The search for the arrangements of one group. */
  private static final class Enumeration {
    final ArrangementRules rules;
    final Base base;
    final long ws;
    final long we;
    final List<byte[]> found = new ArrayList<>();

    Enumeration(ArrangementRules rules, Base base, long ws, long we) {
      this.rules = rules;
      this.base = base;
      this.ws = ws;
      this.we = we;
    }

    /** Chooses an option per block, then the make-up days. */
    void combine(List<Block> blocks, int i, List<Part> chosen, boolean runBound) {
      if (i == blocks.size()) {
        makeups(chosen, runBound);
        return;
      }
      for (List<Part> option : blocks.get(i).options()) {
        List<Part> next = new ArrayList<>(chosen);
        next.addAll(option);
        combine(blocks, i + 1, next, runBound);
      }
    }

    void makeups(List<Part> parts, boolean runBound) {
      Set<Long> restDays = new HashSet<>();
      for (Part p : parts) {
        for (long d = p.from(); d <= p.to(); d++) {
          if (!restDays.add(d)) {
            return; // two blocks on one day: not an arrangement
          }
        }
      }
      Set<Long> used = new HashSet<>();
      for (Part p : parts) {
        long[] m = p.fixedMakeup();
        if (m != null) {
          for (long d : m) {
            if (restDays.contains(d) || !used.add(d)) {
              return;
            }
          }
        }
      }
      List<Part> open = new ArrayList<>();
      for (Part p : parts) {
        if (p.fixedMakeup() == null) {
          open.add(p);
        }
      }
      place(parts, open, 0, restDays, used, new ArrayList<>(), runBound);
    }

    /** Places the make-up days of the blocks without fixed ones, one block at a time. */
    void place(
        List<Part> parts,
        List<Part> open,
        int i,
        Set<Long> restDays,
        Set<Long> used,
        List<long[]> placed,
        boolean runBound) {
      if (i == open.size()) {
        record(open, restDays, used, placed, runBound);
        return;
      }
      Part p = open.get(i);
      int need = weekdays(p.from(), p.to()) - p.statutoryCount();
      int perSide = rules.maxMakeupPerSide();
      List<Long> before = free(p.from() - 1, -1, restDays, used);
      List<Long> after = free(p.to() + 1, 1, restDays, used);
      for (int kb = 0; kb <= Math.min(need, perSide); kb++) {
        int ka = need - kb;
        if (ka > perSide) {
          continue;
        }
        for (long[] b : choose(before, kb)) {
          for (long[] a : choose(after, ka)) {
            long[] m = concat(b, a);
            Set<Long> nextUsed = new HashSet<>(used);
            for (long d : m) {
              nextUsed.add(d);
            }
            List<long[]> nextPlaced = new ArrayList<>(placed);
            nextPlaced.add(m);
            place(parts, open, i + 1, restDays, nextUsed, nextPlaced, runBound);
          }
        }
      }
    }

    /** The two weekend days nearest to a block on one side that no block uses. */
    List<Long> free(long from, int step, Set<Long> restDays, Set<Long> used) {
      List<Long> out = new ArrayList<>();
      for (long d = from; d >= ws && d <= we && out.size() < 2; d += step) {
        if (ArrangementRules.isWeekend(LocalDate.ofEpochDay(d))
            && !restDays.contains(d)
            && !used.contains(d)) {
          out.add(d);
        }
      }
      return out;
    }

    /** No day, either of the two nearest, or both. */
    static List<long[]> choose(List<Long> candidates, int k) {
      List<long[]> out = new ArrayList<>();
      if (k == 0) {
        out.add(new long[0]);
      } else if (k == 1) {
        for (long c : candidates) {
          out.add(new long[] {c});
        }
      } else if (k == 2 && candidates.size() == 2) {
        out.add(new long[] {candidates.get(0), candidates.get(1)});
      }
      return out;
    }

    static long[] concat(long[] a, long[] b) {
      long[] out = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, out, a.length, b.length);
      return out;
    }

    void record(
        List<Part> open,
        Set<Long> restDays,
        Set<Long> used,
        List<long[]> placed,
        boolean runBound) {
      int n = (int) (we - ws + 1);
      byte[] s = new byte[n];
      for (int i = 0; i < n; i++) {
        long d = ws + i;
        s[i] = restDays.contains(d) ? REST : used.contains(d) ? MAKEUP : base.kind(d);
      }
      if (runBound) {
        for (int i = 0; i < open.size(); i++) {
          int bound = rules.maxRun(open.get(i).revision());
          for (long d : placed.get(i)) {
            if (run(s, d) > bound) {
              return;
            }
          }
        }
      }
      found.add(s);
    }

    /** The arrangement in which only the statutory days of the first option of each block rest. */
    void statutoryOnly(List<Block> blocks) {
      int n = (int) (we - ws + 1);
      byte[] s = new byte[n];
      for (int i = 0; i < n; i++) {
        s[i] = base.kind(ws + i);
      }
      for (Block b : blocks) {
        for (Part p : b.options().get(0)) {
          for (long d : p.statutory()) {
            if (d >= ws && d <= we) {
              s[(int) (d - ws)] = REST;
            }
          }
        }
      }
      found.add(s);
    }

    /** The working days in a row through {@code day}. */
    int run(byte[] s, long day) {
      int run = 1;
      for (long d = day - 1; works(s, d); d--) {
        run++;
      }
      for (long d = day + 1; works(s, d); d++) {
        run++;
      }
      return run;
    }

    boolean works(byte[] s, long d) {
      byte k = d >= ws && d <= we ? s[(int) (d - ws)] : base.kind(d);
      return k != REST;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Counting

  /**
   * The earliest plausible n-th working day after {@code trigger}: the first day on which the most
   * working days any combination of arrangements gives in {@code (trigger, day]} reaches {@code n}.
   *
   * @param trigger day 0
   * @param n the number of working days, at least 1
   * @param countMakeup whether make-up working weekends count
   * @param calendar the calendar, for the days outside every group (its own answers)
   * @param limit the last day to look at (the latest plausible due date)
   * @return the earliest plausible due date
   */
  LocalDate earliest(
      LocalDate trigger, int n, boolean countMakeup, WorkingDayCalendar calendar, LocalDate limit) {
    long t = trigger.toEpochDay();
    long last = limit.toEpochDay();
    Group[] groups = groups();
    int g = firstGroupEndingAfter(groups, t);
    long fixed = 0;
    for (long d = t + 1; d <= last; d++) {
      while (g < groups.length && groups[g].end() < d) {
        g++;
      }
      if (g < groups.length && groups[g].contains(d)) {
        Group gr = groups[g];
        int most = gr.most(t, d, countMakeup);
        if (fixed + most >= n) {
          return LocalDate.ofEpochDay(d);
        }
        if (d == gr.end()) {
          fixed += most;
        }
      } else {
        LocalDate day = LocalDate.ofEpochDay(d);
        if (calendar.isWorkingDay(day)
            && (countMakeup || calendar.dayKind(day) != DayKind.MAKEUP_WORKDAY)) {
          fixed++;
          if (fixed >= n) {
            return day;
          }
        }
      }
    }
    return limit;
  }

  private static int firstGroupEndingAfter(Group[] groups, long t) {
    int lo = 0;
    int hi = groups.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (groups[mid].end() <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * For tests: the number of arrangements of the group containing {@code day}.
   *
   * @param day a date
   * @return the number, or 0 if no group contains it
   */
  int arrangementsAt(LocalDate day) {
    long d = day.toEpochDay();
    for (Group gr : groups()) {
      if (gr.contains(d)) {
        return gr.prefixAll.length;
      }
    }
    return 0;
  }

  /**
   * The first day of the last December with a notice ({@code lastYear}) that the next year's notice
   * may still change: the earliest rest or make-up day that a plausible arrangement of the next 元旦
   * puts in that December.
   *
   * @param rules the rules
   * @param lastYear the last year with a notice
   * @return the epoch day, or {@link Long#MAX_VALUE} if no plausible 元旦 reaches into December
   */
  static long firstChangeableDay(ArrangementRules rules, int lastYear) {
    LocalDate newYear = LocalDate.of(lastYear + 1, 1, 1);
    long first = Long.MAX_VALUE;
    for (List<Part> option : oneDay(rules, newYear, ArrangementRules.Revision.REV_2024).options()) {
      for (Part p : option) {
        first = Math.min(first, p.from());
        long[] m = p.fixedMakeup();
        if (m != null) {
          for (long d : m) {
            first = Math.min(first, d);
          }
        }
      }
    }
    return first < newYear.toEpochDay() ? first : Long.MAX_VALUE;
  }
}
