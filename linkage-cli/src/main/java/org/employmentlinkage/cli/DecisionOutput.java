package org.employmentlinkage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.jackson.LinkageJson;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Region;

/**
 * The output of the policy's answers, shared by {@code classify}, {@code groups}, {@code
 * subsidies}, {@code obligations} and {@code demo}: reasons, missing facts, duties and versions, as
 * JSON (the forms {@code docs/cli-json.md} documents) and as lines of text in the chosen language.
 * Every reason and duty line cites its clause. Thread-safe; all methods are static.
 */
public final class DecisionOutput {
  /** The linkage/1 mapper, made once (a mapper is thread-safe once configured). */
  private static final ObjectMapper PARTS = LinkageJson.mapper();

  private DecisionOutput() {}

  // ---------------------------------------------------------------------------------------------
  // JSON

  /**
   * Reasons as {@code [{"code","clause","basis","interpretations","zh","en"}]}: {@code basis} is
   * {@code TEXT}, {@code READING} or {@code CONFIGURATION}, {@code interpretations} the ids of the
   * readings the reason applies.
   *
   * @param reasons the reasons
   * @return the array
   */
  public static ArrayNode reasons(Collection<Reason> reasons) {
    ArrayNode a = CliJson.array();
    for (Reason r : reasons) {
      a.add(part(r));
    }
    return a;
  }

  /**
   * A value written by {@code linkage-jackson} ({@link LinkageJson#mapper()}), without the {@code
   * schema} and {@code document} fields that make it a document of its own: the parts the command
   * line's JSON shares with {@code linkage/1} have one shape, written by one piece of code.
   */
  private static ObjectNode part(Object value) {
    ObjectNode o = PARTS.valueToTree(value);
    o.remove("schema");
    o.remove("document");
    return o;
  }

  /**
   * The reason a caller adds when it assumed the project type (the command line's default {@code
   * --type construction}): {@link ReasonCode#PROJECT_TYPE_ASSUMED}, citing 一（一）.
   *
   * @return the reason, in both languages
   */
  public static Reason typeAssumed() {
    return Reason.of(
        ReasonCode.PROJECT_TYPE_ASSUMED,
        ClauseRef.JOB_DEMAND_ASSESSMENT,
        Texts.of(Lang.ZH).get("reason.typeAssumed"),
        Texts.of(Lang.EN).get("reason.typeAssumed"));
  }

  /**
   * {@code reasons}, with the type-assumed reason first when {@code assumed}.
   *
   * @param reasons the decision's reasons
   * @param assumed whether the caller assumed the project type
   * @return the reasons to show
   */
  public static List<Reason> withTypeAssumed(List<Reason> reasons, boolean assumed) {
    if (!assumed) {
      return reasons;
    }
    List<Reason> all = new ArrayList<>();
    all.add(typeAssumed());
    all.addAll(reasons);
    return all;
  }

  /**
   * Missing facts as {@code [{"key","zh","en"}]}.
   *
   * @param facts the facts
   * @return the array
   */
  public static ArrayNode missingFacts(Collection<MissingFact> facts) {
    ArrayNode a = CliJson.array();
    for (MissingFact f : facts) {
      a.add(part(f));
    }
    return a;
  }

  /**
   * Versions as {@code {"policy","parameters","calendar"}}.
   *
   * @param v the versions
   * @return the object
   */
  public static ObjectNode versions(Versions v) {
    return part(v);
  }

  /**
   * The clauses cited by reasons and duties, as canonical citations in the document's order.
   *
   * @param clauses the clauses
   * @return the array
   */
  public static ArrayNode clauses(Set<ClauseRef> clauses) {
    ArrayNode a = CliJson.array();
    for (ClauseRef c : ClauseRef.values()) {
      if (clauses.contains(c)) {
        a.add(c.canonical());
      }
    }
    return a;
  }

  /**
   * Collects the clauses of reasons, duties and their reasons.
   *
   * @param reasons reasons
   * @param duties duties
   * @return the clauses
   */
  public static Set<ClauseRef> clausesOf(Collection<Reason> reasons, Collection<Duty> duties) {
    Set<ClauseRef> set = EnumSet.noneOf(ClauseRef.class);
    for (Reason r : reasons) {
      set.add(r.clause());
    }
    for (Duty d : duties) {
      set.add(d.clause());
      for (Reason r : d.reasons()) {
        set.add(r.clause());
      }
    }
    return set;
  }

