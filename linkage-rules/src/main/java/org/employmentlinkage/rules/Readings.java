package org.employmentlinkage.rules;

import static org.employmentlinkage.policy.ClauseRef.INVESTMENT_PROMOTION;
import static org.employmentlinkage.policy.ClauseRef.JOB_DEMAND_ASSESSMENT;
import static org.employmentlinkage.policy.ClauseRef.LAND_EXPROPRIATION;
import static org.employmentlinkage.policy.ClauseRef.LINKAGE_GOALS;
import static org.employmentlinkage.policy.ClauseRef.PROJECT_CONSTRUCTION;
import static org.employmentlinkage.policy.ClauseRef.PUBLIC_EMPLOYMENT_SERVICE;
import static org.employmentlinkage.policy.ClauseRef.SKILLED_TALENT_RESERVE;
import static org.employmentlinkage.policy.ClauseRef.SKILLS_TRAINING_PLAN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Interpretation;
import org.employmentlinkage.policy.InterpretationId;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.internal.Messages;

/**
 * The readings a policy applies ({@link LinkagePolicy#interpretations()}), built from its
 * configuration and the texts of {@code readings_zh_CN.properties} / {@code
 * readings_en.properties}: one {@link Interpretation} per {@link InterpretationId}, in that enum's
 * order, with the chosen alternative of each configurable one.
 */
final class Readings {
  /** The texts; keys {@code <ID>.statement}, {@code <ID>.source}, {@code <ID>.alt.<KEY>}. */
  static final Messages TEXTS =
      Messages.load("readings", name -> Readings.class.getResourceAsStream(name));

  private Readings() {}

  /**
   * The readings of a configuration.
   *
   * @param c the configuration
   * @return one interpretation per id, unmodifiable
   */
  static List<Interpretation> of(PolicyConfig c) {
    List<Interpretation> list = new ArrayList<>();
    for (InterpretationId id : InterpretationId.values()) {
      list.add(of(id, c));
    }
    return List.copyOf(list);
  }

  private static Interpretation of(InterpretationId id, PolicyConfig c) {
    return switch (id) {
      case INCLUSIVE_THRESHOLD -> fixed(id, JOB_DEMAND_ASSESSMENT);
      case PERIOD_START_NOT_COUNTED -> fixed(id, LAND_EXPROPRIATION);
      case MAKEUP_WORKDAYS ->
          configurable(
              id,
              c.countMakeupWorkdays() ? "COUNTED" : "EXCLUDED",
              List.of("COUNTED", "EXCLUDED"),
              "",
              "",
              LAND_EXPROPRIATION);
      case LAND_NOTICE_TRIGGER ->
          configurable(
              id,
              landTrigger(c.landTriggers()),
              List.of(
                  "EXPROPRIATION_NOTICE_ONLY",
                  "WITH_COMPENSATION_PLAN_NOTICE",
                  "WITH_PRE_NOTICE",
                  "WITH_PRE_AND_COMPENSATION_PLAN_NOTICES"),
              "",
              "",
              LAND_EXPROPRIATION);
      case VALIDITY -> validity(id, c);
      case COLLEGE_GRADUATE_EDUCATION ->
          configurable(
              id,
              c.technicianClassesAsGraduates()
                  ? "WITH_TECHNICIAN_CLASSES"
                  : "REGULAR_COLLEGES_ONLY",
              List.of("WITH_TECHNICIAN_CLASSES", "REGULAR_COLLEGES_ONLY"),
              "",
              "",
              LINKAGE_GOALS,
              PROJECT_CONSTRUCTION,
              PUBLIC_EMPLOYMENT_SERVICE);
      case COLLEGE_GRADUATE_TIME_LIMIT -> timeLimit(id, c);
      case CURRENT_GRADUATE_YEAR -> fixed(id, PUBLIC_EMPLOYMENT_SERVICE);
      case RURAL_TRANSFER_LABOUR, OVERCAPACITY_CERTIFIED ->
          fixed(id, LINKAGE_GOALS, PROJECT_CONSTRUCTION);
      case OPEN_PRIORITY_LIST -> priorityList(id, c.customGroups());
      case LOCALITY ->
          configurable(
              id,
              c.locality().name(),
              List.of("RESIDENCE", "HOUSEHOLD_REGISTRATION"),
              "",
              "",
              PROJECT_CONSTRUCTION);
      case ORDER_WITHIN_TIER ->
          configurable(
              id,
              c.orderWithinTier().name(),
              List.of("CANDIDATE_ID", "AS_GIVEN"),
              "",
              "",
              PROJECT_CONSTRUCTION);
      case INVESTMENT_AGREEMENT_SCOPE ->
          configurable(
              id,
              c.agreementScope().name(),
              List.of("ANY_INVESTMENT_PROJECT", "MAJOR_PROJECTS_ONLY"),
              "",
              "",
              INVESTMENT_PROMOTION);
      case DISCLOSURE_GOVERNMENT_FUNDING -> fixed(id, PUBLIC_EMPLOYMENT_SERVICE);
      case SUBSIDY_CONDITIONS -> fixed(id, SKILLS_TRAINING_PLAN, SKILLED_TALENT_RESERVE);
      case TRAINING_LIST_OPEN -> fixed(id, SKILLED_TALENT_RESERVE);
    };
  }

  private static String landTrigger(Set<LandNoticeKind> triggers) {
    boolean pre = triggers.contains(LandNoticeKind.PRE_NOTICE);
    boolean plan = triggers.contains(LandNoticeKind.COMPENSATION_PLAN_NOTICE);
    return pre && plan
        ? "WITH_PRE_AND_COMPENSATION_PLAN_NOTICES"
        : pre
            ? "WITH_PRE_NOTICE"
            : plan ? "WITH_COMPENSATION_PLAN_NOTICE" : "EXPROPRIATION_NOTICE_ONLY";
  }

