package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.cli.CalendarTexts;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.DecisionOutput;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Lang;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.PersonGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code linkage groups}: which groups a person belongs to on a date: the 重点群体 of 一（二）/二（五） (高校毕业生,
 * 农村转移劳动力, 去产能安置职工, and any a region added), 被征地人员 (二（三）) and 应届高校毕业生 (三（六）).
 */
@Command(name = "groups", sortOptions = false)
public final class GroupsCommand extends PolicyCommand {
  /** The person's flags. */
  @Mixin private PersonOptions person = new PersonOptions();

  /** Created by picocli. */
  public GroupsCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    PersonFacts facts = new PersonFacts();
    fill("person", facts, () -> person.applyTo(this, facts));
    Person p = build(() -> facts.toPerson("person"));
    LinkagePolicy policy = policy(null);
    LocalDate date = date(policy);
    PersonGroups g = policy.personGroups(p, date);
    if (json()) {
      ObjectNode doc = newDocument();
      DecisionOutput.putOutcomeBoolean(doc, "priorityGroupMember", g.outcome());
      ArrayNode members = doc.putArray("members");
      for (PersonGroup m : g.certainGroups()) {
        members.add(m.id());
      }
      doc.set("groups", groupsJson(g));
      doc.put("date", CliJson.date(date));
      DecisionOutput.decision(doc, g, List.of());
      printJson(doc);
      return ExitCode.OK;
    }
    // 重点群体 only: 被征地人员 and 应届高校毕业生 are groups the document treats separately
    List<String> names = new ArrayList<>();
    List<String> separate = new ArrayList<>();
    for (PersonGroup m : g.certainGroups()) {
      (m.isPriority() ? names : separate).add(t.lang() == Lang.ZH ? m.zh() : m.en());
    }
    println(
        t.get(
            "groups.answer",
            DecisionOutput.outcome(g.outcome(), t),
            names.isEmpty() ? t.get("groups.none") : String.join(t.get("list.separator"), names)));
    if (!separate.isEmpty()) {
      println(t.get("groups.separate", String.join(t.get("list.separator"), separate)));
    }
    for (GroupDecision d : g.decisions()) {
      PersonGroup group = d.group();
      println(
          t.get(
              group.isPriority() ? "groups.group.priority" : "groups.group.other",
              t.lang() == Lang.ZH ? group.zh() : group.en(),
              DecisionOutput.outcome(d.outcome(), t)));
      DecisionOutput.reasonLines(d.reasons(), "    ", t, this::println);
    }
    DecisionOutput.missingLines(g.missingFacts(), t, this::println);
    println(t.get("decision.date", CalendarTexts.date(date, t)));
    println(DecisionOutput.versionLine(g.versions(), t));
    return ExitCode.OK;
  }

  /**
   * The groups as {@code
   * [{"id","zh","en","priority","clause","outcome","reasons","missingFacts"}]}.
   *
   * @param g the decision
   * @return the array
   */
  static ArrayNode groupsJson(PersonGroups g) {
    ArrayNode a = CliJson.array();
    for (GroupDecision d : g.decisions()) {
      ObjectNode o = a.addObject();
      o.put("id", d.group().id());
      o.put("zh", d.group().zh());
      o.put("en", d.group().en());
      o.put("priority", d.group().isPriority());
      o.put("clause", d.group().clause().canonical());
      o.put("outcome", d.outcome().name());
      o.set("reasons", DecisionOutput.reasons(d.reasons()));
      o.set("missingFacts", DecisionOutput.missingFacts(d.missingFacts()));
    }
    return a;
  }
}
