package org.employmentlinkage.testkit.invariants;

import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;

/**
 * The check of {@link Invariant#ONE_YI_INCLUSIVE}; throws an {@link AssertionError} saying what
 * broke.
 */
final class OneYiInclusiveCheck {
  private OneYiInclusiveCheck() {}

  /** 1亿元, written as in 一（一） and not taken from the rules: 100,000,000.00元. */
  static final Money ONE_YI = Money.parse("1亿元");

  /** {@code project} as a construction project (建设项目) of exactly 1亿元, its other facts kept. */
  static Project atOneYi(Project project) {
    return Project.builder()
        .from(project)
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(ONE_YI)
        .build();
  }

  static void check(PolicyUnderTest policy, PolicyQuestion.Scope q) {
    if (!policy.validity().contains(q.asOf())) {
      return;
    }
    Project project = atOneYi(q.project());
    ScopeDecision d = policy.classify(project, q.asOf());
    if (d.outcome() != Outcome.YES) {
      throw new AssertionError(
          "a construction project (建设项目) of exactly "
              + ONE_YI.toDisplayString()
              + " ("
              + ONE_YI
              + "元) at "
              + project.location().map(Object::toString).orElse("an unknown location")
              + " is "
              + OneLine.of(d)
              + " on "
              + q.asOf()
              + ", a date the policy is in force; 大政办发〔2018〕83号 一（一） \"总投资额在1亿元以上建设项目\" includes"
              + " 1亿元 itself (以上 includes the number: 《民法典》第一千二百五十九条), under every region"
              + " (a region may only widen the scope), so the answer must be YES");
    }
  }
}
