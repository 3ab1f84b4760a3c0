package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CalendarTexts;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.DecisionOutput;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Lang;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.io.records.EventFacts;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code linkage obligations --event KIND}: the duties a project event triggers under
 * 大政办发〔2018〕83号, with the units responsible, who carries them out, due dates (the 30 working days
 * of 二（三） counted with the working-day calendar) and the clauses.
 */
@Command(name = "obligations", sortOptions = false)
public final class ObligationsCommand extends PolicyCommand {
  /** The event's flags. */
  @Mixin private EventOptions event = new EventOptions();

  /** The project's flags. */
  @Mixin private ProjectOptions project = new ProjectOptions();

  /** The calendar options. */
  @Mixin private CalendarOptions calendarOptions = new CalendarOptions();

  /** Created by picocli. */
  public ObligationsCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    EventFacts ef = new EventFacts();
    ProjectFacts jf = new ProjectFacts();
    fill("event", ef, () -> event.applyTo(this, ef));
    fill("project", jf, () -> project.applyTo(this, jf));
    Project j = build(() -> jf.toProject("project"));
    LinkagePolicy policy = policy(calendarOptions.calendar(t));
    LocalDate given = dateOption() != null ? dateOption() : ef.date();
    LocalDate date = given != null ? given : date(policy);
    ProjectEvent e = build(() -> ef.toEvent(j, date));
    ObligationDecision d = policy.obligations(e);
    if (json()) {
      ObjectNode doc = newDocument();
      json(doc, e, d);
      doc.set("project", ClassifyCommand.projectJson(j));
      DecisionOutput.decision(doc, d, d.duties());
      printJson(doc);
    } else {
      text(e, d, t, this::println);
      println(DecisionOutput.versionLine(d.versions(), t));
    }
    return ExitCode.OK;
  }

  /**
   * Adds the event and its duties to a JSON document ({@code docs/cli-json.md#obligations}).
   *
   * @param doc the document
   * @param e the event
   * @param d the decision
   */
  static void json(ObjectNode doc, ProjectEvent e, ObligationDecision d) {
    ObjectNode ev = doc.putObject("event");
    ev.put("kind", e.kind().name());
    ev.put("date", CliJson.date(e.date()));
    if (e.kind() == ProjectEventKind.LAND_EXPROPRIATION_NOTICE) {
      ev.put("landNotice", e.landNoticeKind().name());
    }
    doc.set("duties", DecisionOutput.duties(d.duties()));
  }

  /**
   * The event and its duties as text (without the version line).
   *
   * @param e the event
   * @param d the decision
   * @param t the language
   * @param out receives the lines
   */
  static void text(ProjectEvent e, ObligationDecision d, Texts t, Consumer<String> out) {
    out.accept(
        t.get(
            "obligations.event",
            t.lang() == Lang.ZH ? EventFacts.kindLabel(e.kind()) : e.kind().name(),
            CalendarTexts.date(e.date(), t),
            DecisionOutput.outcome(d.outcome(), t)));
    DecisionOutput.reasonLines(d.reasons(), "  ", t, out);
    if (d.duties().isEmpty()) {
      out.accept(t.get("duties.none"));
    } else {
      out.accept(t.get("duties.heading", d.duties().size()));
      int i = 1;
      for (Duty duty : d.duties()) {
        DecisionOutput.dutyLines(i++, duty, t, out);
      }
    }
    DecisionOutput.missingLines(d.missingFacts(), t, out);
  }
}
