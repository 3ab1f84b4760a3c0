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
import picocli.CommandLine.Option;

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

  /** {@code --standing}: the standing duties instead of an event's. */
  @Option(names = "--standing", descriptionKey = "option.standing")
  private boolean standing;

  /** Created by picocli. */
  public ObligationsCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    if (standing) {
      return standing(t);
    }
    EventFacts ef = new EventFacts();
    ProjectFacts jf = new ProjectFacts();
    fill("event", ef, () -> event.applyTo(this, ef));
    fill("project", jf, () -> project.applyTo(this, jf));
    Project j = build(() -> jf.toProject("project"));
    LinkagePolicy policy = policy(calendarOptions.calendar(t, clock()));
    LocalDate given = dateOption() != null ? dateOption() : ef.date();
    LocalDate date = given != null ? given : date(policy);
    ProjectEvent e = build(() -> ef.toEvent(j, date));
    ObligationDecision d = policy.obligations(e);
    boolean assumed = jf.typeAssumed();
    if (json()) {
      ObjectNode doc = newDocument();
      json(doc, e, d);
      doc.set("project", ClassifyCommand.projectJson(j, assumed));
      DecisionOutput.decision(doc, d, d.duties(), assumed);
      printJson(doc);
    } else {
      text(e, d, assumed, t, this::println);
      println(DecisionOutput.versionLine(d.versions(), t));
    }
    return ExitCode.OK;
  }

  /** {@code --standing}: the duties that wait for no event, on {@code --date} (default today). */
  private int standing(Texts t) {
    LinkagePolicy policy = policy(calendarOptions.calendar(t, clock()));
    LocalDate date = date(policy);
    ObligationDecision d = policy.standingDuties(date);
    if (json()) {
      ObjectNode doc = newDocument();
      doc.put("standing", true);
      doc.put("date", CliJson.date(date));
      doc.set("duties", DecisionOutput.duties(d.duties()));
      DecisionOutput.decision(doc, d, d.duties());
      printJson(doc);
    } else {
      standingText(date, d, t, this::println);
      println(DecisionOutput.versionLine(d.versions(), t));
    }
    return ExitCode.OK;
  }

  /**
   * The standing duties as text (without the version line).
   *
   * @param date the date
   * @param d the decision
   * @param t the language
   * @param out receives the lines
   */
  static void standingText(LocalDate date, ObligationDecision d, Texts t, Consumer<String> out) {
    out.accept(
        t.get(
            "obligations.standing",
            CalendarTexts.date(date, t),
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
    text(e, d, false, t, out);
  }

  /**
   * The event and its duties as text (without the version line), saying first when the project type
   * was assumed.
   *
   * @param e the event
   * @param d the decision
   * @param typeAssumed whether the command line assumed the project type
   * @param t the language
   * @param out receives the lines
   */
  static void text(
      ProjectEvent e, ObligationDecision d, boolean typeAssumed, Texts t, Consumer<String> out) {
    boolean zh = t.lang() == Lang.ZH;
    // a land notice is named by its kind: a 预公告 is not a 土地征收公告
    String kind =
        e.kind() == ProjectEventKind.LAND_EXPROPRIATION_NOTICE
            ? (zh ? e.landNoticeKind().zh() : e.landNoticeKind().en())
            : zh ? EventFacts.kindLabel(e.kind()) : e.kind().name();
    out.accept(
        t.get(
            "obligations.event",
            kind,
            CalendarTexts.date(e.date(), t),
            DecisionOutput.outcome(d.outcome(), t)));
    DecisionOutput.reasonLines(
        DecisionOutput.withTypeAssumed(d.reasons(), typeAssumed), "  ", t, out);
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
