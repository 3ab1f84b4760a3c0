package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.employmentlinkage.cli.CalendarTexts;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.DecisionOutput;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Lang;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.ScopeDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code linkage classify --investment AMOUNT [--region REGION] [--date DATE] [--type TYPE]}: is a
 * project a major project (重大项目) under 大政办发〔2018〕83号 一（一）, by which rule, at which threshold, and
 * why.
 */
@Command(name = "classify", sortOptions = false)
public final class ClassifyCommand extends PolicyCommand {
  /** The project's flags. */
  @Mixin private ProjectOptions project = new ProjectOptions();

  /** Created by picocli. */
  public ClassifyCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    ProjectFacts facts = new ProjectFacts();
    fill("project", facts, () -> project.applyTo(this, facts));
    Project p = build(() -> facts.toProject("project"));
    LinkagePolicy policy = policy(null);
    LocalDate date = date(policy);
    ScopeDecision d = policy.classify(p, date);
    Money threshold =
        p.location()
            .map(l -> policy.investmentThreshold(l, date))
            .orElse(LinkagePolicy.MUNICIPAL_THRESHOLD);
    boolean assumed = facts.typeAssumed();
    if (json()) {
      ObjectNode doc = newDocument();
      json(doc, p, d, threshold, date, assumed);
      printJson(doc);
    } else {
      text(p, d, threshold, date, assumed, t, this::println);
    }
    return ExitCode.OK;
  }

  /**
   * Adds the answer's fields to a JSON document ({@code docs/cli-json.md#classify}).
   *
   * @param doc the document
   * @param p the project
   * @param d the decision
   * @param threshold the threshold applied
   * @param date the date judged on
   */
  static void json(ObjectNode doc, Project p, ScopeDecision d, Money threshold, LocalDate date) {
    json(doc, p, d, threshold, date, false);
  }

  /**
   * Adds the answer's fields to a JSON document, the type-assumed reason first when {@code
   * assumed}.
   *
   * @param doc the document
   * @param p the project
   * @param d the decision
   * @param threshold the threshold applied
   * @param date the date judged on
   * @param assumed whether the command line assumed the project type
   */
  static void json(
      ObjectNode doc,
      Project p,
      ScopeDecision d,
      Money threshold,
      LocalDate date,
      boolean assumed) {
    boolean regionalThreshold = threshold.compareTo(LinkagePolicy.MUNICIPAL_THRESHOLD) < 0;
    List<org.employmentlinkage.policy.Reason> reasons =
        DecisionOutput.withTypeAssumed(d.reasons(), assumed);
    DecisionOutput.putOutcomeBoolean(doc, "major", d.outcome());
    doc.put("threshold", threshold.toString());
    doc.put("rule", d.basis().name());
    doc.set("clauses", DecisionOutput.clauses(DecisionOutput.clausesOf(reasons, List.of())));
    doc.put("outcome", d.outcome().name());
    doc.set("reasons", DecisionOutput.reasons(reasons));
    doc.set("missingFacts", DecisionOutput.missingFacts(d.missingFacts()));
    doc.put("date", CliJson.date(date));
    doc.put("thresholdSource", regionalThreshold ? "REGIONAL_WIDENING" : "MUNICIPAL");
    doc.set("project", projectJson(p, assumed));
    doc.set("versions", DecisionOutput.versions(d.versions()));
  }

  /**
   * The answer as text.
   *
   * @param p the project
   * @param d the decision
   * @param threshold the threshold applied
   * @param date the date judged on
   * @param t the language
   * @param out receives the lines
   */
  static void text(
      Project p, ScopeDecision d, Money threshold, LocalDate date, Texts t, Consumer<String> out) {
    text(p, d, threshold, date, false, t, out);
  }

  /**
   * The answer as text, saying first when the project type was assumed.
   *
   * @param p the project
   * @param d the decision
   * @param threshold the threshold applied
   * @param date the date judged on
   * @param assumed whether the command line assumed the project type
   * @param t the language
   * @param out receives the lines
   */
  static void text(
      Project p,
      ScopeDecision d,
      Money threshold,
      LocalDate date,
      boolean assumed,
      Texts t,
      Consumer<String> out) {
    boolean regionalThreshold = threshold.compareTo(LinkagePolicy.MUNICIPAL_THRESHOLD) < 0;
    if (d.outcome() == Outcome.YES) {
      out.accept(t.get("classify.answer.YES", t.get("basis." + d.basis().name())));
    } else {
      out.accept(t.get("classify.answer." + d.outcome().name(), CliJson.date(date)));
    }
    out.accept(
        t.get(
            "classify.project",
            p.id(),
            p.type()
                .map(x -> t.lang() == Lang.ZH ? x.zh() : x.en())
                .map(x -> assumed ? x + t.get("classify.typeAssumed") : x)
                .orElse(t.get("unknown")),
            p.totalInvestment().map(DecisionOutput::amount).orElse(t.get("unknown")),
            p.location().map(l -> location(l, t)).orElse(t.get("unknown"))));
    out.accept(
        t.get(
            regionalThreshold ? "classify.threshold.regional" : "classify.threshold.municipal",
            DecisionOutput.amount(threshold)));
    out.accept(t.get("decision.reasons"));
    DecisionOutput.reasonLines(DecisionOutput.withTypeAssumed(d.reasons(), assumed), "  ", t, out);
    DecisionOutput.missingLines(d.missingFacts(), t, out);
    out.accept(t.get("decision.date", CalendarTexts.date(date, t)));
    out.accept(DecisionOutput.versionLine(d.versions(), t));
    if (d.basis() != ScopeBasis.NONE && d.basis() != ScopeBasis.MUNICIPAL_THRESHOLD) {
      out.accept(t.get("classify.widening.note"));
    }
  }

  /**
   * The project's facts as JSON: {@code {"id","type","totalInvestment","location"}}.
   *
   * @param p the project
   * @return the object
   */
  static ObjectNode projectJson(Project p) {
    return projectJson(p, false);
  }

  /**
   * The project's facts as JSON, with {@code "typeAssumed"}: whether the command line assumed the
   * type (the default {@code --type construction}) rather than being given it.
   *
   * @param p the project
   * @param assumed whether the type was assumed
   * @return the object
   */
  static ObjectNode projectJson(Project p, boolean assumed) {
    ObjectNode o = CliJson.object();
    o.put("id", p.id());
    if (p.type().isPresent()) {
      o.put("type", p.type().get().name());
    } else {
      o.putNull("type");
    }
    o.put("typeAssumed", assumed);
    DecisionOutput.putAmount(o, "totalInvestment", p.totalInvestment().orElse(null));
    if (p.location().isPresent()) {
      Location l = p.location().get();
      ObjectNode lo = o.putObject("location");
      if (l.countyLevelUnit().isPresent()) {
        lo.put("countyLevelUnit", DecisionOutput.regionId(l.countyLevelUnit().get()));
      } else {
        lo.putNull("countyLevelUnit");
      }
      if (l.pilotZone().isPresent()) {
        lo.put("pilotZone", DecisionOutput.regionId(l.pilotZone().get()));
      } else {
        lo.putNull("pilotZone");
      }
    } else {
      o.putNull("location");
    }
    return o;
  }

  /**
   * A location in words.
   *
   * @param l the location
   * @param t the language
   * @return e.g. {@code 瓦房店市（210281）}
   */
  static String location(Location l, Texts t) {
    StringBuilder sb = new StringBuilder();
    l.countyLevelUnit().ifPresent(r -> sb.append(DecisionOutput.region(r, t)));
    l.pilotZone()
        .ifPresent(
            z -> {
              if (sb.length() > 0) {
                sb.append(t.lang() == Lang.ZH ? "，" : ", ");
              }
              sb.append(DecisionOutput.region(z, t));
            });
    return sb.toString();
  }
}
