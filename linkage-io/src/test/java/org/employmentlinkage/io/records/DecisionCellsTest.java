package org.employmentlinkage.io.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScopeDecision;
import org.junit.jupiter.api.Test;

/** The decision cells shared by {@code linkage batch} and linkage-spark. */
class DecisionCellsTest {
  @Test
  void formulaCellsGetAQuoteAndOthersNot() {
    // OWASP "CSV Injection": = + - @ tab CR; ASVS 5.0 1.2.10 adds NUL
    for (String trigger : List.of("=", "+", "-", "@", "\t", "\r", "\0")) {
      assertThat(DecisionCells.escapeFormula(trigger + "SUM(A1)"))
          .isEqualTo("'" + trigger + "SUM(A1)");
    }
    for (String safe : List.of("", "P1", " =1", "'=1", "张三", "1-2")) {
      assertThat(DecisionCells.escapeFormula(safe)).isEqualTo(safe);
    }
  }

  @Test
  void majorIsEmptyUnlessTheOutcomeIsKnown() {
    assertThat(DecisionCells.major(Outcome.YES)).isEqualTo("true");
    assertThat(DecisionCells.major(Outcome.NO)).isEqualTo("false");
    assertThat(DecisionCells.major(Outcome.UNDETERMINED)).isEmpty();
    assertThat(DecisionCells.major(Outcome.NOT_IN_FORCE)).isEmpty();
  }

  @Test
  void anAssumedTypeComesFirstAndCitesJobDemandAssessment() {
    LinkagePolicy policy = LinkagePolicy.builder().build();
    Project p =
        Project.builder()
            .id("X")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.ofYuan(new BigDecimal("200000000")))
            .build();
    ScopeDecision d = policy.classify(p, LocalDate.of(2019, 6, 1));
    List<String> plain = DecisionCells.reasons(d, false);
    List<String> assumed = DecisionCells.reasons(d, true);
    assertThat(assumed.get(0)).isEqualTo("PROJECT_TYPE_ASSUMED");
    assertThat(assumed.subList(1, assumed.size())).isEqualTo(plain);
    assertThat(plain).doesNotHaveDuplicates().isNotEmpty();
    // 一（一） is where the 1亿元 scope is: the first clause of the document
    assertThat(DecisionCells.clauses(d, true)).first().isEqualTo("大政办发〔2018〕83号 一（一）");
    assertThat(DecisionCells.clauses(d, true)).doesNotHaveDuplicates();
  }
}