  private static Interpretation validity(InterpretationId id, PolicyConfig c) {
    ValidityWindow v = c.validity();
    String chosen =
        v.equals(ValidityWindow.DALIAN_2018_83)
            ? "ISSUE_DATE"
            : v.equals(ValidityWindow.WAFANGDIAN_FORWARDING)
                ? "WAFANGDIAN_FORWARDING"
                : "CONFIGURED_WINDOW";
    ValidityWindow effective = c.effectiveValidity();
    String zhWindow =
        "施行期间："
            + effective.firstDay()
            + " 起"
            + effective.lastDay().map(d -> "，至 " + d + " 止（按配置）").orElse("，未配置终止日期");
    String enWindow =
        "in force from "
            + effective.firstDay()
            + effective.lastDay().map(d -> " to " + d + " (as configured)").orElse(", no end set");
    return configurable(
        id,
        chosen,
        List.of("ISSUE_DATE", "WAFANGDIAN_FORWARDING", "CONFIGURED_WINDOW"),
        zhWindow + "。",
        " " + enWindow + ".");
  }

  private static Interpretation timeLimit(InterpretationId id, PolicyConfig c) {
    List<String> keys =
        new ArrayList<>(List.of("WITHIN_2_YEARS", "GRADUATION_YEAR_ONLY", "NO_LIMIT"));
    String chosen;
    if (c.graduateYears().isEmpty()) {
      chosen = "NO_LIMIT";
    } else if (c.graduateYears().getAsInt() == 0) {
      chosen = "GRADUATION_YEAR_ONLY";
    } else if (c.graduateYears().getAsInt() == LinkagePolicy.DEFAULT_GRADUATE_YEARS) {
      chosen = "WITHIN_2_YEARS";
    } else {
      chosen = "WITHIN_" + c.graduateYears().getAsInt() + "_YEARS";
      keys.add(chosen);
    }
    Interpretation.Builder b = start(id, LINKAGE_GOALS, PROJECT_CONSTRUCTION);
    for (String key : keys) {
      b.addAlternative(alternative(id, key));
    }
    return b.defaultAlternative("WITHIN_2_YEARS")
        .chosen(chosen)
        .zh(alternative(id, chosen).zh())
        .en(alternative(id, chosen).en())
        .build();
  }

  private static Interpretation priorityList(InterpretationId id, List<PersonGroup> added) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (PersonGroup g : added) {
      zh.add(g.zh());
      en.add(g.en());
    }
    String chosen = added.isEmpty() ? "NAMED_GROUPS_ONLY" : "WITH_ADDED_GROUPS";
    Interpretation.Alternative named = alternative(id, "NAMED_GROUPS_ONLY");
    Interpretation.Alternative with =
        Interpretation.Alternative.of(
            "WITH_ADDED_GROUPS",
            text(true, id, "WITH_ADDED_GROUPS")
                .replace("{groups}", added.isEmpty() ? "（无）" : String.join("、", zh)),
            text(false, id, "WITH_ADDED_GROUPS")
                .replace("{groups}", added.isEmpty() ? "(none)" : String.join(", ", en)));
    Interpretation.Alternative c = added.isEmpty() ? named : with;
    return start(id, LINKAGE_GOALS, PROJECT_CONSTRUCTION)
        .addAlternatives(named, with)
        .defaultAlternative("NAMED_GROUPS_ONLY")
        .chosen(chosen)
        .zh(c.zh())
        .en(c.en())
        .build();
  }

  private static Interpretation fixed(InterpretationId id, ClauseRef... clauses) {
    return start(id, clauses)
        .fixed(true)
        .zh(TEXTS.zh(id.name() + ".statement"))
        .en(TEXTS.en(id.name() + ".statement"))
        .build();
  }

  private static Interpretation configurable(
      InterpretationId id,
      String chosen,
      List<String> keys,
      String zhSuffix,
      String enSuffix,
      ClauseRef... clauses) {
    Interpretation.Builder b = start(id, clauses);
    for (String key : keys) {
      b.addAlternative(alternative(id, key));
    }
    Interpretation.Alternative c = alternative(id, chosen);
    return b.defaultAlternative(keys.get(0))
        .chosen(chosen)
        .zh(c.zh() + zhSuffix)
        .en(c.en() + enSuffix)
        .build();
  }

  private static Interpretation.Builder start(InterpretationId id, ClauseRef... clauses) {
    return Interpretation.builder()
        .id(id)
        .addClauses(clauses)
        .sourceZh(TEXTS.zh(id.name() + ".source"))
        .sourceEn(TEXTS.en(id.name() + ".source"))
        .fixed(false);
  }

  private static Interpretation.Alternative alternative(InterpretationId id, String key) {
    String years =
        key.startsWith("WITHIN_") && key.endsWith("_YEARS")
            ? key.substring(7, key.length() - 6)
            : "";
    boolean n = !years.isEmpty() && !years.equals("2");
    String k = n ? "WITHIN_N_YEARS" : key;
    return Interpretation.Alternative.of(
        key,
        text(true, id, k).replace("{years}", years),
        text(false, id, k).replace("{years}", years));
  }

  private static String text(boolean zh, InterpretationId id, String key) {
    String k = id.name() + ".alt." + key;
    return zh ? TEXTS.zh(k) : TEXTS.en(k);
  }
}
