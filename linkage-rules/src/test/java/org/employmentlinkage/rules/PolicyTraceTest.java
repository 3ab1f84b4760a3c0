package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.Interpretation;
import org.employmentlinkage.policy.InterpretationId;
import org.employmentlinkage.policy.PolicyDocuments;
import org.employmentlinkage.policy.PolicySentence;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.junit.jupiter.api.Test;

/**
 * The trace of every sentence of the shipped policy text ({@code policy-trace.txt}, a resource of
 * linkage-rules) to the duties, reasons, readings, classes and tests that implement it, and the
 * generated {@code docs/policy-trace.md}. To regenerate the document after changing the trace, a
 * message text or a reading: {@code ./mvnw -B -q -pl linkage-rules -am test -Dtest=PolicyTraceTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dlinkage.regenerateTrace=true}.
 */
class PolicyTraceTest {

  /** What a sentence is, for the encoding. */
  enum Disposition {
    /** Decides an outcome. */
    RULE("规则：决定结论", "rule: decides an outcome"),
    /** Creates duties an event triggers. */
    DUTY("职责：由事件引起", "duty: triggered by an event"),
    /** Creates duties that wait for no event. */
    STANDING_DUTY("常设职责：不以事件为前提", "standing duty: waits for no event"),
    /** Leaves a term open, which a reading fills. */
    READING("解读：原文未定义的用语", "reading: a term the text leaves open"),
    /** A 责任单位 list. */
    UNITS("责任单位", "responsible units"),
    /** A part or item heading. */
    HEADING("标题", "heading"),
    /** Purpose, basis or goal: directs no one. */
    CONTEXT("背景：不指令任何单位", "context: directs no one"),
    /** Numbers, titles, addressees, signatures, dates. */
    METADATA("文件信息", "document data");

    final String zh;
    final String en;

    Disposition(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  /** One block of the trace. */
  record Entry(
      String id,
      Disposition disposition,
      List<String> duties,
      List<String> reasons,
      List<String> readings,
      List<String> units,
      List<String> classes,
      List<String> tests,
      String note) {}

  static List<Entry> trace() {
    String text;
    try (InputStream in = Texts.class.getResourceAsStream("policy-trace.txt")) {
      assertThat(in).as("the resource policy-trace.txt").isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Entry> entries = new ArrayList<>();
    String id = null;
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : (text + "\n[]").split("\n", -1)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        if (id != null) {
          entries.add(entry(id, fields));
        }
        id = line.substring(1, line.length() - 1);
        fields = new LinkedHashMap<>();
        continue;
      }
      int colon = line.indexOf(": ");
      assertThat(colon).as("a 'key: value' line: %s", line).isPositive();
      String key = line.substring(0, colon);
      assertThat(fields.put(key, line.substring(colon + 2))).as("%s of %s twice", key, id).isNull();
    }
    return entries;
  }

  private static Entry entry(String id, Map<String, String> f) {
    Set<String> known =
        Set.of("disposition", "duties", "reasons", "readings", "units", "classes", "tests", "note");
    assertThat(known).as("the fields of " + id).containsAll(f.keySet());
    return new Entry(
        id,
        Disposition.valueOf(f.getOrDefault("disposition", "")),
        words(f.get("duties")),
        words(f.get("reasons")),
        words(f.get("readings")),
        words(f.get("units")),
        words(f.get("classes")),
        words(f.get("tests")),
        f.getOrDefault("note", ""));
  }

  private static List<String> words(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.strip().split("\\s+"));
  }

  private final List<Entry> trace = trace();
  private final List<PolicySentence> sentences = PolicyDocuments.sentences();

  @Test
  void everySentenceIsMappedOnceInTheTextsOrderAndNothingElse() {
    assertThat(trace).extracting(Entry::id).containsExactlyElementsOf(ids());
  }

  private List<String> ids() {
    return sentences.stream().map(PolicySentence::id).toList();
  }

  @Test
  void everyCodeAndReadingIsCitedBySomeSentence() {
    Set<DutyCode> duties = EnumSet.noneOf(DutyCode.class);
    Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
    Set<InterpretationId> readings = EnumSet.noneOf(InterpretationId.class);
    for (Entry e : trace) {
      e.duties().forEach(d -> duties.add(DutyCode.valueOf(d)));
      e.reasons().forEach(r -> reasons.add(ReasonCode.valueOf(r)));
      e.readings().forEach(r -> readings.add(InterpretationId.valueOf(r)));
      e.units().forEach(ResponsibleUnit::valueOf);
    }
    assertThat(EnumSet.complementOf((EnumSet<DutyCode>) duties))
        .as("duty codes no sentence cites")
        .isEmpty();
    assertThat(EnumSet.complementOf((EnumSet<ReasonCode>) reasons))
        .as("reason codes no sentence cites")
        .isEmpty();
    assertThat(EnumSet.complementOf((EnumSet<InterpretationId>) readings))
        .as("readings no sentence cites")
        .isEmpty();
  }

