package org.employmentlinkage.testkit.invariants;

import java.util.Objects;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.testkit.PolicyQuestion;

/**
 * A scope question and a total investment at least as high as its project's, for {@link
 * Invariant#MONOTONE_SCOPE}: the same project with more investment must not be less of a major
 * project.
 *
 * <p>Immutable and thread-safe.
 *
 * @param question the scope question; its project's total investment is given
 * @param increased the higher total investment, at least the project's
 */
public record InvestmentIncrease(PolicyQuestion.Scope question, Money increased) {
  /**
   * Checks the arguments.
   *
   * @param question the scope question; its project's total investment is given
   * @param increased the higher total investment, at least the project's
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the project's total investment is not given or is higher
   *     than {@code increased}
   */
  public InvestmentIncrease {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(increased, "increased");
    Money given =
        question
            .project()
            .totalInvestment()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "InvestmentIncrease: the project's total investment must be given"));
    if (increased.compareTo(given) < 0) {
      throw new IllegalArgumentException(
          "InvestmentIncrease: increased "
              + increased
              + " is less than the project's total investment "
              + given);
    }
  }

  /**
   * The question's project with the increased total investment, every other fact the same.
   *
   * @return the project
   */
  public Project increasedProject() {
    return Project.builder().from(question.project()).totalInvestment(increased).build();
  }
}
