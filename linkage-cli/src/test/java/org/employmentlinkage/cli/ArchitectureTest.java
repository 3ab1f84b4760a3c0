package org.employmentlinkage.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line uses the libraries as any embedder would: through their exported API, never
 * their {@code internal} packages (which {@code module-info} does not export, but which a
 * class-path build could still reach); the holiday-cn import is usable without the command line.
 */
class ArchitectureTest {
  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.employmentlinkage.cli");

  @Test
  void onlyTheLibrariesPublicApi() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.calendar.internal..",
            "org.employmentlinkage.money.internal..",
            "org.employmentlinkage.core.internal..",
            "org.employmentlinkage.rules.internal..",
            "org.employmentlinkage.policy.internal..")
        .check(CLI);
  }

  /** The holiday-cn import is usable without the command line. */
  @Test
  void holidayCnImportDoesNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.cli.holidaycn..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.cli",
            "org.employmentlinkage.cli.batch..",
            "org.employmentlinkage.cli.commands..",
            "picocli..")
        .check(CLI);
  }
}
