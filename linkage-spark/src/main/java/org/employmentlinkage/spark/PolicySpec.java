package org.employmentlinkage.spark;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.SubsidySchedule;
import org.jspecify.annotations.Nullable;

/**
 * What a Spark job decides with, as text: a region's settings file and the subsidy schedules it
 * names ({@code docs/settings.md}), holiday notice files ({@code docs/notice-format.md}), whether
 * years without a notice are projected ({@code --provisional}) and the date a row without {@code
 * asOf} is judged on ({@code --date}). The same options as {@code linkage batch}.
 *
 * <p>The texts are read once, on the driver (from any file system Spark reads, e.g. HDFS or S3:
 * {@link LinkageSpark#readText}), and travel to the executors inside one broadcast variable; each
 * JVM builds the {@link LinkagePolicy} once per distinct spec ({@link #policy()}, counted by {@link
 * #builds()}). A new holiday notice is therefore a new file and a new run, never a new jar.
 *
 * <p>Immutable and thread-safe. Every {@code with…} method returns a new spec. Validation is eager:
 * a spec that cannot build a policy is refused when it is made, on the driver, before any task
 * runs.
 */
public final class PolicySpec implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The policies built in this JVM, by spec fingerprint. */
  private static final Map<String, LinkagePolicy> POLICIES = new ConcurrentHashMap<>();

  private static final AtomicLong BUILDS = new AtomicLong();

  private static final AtomicLong LOOKUPS = new AtomicLong();

  private static final AtomicLong DESERIALIZED = new AtomicLong();

  /** The settings file's name, for messages; null without settings. */
  private final @Nullable String settingsName;

  /** The settings text; null without settings. */
  private final @Nullable String settingsText;

  /** The subsidy schedules' texts, by the names the settings use. */
  private final LinkedHashMap<String, String> schedules;

  /** The holiday notice files' texts, by file name, in the order given. */
  private final LinkedHashMap<String, String> notices;

  /** Whether years without a notice are projected. */
  private final boolean provisional;

  /** The date for rows without {@code asOf}; null for today in Beijing. */
  private final @Nullable LocalDate date;

  /** SHA-256 of everything but the date: the key of the policies built in a JVM. */
  private final String fingerprint;

  private PolicySpec(
      @Nullable String settingsName,
      @Nullable String settingsText,
      Map<String, String> schedules,
      Map<String, String> notices,
      boolean provisional,
      @Nullable LocalDate date) {
    this.settingsName = settingsName;
    this.settingsText = settingsText;
    this.schedules = copy(schedules, "schedules");
    this.notices = copy(notices, "notices");
    this.provisional = provisional;
    this.date = date;
    this.fingerprint = fingerprint();
    policy(); // validates on the driver
  }

  @SuppressWarnings("NonApiType") // a serializable, ordered map for the serialized form
  private static LinkedHashMap<String, String> copy(Map<String, String> map, String what) {
    Objects.requireNonNull(map, what);
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      copy.put(
          Objects.requireNonNull(e.getKey(), what + " name"),
          Objects.requireNonNull(e.getValue(), what + " text"));
    }
    return copy;
  }

  /**
   * The policy as published (大政办发〔2018〕83号 with no regional settings), the official calendar, rows
   * judged on today's date in Beijing when they have no {@code asOf}.
   *
   * @return the spec
   */
  public static PolicySpec defaults() {
    return new PolicySpec(null, null, Map.of(), Map.of(), false, null);
  }

  /**
   * With a region's settings text.
   *
   * @param name the file's name, for messages
   * @param text the settings text
   * @param scheduleTexts the texts of the subsidy schedules the settings name, by the name the
   *     settings use ({@code schedule.REGION = NAME})
   * @return a new spec
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the settings are malformed, name a schedule not given, or
   *     build no valid policy (the message names the file and the line, never a value)
   */
  public PolicySpec withSettings(String name, String text, Map<String, String> scheduleTexts) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(scheduleTexts, "scheduleTexts");
    return new PolicySpec(name, text, scheduleTexts, notices, provisional, date);
  }

  /**
   * With one more holiday notice file, added to the built-in notices (e.g. next year's notice the
   * day it is published).
   *
   * @param name the file's name, for messages; a second file of the same name replaces the first
   * @param text the notice text
   * @return a new spec
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is malformed or contradicts the built-in notices
   *     ({@link org.employmentlinkage.calendar.NoticeFormatException})
   */
  public PolicySpec withNotices(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Map<String, String> more = new LinkedHashMap<>(notices);
    more.put(name, text);
    return new PolicySpec(settingsName, settingsText, schedules, more, provisional, date);
  }

  /**
   * With years without a notice projected (statutory holidays only, flagged provisional) instead of
   * undetermined deadlines: {@code --provisional}.
   *
   * @param project {@code true} to project
   * @return a new spec
   */
  public PolicySpec withProvisional(boolean project) {
    return new PolicySpec(settingsName, settingsText, schedules, notices, project, date);
  }

  /**
   * With the date a row without {@code asOf} is judged on: {@code --date}.
   *
   * @param asOf the date, or null for today in Beijing (read when the job starts)
   * @return a new spec
   */
  public PolicySpec withDate(@Nullable LocalDate asOf) {
    return new PolicySpec(settingsName, settingsText, schedules, notices, provisional, asOf);
  }

  /**
   * Whether years without a notice are projected.
   *
   * @return {@code true} with {@code --provisional}
   */
  public boolean provisional() {
    return provisional;
  }

  /**
   * The date given with {@link #withDate}.
   *
   * @return the date, or null
   */
  public @Nullable LocalDate date() {
    return date;
  }

  /**
   * The names of the notice files added, in order.
   *
   * @return the names
   */
  public List<String> noticeNames() {
    return List.copyOf(notices.keySet());
  }

  /**
   * The policy this spec describes, built once per JVM and spec and then shared (the policy is
   * thread-safe).
   *
   * @return the policy
   * @throws IllegalArgumentException if the spec builds no valid policy (never, for a spec that was
   *     made: it is validated then)
   */
  public LinkagePolicy policy() {
    LOOKUPS.incrementAndGet();
    return POLICIES.computeIfAbsent(fingerprint, k -> build());
  }

  /**
   * How many times this JVM has built a policy from a spec: once per distinct spec, however many
   * rows, partitions and tasks use it.
   *
   * @return the count
   */
  public static long builds() {
    return BUILDS.get();
  }

  /**
   * How many times this JVM has looked the policy up ({@link #policy()}): once per partition of a
   * Dataset function and once per task of a SQL function, never once per row.
   *
   * @return the count
   */
  public static long lookups() {
    return LOOKUPS.get();
  }

  /**
   * How many specs this JVM has deserialized: on an executor, once per broadcast (Spark keeps the
   * value in its block manager), not once per task; in local mode none, since the driver's value is
   * used as it is.
   *
   * @return the count
   */
  public static long deserialized() {
    return DESERIALIZED.get();
  }

  /**
   * The serialized form: the spec's texts and options, never its fingerprint or policy; reading it
   * goes through the constructor, which copies, checks and validates everything again.
   *
   * @return the form
   */
  private Object writeReplace() {
    return new Form(settingsName, settingsText, schedules, notices, provisional, date);
  }

  /**
   * Refuses a stream of this class itself: only the form may be read.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(java.io.ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PolicySpec is read through its serialized form only");
  }

  /** The serialized form of a spec. */
  private static final class Form implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The settings file's name, or null. */
    private final @Nullable String settingsName;

    /** The settings text, or null. */
    private final @Nullable String settingsText;

    /** The schedules' texts by name. */
    private final LinkedHashMap<String, String> schedules;

    /** The notice files' texts by name. */
    private final LinkedHashMap<String, String> notices;

    /** Whether years without a notice are projected. */
    private final boolean provisional;

    /** The default date, or null. */
    private final @Nullable LocalDate date;

    @SuppressWarnings("NonApiType") // the form's field types: serializable and ordered
    Form(
        @Nullable String settingsName,
        @Nullable String settingsText,
        LinkedHashMap<String, String> schedules,
        LinkedHashMap<String, String> notices,
        boolean provisional,
        @Nullable LocalDate date) {
      this.settingsName = settingsName;
      this.settingsText = settingsText;
      this.schedules = schedules;
      this.notices = notices;
      this.provisional = provisional;
      this.date = date;
    }

    /**
     * The spec, made again by its constructor (copies, checks, validation), counted ({@link
     * #deserialized()}).
     *
     * @return the spec
     * @throws InvalidObjectException if the form holds what no spec holds
     */
    private Object readResolve() throws InvalidObjectException {
      DESERIALIZED.incrementAndGet();
      try {
        if ((settingsName == null) != (settingsText == null)) {
          throw new IllegalArgumentException("settings name and text go together");
        }
        return new PolicySpec(settingsName, settingsText, schedules, notices, provisional, date);
      } catch (RuntimeException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("not a PolicySpec: " + e.getClass().getSimpleName());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  private LinkagePolicy build() {
    BUILDS.incrementAndGet();
    LinkagePolicy.Builder b;
    String text = settingsText;
    String name = settingsName;
    if (text == null || name == null) {
      b = LinkagePolicy.builder();
    } else {
      try {
        b = PolicySettings.parse(text, name, this::schedule);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!notices.isEmpty() || provisional) {
      List<HolidayNotice> extra = new ArrayList<>();
      for (Map.Entry<String, String> n : notices.entrySet()) {
        extra.addAll(HolidayNotices.parse(n.getValue(), n.getKey()));
      }
      b.calendar(ChinaCalendars.builder().addNotices(extra).provisional(provisional).build());
    }
    return b.build();
  }

  private SubsidySchedule schedule(String name) {
    String text = schedules.get(name);
    if (text == null) {
      throw new IllegalArgumentException(
          settingsName + ": names a subsidy schedule that was not given: " + name);
    }
    return SubsidySchedule.parse(text, name);
  }

  /**
   * The date a row without {@code asOf} is judged on: {@link #date()}, or today by the policy's
   * clock in Beijing. Read on the driver when a job is planned, so that every executor uses the
   * same date even across midnight.
   *
   * @return the date
   */
  public LocalDate defaultDate() {
    LocalDate d = date;
    return d != null ? d : policy().today();
  }

  private String fingerprint() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      update(md, settingsName);
      update(md, settingsText);
      for (Map.Entry<String, String> e : schedules.entrySet()) {
        update(md, e.getKey());
        update(md, e.getValue());
      }
      update(md, "notices");
      for (Map.Entry<String, String> e : notices.entrySet()) {
        update(md, e.getKey());
        update(md, e.getValue());
      }
      update(md, Boolean.toString(provisional));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest md, @Nullable String s) {
    byte[] b = s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
    md.update((byte) ':');
    md.update(b);
  }

  @Override
  public String toString() {
    return "PolicySpec[settings="
        + settingsName
        + ", notices="
        + notices.keySet()
        + ", provisional="
        + provisional
        + ", date="
        + date
        + "]";
  }
}
