package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.DecisionOutput;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.InputFile;
import org.employmentlinkage.cli.Lang;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.io.records.EventFacts;
import org.employmentlinkage.io.records.PersonFacts;
import org.employmentlinkage.io.records.ProjectFacts;
import org.employmentlinkage.io.records.TrainingFacts;
import org.employmentlinkage.io.records.Values;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.employmentlinkage.rules.SubsidySchedule;
import picocli.CommandLine.Command;

/**
 * {@code linkage demo}: a fictional scenario in 瓦房店市 (210281) from start to end, every result with
 * the clauses it rests on. The data are resources of this module ({@code
 * org/employmentlinkage/examples/demo/}): a scenario of invented projects, people and dates, and a
 * clearly HYPOTHETICAL regional configuration (a widening, a subsidy schedule with invented
 * amounts, a liaison period and a specialist contact); Wafangdian has published none of these.
 *
 * <p>Steps: 二（四） investment agreement; 一（一） scope and 一（一）/一（二） duties on approval; 二（三）
 * land-expropriation notice and its 30-working-day survey; 二（五） liaison once construction starts;
 * 二（五）/三（六） recruitment with a shortfall; 三（七）/三（八） subsidies; 三 末段 a service-specialist issue;
 * 一（一） a hypothetical regional widening; the standing duties; the readings (解读) the answers rest
 * on.
 */
@Command(name = "demo", sortOptions = false)
public final class DemoCommand extends CliCommand {
  /** Where the demo's resources are, beside this module's classes. */
  static final String RESOURCES = "/org/employmentlinkage/cli/demo/";

  /** The scenario resource. */
  static final String SCENARIO = "wafangdian-scenario.json";

  /** The hypothetical settings resource. */
  static final String SETTINGS = "wafangdian-hypothetical.properties";

  /** Created by picocli. */
  public DemoCommand() {}

  @Override
  protected int run() throws IOException {
    Texts t = texts();
    JsonNode sc = new ObjectMapper().readTree(resource(SCENARIO));
    LinkagePolicy municipal = LinkagePolicies.dalian2018();
    LinkagePolicy hypothetical =
        PolicySettings.parse(
                resource(SETTINGS), SETTINGS, name -> SubsidySchedule.parse(resource(name), name))
            .build();
    Project project = project(sc.get("project"));
    Project small = project(sc.get("smallProject"));
    Map<String, ProjectEvent> events = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : sc.get("events").properties()) {
      EventFacts f = new EventFacts();
      InputFile.fillObject(e.getValue(), "events." + e.getKey(), f);
      events.put(e.getKey(), f.toEvent(project, LocalDate.of(2025, 1, 1)));
    }
    Output out = new Output(t);
    out.header(sc.get("fictional").textValue(), hypothetical.versions().parameters());

    // 1. 二（四）
    Step s = out.step("agreement", "demo.step.agreement");
    obligations(s, municipal, event(events, "agreement"));

    // 2. 一（一） scope, duties on approval
    s = out.step("approval", "demo.step.approval");
    ProjectEvent approval = event(events, "approval");
    classify(s, municipal, project, approval.date(), "scope");
    obligations(s, municipal, approval);

    // 3. 二（三）
    s = out.step("landNotice", "demo.step.landNotice");
    obligations(s, municipal, event(events, "landNotice"));

    // 4. 二（五） liaison: municipal default and hypothetical period
    s = out.step("construction", "demo.step.construction");
    obligations(s, municipal, event(events, "construction"));
    s.hypothetical(hypothetical);
    obligations(s, hypothetical, event(events, "construction"));

    // 5. 二（五）/三（六） recruitment
    s = out.step("recruitment", "demo.step.recruitment");
    obligations(s, municipal, event(events, "recruitment"));
    JsonNode rec = sc.get("recruitment");
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Person> people = new LinkedHashMap<>();
    for (JsonNode c : rec.get("candidates")) {
      PersonFacts pf = new PersonFacts();
      InputFile.fillObject(c.get("person"), "candidate", pf);
      Person p = pf.toPerson("?");
      people.put(p.id(), p);
      candidates.add(Candidate.of(p, c.get("meetsRequirements").booleanValue()));
    }
    LabourDemand demand =
        LabourDemand.of(
            project,
            rec.get("positions").intValue(),
            Values.date("recruitment.date", rec.get("date").textValue()));
    plan(s, municipal.planRecruitment(demand, candidates));

