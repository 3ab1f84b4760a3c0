package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.cli.DecisionOutput;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Lang;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Interpretation;
import org.employmentlinkage.rules.LinkagePolicy;
import picocli.CommandLine.Command;

/**
 * {@code linkage interpretations [--settings FILE] [--json]}: the readings (解读) the policy applies
 * where 大政办发〔2018〕83号 leaves a term open, each with its statement, its source, and either its
 * default, alternatives and the one in force (with {@code --settings}, the region's choice), or
 * fixed.
 */
@Command(name = "interpretations", sortOptions = false)
public final class InterpretationsCommand extends PolicyCommand {
  /** Created by picocli. */
  public InterpretationsCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    LinkagePolicy policy = policy(null);
    if (json()) {
      ObjectNode doc = newDocument();
      doc.set("interpretations", json(policy.interpretations()));
      doc.set("versions", DecisionOutput.versions(policy.versions()));
      printJson(doc);
    } else {
      text(policy.interpretations(), t, this::println);
      println(DecisionOutput.versionLine(policy.versions(), t));
    }
    return ExitCode.OK;
  }

  /**
   * The readings as a JSON array ({@code docs/cli-json.md#interpretations}).
   *
   * @param list the readings
   * @return the array
   */
  static ArrayNode json(List<Interpretation> list) {
    ArrayNode a = org.employmentlinkage.cli.CliJson.array();
    for (Interpretation i : list) {
      ObjectNode o = a.addObject();
      o.put("id", i.id().name());
      ObjectNode label = o.putObject("question");
      label.put("zh", i.id().zh());
      label.put("en", i.id().en());
      ArrayNode clauses = o.putArray("clauses");
      for (ClauseRef c : i.clauses()) {
        clauses.add(c.canonical());
      }
      o.put("fixed", i.fixed());
      if (i.defaultAlternative().isPresent()) {
        o.put("default", i.defaultAlternative().get());
      } else {
        o.putNull("default");
      }
      if (i.chosen().isPresent()) {
        o.put("chosen", i.chosen().get());
      } else {
        o.putNull("chosen");
      }
      o.put("zh", i.zh());
      o.put("en", i.en());
      ArrayNode alternatives = o.putArray("alternatives");
      for (Interpretation.Alternative alt : i.alternatives()) {
        ObjectNode ao = alternatives.addObject();
        ao.put("key", alt.key());
        ao.put("zh", alt.zh());
        ao.put("en", alt.en());
      }
      ObjectNode source = o.putObject("source");
      source.put("zh", i.sourceZh());
      source.put("en", i.sourceEn());
    }
    return a;
  }

  /**
   * The readings as text.
   *
   * @param list the readings
   * @param t the language
   * @param out receives the lines
   */
  static void text(List<Interpretation> list, Texts t, java.util.function.Consumer<String> out) {
    boolean zh = t.lang() == Lang.ZH;
    out.accept(t.get("interpretations.heading", list.size()));
    int n = 1;
    for (Interpretation i : list) {
      String status =
          i.fixed()
              ? t.get("interpretations.fixed")
              : t.get(
                  i.isDefault() ? "interpretations.chosen.default" : "interpretations.chosen.other",
                  i.chosen().orElse(""));
      out.accept(
          t.get(
              "interpretations.item", n++, i.id().name(), zh ? i.id().zh() : i.id().en(), status));
      out.accept("     " + t.get("interpretations.applied", zh ? i.zh() : i.en()));
      if (!i.fixed()) {
        List<String> alts = new ArrayList<>();
        for (Interpretation.Alternative a : i.alternatives()) {
          String mark =
              i.defaultAlternative().orElse("").equals(a.key())
                  ? t.get("interpretations.default")
                  : "";
          alts.add(a.key() + mark);
        }
        out.accept(
            "     " + t.get("interpretations.alternatives", String.join(zh ? "、" : ", ", alts)));
      }
      out.accept("     " + t.get("interpretations.source", zh ? i.sourceZh() : i.sourceEn()));
      if (!i.clauses().isEmpty()) {
        List<String> cs = new ArrayList<>();
        i.clauses().forEach(c -> cs.add(c.canonical()));
        out.accept("     " + t.get("interpretations.clauses", String.join(zh ? "；" : "; ", cs)));
      }
    }
  }
}
