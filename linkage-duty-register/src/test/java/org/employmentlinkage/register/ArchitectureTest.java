package org.employmentlinkage.register;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The register uses the libraries as any embedder would: through their exported API, never their
 * {@code internal} packages, and without the command line or the other examples.
 */
class ArchitectureTest {
  private static final JavaClasses REGISTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.employmentlinkage.register");

  @Test
  void onlyTheLibrariesPublicApi() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.register..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.employmentlinkage..internal..")
        .check(REGISTER);
  }

  @Test
  void noCommandLineNorOtherExamples() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.register..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.cli..", "org.employmentlinkage.examples..", "picocli..")
        .check(REGISTER);
  }

  /** The JDBC API and Flyway only: no driver's own classes but H2's data source of the command. */
  @Test
  void noDriverSpecificCodeButTheEmbeddedDefault() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.register..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.postgresql..", "io.zonky..", "com.zaxxer..")
        .check(REGISTER);
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.register..")
        .and()
        .doNotHaveSimpleName("H2Register")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.h2..")
        .check(REGISTER);
  }
}
