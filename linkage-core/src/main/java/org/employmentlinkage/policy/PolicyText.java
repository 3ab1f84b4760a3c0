package org.employmentlinkage.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of 大政办发〔2018〕83号 as forwarded by 瓦政办发〔2018〕66号, read once from the resource {@value
 * #RESOURCE} (a verbatim copy of the published text, {@link PolicyDocuments#dalian2018Text()}), and
 * the paragraphs of its clauses.
 *
 * <p>Package-private. Thread-safe: everything is computed once in the class initializer.
 */
final class PolicyText {
  /** The resource holding the policy text (UTF-8). */
  static final String RESOURCE = "/org/employmentlinkage/policy/dalian-2018-83.txt";

  /** The item markers of the document, in order. */
  private static final String[] ITEMS = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"};

  /** The path of the closing paragraph of part 三. */
  static final String CLOSING_PATH = "三 末段（服务专员）";

  /** The key of the body paragraph of the forwarding notice 瓦政办发〔2018〕66号. */
  static final String FORWARDING_PATH = "66号";

  /** The start of the body paragraph of 瓦政办发〔2018〕66号. */
  private static final String FORWARDING_BODY = "经市政府同意";

  private static final String TEXT = load();
  private static final Map<String, String> PARAGRAPHS = parse(TEXT);
  private static final List<PolicySentence> SENTENCES = PolicySentences.split(TEXT);

  private PolicyText() {}

  /**
   * The whole text, exactly as in the resource.
   *
   * @return the text
   */
  static String text() {
    return TEXT;
  }

  /**
   * The sentences of the text, in order, with their stable ids ({@link PolicySentences}).
   *
   * @return the sentences, unmodifiable
   */
  static List<PolicySentence> sentences() {
    return SENTENCES;
  }

  /**
   * The paragraph of a clause: for an item such as {@code （三）} the line that starts with the
   * marker; for {@link #CLOSING_PATH} the paragraph that follows item （八）.
   *
   * @param key the item marker (e.g. {@code （三）}) or {@link #CLOSING_PATH}
   * @return the paragraph, exactly as in the text
   * @throws IllegalArgumentException if there is no such clause
   */
  static String paragraph(String key) {
    String p = PARAGRAPHS.get(key);
    if (p == null) {
      throw new IllegalArgumentException("no clause " + key + " in 大政办发〔2018〕83号");
    }
    return p;
  }

  /**
   * The responsible units listed at the end of a paragraph, "（责任单位：A、B，C）", split at 、 and ，.
   *
   * @param paragraph a clause paragraph
   * @return the unit names as written
   * @throws IllegalArgumentException if the paragraph has no list of responsible units
   */
  static List<String> responsibleUnitNames(String paragraph) {
    int start = paragraph.lastIndexOf("（责任单位：");
    int end = paragraph.lastIndexOf('）');
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("paragraph has no 责任单位 list: " + paragraph);
    }
    String list = paragraph.substring(start + "（责任单位：".length(), end);
    List<String> names = new ArrayList<>();
    for (String part : list.split("[、，]", -1)) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return List.copyOf(names);
  }

  private static String load() {
    try (InputStream in = PolicyText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " in linkage-core");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static Map<String, String> parse(String text) {
    Map<String, String> paragraphs = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(FORWARDING_BODY)) {
        paragraphs.put(FORWARDING_PATH, line);
      }
      for (String item : ITEMS) {
        if (line.startsWith(item)) {
          if (paragraphs.containsKey(item)) {
            throw new IllegalStateException("clause " + item + " appears twice in " + RESOURCE);
          }
          paragraphs.put(item, line);
          if (item.equals("（八）") && i + 1 < lines.length) {
            paragraphs.put(CLOSING_PATH, lines[i + 1].strip());
          }
        }
      }
    }
    if (paragraphs.size() != ITEMS.length + 2) {
      throw new IllegalStateException(
          "expected 8 items, the closing paragraph and the forwarding notice in "
              + RESOURCE
              + ", found "
              + paragraphs);
    }
    return Map.copyOf(paragraphs);
  }
}
