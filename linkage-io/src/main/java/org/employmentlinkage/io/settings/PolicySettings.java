package org.employmentlinkage.io.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.Locality;
import org.employmentlinkage.rules.ScopeWidening;
import org.employmentlinkage.rules.SubsidySchedule;

/**
 * The reader of a region's parameters of 大政办发〔2018〕83号 kept in a small settings text, read into a
 * {@link LinkagePolicy.Builder}: the one reader the command line ({@code --settings}), the examples
 * and Spark use. The policy leaves these to the regions ("各地区可根据本地实际扩大重大项目范围", "定期对接",
 * "按规定给予培训补贴"); no region is known to have set any of them (瓦政办发〔2018〕66号 only forwards the
 * document), so every settings file in this project is labelled hypothetical.
 *
 * <h2>Format</h2>
 *
 * <p>A Java properties text in UTF-8 ({@code key = value}, {@code #} comments); a key given twice
 * is an error (plain {@code Properties} would keep the last value silently). Regions in keys and
 * values are written as codes ({@code 210281}), Chinese names ({@code 瓦房店市}) or constant names
 * ({@code WAFANGDIAN}); {@code DALIAN} / {@code 大连市} / {@code 210200} means city-wide where
 * allowed. Every key is optional; an unknown key is an error.
 *
 * <pre>{@code
 * label = wafangdian-hypothetical            # the parameters version recorded in decisions
 * validity = WAFANGDIAN_FORWARDING           # or DALIAN_2018_83 (the default)
 * locality = RESIDENCE                       # or HOUSEHOLD_REGISTRATION
 * collegeGraduateYears = 2                   # 0 to 100, or "unlimited"
 * countMakeupWorkdays = true
 * landNoticeTriggers = EXPROPRIATION_NOTICE;PRE_NOTICE
 * widening.1.region = 210281                 # a county-level unit or pilot zone
 * widening.1.from = 2025-01-01
 * widening.1.until = 2027-12-31              # optional
 * widening.1.threshold = 5000万元             # at most 1亿元
 * widening.1.categories = 港口物流;装备制造
 * widening.1.projects = WFD-001;WFD-002
 * widening.1.source = HYPOTHETICAL configuration, not a published rule
 * schedule.210281 = subsidy-schedule.txt     # SubsidySchedule text, relative to this file
 * liaison.210281 = P3M                       # ISO-8601 period of the 二（五） liaison, at most P10Y
 * specialist.210281 = 瓦房店市人社局服务专员（示例）
 * priorityGroup.RETIRED_SOLDIER = 退役军人|retired soldiers
 * }</pre>
 *
 * <p>Thread-safe; all methods are static.
 */
public final class PolicySettings {
  /**
   * The largest settings text read: 4 MiB, that is 4,194,304 bytes from a file ({@link
   * #read(Path)}) or as many characters from a reader. A larger text, or a device such as {@code
   * /dev/zero}, is refused after reading at most one more; a region's settings take a few hundred
   * bytes.
   */
  public static final int MAX_TEXT_BYTES = 4 << 20;

  /**
   * The largest {@code collegeGraduateYears}: 100 years after graduation (the document's reading is
   * 2). Write {@code unlimited} for no limit. A larger number is refused: {@code LinkagePolicy}
   * accepted 2147483647 and then failed on every person.
   */
  public static final int MAX_COLLEGE_GRADUATE_YEARS = LinkagePolicy.MAX_COLLEGE_GRADUATE_YEARS;

  /** The longest liaison period, in months: 10 years ({@code P10Y}), as the builder bounds it. */
  public static final int MAX_LIAISON_MONTHS = LinkagePolicy.MAX_LIAISON_PERIOD_MONTHS;

  /** The longest text value (a label, a source, a name), in characters. */
  public static final int MAX_TEXT_LENGTH = 200;

  private PolicySettings() {}

  /** Loads a subsidy schedule named in a settings text. */
  @FunctionalInterface
  public interface ScheduleLoader {
    /**
     * Loads the schedule {@code name} refers to.
     *
     * @param name the value of a {@code schedule.REGION} key
     * @return the schedule
     * @throws IOException if it cannot be read
     */
    SubsidySchedule load(String name) throws IOException;
  }

