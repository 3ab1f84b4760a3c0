package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.Serial;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.employmentlinkage.core.internal.style.SerialForms;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A region's subsidy schedule (补贴标准): amounts by occupation (职种) and level (等级) for each span of
 * dates, and the occupations of the catalogue of urgently needed skills (技能人才急需紧缺目录) with their
 * uplift. 三（七）/三（八） grant subsidies "按规定" without amounts; Dalian prices them in catalogues (e.g.
 * 大人社发〔2020〕158号, 大人社发〔2022〕105号), so amounts are data a region loads, never shipped with the
 * library.
 *
 * <h2>Text format</h2>
 *
 * <p>UTF-8, one {@code key: value} per line, {@code |} between fields; blank lines and lines
 * starting with {@code #} are ignored (only whole lines: the {@code #} notes at the ends of the
 * lines below explain the example and are not part of the format). First the header, then one or
 * more periods:
 *
 * <pre>{@code
 * schedule: 瓦房店市职业培训补贴标准（假设示例）
 * source: hypothetical example, not a published schedule
 * rounding: HALF_UP                # optional; how uplifted amounts round to 分 (default HALF_UP)
 * uplift-items: training           # optional; the items the shortage uplift raises (default training)
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
 * occupation's uplift if it is a shortage occupation and the item is one the uplift raises ({@code
 * uplift-items}: {@code training} by default, {@code training, appraisal} to raise the appraisal
 * subsidy too), rounded to 分 with the schedule's rounding mode. The uplift is the schedule's data,
 * not a rule of 大政办发〔2018〕83号, which names the 急需紧缺目录 (三（八）) but sets no uplift.
 *
 * <h2>Built from data</h2>
 *
 * <p>An HR system that holds the amounts in a database builds the same schedule with {@link
 * #builder()}, one call per line of the text format, and the builder checks the same rules as the
 * parser (periods in order without overlap, each pricing something; each occupation, level and item
 * priced once per period; uplifts from 0 to 100 % with at most two decimals; a shortage occupation
 * without its own uplift needs the period's default; a rounding mode that can round):
 *
 * <pre>{@code
 * SubsidySchedule schedule =
 *     SubsidySchedule.builder()
 *         .name("瓦房店市职业培训补贴标准（假设示例）")
 *         .source("hypothetical example, not a published schedule")
 *         .period(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31))
 *         .shortageUplift(new BigDecimal("30"))
 *         .shortage("焊工")
 *         .shortage("电工", new BigDecimal("20"))
 *         .training("焊工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(1200))
 *         .appraisal("焊工", SkillLevel.JUNIOR_WORKER, Money.ofYuan(150))
 *         .build();
 * }</pre>
 *
 * <p>A schedule parsed from a text and one built with the same contents are equal, and give the
 * same {@link #toText() canonical text} and the same digest in a policy's parameters version.
 *
 * <p>Immutable, thread-safe and serializable; equal when the contents are. Serialized form: the
 * text and its source name, parsed again when read (a text that does not parse is an {@link
 * InvalidObjectException} naming the rule).
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

  /** The longest percentage read ({@code 100.00} has 6 characters; leading zeros are allowed). */
  private static final int MAX_PERCENT_LENGTH = 12;

  /**
   * The largest schedule file {@link #read(Path)} reads: 4 MiB (4,194,304 bytes), far more than a
   * region's catalogue needs. A larger file, or a device such as {@code /dev/zero}, is refused
   * after reading at most one byte more.
   */
  public static final int MAX_FILE_BYTES = 4 << 20;

  /** The text the schedule was parsed from, or its canonical text if it was built. */
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
   * A builder for a schedule held as data, e.g. in an HR system's database: the same contents and
   * rules as the text format, one call per line.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
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
        : Optional.ofNullable(p.prices().get(new PriceKey(item, occupation, level)));
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
    if (!contents.upliftItems().contains(item) || uplift.isEmpty() || uplift.get().signum() == 0) {
      return base;
    }
    BigDecimal factor = BigDecimal.ONE.add(uplift.get().divide(HUNDRED));
    return Optional.of(base.get().multiply(factor, contents.rounding()));
  }

  /**
   * Whether the shortage uplift raises the amounts of {@code item} ({@code uplift-items}; by
   * default only {@link Item#TRAINING}).
   *
   * @param item the item
   * @return {@code true} if the uplift applies to the item
   * @throws NullPointerException if {@code item} is null
   */
  public boolean upliftApplies(Item item) {
    return contents.upliftItems().contains(Objects.requireNonNull(item, "item"));
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
   * The schedule in the text format, canonical: header, then each period with its shortage
   * occupations (each with its uplift) and its prices, sorted, without comments. {@code
   * parse(toText(), name)} equals this schedule; two equal schedules have the same canonical text,
   * however they were written or built.
   *
   * @return the canonical text, lines ending in {@code \n}
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("schedule: ").append(contents.name()).append('\n');
    sb.append("source: ").append(contents.source()).append('\n');
    sb.append("rounding: ").append(contents.rounding().name()).append('\n');
    if (!contents.upliftItems().equals(DEFAULT_UPLIFT_ITEMS)) {
      sb.append("uplift-items: training, appraisal\n");
    }
    for (SchedulePeriod p : contents.periods()) {
      sb.append("period: ").append(p.first()).append("..");
      if (p.last() != null) {
        sb.append(p.last());
      }
      sb.append('\n');
      for (Map.Entry<String, BigDecimal> e : new TreeMap<>(p.shortage()).entrySet()) {
        sb.append("shortage: ")
            .append(e.getKey())
            .append(" | ")
            .append(e.getValue().toPlainString())
            .append("%\n");
      }
      for (Item item : Item.values()) {
        List<Price> prices = new ArrayList<>();
        for (Map.Entry<PriceKey, Money> e : p.prices().entrySet()) {
          if (e.getKey().item() == item) {
            prices.add(new Price(e.getKey(), e.getValue()));
          }
        }
        prices.sort(PRICE_ORDER);
        for (Price price : prices) {
          sb.append(item == Item.TRAINING ? "training: " : "appraisal: ")
              .append(price.key().occupation())
              .append(" | ")
              .append(price.key().level().title())
              .append(" | ")
              .append(price.amount().yuan().toPlainString())
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  /**
   * A SHA-256 digest of the schedule's {@link #toText() canonical text}, stable across JVMs (for
   * the parameters version): equal schedules have one digest, however they were written or built.
   *
   * @return the first 16 hex digits of the digest
   */
  String textDigest() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(toText().getBytes(StandardCharsets.UTF_8));
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
  @Serial
  private Object readResolve() throws InvalidObjectException {
    return SerialForms.resolve(SubsidySchedule.class, () -> parse(text, sourceName));
  }

  /**
   * Reads the text and source name, turning a field of the wrong type into an {@link
   * InvalidObjectException}; {@link #readResolve()} then parses the text again.
   *
   * @param in the stream
   * @throws IOException if reading fails
   * @throws ClassNotFoundException if a class of the stream is missing
   */
  @Serial
  private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
    SerialForms.readFields(in, SubsidySchedule.class);
  }

  private record Contents(
      String name,
      String source,
      RoundingMode rounding,
      Set<Item> upliftItems,
      List<SchedulePeriod> periods) {}

  /** The items the uplift raises unless the schedule says otherwise. */
  private static final Set<Item> DEFAULT_UPLIFT_ITEMS = Set.of(Item.TRAINING);

  private record SchedulePeriod(
      LocalDate first,
      @Nullable LocalDate last,
      Map<String, BigDecimal> shortage,
      Map<PriceKey, Money> prices) {}

  /** What a price is for: item, occupation and level. */
  private record PriceKey(Item item, String occupation, SkillLevel level) {}

  private record Price(PriceKey key, Money amount) {}

  private static final Comparator<Price> PRICE_ORDER =
      Comparator.comparing((Price p) -> p.key().occupation()).thenComparing(p -> p.key().level());

  /** How a check of the contents reports a broken rule: where (a line, or 0) and why. */
  private interface Errors {
    IllegalArgumentException at(int where, String reason);
  }

  /**
   * Assembles the contents and checks every rule of them; the parser and the builder feed it alike,
   * so both accept exactly the same schedules. {@code where} is the line of the text (the parser)
   * or 0 (the builder).
   */
  private static final class Assembler {
    private final Errors errors;
    private RoundingMode rounding = RoundingMode.HALF_UP;
    private Set<Item> upliftItems = DEFAULT_UPLIFT_ITEMS;
    private final List<SchedulePeriod> periods = new ArrayList<>();
    private @Nullable LocalDate first;
    private @Nullable LocalDate last;
    private int periodWhere;
    private @Nullable BigDecimal defaultUplift;
    private final Map<String, BigDecimal> shortage = new HashMap<>();
    private final Map<String, Integer> shortageWithoutUplift = new HashMap<>();
    private final Map<PriceKey, Money> prices = new HashMap<>();

    Assembler(Errors errors) {
      this.errors = errors;
    }

    boolean inPeriod() {
      return first != null;
    }

    boolean started() {
      return first != null || !periods.isEmpty();
    }

    void upliftItems(Set<Item> items, int where) {
      if (!items.contains(Item.TRAINING)) {
        throw errors.at(where, "uplift-items must include training");
      }
      upliftItems = Set.copyOf(items);
    }

    void rounding(RoundingMode mode, int where) {
      if (mode == RoundingMode.UNNECESSARY) {
        throw errors.at(where, "rounding UNNECESSARY cannot round uplifted amounts");
      }
      rounding = mode;
    }

    void period(LocalDate from, @Nullable LocalDate to, String shown, int where) {
      closePeriod();
      if (to != null && to.isBefore(from)) {
        throw errors.at(where, "period " + q(shown) + " ends before it starts");
      }
      if (!periods.isEmpty()) {
        SchedulePeriod prev = periods.get(periods.size() - 1);
        if (prev.last() == null || !from.isAfter(prev.last())) {
          throw errors.at(
              where,
              "period "
                  + q(shown)
                  + " overlaps or precedes the previous period starting "
                  + prev.first()
                  + "; give periods in order without overlap");
        }
      }
      first = from;
      last = to;
      periodWhere = where;
    }

    /** The period's default uplift; {@code percent} is read after the duplicate check. */
    void defaultUplift(Supplier<BigDecimal> percent, String shown, int where) {
      if (defaultUplift != null) {
        throw errors.at(where, "duplicate 'shortage-uplift' in the period");
      }
      defaultUplift = percent(percent.get(), shown, where);
    }

    /** A shortage occupation; {@code percent} (null for the default) is read after the checks. */
    void shortage(
        String occupation, @Nullable Supplier<BigDecimal> percent, String shown, int where) {
      if (shortage.containsKey(occupation) || shortageWithoutUplift.containsKey(occupation)) {
        throw errors.at(where, "duplicate shortage occupation '" + q(occupation) + "'");
      }
      if (percent != null) {
        shortage.put(occupation, percent(percent.get(), shown, where));
      } else {
        shortageWithoutUplift.put(occupation, where);
      }
    }

    void price(Item item, String occupation, SkillLevel level, Money amount, int where) {
      if (prices.putIfAbsent(new PriceKey(item, occupation, level), amount) != null) {
        throw errors.at(
            where,
            "duplicate price for " + q(occupation) + " " + level.title() + " (" + item + ")");
      }
    }

    Contents finish(@Nullable String name, @Nullable String source, String noHeader, int where) {
      closePeriod();
      if (name == null || source == null) {
        throw errors.at(where, noHeader);
      }
      if (periods.isEmpty()) {
        throw errors.at(where, "no 'period:' given");
      }
      return new Contents(name, source, rounding, upliftItems, List.copyOf(periods));
    }

    private BigDecimal percent(BigDecimal p, String shown, int where) {
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0 || p.scale() > 2) {
        throw errors.at(
            where, "percentage '" + q(shown) + "' must be 0 to 100 with at most two decimals");
      }
      return p.stripTrailingZeros();
    }

    /** Ends the current period, if any, checking it; a new period or the end of the text does. */
    void closePeriod() {
      if (first == null) {
        return;
      }
      for (Map.Entry<String, Integer> e : shortageWithoutUplift.entrySet()) {
        if (defaultUplift == null) {
          throw errors.at(
              e.getValue(),
              "shortage occupation '"
                  + e.getKey()
                  + "' has no uplift and the period has no 'shortage-uplift'");
        }
        shortage.put(e.getKey(), defaultUplift);
      }
      if (prices.isEmpty()) {
        throw errors.at(periodWhere, "the period starting " + first + " prices nothing");
      }
      periods.add(new SchedulePeriod(first, last, Map.copyOf(shortage), Map.copyOf(prices)));
      first = null;
      last = null;
      defaultUplift = null;
      shortage.clear();
      shortageWithoutUplift.clear();
      prices.clear();
    }
  }

  /**
   * Builds a {@link SubsidySchedule} from data, one call per line of the text format: {@link
   * #name}, {@link #source} and optionally {@link #rounding} (the header), then for each period
   * {@link #period(LocalDate, LocalDate)} or {@link #period(LocalDate)} followed by its {@link
   * #shortageUplift}, {@link #shortage(String)} occupations and prices ({@link #training}, {@link
   * #appraisal}). The rules of the text format apply; a broken one throws {@link
   * IllegalArgumentException} naming it, at the call that breaks it or, for a rule about a whole
   * period or the whole schedule, at the next {@code period} call or at {@link #build()}.
   *
   * <p>Texts (name, source, occupations) are single lines, not blank and without white space at
   * either end; an occupation also holds no {@code |}: what the text format can hold. Not
   * thread-safe; the schedules it builds are.
   */
  public static final class Builder {
    private static final Errors ERRORS =
        (where, reason) -> new IllegalArgumentException("SubsidySchedule.Builder: " + reason);

    private final Assembler assembler = new Assembler(ERRORS);
    private @Nullable String name;
    private @Nullable String source;

    private Builder() {}

    /**
     * The schedule's name (the text's {@code schedule:}).
     *
     * @param name the name, e.g. {@code 瓦房店市职业培训补贴标准}
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is blank, has white space at either end or holds
     *     a line break
     */
    public Builder name(String name) {
      this.name = line(name, "name");
      return this;
    }

    /**
     * Where the schedule comes from (the text's {@code source:}), e.g. a document number, or
     * "hypothetical".
     *
     * @param source the source
     * @return this builder
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if the source is blank, has white space at either end or
     *     holds a line break
     */
    public Builder source(String source) {
      this.source = line(source, "source");
      return this;
    }

    /**
     * Lets the shortage uplift raise the appraisal subsidy too (the text's {@code uplift-items:
     * training, appraisal}); by default it raises the training subsidy only.
     *
     * @return this builder
     */
    public Builder upliftAppraisalToo() {
      assembler.upliftItems(Set.of(Item.TRAINING, Item.APPRAISAL), 0);
      return this;
    }

    /**
     * How uplifted amounts round to 分 (the text's {@code rounding:}; default {@link
     * RoundingMode#HALF_UP}).
     *
     * @param mode the rounding mode
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     * @throws IllegalArgumentException if the mode is {@link RoundingMode#UNNECESSARY}
     */
    public Builder rounding(RoundingMode mode) {
      assembler.rounding(Objects.requireNonNull(mode, "mode"), 0);
      return this;
    }

    /**
     * Starts a period from {@code first} to {@code last}, inclusive (the text's {@code period:
     * first..last}); the calls that follow belong to it.
     *
     * @param first the period's first day
     * @param last the period's last day
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the period ends before it starts, does not follow the
     *     previous one without overlap, or the previous period prices nothing or lists a shortage
     *     occupation without an uplift
     */
    public Builder period(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      assembler.period(first, last, first + ".." + last, 0);
      return this;
    }

    /**
     * Starts a period from {@code first} without an end (the text's {@code period: first..}); the
     * calls that follow belong to it.
     *
     * @param first the period's first day
     * @return this builder
     * @throws NullPointerException if {@code first} is null
     * @throws IllegalArgumentException if the period does not follow the previous one without
     *     overlap, or the previous period prices nothing or lists a shortage occupation without an
     *     uplift
     */
    public Builder period(LocalDate first) {
      Objects.requireNonNull(first, "first");
      assembler.period(first, null, first + "..", 0);
      return this;
    }

    /**
     * The period's default uplift of its shortage occupations (the text's {@code
     * shortage-uplift:}).
     *
     * @param percent the uplift in percent, e.g. {@code 30} for +30 %
     * @return this builder
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if no period was started, the period already has one, or the
     *     percentage is not from 0 to 100 with at most two decimals
     */
    public Builder shortageUplift(BigDecimal percent) {
      Objects.requireNonNull(percent, "percent");
      inPeriod("shortageUplift");
      assembler.defaultUplift(() -> percent, percent.toPlainString() + "%", 0);
      return this;
    }

    /**
     * A shortage occupation of the period (急需紧缺目录) with the period's default uplift (the text's
     * {@code shortage: occupation}).
     *
     * @param occupation the occupation
     * @return this builder
     * @throws NullPointerException if {@code occupation} is null
     * @throws IllegalArgumentException if no period was started, the occupation is not a single
     *     line without {@code |} and outer white space, or it is listed already
     */
    public Builder shortage(String occupation) {
      String o = occupation(occupation);
      inPeriod("shortage");
      assembler.shortage(o, null, "", 0);
      return this;
    }

    /**
     * A shortage occupation of the period with its own uplift (the text's {@code shortage:
     * occupation | percent%}).
     *
     * @param occupation the occupation
     * @param percent the uplift in percent
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no period was started, the occupation is not a single
     *     line without {@code |} and outer white space or is listed already, or the percentage is
     *     not from 0 to 100 with at most two decimals
     */
    public Builder shortage(String occupation, BigDecimal percent) {
      String o = occupation(occupation);
      Objects.requireNonNull(percent, "percent");
      inPeriod("shortage");
      assembler.shortage(o, () -> percent, percent.toPlainString() + "%", 0);
      return this;
    }

    /**
     * The period's training subsidy (培训补贴, 职业培训补贴) for an occupation and level (the text's {@code
     * training: occupation | level | amount}).
     *
     * @param occupation the occupation
     * @param level the level
     * @param amount the amount
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no period was started, the occupation is not a single
     *     line without {@code |} and outer white space, or the period prices it already
     */
    public Builder training(String occupation, SkillLevel level, Money amount) {
      return price(Item.TRAINING, "training", occupation, level, amount);
    }

    /**
     * The period's skill appraisal subsidy (职业技能鉴定补贴) for an occupation and level (the text's
     * {@code appraisal: occupation | level | amount}).
     *
     * @param occupation the occupation
     * @param level the level
     * @param amount the amount
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no period was started, the occupation is not a single
     *     line without {@code |} and outer white space, or the period prices it already
     */
    public Builder appraisal(String occupation, SkillLevel level, Money amount) {
      return price(Item.APPRAISAL, "appraisal", occupation, level, amount);
    }

    /**
     * Builds the schedule. The builder must not be used afterwards.
     *
     * @return the schedule
     * @throws IllegalArgumentException if the name or source is missing, no period was given, the
     *     last period prices nothing, or it lists a shortage occupation without an uplift
     */
    public SubsidySchedule build() {
      Contents contents =
          assembler.finish(name, source, "the schedule needs a name and a source", 0);
      SubsidySchedule built = new SubsidySchedule("", "SubsidySchedule.builder()", contents);
      return new SubsidySchedule(built.toText(), "SubsidySchedule.builder()", contents);
    }

    private Builder price(
        Item item, String method, String occupation, SkillLevel level, Money amount) {
      String o = occupation(occupation);
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(amount, "amount");
      inPeriod(method);
      assembler.price(item, o, level, amount, 0);
      return this;
    }

    private void inPeriod(String method) {
      if (!assembler.inPeriod()) {
        throw ERRORS.at(0, method + "(…) must follow period(…)");
      }
    }

    private static String occupation(String occupation) {
      String o = line(occupation, "occupation");
      if (o.indexOf('|') >= 0) {
        throw ERRORS.at(0, "occupation '" + o + "' must not hold '|'");
      }
      return o;
    }

    private static String line(String text, String what) {
      Objects.requireNonNull(text, what);
      if (text.isBlank()) {
        throw ERRORS.at(0, what + " must not be blank");
      }
      if (!text.strip().equals(text) || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
        throw ERRORS.at(
            0, what + " '" + text.strip() + "' must be one line without white space at either end");
      }
      return text;
    }
  }

  private static final class Parser {
    private final String text;
    private final String sourceName;
    private final Assembler assembler;
    private int lineNo;
    private @Nullable String name;
    private @Nullable String source;

    Parser(String text, String sourceName) {
      this.text = text;
      this.sourceName = sourceName;
      this.assembler =
          new Assembler((where, reason) -> new ScheduleFormatException(sourceName, where, reason));
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
          case "rounding" -> rounding(value);
          case "uplift-items" -> upliftItems(value);
          case "period" -> period(value);
          case "shortage-uplift" -> defaultUplift(value);
          case "shortage" -> shortage(value);
          case "training" -> price(Item.TRAINING, value);
          case "appraisal" -> price(Item.APPRAISAL, value);
          default -> throw error("unknown key '" + q(key) + "'");
        }
      }
      return assembler.finish(name, source, "the header needs 'schedule:' and 'source:'", 0);
    }

    private String header(@Nullable String old, String key, String value) {
      if (assembler.started()) {
        throw error("'" + q(key) + "' belongs in the header, before the first period");
      }
      if (old != null) {
        throw error("duplicate '" + q(key) + "'");
      }
      return value;
    }

    private void upliftItems(String value) {
      if (assembler.started()) {
        throw error("'uplift-items' belongs in the header, before the first period");
      }
      Set<Item> items = new java.util.HashSet<>();
      for (String part : value.split(",", -1)) {
        switch (part.strip()) {
          case "training" -> items.add(Item.TRAINING);
          case "appraisal" -> items.add(Item.APPRAISAL);
          default -> throw error("uplift-items: unknown item '" + part.strip() + "'");
        }
      }
      assembler.upliftItems(items, lineNo);
    }

    private void rounding(String value) {
      if (assembler.started()) {
        throw error("'rounding' belongs in the header, before the first period");
      }
      RoundingMode mode;
      try {
        mode = RoundingMode.valueOf(value);
      } catch (IllegalArgumentException e) {
        throw error("unknown rounding '" + q(value) + "' (use HALF_UP, HALF_EVEN, DOWN, …)");
      }
      assembler.rounding(mode, lineNo);
    }

    private void period(String value) {
      if (name == null || source == null) {
        throw error("the header needs 'schedule:' and 'source:' before the first 'period:'");
      }
      assembler.closePeriod();
      int dots = value.indexOf("..");
      if (dots < 0) {
        throw error("period must be 'first..last' or 'first..', was '" + q(value) + "'");
      }
      LocalDate from = date(value.substring(0, dots).strip());
      String rest = value.substring(dots + 2).strip();
      LocalDate to = rest.isEmpty() ? null : date(rest);
      assembler.period(from, to, value, lineNo);
    }

    private void inPeriod(String key) {
      if (!assembler.inPeriod()) {
        throw error("'" + key + "' must follow a 'period:' line");
      }
    }

    private void defaultUplift(String value) {
      inPeriod("shortage-uplift");
      assembler.defaultUplift(() -> percent(value), value, lineNo);
    }

    private void shortage(String value) {
      inPeriod("shortage");
      String[] f = fields(value, 1, 2);
      if (f.length == 2) {
        String uplift = f[1];
        assembler.shortage(f[0], () -> percent(uplift), uplift, lineNo);
      } else {
        assembler.shortage(f[0], null, "", lineNo);
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
      assembler.price(item, f[0], level, amount, lineNo);
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

    /** A percentage's number; its range is the assembler's check, shared with the builder. */
    private BigDecimal percent(String value) {
      String v = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
      // measured before it is parsed: new BigDecimal is quadratic in the digits
      if (v.length() > MAX_PERCENT_LENGTH) {
        throw error("percentage '" + q(value) + "' must be 0 to 100 with at most two decimals");
      }
      try {
        return new BigDecimal(v);
      } catch (NumberFormatException e) {
        throw error("bad percentage '" + q(value) + "'");
      }
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
  }
}
