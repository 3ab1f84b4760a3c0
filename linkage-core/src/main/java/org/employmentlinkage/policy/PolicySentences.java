package org.employmentlinkage.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the policy text into {@link PolicySentence sentences} with stable ids. Deterministic: the
 * ids follow from the text's structure alone.
 *
 * <ul>
 *   <li>The forwarding notice: {@code 66号.文号}, {@code 66号.标题} (its lines joined), {@code 66号.主送},
 *       its body sentences {@code 66号.1} …, {@code 66号.落款}, {@code 66号.日期}, {@code 66号.公开}.
 *   <li>The opinion: {@code 83号.标题}, {@code 83号.文号}, {@code 83号.主送}, {@code 83号.序言}; part headings
 *       {@code 一}, {@code 二}, {@code 三}; the sentences of each item {@code 一（一）.1} … (the item's
 *       heading sentence is {@code .1}), its list of responsible units {@code 一（一）.责任单位}; the
 *       closing paragraph of part 三 as {@code 三 末段（服务专员）.1} …; {@code 83号.落款}, {@code 83号.日期}.
 * </ul>
 *
 * <p>A paragraph is split after every 。; a "（责任单位：…）" list closing a paragraph is its own entry.
 * Package-private; stateless.
 */
final class PolicySentences {
  private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
  private static final Pattern PART = Pattern.compile("^([一二三])、.*");
  private static final Pattern ITEM = Pattern.compile("^（([一二三四五六七八])）.*");
  private static final String UNITS = "（责任单位：";
  private static final String OPINION_TITLE = "大连市人民政府办公厅关于建立重大项目建设与促进就业联动机制的意见";

  private PolicySentences() {}

  /**
   * The sentences of {@code text}.
   *
   * @param text the policy text (the resource's content)
   * @return the sentences, unmodifiable
   * @throws IllegalStateException if the text does not have the expected structure
   */
  static List<PolicySentence> split(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String l = line.strip();
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    List<PolicySentence> out = new ArrayList<>();
    int i = 0;
    // 瓦政办发〔2018〕66号
    out.add(PolicySentence.of("66号.文号", expect(lines, i++, "瓦政办发〔2018〕66号")));
    StringBuilder title = new StringBuilder();
    while (!lines.get(i).endsWith("：")) {
      title.append(lines.get(i++));
    }
    out.add(PolicySentence.of("66号.标题", title.toString()));
    out.add(PolicySentence.of("66号.主送", lines.get(i++)));
    int n = 1;
    while (!lines.get(i).equals("瓦房店市人民政府办公室")) {
      for (String s : sentences(lines.get(i++))) {
        out.add(PolicySentence.of("66号." + n++, s));
      }
    }
    out.add(PolicySentence.of("66号.落款", lines.get(i++)));
    out.add(PolicySentence.of("66号.日期", date(lines.get(i++))));
    out.add(PolicySentence.of("66号.公开", expect(lines, i++, "（此件公开发布）")));
    // 大政办发〔2018〕83号
    out.add(PolicySentence.of("83号.标题", expect(lines, i++, OPINION_TITLE)));
    out.add(PolicySentence.of("83号.文号", expect(lines, i++, ClauseRef.DOCUMENT_NUMBER)));
    if (!lines.get(i).endsWith("：")) {
      throw new IllegalStateException("expected the addressees of 83号, found " + lines.get(i));
    }
    out.add(PolicySentence.of("83号.主送", lines.get(i++)));
    List<String> preamble = sentences(lines.get(i++));
    if (preamble.size() != 1) {
      throw new IllegalStateException("expected a one-sentence preamble, found " + preamble);
    }
    out.add(PolicySentence.of("83号.序言", preamble.get(0)));
    String part = "";
    while (i < lines.size() && !lines.get(i).equals("大连市人民政府办公厅")) {
      String line = lines.get(i++);
      var partMatch = PART.matcher(line);
      var itemMatch = ITEM.matcher(line);
      String prefix;
      if (partMatch.matches()) {
        part = partMatch.group(1);
        out.add(PolicySentence.of(part, line));
        continue;
      } else if (itemMatch.matches()) {
        prefix = part + "（" + itemMatch.group(1) + "）";
      } else if (part.equals("三")) {
        prefix = PolicyText.CLOSING_PATH;
      } else {
        throw new IllegalStateException("unexpected paragraph in 83号: " + line);
      }
      int units = line.lastIndexOf(UNITS);
      String body = units >= 0 && line.endsWith("）") ? line.substring(0, units) : line;
      int k = 1;
      for (String s : sentences(body)) {
        out.add(PolicySentence.of(prefix + "." + k++, s));
      }
      if (body.length() < line.length()) {
        out.add(PolicySentence.of(prefix + ".责任单位", line.substring(body.length())));
      }
    }
    if (i + 2 != lines.size()) {
      throw new IllegalStateException("expected the signature and date of 83号 at the end");
    }
    out.add(PolicySentence.of("83号.落款", lines.get(i++)));
    out.add(PolicySentence.of("83号.日期", date(lines.get(i))));
    return List.copyOf(out);
  }

  /** The sentences of a paragraph: split after every 。, the rest (if any) last. */
  static List<String> sentences(String paragraph) {
    List<String> list = new ArrayList<>();
    int start = 0;
    for (int j = 0; j < paragraph.length(); j++) {
      if (paragraph.charAt(j) == '。') {
        list.add(paragraph.substring(start, j + 1));
        start = j + 1;
      }
    }
    if (start < paragraph.length()) {
      list.add(paragraph.substring(start));
    }
    return list;
  }

  private static String expect(List<String> lines, int i, String expected) {
    if (!lines.get(i).equals(expected)) {
      throw new IllegalStateException("expected " + expected + ", found " + lines.get(i));
    }
    return lines.get(i);
  }

  private static String date(String line) {
    if (!DATE.matcher(line).matches()) {
      throw new IllegalStateException("expected a date, found " + line);
    }
    return line;
  }
}