  /**
   * Adds the fields every decision has: {@code outcome}, {@code clauses}, {@code reasons}, {@code
   * missingFacts}, {@code versions} (in that order, after what the caller added).
   *
   * @param doc the document
   * @param d the decision
   * @param duties the decision's duties, if any (their clauses are cited too)
   */
  public static void decision(ObjectNode doc, Decision d, Collection<Duty> duties) {
    decision(doc, d, duties, false);
  }

  /**
   * {@link #decision(ObjectNode, Decision, Collection)}, with the reason that the project type was
   * assumed first when {@code typeAssumed}.
   *
   * @param doc the document
   * @param d the decision
   * @param duties the decision's duties, if any
   * @param typeAssumed whether the command line assumed the project type
   */
  public static void decision(
      ObjectNode doc, Decision d, Collection<Duty> duties, boolean typeAssumed) {
    List<Reason> shown = withTypeAssumed(d.reasons(), typeAssumed);
    doc.put("outcome", d.outcome().name());
    doc.set("clauses", clauses(clausesOf(shown, duties)));
    doc.set("reasons", reasons(shown));
    doc.set("missingFacts", missingFacts(d.missingFacts()));
    doc.set("versions", versions(d.versions()));
  }

  /**
   * A boolean for an outcome: {@code true} for yes, {@code false} for no, JSON null otherwise.
   *
   * @param doc the object
   * @param field the field
   * @param outcome the outcome
   */
  public static void putOutcomeBoolean(ObjectNode doc, String field, Outcome outcome) {
    switch (outcome) {
      case YES -> doc.put(field, true);
      case NO -> doc.put(field, false);
      case UNDETERMINED, NOT_IN_FORCE -> doc.putNull(field);
    }
  }

  /**
   * An amount as a string in yuan with two decimals ({@code "1200.00"}), or JSON null.
   *
   * @param doc the object
   * @param field the field
   * @param amount the amount, or null
   */
  public static void putAmount(
      ObjectNode doc, String field, @org.jspecify.annotations.Nullable Money amount) {
    if (amount == null) {
      doc.putNull(field);
    } else {
      doc.put(field, amount.toString());
    }
  }

  /**
   * Duties as an array of duty objects ({@code docs/cli-json.md#duty}).
   *
   * @param duties the duties
   * @return the array
   */
  public static ArrayNode duties(Collection<Duty> duties) {
    ArrayNode a = CliJson.array();
    for (Duty d : duties) {
      a.add(duty(d));
    }
    return a;
  }

  /**
   * One duty: code, clause, texts, responsible units, performers, timing and deadline, reasons.
   *
   * @param d the duty
   * @return the object
   */
  public static ObjectNode duty(Duty d) {
    ObjectNode o = CliJson.object();
    o.put("code", d.code().name());
    o.put("clause", d.clause().canonical());
    o.put("zh", d.zh());
    o.put("en", d.en());
    ArrayNode units = o.putArray("responsibleUnits");
    for (ResponsibleUnit u : d.responsibleUnits()) {
      ObjectNode uo = units.addObject();
      uo.put("name", u.documentName());
      uo.put("en", u.englishName());
    }
    ArrayNode performers = o.putArray("performers");
    for (Performer p : d.performers()) {
      ObjectNode po = performers.addObject();
      po.put("role", p.role().name());
      po.put("zh", p.role().zh());
      po.put("en", p.role().en());
      if (p.region().isPresent()) {
        po.put("region", regionId(p.region().get()));
      } else {
        po.putNull("region");
      }
      p.subdistrict().ifPresent(s -> po.put("subdistrict", s));
      p.name().ifPresent(n -> po.put("name", n));
    }
    o.put("timing", d.timing().name());
    d.trigger().ifPresent(t -> o.put("trigger", CliJson.date(t)));
    d.period().ifPresent(p -> o.put("workingDays", p.workingDays()));
    if (d.deadline().isPresent()) {
      Deadline dl = d.deadline().get();
      o.put("due", CliJson.date(dl.due()));
      if (dl.provisional()) {
        o.put("latestDue", CliJson.date(dl.latestDue()));
      }
      o.put("provisional", dl.provisional());
      o.put("mayChange", dl.mayChange());
      // "end" stays 24:00 on due (docs/cli-json.md); Deadline.end() is the end of latestDue
      o.put("end", CliJson.instant(dl.due().plusDays(1).atStartOfDay(Deadline.BEIJING)));
      o.put("countsMakeupWorkdays", dl.period().countsMakeupWorkdays());
      o.set("notices", CliJson.noticeRefs(dl.notices()));
    }
    d.recurrence().ifPresent(r -> o.put("recurrence", r.toString()));
    if (d.workers().isPresent()) {
      o.put("workers", d.workers().getAsInt());
    }
    d.reference().ifPresent(r -> o.put("reference", r));
    o.put("trackedUntilClosed", d.trackedUntilClosed());
    o.set("reasons", reasons(d.reasons()));
    return o;
  }

