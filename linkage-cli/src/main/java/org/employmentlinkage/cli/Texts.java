package org.employmentlinkage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The texts of the command line in one language: the messages of the commands ({@code
 * texts_zh.properties}, {@code texts_en.properties}) and the help texts picocli shows ({@code
 * help_zh.properties}, {@code help_en.properties}), all UTF-8 resources beside this class.
 *
 * <p>Loaded for an explicit {@link Lang}, never from the machine's locale. Placeholders are {@code
 * {0}}, {@code {1}}, …, replaced by the arguments' {@code toString()} (no {@link
 * java.text.MessageFormat}, so no locale-dependent number formatting and no quoting rules).
 * Immutable and thread-safe.
 */
public final class Texts {
  private static final Map<Lang, Texts> CACHE = new EnumMap<>(Lang.class);

  private final Lang lang;
  private final Properties messages;

  private Texts(Lang lang, Properties messages) {
    this.lang = lang;
    this.messages = messages;
  }

  /**
   * The texts of {@code lang}, loaded once.
   *
   * @param lang the language
   * @return the texts
   * @throws NullPointerException if {@code lang} is null
   */
  public static Texts of(Lang lang) {
    Objects.requireNonNull(lang, "lang");
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(lang, l -> new Texts(l, load("texts_" + suffix(l))));
    }
  }

  /**
   * The language of these texts.
   *
   * @return the language
   */
  public Lang lang() {
    return lang;
  }

  /**
   * The message {@code key} with its placeholders {@code {0}}, {@code {1}}, … replaced.
   *
   * @param key the key
   * @param args the values of the placeholders
   * @return the text
   * @throws IllegalStateException if the key is missing (a bug: a test checks both languages)
   */
  public String get(String key, @Nullable Object... args) {
    String pattern = messages.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("missing text '" + key + "' for " + lang.tag());
    }
    if (args.length == 0) {
      return pattern;
    }
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        sb.append(
            index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /**
   * The name of a day of the week: {@code 星期一} or {@code Monday}.
   *
   * @param day the day
   * @return its name in this language
   */
  public String weekday(DayOfWeek day) {
    return get("weekday." + day.getValue());
  }

  /**
   * The keys of the messages, for tests that compare the languages.
   *
   * @return the keys, sorted
   */
  public Set<String> keys() {
    return new TreeSet<>(messages.stringPropertyNames());
  }

  /**
   * The help texts for picocli in {@code lang}.
   *
   * @param lang the language
   * @return a new bundle
   * @throws NullPointerException if {@code lang} is null
   */
  public static ResourceBundle helpBundle(Lang lang) {
    Objects.requireNonNull(lang, "lang");
    String name = "help_" + suffix(lang) + ".properties";
    try (InputStream in = resource(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new java.util.PropertyResourceBundle(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Registers this language's help texts on {@code commandLine} and its subcommands.
   *
   * @param commandLine the command line
   * @throws NullPointerException if {@code commandLine} is null
   */
  void applyHelp(CommandLine commandLine) {
    commandLine.setResourceBundle(helpBundle(lang));
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to - from <= 2;
  }

  private static String suffix(Lang lang) {
    return lang == Lang.ZH ? "zh" : "en";
  }

  private static Properties load(String baseName) {
    String name = baseName + ".properties";
    Properties p = new Properties();
    try (InputStream in = resource(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return p;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Texts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing beside " + Texts.class.getName());
    }
    return in;
  }
}
