package org.employmentlinkage.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The generators and the invariant catalogue need no test engine: QuickTheories and JUnit are
 * optional dependencies, used only by the adapter and the contract suites, which the generators and
 * invariants never reference; they use linkage through its exported API only.
 */
@AnalyzeClasses(
    packages = "org.employmentlinkage.testkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {
  private static final String[] GENERATOR_PACKAGES = {
    "org.employmentlinkage.testkit", "org.employmentlinkage.testkit.invariants"
  };

  @ArchTest
  static final ArchRule generatorsNeedOnlyTheJdkAndLinkage =
      classes()
          .that()
          .resideInAnyPackage(GENERATOR_PACKAGES)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "org.jspecify.annotations..",
              "org.employmentlinkage.calendar",
              "org.employmentlinkage.money",
              "org.employmentlinkage.domain",
              "org.employmentlinkage.policy",
              "org.employmentlinkage.region",
              "org.employmentlinkage.rules",
              "org.employmentlinkage.testkit",
              "org.employmentlinkage.testkit.invariants")
          .because("a tester who uses neither QuickTheories nor JUnit must not need them");

  @ArchTest
  static final ArchRule theAdapterDoesNotNeedJUnit =
      noClasses()
          .that()
          .resideInAPackage("org.employmentlinkage.testkit.quicktheories..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.junit..", "org.employmentlinkage.testkit.junit..");

  @ArchTest
  static final ArchRule theContractSuiteDoesNotNeedQuickTheories =
      noClasses()
          .that()
          .resideInAPackage("org.employmentlinkage.testkit.junit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.quicktheories..", "org.employmentlinkage.testkit.quicktheories..");

  @ArchTest
  static final ArchRule theGeneratorsDoNotNeedTheInvariants =
      noClasses()
          .that()
          .resideInAPackage("org.employmentlinkage.testkit")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.employmentlinkage.testkit.invariants..");

  @ArchTest
  static final ArchRule noGuava =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.google.common..")
          .because("public signatures use JDK types, and the testkit needs no Guava inside");
}