  /**
   * How a region is written in JSON: its code, or its constant name for pilot zones and {@link
   * Region#OUTSIDE_DALIAN} (which have no code).
   *
   * @param r the region
   * @return e.g. {@code 210281} or {@code CHANGXING_ISLAND}
   */
  public static String regionId(Region r) {
    return r.code().orElse(r.name());
  }

  // ---------------------------------------------------------------------------------------------
  // text

  /**
   * A region in words: {@code 瓦房店市（210281）} or {@code Wafangdian (210281)}.
   *
   * @param r the region
   * @param t the language
   * @return the text
   */
  public static String region(Region r, Texts t) {
    String name = t.lang() == Lang.ZH ? r.zh() : r.en();
    return r.code().map(c -> t.get("region.withCode", name, c)).orElse(name);
  }

  /**
   * An outcome in words: 是 / yes.
   *
   * @param o the outcome
   * @param t the language
   * @return the word
   */
  public static String outcome(Outcome o, Texts t) {
    return t.lang() == Lang.ZH ? o.zh() : o.en();
  }

  /**
   * An amount in words: {@code 1亿元}, {@code 1200.00元}.
   *
   * @param m the amount
   * @return the text
   */
  public static String amount(Money m) {
    return m.toDisplayString();
  }

  /**
   * The lines of reasons, each citing its clause: {@code · 大政办发〔2018〕83号 一（一）：… [CODE]}.
   *
   * @param reasons the reasons
   * @param indent the indentation
   * @param t the language
   * @param out receives the lines
   */
  public static void reasonLines(
      Collection<Reason> reasons, String indent, Texts t, Consumer<String> out) {
    for (Reason r : reasons) {
      out.accept(
          indent
              + t.get(
                  "decision.reason",
                  r.clause().canonical(),
                  t.lang() == Lang.ZH ? r.zh() : r.en(),
                  r.code()));
    }
  }

  /**
   * The lines of missing facts, if any: a heading and one line per fact.
   *
   * @param facts the facts
   * @param t the language
   * @param out receives the lines
   */
  public static void missingLines(Collection<MissingFact> facts, Texts t, Consumer<String> out) {
    if (facts.isEmpty()) {
      return;
    }
    out.accept(t.get("decision.missing"));
    for (MissingFact f : facts) {
      out.accept(
          "  " + t.get("decision.missingFact", t.lang() == Lang.ZH ? f.zh() : f.en(), f.key()));
    }
  }

  /**
   * The version line.
   *
   * @param v the versions
   * @param t the language
   * @return the line
   */
  public static String versionLine(Versions v, Texts t) {
    return t.get("decision.versions", v.policy(), v.parameters(), v.calendar());
  }

