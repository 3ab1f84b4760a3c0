package org.employmentlinkage.testkit.invariants;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.PolicyDocuments;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#EVERY_REASON_CITED}; throws an {@link AssertionError} saying what
 * broke.
 */
final class EveryReasonCitedCheck {
  private EveryReasonCitedCheck() {}

  /** 大政办发〔2018〕83号 一（一） ... 三（八）, or the closing paragraph of part 三. */
  private static final Pattern CANONICAL =
      Pattern.compile("大政办发〔2018〕83号 (?:([一二三])（([一二三四五六七八])）|三 末段（服务专员）)");

  /** The part each item belongs to in the document: 一（一）（二）, 二（三）–（五）, 三（六）–（八）. */
  private static final Map<String, String> PART_OF_ITEM =
      Map.of("一", "一", "二", "一", "三", "二", "四", "二", "五", "二", "六", "三", "七", "三", "八", "三");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  static void check(PolicyUnderTest policy, PolicyQuestion q) {
    Decision d = q.askOf(policy);
    Set<ClauseRef> allowed = governing(q);
    if (d.reasons().isEmpty()) {
      throw new AssertionError("the decision gives no reason: " + OneLine.of(d));
    }
    cite(d.reasons(), allowed, "the decision");
    if (d instanceof PersonGroups g) {
      for (GroupDecision gd : g.decisions()) {
        if (gd.reasons().isEmpty()) {
          throw new AssertionError("the decision for " + gd.group() + " gives no reason");
        }
        cite(gd.reasons(), EnumSet.of(gd.group().clause()), "the decision for " + gd.group());
      }
    } else if (d instanceof RecruitmentPlan p) {
      for (Placement pl : p.placements()) {
        if (pl.reasons().isEmpty()) {
          throw new AssertionError(
              "the placement of candidate " + pl.candidateId() + " gives no reason");
        }
        cite(pl.reasons(), allowed, "the placement of candidate " + pl.candidateId());
      }
      if (p.shortfallDuty().isPresent()) {
        duty(p.shortfallDuty().get(), allowed);
      }
    } else if (d instanceof SubsidyDecision s) {
      for (SubsidyEntitlement e : s.entitlements()) {
        if (e.reasons().isEmpty()) {
          throw new AssertionError("the entitlement " + e.kind() + " gives no reason");
        }
        cite(e.reasons(), allowed, "the entitlement " + e.kind());
      }
      for (Duty duty : s.duties()) {
        duty(duty, allowed);
      }
    } else if (d instanceof ObligationDecision o) {
      for (Duty duty : o.duties()) {
        duty(duty, allowed);
      }
    }
  }

  /**
   * The clauses that govern a question. Scope: 一（一）. Groups: the groups' own clauses, 一（二）, 二（三）
   * and 三（六） (each group's decision is checked against its group's clause). Recruitment: 二（五）.
   * Subsidies: 三（七）, 三（八）. Events, by the clause whose words the event matches: approved 一（一）
   * (岗位需求评估) and 一（二） (跟踪调查); investment agreement 二（四） ("招商项目签订投资协议时"); land notice 二（三）
   * ("土地征收公告发布后"); construction started or completed 二（五） ("在建或建成后"); recruitment opened 二（五） and
   * 三（六） ("招用应届高校毕业生"); labour shortfall 二（五） ("外出招聘、劳务合作"); training need 三（七） ("订单式、定向式培训");
   * issues 三 末段 ("反映的就业、职业培训和社会保障等问题"); a land notice also 三（七） ("辖区内重大项目建设造成的被征地人员…
   * 纳入农村劳动力转移培训计划"). Standing duties: 一（一）, 一（二）, 二（四）, 三（八）, 三 末段 and 瓦政办发〔2018〕66号. Every
   * question but groups may also cite 一（一）: whether the project is a major project explains why a
   * clause applies.
   */
  static Set<ClauseRef> governing(PolicyQuestion q) {
    if (q instanceof PolicyQuestion.Groups) {
      return EnumSet.of(
          ClauseRef.LINKAGE_GOALS,
          ClauseRef.LAND_EXPROPRIATION,
          ClauseRef.PUBLIC_EMPLOYMENT_SERVICE);
    }
    EnumSet<ClauseRef> s = EnumSet.of(ClauseRef.JOB_DEMAND_ASSESSMENT);
    if (q instanceof PolicyQuestion.Recruitment) {
      s.add(ClauseRef.PROJECT_CONSTRUCTION);
    } else if (q instanceof PolicyQuestion.Subsidies) {
      s.add(ClauseRef.SKILLS_TRAINING_PLAN);
      s.add(ClauseRef.SKILLED_TALENT_RESERVE);
    } else if (q instanceof PolicyQuestion.StandingDuties) {
      s.add(ClauseRef.LINKAGE_GOALS);
      s.add(ClauseRef.INVESTMENT_PROMOTION);
      s.add(ClauseRef.SKILLED_TALENT_RESERVE);
      s.add(ClauseRef.SERVICE_SPECIALISTS);
      s.add(ClauseRef.FORWARDING_NOTICE);
    } else if (q instanceof PolicyQuestion.Obligations o) {
      ProjectEventKind kind = o.event().kind();
      switch (kind) {
        case PROJECT_APPROVED -> s.add(ClauseRef.LINKAGE_GOALS);
        case INVESTMENT_AGREEMENT_SIGNED -> s.add(ClauseRef.INVESTMENT_PROMOTION);
        case LAND_EXPROPRIATION_NOTICE -> {
          s.add(ClauseRef.LAND_EXPROPRIATION);
          s.add(ClauseRef.SKILLS_TRAINING_PLAN);
        }
        case CONSTRUCTION_STARTED, CONSTRUCTION_COMPLETED, LABOUR_SHORTFALL ->
            s.add(ClauseRef.PROJECT_CONSTRUCTION);
        case RECRUITMENT_OPENED -> {
          s.add(ClauseRef.PROJECT_CONSTRUCTION);
          s.add(ClauseRef.PUBLIC_EMPLOYMENT_SERVICE);
        }
        case TRAINING_NEED_IDENTIFIED -> s.add(ClauseRef.SKILLS_TRAINING_PLAN);
        case ISSUE_RAISED, ISSUE_CLOSED -> s.add(ClauseRef.SERVICE_SPECIALISTS);
      }
    }
    return s;
  }

