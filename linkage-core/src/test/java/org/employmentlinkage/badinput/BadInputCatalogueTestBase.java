package org.employmentlinkage.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two tests every module's bad-input catalogue runs: every public entry point of its exported
 * packages is walked or exempt with a reason, and the walk finds no input refused other than as its
 * javadoc documents. A module's test class extends this and says what its catalogue is.
 */
public abstract class BadInputCatalogueTestBase {

  /** For subclasses. */
  protected BadInputCatalogueTestBase() {}

  /**
   * The module's catalogue with its curated cases.
   *
   * @return the catalogue
   */
  protected abstract BadInputCatalogue curatedCatalogue();

  /**
   * Arguments of a valid call, as an array.
   *
   * @param args the arguments
   * @return {@code args}
   */
  protected static Object[] args(Object... args) {
    return args;
  }

  /** No public entry point is forgotten: each is walked or exempt with its reason. */
  @Test
  public void everyEntryPointIsWalkedOrExempt() {
    List<String> problems = curatedCatalogue().coverageProblems();
    problems.forEach(System.out::println);
    assertThat(problems).isEmpty();
  }

  /**
   * Null, empty, negative, far dates, unknown codes and malformed text are refused as documented.
   */
  @Test
  public void badInputIsRefusedAsDocumented() {
    BadInputCatalogue c = curatedCatalogue();
    List<BadInputCatalogue.Finding> findings = c.walk();
    System.out.println(c.report(findings));
    assertThat(findings).isEmpty();
  }
}
