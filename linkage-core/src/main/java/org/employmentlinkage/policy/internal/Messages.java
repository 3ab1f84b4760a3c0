package org.employmentlinkage.policy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A pair of message tables, zh-CN (authoritative) and en, read once from UTF-8 {@code .properties}
 * resources with {@link Properties#load(Reader)}, never through {@link java.util.ResourceBundle}
 * and never with the JVM's default locale.
 *
 * <p>Not API: {@code module-info} exports this package to linkage-rules only, which loads its
 * reason and duty texts with it (the one message loader of the library). Immutable and thread-safe.
 */
public final class Messages {
  private final String name;
  private final Map<String, String> zh;
  private final Map<String, String> en;

  private Messages(String name, Map<String, String> zh, Map<String, String> en) {
    this.name = name;
    this.zh = zh;
    this.en = en;
  }

  /**
   * Loads {@code base + "_zh_CN.properties"} and {@code base + "_en.properties"}, and checks that
   * both define the same keys.
   *
   * <p>{@code opener} opens a resource by name; pass {@code Owner.class::getResourceAsStream} from
   * a class of the module and package that holds the resources, so that the resource is looked up
   * by that module (resources of a named module's packages are encapsulated from other modules).
   *
   * @param base the base name, e.g. {@code "rules"}
   * @param opener opens a resource by its name relative to the owner, or returns null if absent
   * @return the messages
   * @throws IllegalStateException if a resource is missing or the key sets differ
   */
  public static Messages load(String base, Function<String, @Nullable InputStream> opener) {
    Map<String, String> zh = read(opener, base + "_zh_CN.properties");
    Map<String, String> en = read(opener, base + "_en.properties");
    if (!zh.keySet().equals(en.keySet())) {
      TreeSet<String> onlyZh = new TreeSet<>(zh.keySet());
      onlyZh.removeAll(en.keySet());
      TreeSet<String> onlyEn = new TreeSet<>(en.keySet());
      onlyEn.removeAll(zh.keySet());
      throw new IllegalStateException(
          base + ": zh-CN and en messages differ; only zh-CN: " + onlyZh + ", only en: " + onlyEn);
    }
    return new Messages(base, zh, en);
  }

  /**
   * The zh-CN text of {@code key}.
   *
   * @param key the message key
   * @return the text
   * @throws IllegalArgumentException if there is no such key
   */
  public String zh(String key) {
    return get(zh, key);
  }

  /**
   * The en text of {@code key}.
   *
   * @param key the message key
   * @return the text
   * @throws IllegalArgumentException if there is no such key
   */
  public String en(String key) {
    return get(en, key);
  }

  /**
   * Whether {@code key} is defined.
   *
   * @param key the message key
   * @return {@code true} if both languages define it
   */
  public boolean has(String key) {
    return zh.containsKey(key);
  }

  /**
   * The keys defined, sorted.
   *
   * @return the keys
   */
  public java.util.SortedSet<String> keys() {
    return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(zh.keySet()));
  }

  private String get(Map<String, String> table, String key) {
    String text = table.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no message " + key + " in " + name);
    }
    return text;
  }

  private static Map<String, String> read(
      Function<String, @Nullable InputStream> opener, String resource) {
    try (InputStream in = opener.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing message resource " + resource);
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> map = new HashMap<>();
      for (String k : p.stringPropertyNames()) {
        String v = p.getProperty(k).strip();
        if (v.isEmpty()) {
          throw new IllegalStateException("empty message " + k + " in " + resource);
        }
        map.put(k, v);
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
