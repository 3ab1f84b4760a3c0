package org.employmentlinkage.gates;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.jackson.LinkageModule;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.spark.LinkageSpark;
import org.employmentlinkage.testkit.Generator;
import org.junit.jupiter.api.Test;

/**
 * The architecture gate over the whole reactor: the five library modules (core, rules, testkit, io,
 * jackson), the three applications (the command line, the embedding examples and the duty register)
 * and linkage-spark, as built (jars in a reactor {@code verify}, class directories in a reactor
 * {@code test}), without their tests.
 *
 * <ul>
 *   <li>linkage-core depends on nothing else of ours; rules only on core; testkit, io and jackson
 *       only on core and rules; of the applications the duty register (it stores decisions as
 *       linkage/1 JSON) and the command line (its JSON shares reasons, missing facts and versions
 *       with linkage/1) depend on jackson, the examples do not; the three applications depend on
 *       nothing of each other. The duty register is an application like the examples (a worked
 *       example, no module-info, not in the BOM): its packages count as its own, and it gets no
 *       exemption.
 *   <li>linkage-spark depends on core, rules and io only, and nothing depends on it. It has no
 *       {@code module-info} and is exempt from the module-descriptor checks below and from the root
 *       POM's {@code library} profile: every Spark jar carries the package {@code
 *       org.apache.spark.unused}, so Spark cannot be read from the module path, nor can a module
 *       that requires it ({@code docs/spark.md}). Its classes are still held to the dependency and
 *       internal-package rules.
 *   <li>No module reaches into another module's {@code internal} packages. The sanctioned
 *       exceptions are two qualified exports of core: the shared Immutables style annotation
 *       {@value #SHARED_STYLE}, exported to rules and testkit only: every value type of the three
 *       libraries must be generated with the same {@code @Value.Style} (package-private
 *       implementation, the public nested {@code Builder}, JDK-only collections), and an annotation
 *       cannot be shared any other way without making it API (its retention is {@code CLASS}:
 *       embedders never see it at run time); and the message loader {@value #SHARED_MESSAGES},
 *       exported to rules only, so that the library has one loader of its zh-CN and en texts
 *       instead of a copy per module. Beside the style, rules may use {@value #SHARED_FORMS}, the
 *       one way every value type reads its serialized form (a defence against crafted streams is
 *       not copied per module).
 *   <li>No public or protected method, constructor or field of an exported package takes or returns
 *       a Guava type, an {@code Immutable*} class or a type of an {@code internal} package. The
 *       nested public {@code Builder} of a value type, which extends the generated builder, is the
 *       one allowed bridge: every method reachable through it returns the public {@code Builder} or
 *       the public value type, never the generated {@code Immutable*} class.
 * </ul>
 *
 * <p>Javadoc completeness of exported packages is not checked here: the javadoc tool's doclint
 * ({@code -Xdoclint:all}, warnings failing) does it in the {@code library} profile of the root POM,
 * which is active in every module with a {@code module-info.java} (core, rules, testkit, io,
 * jackson).
 */
class ArchitectureGateTest {
  /** The one internal type another module may use. */
  static final String SHARED_STYLE = "org.employmentlinkage.core.internal.style.LinkageStyle";

  /** The one internal class rules may use besides the style: core's message loader. */
  static final String SHARED_MESSAGES = "org.employmentlinkage.policy.internal.Messages";

  /** The helper of the serialized forms, beside the style, used by rules' value types. */
  static final String SHARED_FORMS = "org.employmentlinkage.core.internal.style.SerialForms";

  private static final String EXAMPLES = "linkage-examples";

  private static final String CLI = "linkage-cli";

  private static final String SPARK = "linkage-spark";

  private static final String REGISTER = "linkage-duty-register";

  /** Module name → descriptor of each library module, read from its module-info.class. */
  private static final Map<String, ModuleDescriptor> LIBRARIES = libraries();

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // linkage-core's test jar (the bad-input catalogue's engine) is on the test class path:
          // as target/test-classes in a reactor build up to `test`, as the -tests.jar from
          // `package`
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.employmentlinkage");

  private static Map<String, ModuleDescriptor> libraries() {
    Map<String, ModuleDescriptor> map = new LinkedHashMap<>();
    for (Class<?> c :
        List.of(
            Money.class,
            LinkagePolicy.class,
            Generator.class,
            PolicySettings.class,
            LinkageModule.class)) {
      ModuleDescriptor d = descriptorOf(c);
      map.put(d.name(), d);
    }
    return map;
  }