    // 6. 三（七）/三（八） subsidies, hypothetical schedule
    s = out.step("subsidies", "demo.step.subsidies");
    s.hypothetical(hypothetical);
    for (JsonNode tr : sc.get("trainings")) {
      Person p = java.util.Objects.requireNonNull(people.get(tr.get("person").textValue()));
      TrainingFacts tf = new TrainingFacts();
      InputFile.fillObject(tr.get("training"), "training", tf);
      TrainingRecord r = tf.toRecord("?");
      LocalDate asOf = Values.date("date", tr.get("date").textValue());
      subsidies(s, r, p, hypothetical.subsidies(r, p, project, asOf));
    }

    // 7. 三 末段
    s = out.step("issue", "demo.step.issue");
    s.hypothetical(hypothetical);
    obligations(s, hypothetical, event(events, "issue"));

    // 8. 一（一） hypothetical widening
    s = out.step("widening", "demo.step.widening");
    classify(s, municipal, small, approval.date(), "municipal");
    s.hypothetical(hypothetical);
    classify(s, hypothetical, small, approval.date(), "hypothetical");

    // 9. standing duties: 一（一）, 一（二）, 二（四）, 三（八）, 三 末段, 瓦政办发〔2018〕66号
    s = out.step("standing", "demo.step.standing");
    standing(s, municipal, approval.date());

    // 10. the readings the answers above rest on
    s = out.step("interpretations", "demo.step.interpretations");
    ObjectNode readings = s.results.addObject();
    readings.put("name", "interpretations");
    readings.put("configuration", s.configuration);
    readings.set("interpretations", InterpretationsCommand.json(municipal.interpretations()));
    InterpretationsCommand.text(municipal.interpretations(), s.texts, s::line);

