package org.employmentlinkage.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The embedding examples use the libraries as any embedder would: through their exported API, never
 * their {@code internal} packages (which {@code module-info} does not export, but which a
 * class-path build could still reach).
 */
class ArchitectureTest {
  private static final JavaClasses EXAMPLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.employmentlinkage.examples");

  @Test
  void onlyTheLibrariesPublicApi() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.calendar.internal..",
            "org.employmentlinkage.money.internal..",
            "org.employmentlinkage.core.internal..",
            "org.employmentlinkage.rules.internal..",
            "org.employmentlinkage.policy.internal..")
        .check(EXAMPLES);
  }

  /** The embedding examples are usable without the command line, as embedders would copy them. */
  @Test
  void embeddingExamplesDoNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.examples")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.cli..", "picocli..", "com.fasterxml..", "de.siegmar..")
        .check(EXAMPLES);
  }
}