  private static ModuleDescriptor descriptorOf(Class<?> c) {
    try {
      Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      Set<ModuleReference> refs = ModuleFinder.of(location).findAll();
      assertThat(refs).as("module-info of %s at %s", c, location).hasSize(1);
      return refs.iterator().next().descriptor();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The module a class of ours belongs to: a library module's name, linkage-cli, linkage-spark,
   * linkage-examples or linkage-duty-register.
   */
  static Optional<String> moduleOf(JavaClass c) {
    String pkg = c.getPackageName();
    for (ModuleDescriptor d : LIBRARIES.values()) {
      if (d.packages().contains(pkg)) {
        return Optional.of(d.name());
      }
    }
    if (pkg.equals("org.employmentlinkage.cli") || pkg.startsWith("org.employmentlinkage.cli.")) {
      return Optional.of(CLI);
    }
    if (pkg.equals("org.employmentlinkage.spark")
        || pkg.startsWith("org.employmentlinkage.spark.")) {
      return Optional.of(SPARK);
    }
    if (pkg.equals("org.employmentlinkage.register")
        || pkg.startsWith("org.employmentlinkage.register.")) {
      return Optional.of(REGISTER);
    }
    return pkg.startsWith("org.employmentlinkage.examples")
        ? Optional.of(EXAMPLES)
        : Optional.empty();
  }

  /** The packages a library module exports to everyone. */
  private static Set<String> exportedPackages() {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor d : LIBRARIES.values()) {
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (!e.isQualified()) {
          exported.add(e.source());
        }
      }
    }
    return exported;
  }

  @Test
  void theFiveLibraryModulesAreFoundWithTheirExports() {
    assertThat(LIBRARIES.keySet())
        .containsExactly(
            "org.employmentlinkage.core",
            "org.employmentlinkage.rules",
            "org.employmentlinkage.testkit",
            "org.employmentlinkage.io",
            "org.employmentlinkage.jackson");
    assertThat(exportedPackages())
        .containsExactly(
            "org.employmentlinkage.calendar",
            "org.employmentlinkage.domain",
            "org.employmentlinkage.io.records",
            "org.employmentlinkage.io.settings",
            "org.employmentlinkage.jackson",
            "org.employmentlinkage.money",
            "org.employmentlinkage.policy",
            "org.employmentlinkage.region",
            "org.employmentlinkage.rules",
            "org.employmentlinkage.testkit",
            "org.employmentlinkage.testkit.invariants",
            "org.employmentlinkage.testkit.junit",
            "org.employmentlinkage.testkit.quicktheories",
            "org.employmentlinkage.text");
    // Every class imported belongs to one of the nine modules (nothing slips past the rules
    // below).
    List<String> strays =
        CLASSES.stream()
            .filter(c -> moduleOf(c).isEmpty())
            .map(JavaClass::getName)
            .collect(Collectors.toList());
    assertThat(strays).isEmpty();
    assertThat(CLASSES.stream().map(ArchitectureGateTest::moduleOf).distinct().count())
        .isEqualTo(9);
  }

  /**
   * linkage-spark is the one module without a module-info, on purpose: it is not among the library
   * modules the descriptor checks read, and its jar (or class folder) has no descriptor. If it ever
   * gets one, this fails and the exemption must be revisited.
   */
  @Test
  void sparkIsExemptFromTheModuleRulesAndHasNoModuleInfo() throws URISyntaxException {
    Path location =
        Path.of(LinkageSpark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    boolean descriptor;
    if (Files.isDirectory(location)) {
      descriptor = Files.exists(location.resolve("module-info.class"));
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
        descriptor = jar.getEntry("module-info.class") != null;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(descriptor).as("module-info in %s", location).isFalse();
    assertThat(LIBRARIES.values())
        .noneMatch(d -> d.packages().contains(LinkageSpark.class.getPackageName()));
  }

  @Test
  void sparkDependsOnCoreRulesAndIoOnlyAndNothingOnSpark() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.testkit..",
            "org.employmentlinkage.jackson..",
            "org.employmentlinkage.cli..",
            "org.employmentlinkage.examples..",
            "org.employmentlinkage.register..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.employmentlinkage.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.employmentlinkage.spark..")
        .check(CLASSES);
  }