  /**
   * The lines of one duty: what, clause, responsible units, performers, timing, reasons.
   *
   * @param number the duty's number in its list, from 1
   * @param d the duty
   * @param t the language
   * @param out receives the lines
   */
  public static void dutyLines(int number, Duty d, Texts t, Consumer<String> out) {
    boolean zh = t.lang() == Lang.ZH;
    out.accept(t.get("duty.head", number, zh ? d.zh() : d.en(), d.clause().canonical(), d.code()));
    List<String> units = new ArrayList<>();
    for (ResponsibleUnit u : d.responsibleUnits()) {
      units.add(zh ? u.documentName() : u.englishName() + " (" + u.documentName() + ")");
    }
    if (!units.isEmpty()) {
      out.accept("     " + t.get("duty.units", String.join(zh ? "、" : "; ", units)));
    }
    List<String> performers = new ArrayList<>();
    for (Performer p : d.performers()) {
      StringBuilder sb = new StringBuilder(zh ? p.role().zh() : p.role().en());
      p.region().ifPresent(r -> sb.append(zh ? "：" : ": ").append(region(r, t)));
      p.subdistrict().ifPresent(s -> sb.append(zh ? "，" : ", ").append(s));
      p.name().ifPresent(n -> sb.append(zh ? "（" : " (").append(n).append(zh ? "）" : ")"));
      performers.add(sb.toString());
    }
    if (!performers.isEmpty()) {
      out.accept("     " + t.get("duty.performers", String.join(zh ? "；" : "; ", performers)));
    }
    out.accept("     " + t.get("duty.timing", timing(d, t)));
    if (d.trackedUntilClosed()) {
      out.accept("     " + t.get("duty.tracked"));
    }
    d.reference().ifPresent(r -> out.accept("     " + t.get("duty.reference", r)));
    if (d.workers().isPresent()) {
      out.accept("     " + t.get("duty.workers", d.workers().getAsInt()));
    }
    reasonLines(d.reasons(), "     ", t, out);
  }

  /**
   * When a duty is due, in words.
   *
   * @param d the duty
   * @param t the language
   * @return the text
   */
  public static String timing(Duty d, Texts t) {
    return switch (d.timing()) {
      case DUE_DATE -> {
        Deadline dl = d.deadline().orElseThrow();
        String text =
            t.get(
                "timing.DUE_DATE",
                CalendarTexts.date(dl.due(), t),
                dl.period().workingDays(),
                CliJson.date(dl.trigger()),
                notices(dl, t));
        yield dl.mayChange() ? text + t.get("timing.mayChange") : text;
      }
      case PROVISIONAL_DUE_DATE -> {
        Deadline dl = d.deadline().orElseThrow();
        yield t.get(
            "timing.PROVISIONAL_DUE_DATE",
            CalendarTexts.date(dl.due(), t),
            CalendarTexts.date(dl.latestDue(), t),
            dl.period().workingDays(),
            CliJson.date(dl.trigger()));
      }
      case DUE_DATE_UNDETERMINED ->
          t.get(
              "timing.DUE_DATE_UNDETERMINED",
              d.period().map(p -> p.workingDays()).orElse(0),
              d.trigger().map(LocalDate::toString).orElse("?"));
      case PERIODIC -> t.get("timing.PERIODIC", d.recurrence().map(p -> period(p, t)).orElse("?"));
      case NO_FIXED_DEADLINE, PROMPTLY, PERIOD_UNDETERMINED -> t.get("timing." + d.timing().name());
    };
  }

  /**
   * A period in words: {@code P3M} as 3个月 or "3 months", {@code P1Y6M} as 1年6个月 or "1 year 6
   * months", {@code P14D} as 14天 or "14 days". The JSON keeps the ISO-8601 form.
   */
  static String period(Period p, Texts t) {
    boolean zh = t.lang() == Lang.ZH;
    List<String> parts = new ArrayList<>(3);
    unit(parts, p.getYears(), zh ? "年" : " year", zh);
    unit(parts, p.getMonths(), zh ? "个月" : " month", zh);
    unit(parts, p.getDays(), zh ? "天" : " day", zh);
    return parts.isEmpty() ? p.toString() : String.join(zh ? "" : " ", parts);
  }

  private static void unit(List<String> parts, int amount, String unit, boolean zh) {
    if (amount != 0) {
      parts.add(amount + unit + (zh || Math.abs(amount) == 1 ? "" : "s"));
    }
  }

  private static String notices(Deadline dl, Texts t) {
    List<String> numbers = new ArrayList<>();
    dl.notices().forEach(n -> numbers.add(n.number()));
    return numbers.isEmpty()
        ? t.get("timing.noNotice")
        : String.join(t.lang() == Lang.ZH ? "、" : ", ", numbers);
  }
}
