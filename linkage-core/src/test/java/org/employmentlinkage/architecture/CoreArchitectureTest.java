package org.employmentlinkage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** linkage-core is the bottom of the reactor: it depends on nothing else of ours. */
@AnalyzeClasses(
    packages = "org.employmentlinkage",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  private static final String[] OTHER_MODULES = {
    "org.employmentlinkage.rules..",
    "org.employmentlinkage.testkit..",
    "org.employmentlinkage.examples..",
    "org.employmentlinkage.benchmarks.."
  };

  @ArchTest
  static final ArchRule coreDependsOnNothingElseOfOurs =
      noClasses()
          .that()
          .resideOutsideOfPackages(OTHER_MODULES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(OTHER_MODULES);

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdkAndAnnotations =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "org.jspecify.annotations..",
              "org.immutables.value..",
              "org.employmentlinkage..")
          .because("linkage-core is embedded in HR systems and must not drag dependencies along");
}