  @Test
  void theOnlyQualifiedExportsAreTheSharedStyleAndTheMessageLoader() {
    List<String> qualified = new ArrayList<>();
    for (ModuleDescriptor d : LIBRARIES.values()) {
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (e.isQualified()) {
          qualified.add(d.name() + ": " + e.source() + " to " + new TreeSet<>(e.targets()));
        }
      }
    }
    assertThat(qualified)
        .containsExactlyInAnyOrder(
            "org.employmentlinkage.core: org.employmentlinkage.core.internal.style to"
                + " [org.employmentlinkage.rules, org.employmentlinkage.testkit]",
            "org.employmentlinkage.core: org.employmentlinkage.policy.internal to"
                + " [org.employmentlinkage.rules]");
  }

  /**
   * ADR 0006: an implementation class is package-private beside the facade that uses it. An {@code
   * internal} package exists only to share implementation with another linkage module through a
   * qualified export; every package of a library module whose name says internal is such an export.
   */
  @Test
  void internalPackagesExistOnlyAsQualifiedExports() {
    List<String> problems = new ArrayList<>();
    for (ModuleDescriptor d : LIBRARIES.values()) {
      Set<String> qualified = new TreeSet<>();
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (e.isQualified()) {
          qualified.add(e.source());
        }
      }
      for (String pkg : new TreeSet<>(d.packages())) {
        if (isInternal(pkg) && !qualified.contains(pkg)) {
          problems.add(
              d.name()
                  + ": "
                  + pkg
                  + " is internal but no other module may use it: make its classes"
                  + " package-private beside the facade that uses them");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * ADR 0006: every class of an internal package is used by another linkage module (the reason the
   * package exists); one used only inside its own module belongs package-private beside its user.
   */
  @Test
  void everyInternalClassIsUsedByAnotherModule() {
    List<String> unused = new ArrayList<>();
    int internalClasses = 0;
    for (JavaClass c : CLASSES) {
      if (!isInternal(c.getPackageName())
          || c.getSimpleName().equals("package-info")
          || !c.isTopLevelClass()) {
        continue;
      }
      internalClasses++;
      String own = moduleOf(c).orElseThrow();
      boolean usedElsewhere =
          c.getDirectDependenciesToSelf().stream()
              .map(dep -> moduleOf(dep.getOriginClass()))
              .anyMatch(m -> m.isPresent() && !m.get().equals(own));
      if (!usedElsewhere) {
        unused.add(c.getName() + " is used only inside " + own);
      }
    }
    assertThat(internalClasses).as("internal classes found").isPositive();
    assertThat(unused).isEmpty();
  }

  @Test
  void coreDependsOnNothingOfTheOtherModules() {
    noClasses()
        .that()
        .resideInAnyPackage(
            LIBRARIES.get("org.employmentlinkage.core").packages().toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.rules..",
            "org.employmentlinkage.testkit..",
            "org.employmentlinkage.io..",
            "org.employmentlinkage.jackson..",
            "org.employmentlinkage.cli..",
            "org.employmentlinkage.examples..",
            "org.employmentlinkage.register..")
        .check(CLASSES);
  }

  /**
   * ADR 0005: core and rules use nothing at run time but the JDK and each other. JSpecify's and
   * Immutables' annotations are compile-time only ({@code requires static}); no Guava, no other
   * library, so an embedder gets no version conflict from us.
   */
  @Test
  void coreAndRulesNeedNoLibraryAtRunTime() {
    List<String> packages = new ArrayList<>();
    packages.addAll(LIBRARIES.get("org.employmentlinkage.core").packages());
    packages.addAll(LIBRARIES.get("org.employmentlinkage.rules").packages());
    classes()
        .that()
        .resideInAnyPackage(packages.toArray(String[]::new))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "org.employmentlinkage..", "org.jspecify.annotations", "org.immutables.value")
        .check(CLASSES);
  }

  @Test
  void eachModuleDependsOnlyOnTheModulesBelowIt() {
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.testkit..",
            "org.employmentlinkage.io..",
            "org.employmentlinkage.jackson..",
            "org.employmentlinkage.cli..",
            "org.employmentlinkage.examples..",
            "org.employmentlinkage.register..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.io..",
            "org.employmentlinkage.jackson..",
            "org.employmentlinkage.cli..",
            "org.employmentlinkage.examples..",
            "org.employmentlinkage.register..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.testkit..",
            "org.employmentlinkage.jackson..",
            "org.employmentlinkage.cli..",
            "org.employmentlinkage.examples..",
            "org.employmentlinkage.register..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.jackson..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.employmentlinkage.testkit..",
            "org.employmentlinkage.io..",
            "org.employmentlinkage.cli..",
            "org.employmentlinkage.examples..",
            "org.employmentlinkage.register..")
        .check(CLASSES);
    // Of the applications, the duty register (it stores decisions as linkage/1 JSON) and the
    // command line (it writes the parts its JSON shares with linkage/1 through it) depend on
    // linkage-jackson; the embedding examples do not.
    noClasses()
        .that()
        .resideInAnyPackage("org.employmentlinkage.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.employmentlinkage.jackson..")
        .check(CLASSES);
    // The three applications depend on nothing of each other.
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.employmentlinkage.cli..", "org.employmentlinkage.register..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.employmentlinkage.examples..", "org.employmentlinkage.register..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.employmentlinkage.register..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.employmentlinkage.cli..", "org.employmentlinkage.examples..")
        .check(CLASSES);
  }

  @Test
  void noModuleReachesIntoAnotherModulesInternals() {
    classes().should(notUseAnotherModulesInternals(true)).check(CLASSES);
  }

  /**
   * The rule can fail: without its exceptions it flags exactly the uses of the shared style and of
   * the serialized-form helper by rules' value types and of the message loader by rules' texts, and
   * nothing else.
   */
  @Test
  void withoutTheExceptionsTheRuleFlagsTheSharedStyleAndMessageLoaderUses() {
    EvaluationResult result =
        classes().should(notUseAnotherModulesInternals(false)).evaluate(CLASSES);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "org.employmentlinkage.rules reaches into org.employmentlinkage.core")
                    .containsAnyOf(SHARED_STYLE, SHARED_MESSAGES, SHARED_FORMS));
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains(SHARED_STYLE))
        .anySatisfy(line -> assertThat(line).contains(SHARED_MESSAGES))
        .anySatisfy(line -> assertThat(line).contains(SHARED_FORMS));
  }

  private static ArchCondition<JavaClass> notUseAnotherModulesInternals(boolean allowExceptions) {
    return new ArchCondition<>("use no internal package of another module") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String from = moduleOf(c).orElseThrow();
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          Optional<String> to = moduleOf(target);
          if (to.isEmpty() || to.get().equals(from) || !isInternal(target.getPackageName())) {
            continue;
          }
          boolean sanctioned =
              allowExceptions
                  && ((target.getName().equals(SHARED_STYLE)
                          && Set.of("org.employmentlinkage.rules", "org.employmentlinkage.testkit")
                              .contains(from))
                      || ((target.getName().equals(SHARED_MESSAGES)
                              || target.getName().equals(SHARED_FORMS))
                          && from.equals("org.employmentlinkage.rules")));
          if (!sanctioned) {
            events.add(
                SimpleConditionEvent.violated(
                    d, from + " reaches into " + to.get() + ": " + d.getDescription()));
          }
        }
      }
    };
  }

  private static boolean isInternal(String pkg) {
    return pkg.endsWith(".internal") || pkg.contains(".internal.");
  }

  @Test
  void publicSignaturesOfExportedPackagesUseNoGuavaImmutableOrInternalType() {
    List<String> leaks = new ArrayList<>();
    Set<String> exported = exportedPackages();
    int checked = 0;
    for (JavaClass c : CLASSES) {
      if (!exported.contains(c.getPackageName()) || !isAccessible(c)) {
        continue;
      }
      for (JavaCodeUnit u : apiCodeUnits(c)) {
        checked++;
        for (JavaClass t : u.getAllInvolvedRawTypes()) {
          forbidden(t)
              .ifPresent(why -> leaks.add(u.getFullName() + " (via " + c.getName() + ")" + why));
        }
      }
      for (JavaField f : c.getAllFields()) {
        if (isApi(f.getModifiers(), c)
            && f.getOwner().getPackageName().startsWith("org.employmentlinkage")) {
          for (JavaClass t : f.getType().getAllInvolvedRawTypes()) {
            forbidden(t).ifPresent(why -> leaks.add(f.getFullName() + why));
          }
        }
      }
    }
    assertThat(checked).as("API methods and constructors checked").isGreaterThan(500);
    assertThat(leaks).isEmpty();
  }

  /** The signature rule recognises each kind of forbidden type (so it can fail). */
  @Test
  void theSignatureRuleRecognisesForbiddenTypes() {
    assertThat(forbidden(CLASSES.get("org.employmentlinkage.calendar.ImmutableDeadline")))
        .hasValueSatisfying(why -> assertThat(why).contains("generated type"));
    assertThat(forbidden(CLASSES.get("org.employmentlinkage.calendar.ImmutableDeadline$Builder")))
        .hasValueSatisfying(why -> assertThat(why).contains("generated type"));
    assertThat(forbidden(CLASSES.get("org.employmentlinkage.policy.internal.Messages")))
        .hasValueSatisfying(why -> assertThat(why).contains("internal type"));
    assertThat(forbidden("com.google.common.collect.ImmutableList"))
        .hasValueSatisfying(why -> assertThat(why).contains("Guava type"));
    assertThat(forbidden(CLASSES.get(Money.class))).isEmpty();
    assertThat(forbidden(CLASSES.get("org.employmentlinkage.calendar.Deadline$Builder"))).isEmpty();
  }

  @Test
  void theBuilderOfAValueTypeIsTheOnlyBridgeToGeneratedCode() {
    List<String> problems = new ArrayList<>();
    int builders = 0;
    for (JavaClass c : CLASSES) {
      if (c.getSimpleName().startsWith("Immutable") && c.isTopLevelClass()) {
        if (c.getModifiers().contains(JavaModifier.PUBLIC)) {
          problems.add(c.getName() + " is public");
        }
        continue;
      }
      if (!isAccessible(c) || c.getRawSuperclass().isEmpty()) {
        continue;
      }
      JavaClass superclass = c.getRawSuperclass().get();
      Optional<JavaClass> generated =
          superclass.getEnclosingClass().filter(e -> e.getSimpleName().startsWith("Immutable"));
      if (generated.isEmpty()) {
        continue;
      }
      builders++;
      Optional<JavaClass> value = c.getEnclosingClass();
      if (!c.getSimpleName().equals("Builder")
          || value.isEmpty()
          || !generated.get().getName().equals(immutableNameOf(value.get()))
          || !superclass.getSimpleName().equals("Builder")) {
        problems.add(c.getName() + " extends " + superclass.getName() + " but is not X.Builder");
        continue;
      }
      for (JavaCodeUnit u : apiCodeUnits(c)) {
        if (u.isConstructor()) {
          continue;
        }
        String returned = u.getRawReturnType().getName();
        if (!returned.equals(c.getName()) && !returned.equals(value.get().getName())) {
          problems.add(u.getFullName() + " returns " + returned + " through " + c.getName());
        }
      }
    }
    assertThat(builders).as("value-type builders found").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  private static String immutableNameOf(JavaClass value) {
    return value.getPackageName() + ".Immutable" + value.getSimpleName();
  }

  /** Public, and every enclosing class public: reachable by embedders. */
  private static boolean isAccessible(JavaClass c) {
    for (Optional<JavaClass> x = Optional.of(c); x.isPresent(); x = x.get().getEnclosingClass()) {
      if (!x.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isLocalClass();
  }

  /**
   * The code units embedders can call through {@code c}: its public and (if it can be subclassed)
   * protected constructors, and the public and protected methods it declares or inherits from
   * classes of ours (the JDK's own, such as {@code Object.equals}, are not our API).
   */
  private static List<JavaCodeUnit> apiCodeUnits(JavaClass c) {
    List<JavaCodeUnit> units = new ArrayList<>();
    for (JavaCodeUnit u : c.getConstructors()) {
      if (isApi(u.getModifiers(), c)) {
        units.add(u);
      }
    }
    for (JavaCodeUnit u : c.getAllMethods()) {
      if (isApi(u.getModifiers(), c)
          && u.getOwner().getPackageName().startsWith("org.employmentlinkage")
          && !u.getModifiers().contains(JavaModifier.SYNTHETIC)
          && !u.getModifiers().contains(JavaModifier.BRIDGE)) {
        units.add(u);
      }
    }
    return units;
  }

  private static boolean isApi(Set<JavaModifier> modifiers, JavaClass owner) {
    return modifiers.contains(JavaModifier.PUBLIC)
        || (modifiers.contains(JavaModifier.PROTECTED)
            && !owner.getModifiers().contains(JavaModifier.FINAL));
  }

  private static Optional<String> forbidden(JavaClass t) {
    return forbidden(t.getName());
  }

  /** Why a type (by binary name) must not appear in an API signature, if it must not. */
  static Optional<String> forbidden(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    String pkg = dot < 0 ? "" : binaryName.substring(0, dot);
    String topLevel = binaryName.substring(dot + 1).split("\\$", -1)[0];
    if (pkg.startsWith("com.google.")) {
      return Optional.of(": Guava type " + binaryName);
    }
    if (pkg.startsWith("org.employmentlinkage")) {
      if (topLevel.startsWith("Immutable")) {
        return Optional.of(": generated type " + binaryName);
      }
      if (isInternal(pkg)) {
        return Optional.of(": internal type " + binaryName);
      }
    }
    return Optional.empty();
  }
}
