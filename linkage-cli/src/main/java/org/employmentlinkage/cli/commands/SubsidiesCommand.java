package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.io.records.TrainingFacts;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code linkage subsidies}: the training subsidies of 三（七）/三（八） for a training record, its trainee
 * and the project it relates to, with amounts where a subsidy schedule ({@code --settings}) prices
 * them.
 */
@Command(name = "subsidies", sortOptions = false)
public final class SubsidiesCommand extends PolicyCommand {
  /** The training record's flags. */
  @Mixin private TrainingOptions training = new TrainingOptions();

  /** The trainee's flags. */
  @Mixin private PersonOptions person = new PersonOptions();

  /** The project's flags. */
  @Mixin private ProjectOptions project = new ProjectOptions();

  /** Created by picocli. */
  public SubsidiesCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    TrainingFacts tf = new TrainingFacts();
    PersonFacts pf = new PersonFacts();
    ProjectFacts jf = new ProjectFacts();
    fill("training", tf, () -> training.applyTo(this, tf));
    fill("person", pf, () -> person.applyTo(this, pf));
    fill("project", jf, () -> project.applyTo(this, jf));
    Person p = build(() -> pf.toPerson("person"));
    TrainingRecord r = build(() -> tf.toRecord("training"));
    Project j = build(() -> jf.toProject("project"));
    LinkagePolicy policy = policy(null);
    LocalDate date = date(policy);
    SubsidyDecision d = policy.subsidies(r, p, j, date);
    boolean assumed = jf.typeAssumed();
    if (json()) {
      ObjectNode doc = newDocument();
      json(doc, d);
      doc.put("date", CliJson.date(date));
      doc.set("project", ClassifyCommand.projectJson(j, assumed));
      DecisionOutput.decision(doc, d, d.duties(), assumed);
      printJson(doc);
    } else {
      if (assumed) {
        DecisionOutput.reasonLines(List.of(DecisionOutput.typeAssumed()), "", t, this::println);
      }
      text(r, d, t, this::println);
      println(t.get("decision.date", CalendarTexts.date(date, t)));
      println(DecisionOutput.versionLine(d.versions(), t));
    }
    return ExitCode.OK;
  }

  /**
   * Adds the entitlements and duties to a JSON document ({@code docs/cli-json.md#subsidies}).
   *
   * @param doc the document
   * @param d the decision
   */
  static void json(ObjectNode doc, SubsidyDecision d) {
    ArrayNode entitlements = doc.putArray("entitlements");
    for (SubsidyEntitlement e : d.entitlements()) {
      ObjectNode o = entitlements.addObject();
      o.put("kind", e.kind().name());
      o.put("zh", e.kind().zh());
      o.put("en", e.kind().en());
      o.put("clause", e.kind().clause().canonical());
      o.put("outcome", e.outcome().name());
      o.put("conditional", e.conditional());
      DecisionOutput.putAmount(o, "amount", e.amount().orElse(null));
      o.put("amountBasis", e.amountBasis().name());
      o.set("reasons", DecisionOutput.reasons(e.reasons()));
      o.set("missingFacts", DecisionOutput.missingFacts(e.missingFacts()));
    }
    doc.set("duties", DecisionOutput.duties(d.duties()));
  }

  /**
   * The entitlements and duties as text (without date and version lines).
   *
   * @param r the training record
   * @param d the decision
   * @param t the language
   * @param out receives the lines
   */
  static void text(TrainingRecord r, SubsidyDecision d, Texts t, Consumer<String> out) {
    boolean zh = t.lang() == Lang.ZH;
    out.accept(
        t.get(
            "subsidies.answer",
            DecisionOutput.outcome(d.outcome(), t),
            zh ? r.type().zh() : r.type().en()));
    if (d.entitlements().isEmpty()) {
      // not in force, or a training the policy does not list: the decision's own reasons
      DecisionOutput.reasonLines(d.reasons(), "  ", t, out);
    }
    for (SubsidyEntitlement e : d.entitlements()) {
      String amount =
          e.amount()
              .map(DecisionOutput::amount)
              .orElse(t.get("amountBasis." + e.amountBasis().name()));
      out.accept(
          t.get(
              e.conditional() ? "subsidies.entitlement.conditional" : "subsidies.entitlement",
              zh ? e.kind().zh() : e.kind().en(),
              DecisionOutput.outcome(e.outcome(), t),
              amount));
      DecisionOutput.reasonLines(e.reasons(), "    ", t, out);
    }
    if (!d.duties().isEmpty()) {
      out.accept(t.get("duties.heading", d.duties().size()));
      int i = 1;
      for (Duty duty : d.duties()) {
        DecisionOutput.dutyLines(i++, duty, t, out);
      }
    }
    DecisionOutput.missingLines(d.missingFacts(), t, out);
  }
}