  /**
   * Reads a settings file into a new builder; schedule files are resolved against the file's
   * directory and read with {@link SubsidySchedule#read(Path)}.
   *
   * @param file the settings file (UTF-8; a leading byte-order mark is skipped)
   * @return a builder with the settings applied, to which the caller may add more (calendar, clock)
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file or a schedule file cannot be read
   * @throws SettingsException if the file is larger than {@link #MAX_TEXT_BYTES}, is not UTF-8 (the
   *     message names the line), or the settings are malformed
   * @throws org.employmentlinkage.rules.ScheduleFormatException if a schedule file is malformed
   */
  public static LinkagePolicy.Builder read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
    }
    if (bytes.length > MAX_TEXT_BYTES) {
      throw tooLarge(source);
    }
    String text = utf8(bytes, source);
    Path dir = file.toAbsolutePath().getParent();
    return parse(
        text,
        source,
        name -> {
          Path schedule;
          try {
            schedule = dir == null ? Path.of(name) : dir.resolve(name);
          } catch (InvalidPathException e) {
            throw new SettingsException(source, "", "a schedule.REGION value is not a file name");
          }
          return SubsidySchedule.read(schedule);
        });
  }

  private static SettingsException tooLarge(String source) {
    return new SettingsException(
        source, "", "larger than 4 MiB (" + MAX_TEXT_BYTES + " bytes or characters), the limit");
  }

  /**
   * The bytes as UTF-8, strictly: the first bytes that are not UTF-8 are an error naming the line.
   */
  private static String utf8(byte[] bytes, String source) {
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
      throw new SettingsException(
          source, "", "line " + line + ": not UTF-8 text; save the file in UTF-8");
    }
    out.flip();
    if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  /**
   * Reads a settings text from {@code in} into a new builder. The reader is read to its end (not
   * closed); schedules are loaded with {@code schedules}.
   *
   * @param in the text, e.g. a {@code java.io.InputStreamReader} in UTF-8 or a {@code StringReader}
   * @param sourceName the name for messages, e.g. the file name
   * @param schedules loads the schedules the text names
   * @return a builder with the settings applied
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code in} or a schedule cannot be read
   * @throws SettingsException if the text is longer than {@link #MAX_TEXT_BYTES} characters or the
   *     settings are malformed
   * @throws org.employmentlinkage.rules.ScheduleFormatException if a schedule is malformed
   */
  public static LinkagePolicy.Builder read(
      java.io.Reader in, String sourceName, ScheduleLoader schedules) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(schedules, "schedules");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (text.length() + n > MAX_TEXT_BYTES) {
        throw tooLarge(sourceName);
      }
      text.append(buffer, 0, n);
    }
    return parse(text.toString(), sourceName, schedules);
  }

  /**
   * Parses a settings text into a new builder.
   *
   * @param text the text
   * @param sourceName the name for messages, e.g. the file name
   * @param schedules loads the schedules the text names
   * @return a builder with the settings applied
   * @throws NullPointerException if an argument is null
   * @throws IOException if a schedule cannot be read
   * @throws SettingsException if the settings are malformed, e.g. a key is given twice
   * @throws org.employmentlinkage.rules.ScheduleFormatException if a schedule is malformed
   */
  public static LinkagePolicy.Builder parse(
      String text, String sourceName, ScheduleLoader schedules) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(schedules, "schedules");
    Properties p = new UniqueKeys(sourceName);
    try {
      p.load(new StringReader(text));
    } catch (SettingsException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(sourceName, "", "not a properties text (a malformed \\u escape)");
    }
    Map<String, String> values = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (values.put(key.strip(), p.getProperty(key).strip()) != null) {
        throw new SettingsException(sourceName, key.strip(), "given twice");
      }
    }
    LinkagePolicy.Builder b = LinkagePolicy.builder();
    Map<String, Map<String, String>> widenings = new TreeMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      KeyReader r = new KeyReader(sourceName, key);
      int dot = key.indexOf('.');
      String head = dot < 0 ? key : key.substring(0, dot);
      String rest = dot < 0 ? "" : key.substring(dot + 1);
      switch (head) {
        case "label" -> b.parametersVersion(r.text(value));
        case "validity" -> b.validity(r.validity(value));
        case "locality" -> b.locality(r.locality(value));
        case "collegeGraduateYears" -> {
          if (value.equalsIgnoreCase("unlimited")) {
            b.collegeGraduatesWithoutTimeLimit();
          } else {
            b.collegeGraduateYears(r.count(value, 0, MAX_COLLEGE_GRADUATE_YEARS, "unlimited"));
          }
        }
        case "countMakeupWorkdays" -> b.countMakeupWorkdays(r.bool(value));
        case "landNoticeTriggers" -> {
          for (String item : items(value)) {
            b.addLandNoticeTrigger(r.landNotice(item));
          }
        }
        case "widening" -> {
          int d = rest.indexOf('.');
          if (d <= 0 || d == rest.length() - 1) {
            throw r.error("write widening.N.FIELD, e.g. widening.1.threshold");
          }
          widenings
              .computeIfAbsent(rest.substring(0, d), n -> new TreeMap<>())
              .put(rest.substring(d + 1), value);
        }
        case "schedule" -> {
          Region region = r.region(rest);
          b.subsidySchedule(region, schedules.load(r.text(value)));
        }
        case "liaison" -> {
          Region region = r.region(rest);
          try {
            b.liaisonPeriod(region, r.liaison(value));
          } catch (DateTimeParseException ex) {
            throw r.error("not an ISO-8601 period (write P3M for three months, P1Y for a year)");
          } catch (IllegalArgumentException ex) {
            throw r.error(String.valueOf(ex.getMessage()));
          }
        }
        case "specialist" -> {
          Region region = r.region(rest);
          try {
            b.serviceSpecialist(region, r.text(value));
          } catch (IllegalArgumentException ex) {
            throw r.error(String.valueOf(ex.getMessage()));
          }
        }
        case "priorityGroup" -> {
          int bar = value.indexOf('|');
          if (rest.isEmpty() || bar <= 0 || bar == value.length() - 1) {
            throw r.error("write priorityGroup.ID = 中文名|English name");
          }
          try {
            b.addPriorityGroup(
                PersonGroup.customPriority(
                    rest, value.substring(0, bar).strip(), value.substring(bar + 1).strip()));
          } catch (IllegalArgumentException ex) {
            throw r.error(String.valueOf(ex.getMessage()));
          }
        }
        default -> throw r.error("unknown key");
      }
    }
    for (Map.Entry<String, Map<String, String>> w : widenings.entrySet()) {
      b.addWidening(widening(sourceName, "widening." + w.getKey(), w.getValue()));
    }
    return b;
  }

  /**
   * Properties that refuse a key given twice: {@link Properties#load(java.io.Reader)} puts every
   * line's key and value with {@link #put}, and plain {@code Properties} keeps the last value
   * silently.
   */
  private static final class UniqueKeys extends Properties {
    private static final long serialVersionUID = 1L;

    /** The source's name, for the message. */
    private final String sourceName;

    UniqueKeys(String sourceName) {
      this.sourceName = sourceName;
    }

    @Override
    public synchronized Object put(Object key, Object value) {
      if (containsKey(key)) {
        throw new SettingsException(sourceName, key.toString().strip(), "given twice");
      }
      return super.put(key, value);
    }
  }

  private static ScopeWidening widening(String source, String prefix, Map<String, String> fields) {
    ScopeWidening.Builder w = ScopeWidening.builder();
    for (Map.Entry<String, String> f : fields.entrySet()) {
      KeyReader r = new KeyReader(source, prefix + "." + f.getKey());
      String v = f.getValue();
      switch (f.getKey()) {
        case "region" -> w.region(r.region(v));
        case "from" -> w.effectiveFrom(r.date(v));
        case "until" -> w.effectiveUntil(r.date(v));
        case "threshold" -> w.threshold(r.money(v));
        case "categories" -> w.addAllAddedCategories(items(v));
        case "projects" -> w.addAllDesignatedProjectIds(items(v));
        case "source" -> w.source(r.text(v));
        default ->
            throw r.error(
                "unknown key (region, from, until, threshold, categories, projects, source)");
      }
    }
    for (String required : List.of("region", "from", "source")) {
      if (!fields.containsKey(required)) {
        throw new SettingsException(source, prefix + "." + required, "missing");
      }
    }
    try {
      return w.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SettingsException(source, prefix, String.valueOf(e.getMessage()));
    }
  }

  private static List<String> items(String value) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || value.charAt(i) == ';' || value.charAt(i) == '；') {
        String item = value.substring(start, i).strip();
        if (!item.isEmpty()) {
          out.add(item);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Reads the values of one key, with errors that name it. */
  private static final class KeyReader {
    private final String source;
    private final String key;

    KeyReader(String source, String key) {
      this.source = source;
      this.key = key;
    }

    SettingsException error(String reason) {
      return new SettingsException(source, key, reason);
    }

    String text(String v) {
      if (v.isBlank()) {
        throw error("empty");
      }
      if (v.length() > MAX_TEXT_LENGTH) {
        throw error("longer than " + MAX_TEXT_LENGTH + " characters");
      }
      return v;
    }

    Period liaison(String v) {
      if (v.length() > 40) {
        throw error("not an ISO-8601 period (write P3M for three months, P1Y for a year)");
      }
      // the bound (at most 10 years) is the builder's: LinkagePolicy.Builder.liaisonPeriod refuses
      // a longer one, and the caller reports its message under this key
      return Period.parse(v);
    }

    Region region(String v) {
      String t = v.strip();
      for (Region r : Region.values()) {
        if (r.code().map(t::equals).orElse(false)
            || r.zh().equals(t)
            || r.name().equalsIgnoreCase(t)) {
          if (!r.isInDalian()) {
            break;
          }
          return r;
        }
      }
      throw error(
          "not a region of Dalian: write a code (210200, 210202 … 210283) or a name (瓦房店市,"
              + " 长兴岛经济区)");
    }

    LocalDate date(String v) {
      String t = v.strip();
      // four-digit years only: ISO also reads +999999999-01-01
      if (!t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw error("not a date (write YYYY-MM-DD)");
      }
      try {
        return LocalDate.parse(t);
      } catch (DateTimeException e) {
        throw error("not a date (write YYYY-MM-DD)");
      }
    }

    Money money(String v) {
      try {
        return Money.parse(v);
      } catch (IllegalArgumentException e) {
        throw error("not an amount (write 5000万元 or 50000000)");
      }
    }

    int count(String v, int min, int max, String other) {
      String t = v.strip();
      // measured before it is parsed
      if (t.length() <= 10) {
        try {
          int n = Integer.parseInt(t);
          if (n >= min && n <= max) {
            return n;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      throw error("write a whole number from " + min + " to " + max + ", or " + other);
    }

    boolean bool(String v) {
      return switch (v.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> throw error("write true or false");
      };
    }

    ValidityWindow validity(String v) {
      return switch (v.strip()) {
        case "DALIAN_2018_83" -> ValidityWindow.DALIAN_2018_83;
        case "WAFANGDIAN_FORWARDING" -> ValidityWindow.WAFANGDIAN_FORWARDING;
        default -> throw error("write DALIAN_2018_83 or WAFANGDIAN_FORWARDING");
      };
    }

    Locality locality(String v) {
      try {
        return Locality.valueOf(v.strip());
      } catch (IllegalArgumentException e) {
        throw error("write RESIDENCE or HOUSEHOLD_REGISTRATION");
      }
    }

    LandNoticeKind landNotice(String v) {
      try {
        return LandNoticeKind.valueOf(v.strip());
      } catch (IllegalArgumentException e) {
        throw error("write EXPROPRIATION_NOTICE, PRE_NOTICE or COMPENSATION_PLAN_NOTICE");
      }
    }
  }
}