  @Test
  void everyClassAndTestItNamesExists() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Entry e : trace) {
      assertThat(e.classes()).as("the classes of " + e.id()).isNotEmpty();
      assertThat(e.tests()).as("the tests of " + e.id()).isNotEmpty();
      for (String c : e.classes()) {
        try {
          Class.forName(c);
        } catch (ClassNotFoundException x) {
          missing.add(e.id() + ": class " + c);
        }
      }
      for (String t : e.tests()) {
        int hash = t.indexOf('#');
        if (hash < 0) {
          missing.add(e.id() + ": test " + t + " names no method");
          continue;
        }
        try {
          Class<?> type = Class.forName(t.substring(0, hash));
          if (!hasTestMethod(type, t.substring(hash + 1))) {
            missing.add(e.id() + ": test method " + t);
          }
        } catch (ClassNotFoundException x) {
          missing.add(e.id() + ": test class " + t);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static boolean hasTestMethod(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name)
            && (m.isAnnotationPresent(Test.class)
                || m.isAnnotationPresent(org.junit.jupiter.params.ParameterizedTest.class))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A sentence that directs someone: 应, 要 (not in 重要), 负责, 由, 按规定给予, 请. */
  private static boolean directs(String text) {
    String t = text.replace("重要", "");
    for (String marker : List.of("应", "要", "负责", "由", "按规定给予", "请")) {
      if (t.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aSentenceThatDirectsSomeoneIsADutyOrARule() {
    Map<String, String> texts = new LinkedHashMap<>();
    sentences.forEach(s -> texts.put(s.id(), s.text()));
    Set<Disposition> directing =
        EnumSet.of(Disposition.RULE, Disposition.DUTY, Disposition.STANDING_DUTY);
    for (Entry e : trace) {
      String text = texts.get(e.id());
      if (directs(text) && e.disposition() != Disposition.UNITS) {
        assertThat(directing).as(e.id() + " directs someone: " + text).contains(e.disposition());
      }
      if (directing.contains(e.disposition())) {
        assertThat(e.duties().isEmpty() && e.reasons().isEmpty())
            .as(e.id() + " names what implements it")
            .isFalse();
      }
    }
    // the examples of the issue
    assertThat(byId("一（一）.3").disposition()).isEqualTo(Disposition.STANDING_DUTY);
    assertThat(byId("二（四）.2").disposition()).isEqualTo(Disposition.STANDING_DUTY);
    assertThat(byId("66号.1").disposition()).isEqualTo(Disposition.STANDING_DUTY);
    assertThat(byId("83号.序言").disposition()).isEqualTo(Disposition.CONTEXT);
  }

  private Entry byId(String id) {
    return trace.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void standingDutiesAreListedByThePolicyAndUnitsAreTheListsOwn() {
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    Set<DutyCode> standing = EnumSet.noneOf(DutyCode.class);
    policy.standingDuties(LocalDate.of(2019, 3, 1)).duties().forEach(d -> standing.add(d.code()));
    Map<String, String> texts = new LinkedHashMap<>();
    sentences.forEach(s -> texts.put(s.id(), s.text()));
    for (Entry e : trace) {
      if (e.disposition() == Disposition.STANDING_DUTY) {
        for (String d : e.duties()) {
          assertThat(standing).as(e.id()).contains(DutyCode.valueOf(d));
        }
      }
      if (e.id().endsWith(".责任单位")) {
        assertThat(e.disposition()).isEqualTo(Disposition.UNITS);
        String list = texts.get(e.id());
        List<String> expected = new ArrayList<>();
        for (String name : list.substring("（责任单位：".length(), list.length() - 1).split("[、，]")) {
          expected.add(ResponsibleUnit.ofName(name.strip()).name());
        }
        assertThat(e.units()).as(e.id()).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void theDocumentIsCurrent() throws IOException {
    Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "policy-trace.md");
    String expected = markdown();
    if (Boolean.getBoolean("linkage.regenerateTrace")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(doc))
        .as("docs/policy-trace.md exists; regenerate it with -Dlinkage.regenerateTrace=true")
        .isTrue();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as(
            "docs/policy-trace.md is not current: run ./mvnw -B -q -pl linkage-rules -am test"
                + " -Dtest=PolicyTraceTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dlinkage.regenerateTrace=true")
        .isEqualTo(expected);
  }

  // ---------------------------------------------------------------------------------------------
  // the document

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  String markdown() {
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    Map<String, String> texts = new LinkedHashMap<>();
    sentences.forEach(s -> texts.put(s.id(), s.text()));
    Map<Disposition, Integer> counts = new EnumMap<>(Disposition.class);
    for (Disposition d : Disposition.values()) {
      counts.put(d, 0);
    }
    trace.forEach(e -> counts.merge(e.disposition(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder();
    sb.append("# 大政办发〔2018〕83号, sentence by sentence, and what implements it\n\n");
    sb.append(
        "<!-- Generated by linkage-rules PolicyTraceTest from policy-trace.txt, the rules' messages"
            + " and readings; do not edit. Regenerate: ./mvnw -B -q -pl linkage-rules -am test"
            + " -Dtest=PolicyTraceTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dlinkage.regenerateTrace=true -->\n\n");
    sb.append(
        "The text the jars carry (瓦政办发〔2018〕66号 forwarding 大政办发〔2018〕83号), split after every 。 into"
            + " sentences with stable ids (`PolicyDocuments.sentences()`), each beside its"
            + " disposition and what implements it: duty codes and reason codes with their zh-CN"
            + " text, the readings (解读) it relies on with their statement, the classes and the"
            + " tests. A reason marked 【本库解读】 rests on a reading, 【按配置】 on configuration;"
            + " unmarked reasons apply the text. A test fails when a sentence is unmapped, a code"
            + " or a reading is cited by no sentence, or a named class or test no longer exists."
            + " The readings and their sources are listed at the end.\n\n");
    sb.append("| disposition | 处理 | sentences |\n|---|---|---|\n");
    for (Disposition d : Disposition.values()) {
      sb.append("| ")
          .append(d.name())
          .append(" | ")
          .append(d.zh)
          .append(" | ")
          .append(counts.get(d))
          .append(" |\n");
    }
    sb.append("| total | 合计 | ").append(trace.size()).append(" |\n\n");
    sb.append("| 句 id | 原文 | 处理 | 实现 |\n|---|---|---|---|\n");
    for (Entry e : trace) {
      List<String> impl = new ArrayList<>();
      for (String d : e.duties()) {
        impl.add("职责 `" + d + "`：" + Texts.dutyZh(DutyCode.valueOf(d)));
      }
      for (String r : e.reasons()) {
        ReasonCode code = ReasonCode.valueOf(r);
        String mark =
            switch (code.basis()) {
              case TEXT -> "";
              case READING -> "【本库解读】";
              case CONFIGURATION -> "【按配置】";
            };
        impl.add("理由 `" + r + "`" + mark + "：" + Texts.MESSAGES.zh("reason." + r));
      }
      for (String r : e.readings()) {
        impl.add("解读 `" + r + "`：" + policy.interpretation(InterpretationId.valueOf(r)).zh());
      }
      if (!e.units().isEmpty()) {
        List<String> names = new ArrayList<>();
        e.units()
            .forEach(u -> names.add(ResponsibleUnit.valueOf(u).documentName() + " `" + u + "`"));
        impl.add("责任单位：" + String.join("、", names));
      }
      if (!e.note().isEmpty()) {
        impl.add("说明：" + e.note());
      }
      impl.add("类：" + String.join("、", shortNames(e.classes())));
      impl.add("测试：" + String.join("、", shortNames(e.tests())));
      sb.append("| `")
          .append(e.id())
          .append("` | ")
          .append(cell(texts.get(e.id())))
          .append(" | ")
          .append(e.disposition().name())
          .append("<br>")
          .append(e.disposition().zh)
          .append(" | ")
          .append(cell(String.join("<br>", impl)))
          .append(" |\n");
    }
    sb.append("\n## Readings (解读) and their sources\n\n");
    sb.append("| id | 默认（本库解读） | 可选项 | 来源 |\n|---|---|---|---|\n");
    for (Interpretation i : policy.interpretations()) {
      List<String> alts = new ArrayList<>();
      for (Interpretation.Alternative a : i.alternatives()) {
        alts.add(
            "`"
                + a.key()
                + "`"
                + (i.defaultAlternative().orElse("").equals(a.key()) ? "（默认）" : ""));
      }
      sb.append("| `")
          .append(i.id().name())
          .append("` | ")
          .append(cell(i.zh()))
          .append(" | ")
          .append(i.fixed() ? "固定（FIXED）" : String.join("、", alts))
          .append(" | ")
          .append(cell(i.sourceZh()))
          .append(" |\n");
    }
    return sb.toString();
  }

  private static List<String> shortNames(List<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      out.add("`" + n.replace("org.employmentlinkage.", "") + "`");
    }
    return new ArrayList<>(out);
  }
}