    out.finish();
    if (json()) {
      printJson(out.doc);
    } else {
      out.lines.forEach(this::println);
    }
    return ExitCode.OK;
  }

  private static ProjectEvent event(Map<String, ProjectEvent> events, String name) {
    return java.util.Objects.requireNonNull(events.get(name), name);
  }

  private static Project project(JsonNode node) {
    ProjectFacts f = new ProjectFacts();
    InputFile.fillObject(node, "project", f);
    return f.toProject("?");
  }

  private static void classify(
      Step s, LinkagePolicy policy, Project p, LocalDate date, String name) {
    ScopeDecision d = policy.classify(p, date);
    Money threshold =
        p.location()
            .map(l -> policy.investmentThreshold(l, date))
            .orElse(LinkagePolicy.MUNICIPAL_THRESHOLD);
    ObjectNode o = s.result(name, d);
    ClassifyCommand.json(o, p, d, threshold, date);
    ClassifyCommand.text(p, d, threshold, date, s.texts, s::line);
  }

  private static void obligations(Step s, LinkagePolicy policy, ProjectEvent e) {
    ObligationDecision d = policy.obligations(e);
    ObjectNode o = s.result("obligations:" + e.kind().name(), d);
    ObligationsCommand.json(o, e, d);
    DecisionOutput.decision(o, d, d.duties());
    s.citeDuties(d.duties());
    ObligationsCommand.text(e, d, s.texts, s::line);
  }

  private static void standing(Step s, LinkagePolicy policy, LocalDate date) {
    ObligationDecision d = policy.standingDuties(date);
    ObjectNode o = s.result("standingDuties", d);
    o.put("date", CliJson.date(date));
    o.set("duties", DecisionOutput.duties(d.duties()));
    DecisionOutput.decision(o, d, d.duties());
    s.citeDuties(d.duties());
    ObligationsCommand.standingText(date, d, s.texts, s::line);
  }

  private static void subsidies(Step s, TrainingRecord r, Person p, SubsidyDecision d) {
    ObjectNode o = s.result("subsidies:" + r.id(), d);
    o.put("record", r.id());
    o.put("person", p.id());
    SubsidiesCommand.json(o, d);
    DecisionOutput.decision(o, d, d.duties());
    s.citeDuties(d.duties());
    for (SubsidyEntitlement e : d.entitlements()) {
      s.citeReasons(e.reasons());
    }
    s.line(s.texts.get("demo.subsidies.record", r.id(), p.id()));
    SubsidiesCommand.text(r, d, s.texts, s::line);
  }

  private static void plan(Step s, RecruitmentPlan plan) {
    Texts t = s.texts;
    ObjectNode o = s.result("recruitmentPlan", plan);
    o.put("positions", plan.positions());
    o.put("shortfall", plan.shortfall());
    ArrayNode placements = o.putArray("placements");
    for (Placement p : plan.placements()) {
      ObjectNode po = placements.addObject();
      po.put("candidate", p.candidateId());
      po.put("tier", p.tier().name());
      po.put("seated", p.seated());
      po.set("reasons", DecisionOutput.reasons(p.reasons()));
      po.set("missingFacts", DecisionOutput.missingFacts(p.missingFacts()));
      s.citeReasons(p.reasons());
    }
    if (plan.shortfallDuty().isPresent()) {
      o.set("shortfallDuty", DecisionOutput.duty(plan.shortfallDuty().get()));
      s.citeDuties(List.of(plan.shortfallDuty().get()));
    }
    DecisionOutput.decision(o, plan, plan.shortfallDuty().stream().toList());
    s.line(
        t.get(
            "demo.plan",
            plan.positions(),
            plan.seated().size(),
            plan.shortfall(),
            DecisionOutput.outcome(plan.outcome(), t)));
    DecisionOutput.reasonLines(plan.reasons(), "  ", t, s::line);
    int n = 1;
    for (Placement p : plan.placements()) {
      s.line(
          t.get(
              p.seated() ? "demo.placement.seated" : "demo.placement.waiting",
              n++,
              p.candidateId(),
              t.get("tier." + p.tier().name())));
      DecisionOutput.reasonLines(p.reasons(), "       ", t, s::line);
    }
    if (plan.shortfallDuty().isPresent()) {
      s.line(t.get("duties.heading", 1));
      DecisionOutput.dutyLines(1, plan.shortfallDuty().get(), t, s::line);
    }
  }

  /**
   * A resource of the demo, as text.
   *
   * @param name the name, e.g. {@code wafangdian-scenario.json}
   * @return the text
   * @throws IOException if it is missing
   */
  static String resource(String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("demo resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The demo's output, built in both forms at once. */
  private static final class Output {
    final Texts texts;
    final ObjectNode doc = CliJson.document("demo");
    final ArrayNode steps;
    final List<String> lines = new ArrayList<>();
    final Set<ClauseRef> cited = EnumSet.noneOf(ClauseRef.class);

    Output(Texts texts) {
      this.texts = texts;
      doc.put("scenario", "wafangdian");
      doc.put("fictional", true);
      this.steps = CliJson.array();
    }

    void header(String note, String hypotheticalLabel) {
      doc.put("note", note);
      doc.put("hypotheticalParameters", hypotheticalLabel);
      doc.set("steps", steps);
      lines.add(texts.get("demo.title"));
      lines.add(texts.get("demo.fictional"));
      lines.add(texts.get("demo.hypothetical", hypotheticalLabel));
    }

    Step step(String id, String titleKey) {
      ObjectNode o = steps.addObject();
      o.put("step", steps.size());
      o.put("id", id);
      o.put("title", texts.get(titleKey));
      lines.add("");
      lines.add(texts.get("demo.step", steps.size(), texts.get(titleKey)));
      return new Step(this, o.putArray("results"));
    }

    void finish() {
      List<String> clauses = new ArrayList<>();
      for (ClauseRef c : ClauseRef.values()) {
        if (cited.contains(c)) {
          clauses.add(c.canonical());
        }
      }
      doc.set("clauses", DecisionOutput.clauses(cited));
      lines.add("");
      lines.add(
          texts.get("demo.clauses", String.join(texts.lang() == Lang.ZH ? "；" : "; ", clauses)));
    }
  }

  /** One step: its results and lines. */
  private static final class Step {
    final Output out;
    final Texts texts;
    final ArrayNode results;
    String configuration = "MUNICIPAL";

    Step(Output out, ArrayNode results) {
      this.out = out;
      this.texts = out.texts;
      this.results = results;
    }

    void hypothetical(LinkagePolicy policy) {
      configuration = "HYPOTHETICAL";
      line(texts.get("demo.underHypothetical", policy.versions().parameters()));
    }

    ObjectNode result(String name, Decision d) {
      ObjectNode o = results.addObject();
      o.put("name", name);
      o.put("configuration", configuration);
      citeReasons(d.reasons());
      return o;
    }

    void citeReasons(List<Reason> reasons) {
      for (Reason r : reasons) {
        out.cited.add(r.clause());
      }
    }

    void citeDuties(List<Duty> duties) {
      out.cited.addAll(DecisionOutput.clausesOf(List.of(), duties));
    }

    void line(String line) {
      out.lines.add(line);
    }
  }
}