  private static void cite(List<Reason> reasons, Set<ClauseRef> allowed, String where) {
    for (Reason r : reasons) {
      String what = where + ": reason " + r.code();
      if (!CODE.matcher(r.code().name()).matches()) {
        throw new AssertionError(
            where + ": reason code '" + r.code() + "' is not upper-case ASCII with underscores");
      }
      texts(r.zh(), r.en(), what);
      clause(r.clause(), allowed, what);
    }
  }

  private static void duty(Duty duty, Set<ClauseRef> allowed) {
    String what = "duty " + duty.code();
    texts(duty.zh(), duty.en(), what);
    clause(duty.clause(), allowed, what);
    // every clause of 83号 closes with its 责任单位; the forwarding notice 66号 has none
    if (duty.responsibleUnits().isEmpty() != (duty.clause() == ClauseRef.FORWARDING_NOTICE)) {
      throw new AssertionError(what + " names no responsible unit (责任单位)");
    }
    cite(duty.reasons(), allowed, what);
  }

  private static void texts(String zh, String en, String what) {
    for (String t : List.of(zh, en)) {
      if (t.isBlank() || t.indexOf('{') >= 0 || t.indexOf('}') >= 0) {
        throw new AssertionError(what + " has a blank or unfilled text: \"" + t + "\"");
      }
    }
  }

  private static void clause(ClauseRef clause, Set<ClauseRef> allowed, String what) {
    String c = clause.canonical();
    if (clause == ClauseRef.FORWARDING_NOTICE) {
      // 瓦政办发〔2018〕66号, cited by its number alone: only its standing duty
      if (!allowed.contains(clause)
          || !c.equals(ClauseRef.FORWARDING_NUMBER)
          || !PolicyDocuments.dalian2018Text().contains(clause.words())) {
        throw new AssertionError(what + " cites '" + c + "', which does not govern this question");
      }
      return;
    }
    Matcher m = CANONICAL.matcher(c);
    if (!m.matches()) {
      throw new AssertionError(
          what
              + " cites '"
              + c
              + "', which is not of the form '大政办发〔2018〕83号 二（三）' or"
              + " '大政办发〔2018〕83号 三 末段（服务专员）'");
    }
    if (m.group(1) != null && !m.group(1).equals(PART_OF_ITEM.get(m.group(2)))) {
      throw new AssertionError(
          what + " cites '" + c + "', but item （" + m.group(2) + "） is not in part " + m.group(1));
    }
    if (ClauseRef.parse(c) != clause) {
      throw new AssertionError(what + " cites '" + c + "', which names another clause");
    }
    String words = clause.words();
    if (words.isBlank() || !PolicyDocuments.dalian2018Text().contains(words)) {
      throw new AssertionError(what + " cites '" + c + "', whose words are not in the document");
    }
    if (m.group(2) != null && !words.startsWith("（" + m.group(2) + "）")) {
      throw new AssertionError(
          what + " cites '" + c + "', whose words do not start with （" + m.group(2) + "）");
    }
    if (!allowed.contains(clause)) {
      throw new AssertionError(
          what
              + " cites "
              + c
              + ", which does not govern this question; expected one of "
              + canonicals(allowed));
    }
  }

  private static List<String> canonicals(Set<ClauseRef> clauses) {
    List<String> list = new ArrayList<>();
    for (ClauseRef c : clauses) {
      list.add(c.canonical());
    }
    return list;
  }
}
