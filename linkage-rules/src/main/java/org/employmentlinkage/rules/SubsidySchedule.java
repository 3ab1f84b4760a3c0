package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A region's subsidy schedule (补贴标准): amounts by occupation (职种) and level (等级) for each span of
 * dates, and the occupations of the catalogue of urgently needed skills (技能人才急需紧缺目录) with their
 * uplift. 三（七）/三（八） grant subsidies "按规定" without amounts; Dalian prices them in catalogues
 * (DOMAIN.md §5), so amounts are data a region loads, never shipped with the library.
 *
 * <h2>Text format</h2>
 *
 * <p>UTF-8, one {@code key: value} per line, {@code |} between fields; blank lines and lines
 * starting with {@code #} are ignored. First the header, then one or more periods:
 *
 * <pre>{@code
 * schedule: 瓦房店市职业培训补贴标准（假设示例）
 * source: hypothetical example, not a published schedule
 * rounding: HALF_UP                # optional; how uplifted amounts round to 分 (default HALF_UP)
 *
 * period: 2022-01-01..2024-12-31   # first..last day, inclusive; "2025-01-01.." has no end
 * shortage-uplift: 30%             # default uplift of the period's shortage occupations
 * shortage: 焊工                    # an occupation of the 急需紧缺目录, with the default uplift
 * shortage: 电工 | 20%              # ... or with its own uplift
 * training: 焊工 | 初级工 | 1200     # training subsidy (培训补贴, 职业培训补贴): occupation | level | amount
 * appraisal: 焊工 | 初级工 | 150     # skill appraisal subsidy (职业技能鉴定补贴)
 * }</pre>
 *
 * <p>Levels are written as {@link SkillLevel#parse} accepts them (五级, 初级工, …); amounts as {@link
 * Money#parse} accepts them (1200, 1200元, 0.12万元); uplifts as a percentage from 0 to 100 with at
 * most two decimals, at most 12 characters. Periods must not overlap; within a period each
 * occupation, level and item is priced once. A malformed text raises {@link
 * ScheduleFormatException} naming the line.
 *
 * <p>The amount of a subsidy is the period's price for the occupation and level, raised by the
 * occupation's uplift if it is a shortage occupation, rounded to 分 with the schedule's rounding
 * mode. Immutable, thread-safe and serializable (as its text); equal when the parsed contents are.
 */
public final class SubsidySchedule implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The item of a schedule an amount is for. */
  public enum Item {
    /** Training subsidy (培训补贴 / 职业培训补贴): the {@code training:} lines. */
    TRAINING,
    /** Skill appraisal subsidy (职业技能鉴定补贴): the {@code appraisal:} lines. */
    APPRAISAL
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The longest percentage read ({@code 100.00} has 6 characters; leading zeros are allowed). */
  private static final int MAX_PERCENT_LENGTH = 12;

  /**
   * The largest schedule file {@link #read(Path)} reads: 4 MiB (4,194,304 bytes), far more than a
   * region's catalogue needs. A larger file, or a device such as {@code /dev/zero}, is refused
   * after reading at most one byte more.
   */
  public static final int MAX_FILE_BYTES = 4 << 20;

  /** The text the schedule was parsed from. */
  private final String text;

  /** The name of the text's source (e.g. a file name). */
  private final String sourceName;

  private final transient Contents contents;

  private SubsidySchedule(String text, String sourceName, Contents contents) {
    this.text = text;
    this.sourceName = sourceName;
    this.contents = contents;
  }

  /**
   * Parses a schedule text.
   *
   * @param text the text, in the format above
   * @param sourceName a name for messages, e.g. the file name
   * @return the schedule
   * @throws NullPointerException if an argument is null
   * @throws ScheduleFormatException if the text is malformed
   */
  public static SubsidySchedule parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    return new SubsidySchedule(text, sourceName, new Parser(text, sourceName).parse());
  }

  /**
   * Reads a schedule file (UTF-8; a leading byte-order mark is skipped), at most {@link
   * #MAX_FILE_BYTES}.
   *
   * @param path the file
   * @return the schedule
   * @throws NullPointerException if {@code path} is null
   * @throws IOException if the file cannot be read
   * @throws ScheduleFormatException if the file is larger than {@link #MAX_FILE_BYTES}, is not
   *     UTF-8 (the message names the line), or the text is malformed
   */
  public static SubsidySchedule read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    String source = path.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new ScheduleFormatException(
          source, 0, "the file is larger than 4 MiB (" + MAX_FILE_BYTES + " bytes), the limit");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new ScheduleFormatException(source, line, "not UTF-8 text; save the file in UTF-8");
    }
    out.flip();
    if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return parse(out.toString(), source);
  }

  /**
   * The schedule's name ({@code schedule:}).
   *
   * @return the name
   */
  public String name() {
    return contents.name();
  }

  /**
   * Where the schedule comes from ({@code source:}), e.g. a document number, or "hypothetical".
   *
   * @return the source
   */
  public String source() {
    return contents.source();
  }

  /**
   * Whether a period of the schedule covers {@code date}.
   *
   * @param date the date
   * @return {@code true} if some period is in force on {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean covers(LocalDate date) {
    return period(date) != null;
  }

  /**
   * The first day of the period in force on {@code date}: amounts and the shortage catalogue are
   * the same for every date of one period.
   *
   * @param date the date
   * @return the period's first day, or empty if no period covers {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<LocalDate> periodStart(LocalDate date) {
    SchedulePeriod p = period(date);
    return p == null ? Optional.empty() : Optional.of(p.first());
  }

  /**
   * The price of {@code item} for {@code occupation} at {@code level} in the period in force on
   * {@code date}, before any uplift.
   *
   * @param item the item
   * @param occupation the occupation, as the schedule names it
   * @param level the level
   * @param date the date that selects the period (e.g. the certificate date)
   * @return the price, or empty if the schedule has none
   * @throws NullPointerException if an argument is null
   */
  public Optional<Money> baseAmount(
      Item item, String occupation, SkillLevel level, LocalDate date) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(occupation, "occupation");
    Objects.requireNonNull(level, "level");
    SchedulePeriod p = period(date);
    return p == null
        ? Optional.empty()
        : Optional.ofNullable(p.prices().get(key(item, occupation, level)));
  }

  /**
   * The uplift of {@code occupation} if it is in the period's catalogue of urgently needed skills.
   *
   * @param occupation the occupation
   * @param date the date that selects the period
   * @return the uplift in percent, or empty if the occupation is not a shortage occupation then
   * @throws NullPointerException if an argument is null
   */
  public Optional<BigDecimal> shortageUpliftPercent(String occupation, LocalDate date) {
    Objects.requireNonNull(occupation, "occupation");
    SchedulePeriod p = period(date);
    return p == null ? Optional.empty() : Optional.ofNullable(p.shortage().get(occupation));
  }

  /**
   * The amount of {@code item} for {@code occupation} at {@code level} on {@code date}: the price,
   * raised by the shortage uplift if any, rounded to 分 with the schedule's rounding mode.
   *
   * @param item the item
   * @param occupation the occupation
   * @param level the level
   * @param date the date that selects the period
   * @return the amount, or empty if the schedule has no price
   * @throws NullPointerException if an argument is null
   */
  public Optional<Money> amount(Item item, String occupation, SkillLevel level, LocalDate date) {
    Optional<Money> base = baseAmount(item, occupation, level, date);
    if (base.isEmpty()) {
      return base;
    }
    Optional<BigDecimal> uplift = shortageUpliftPercent(occupation, date);
    if (uplift.isEmpty() || uplift.get().signum() == 0) {
      return base;
    }
    BigDecimal factor = BigDecimal.ONE.add(uplift.get().divide(HUNDRED));
    return Optional.of(base.get().multiply(factor, contents.rounding()));
  }

  /**
   * The rounding mode of uplifted amounts.
   *
   * @return the rounding mode
   */
  public RoundingMode rounding() {
    return contents.rounding();
  }

  /**
   * A SHA-256 digest of the schedule's text, stable across JVMs (for the parameters version).
   *
   * @return the first 16 hex digits of the digest
   */
  String textDigest() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private @Nullable SchedulePeriod period(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (SchedulePeriod p : contents.periods()) {
      if (!date.isBefore(p.first()) && (p.last() == null || !date.isAfter(p.last()))) {
        return p;
      }
    }
    return null;
  }

  private static String key(Item item, String occupation, SkillLevel level) {
    return item.name() + '|' + occupation + '|' + level.name();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SubsidySchedule other && contents.equals(other.contents);
  }

  @Override
  public int hashCode() {
    return contents.hashCode();
  }

  /**
   * The name and source.
   *
   * @return e.g. {@code 瓦房店市职业培训补贴标准（假设示例） (hypothetical example…)}
   */
  @Override
  public String toString() {
    return name() + " (" + source() + ")";
  }

  /**
   * Restores the schedule by parsing its text again.
   *
   * @return the schedule
   * @throws InvalidObjectException if the serialized text is not a valid schedule
   */
  private Object readResolve() throws InvalidObjectException {
    try {
      return parse(text, sourceName);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException ioe = new InvalidObjectException("invalid SubsidySchedule text");
      ioe.initCause(e);
      throw ioe;
    }
  }

  private record Contents(
      String name, String source, RoundingMode rounding, List<SchedulePeriod> periods) {}

  private record SchedulePeriod(
      LocalDate first,
      @Nullable LocalDate last,
      Map<String, BigDecimal> shortage,
      Map<String, Money> prices) {}

  private static final class Parser {
    private final String text;
    private final String sourceName;
    private int lineNo;
    private @Nullable String name;
    private @Nullable String source;
    private RoundingMode rounding = RoundingMode.HALF_UP;
    private final List<SchedulePeriod> periods = new ArrayList<>();
    private @Nullable LocalDate first;
    private @Nullable LocalDate last;
    private int periodLine;
    private @Nullable BigDecimal defaultUplift;
    private final Map<String, BigDecimal> shortage = new HashMap<>();
    private final Map<String, Integer> shortageWithoutUplift = new HashMap<>();
    private final Map<String, Money> prices = new HashMap<>();

    Parser(String text, String sourceName) {
      this.text = text;
      this.sourceName = sourceName;
    }

    Contents parse() {
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        lineNo = i + 1;
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw error("expected 'key: value'");
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty()) {
          throw error("'" + q(key) + "' has no value");
        }
        switch (key) {
          case "schedule" -> name = header(name, key, value);
          case "source" -> source = header(source, key, value);
          case "rounding" -> rounding = rounding(value);
          case "period" -> period(value);
          case "shortage-uplift" -> defaultUplift(value);
          case "shortage" -> shortage(value);
          case "training" -> price(Item.TRAINING, value);
          case "appraisal" -> price(Item.APPRAISAL, value);
          default -> throw error("unknown key '" + q(key) + "'");
        }
      }
      lineNo = 0;
      closePeriod();
      if (name == null || source == null) {
        throw error("the header needs 'schedule:' and 'source:'");
      }
      if (periods.isEmpty()) {
        throw error("no 'period:' given");
      }
      return new Contents(name, source, rounding, List.copyOf(periods));
    }

    private String header(@Nullable String old, String key, String value) {
      if (!periods.isEmpty() || first != null) {
        throw error("'" + q(key) + "' belongs in the header, before the first period");
      }
      if (old != null) {
        throw error("duplicate '" + q(key) + "'");
      }
      return value;
    }

    private RoundingMode rounding(String value) {
      if (!periods.isEmpty() || first != null) {
        throw error("'rounding' belongs in the header, before the first period");
      }
      try {
        RoundingMode mode = RoundingMode.valueOf(value);
        if (mode == RoundingMode.UNNECESSARY) {
          throw error("rounding UNNECESSARY cannot round uplifted amounts");
        }
        return mode;
      } catch (IllegalArgumentException e) {
        if (e instanceof ScheduleFormatException sfe) {
          throw sfe;
        }
        throw error("unknown rounding '" + q(value) + "' (use HALF_UP, HALF_EVEN, DOWN, …)");
      }
    }

    private void period(String value) {
      if (name == null || source == null) {
        throw error("the header needs 'schedule:' and 'source:' before the first 'period:'");
      }
      closePeriod();
      int dots = value.indexOf("..");
      if (dots < 0) {
        throw error("period must be 'first..last' or 'first..', was '" + q(value) + "'");
      }
      LocalDate from = date(value.substring(0, dots).strip());
      String rest = value.substring(dots + 2).strip();
      LocalDate to = rest.isEmpty() ? null : date(rest);
      if (to != null && to.isBefore(from)) {
        throw error("period " + q(value) + " ends before it starts");
      }
      if (!periods.isEmpty()) {
        SchedulePeriod prev = periods.get(periods.size() - 1);
        if (prev.last() == null || !from.isAfter(prev.last())) {
          throw error(
              "period "
                  + q(value)
                  + " overlaps or precedes the previous period starting "
                  + prev.first()
                  + "; give periods in order without overlap");
        }
      }
      first = from;
      last = to;
      periodLine = lineNo;
    }

    private void closePeriod() {
      if (first == null) {
        return;
      }
      for (Map.Entry<String, Integer> e : shortageWithoutUplift.entrySet()) {
        if (defaultUplift == null) {
          throw new ScheduleFormatException(
              sourceName,
              e.getValue(),
              "shortage occupation '"
                  + q(e.getKey())
                  + "' has no uplift and the period has no 'shortage-uplift'");
        }
        shortage.put(e.getKey(), defaultUplift);
      }
      if (prices.isEmpty()) {
        throw new ScheduleFormatException(
            sourceName, periodLine, "the period starting " + first + " prices nothing");
      }
      periods.add(new SchedulePeriod(first, last, Map.copyOf(shortage), Map.copyOf(prices)));
      first = null;
      last = null;
      defaultUplift = null;
      shortage.clear();
      shortageWithoutUplift.clear();
      prices.clear();
    }

    private void inPeriod(String key) {
      if (first == null) {
        throw error("'" + key + "' must follow a 'period:' line");
      }
    }

    private void defaultUplift(String value) {
      inPeriod("shortage-uplift");
      if (defaultUplift != null) {
        throw error("duplicate 'shortage-uplift' in the period");
      }
      defaultUplift = percent(value);
    }

    private void shortage(String value) {
      inPeriod("shortage");
      String[] f = fields(value, 1, 2);
      String occupation = f[0];
      if (shortage.containsKey(occupation) || shortageWithoutUplift.containsKey(occupation)) {
        throw error("duplicate shortage occupation '" + q(occupation) + "'");
      }
      if (f.length == 2) {
        shortage.put(occupation, percent(f[1]));
      } else {
        shortageWithoutUplift.put(occupation, lineNo);
      }
    }

    private void price(Item item, String value) {
      inPeriod(item == Item.TRAINING ? "training" : "appraisal");
      String[] f = fields(value, 3, 3);
      SkillLevel level;
      try {
        level = SkillLevel.parse(f[1]);
      } catch (IllegalArgumentException e) {
        throw error("unknown level '" + q(f[1]) + "'");
      }
      Money amount;
      try {
        amount = Money.parse(f[2]);
      } catch (IllegalArgumentException e) {
        // Money.parse reads at most 100 characters and says why it refused the text
        throw error("bad amount '" + q(f[2]) + "': " + q(String.valueOf(e.getMessage()), 200));
      }
      String k = key(item, f[0], level);
      if (prices.putIfAbsent(k, amount) != null) {
        throw error("duplicate price for " + q(f[0]) + " " + level.title() + " (" + item + ")");
      }
    }

    private String[] fields(String value, int min, int max) {
      String[] parts = value.split("\\|", -1);
      if (parts.length < min || parts.length > max) {
        throw error(
            "expected " + (min == max ? min : min + " or " + max) + " fields separated by |");
      }
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].strip();
        if (parts[i].isEmpty()) {
          throw error("field " + (i + 1) + " is empty");
        }
      }
      return parts;
    }

    private BigDecimal percent(String value) {
      String v = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
      // measured before it is parsed: new BigDecimal is quadratic in the digits
      if (v.length() > MAX_PERCENT_LENGTH) {
        throw error("percentage '" + q(value) + "' must be 0 to 100 with at most two decimals");
      }
      BigDecimal p;
      try {
        p = new BigDecimal(v);
      } catch (NumberFormatException e) {
        throw error("bad percentage '" + q(value) + "'");
      }
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0 || p.scale() > 2) {
        throw error("percentage '" + q(value) + "' must be 0 to 100 with at most two decimals");
      }
      return p.stripTrailingZeros();
    }

    private LocalDate date(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw error("bad date '" + q(value) + "' (use YYYY-MM-DD)");
      }
    }

    private ScheduleFormatException error(String reason) {
      return new ScheduleFormatException(sourceName, lineNo, reason);
    }

    /** A text of the schedule for a message: cut after 40 characters, with its length if cut. */
    private static String q(String text) {
      return q(text, 40);
    }

    private static String q(String text, int limit) {
      if (text.length() <= limit) {
        return text;
      }
      int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
      return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
  }
}
