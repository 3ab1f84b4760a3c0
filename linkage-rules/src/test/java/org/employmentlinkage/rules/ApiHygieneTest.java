package org.employmentlinkage.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API of linkage-rules uses JDK and linkage types only, never its internals. */
class ApiHygieneTest {
  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.employmentlinkage.rules");

  @Test
  void rulesDependOnlyOnTheJdkCoreAndAnnotations() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "org.jspecify.annotations..",
            "org.immutables.value..",
            "org.employmentlinkage..")
        .check(RULES);
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.testkit..",
            "org.employmentlinkage.examples..",
            "org.employmentlinkage.benchmarks..")
        .check(RULES);
  }

  @Test
  void publicSignaturesExposeNoInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (var javaClass : RULES) {
      if (javaClass.getPackageName().contains(".internal") || !isAccessible(javaClass)) {
        continue;
      }
      Class<?> c = Class.forName(javaClass.getName());
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
          check(leaks, m.toGenericString(), m.getGenericReturnType());
          for (Type t : m.getGenericParameterTypes()) {
            check(leaks, m.toGenericString(), t);
          }
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (Modifier.isPublic(k.getModifiers())) {
          for (Type t : k.getGenericParameterTypes()) {
            check(leaks, k.toGenericString(), t);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  /**
   * Public, and every enclosing class public: reachable by embedders (the public nested builder of
   * a package-private generated class, such as the configuration's, is not).
   */
  private static boolean isAccessible(com.tngtech.archunit.core.domain.JavaClass c) {
    for (java.util.Optional<com.tngtech.archunit.core.domain.JavaClass> x =
            java.util.Optional.of(c);
        x.isPresent();
        x = x.get().getEnclosingClass()) {
      if (!x.get().getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static void check(List<String> leaks, String where, Type type) {
    String name = type.getTypeName();
    if (name.contains(".internal.")
        || name.contains("com.google.")
        || name.contains(".Immutable")) {
      leaks.add(where);
    }
  }
}
