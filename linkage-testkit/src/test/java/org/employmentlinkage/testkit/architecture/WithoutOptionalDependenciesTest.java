package org.employmentlinkage.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * A tester who uses neither QuickTheories nor JUnit gets neither, and the generators work without
 * them: on a class path holding only linkage's own classes, and in a module layer resolved without
 * the modules {@code quicktheories} and {@code org.junit.jupiter.api}.
 */
class WithoutOptionalDependenciesTest {
  private static final String MODULE = "org.employmentlinkage.testkit";

  private static Path locationOf(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The testkit, core and rules classes (directories or jars), nothing else. */
  private static List<Path> linkageOnly() throws Exception {
    return List.of(
        locationOf(Generators.class),
        locationOf(ChinaCalendars.class),
        locationOf(LinkagePolicy.class));
  }

  @Test
  void theGeneratorsRunOnAClassPathWithoutQuickTheoriesOrJUnit() throws Exception {
    URL[] urls = new URL[3];
    List<Path> paths = linkageOnly();
    for (int i = 0; i < urls.length; i++) {
      urls[i] = paths.get(i).toUri().toURL();
    }
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("org.quicktheories.core.Gen"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("org.junit.jupiter.api.Test"))
          .isInstanceOf(ClassNotFoundException.class);

      List<?> dates = sampleOfDates(loader, 200);
      assertThat(dates).hasSize(200);
      assertThat(dates.get(0).getClass()).isEqualTo(java.time.LocalDate.class);
      assertThat(runTheCatalogue(loader)).isEqualTo(9);

      Class<?> moneyGenerators =
          Class.forName("org.employmentlinkage.testkit.MoneyGenerators", true, loader);
      Object amounts = moneyGenerators.getMethod("amounts").invoke(null);
      Class<?> generator = loader.loadClass("org.employmentlinkage.testkit.Generator");
      assertThat(
              (List<?>)
                  generator.getMethod("sample", long.class, int.class).invoke(amounts, 1L, 50))
          .hasSize(50);

      // Only the adapter needs QuickTheories, and only when it is used.
      Class<?> adapter =
          Class.forName(
              "org.employmentlinkage.testkit.quicktheories.QuickTheoriesAdapter", false, loader);
      Throwable failure =
          catchThrowable(
              () -> {
                Method gen = adapter.getMethod("gen", generator);
                gen.invoke(null, amounts);
              });
      Throwable root = failure instanceof InvocationTargetException ? failure.getCause() : failure;
      assertThat(root)
          .isInstanceOf(NoClassDefFoundError.class)
          .hasMessageContaining("org/quicktheories");
    }
  }

  private static List<?> sampleOfDates(ClassLoader loader, int count) throws Exception {
    Class<?> calendars =
        Class.forName("org.employmentlinkage.calendar.ChinaCalendars", true, loader);
    Class<?> calendarType = loader.loadClass("org.employmentlinkage.calendar.WorkingDayCalendar");
    Object official = calendars.getMethod("official").invoke(null);
    Class<?> calendarGenerators =
        Class.forName("org.employmentlinkage.testkit.CalendarGenerators", true, loader);
    Object generators = calendarGenerators.getMethod("of", calendarType).invoke(null, official);
    Object dates = calendarGenerators.getMethod("dates").invoke(generators);
    Class<?> generator = loader.loadClass("org.employmentlinkage.testkit.Generator");
    return (List<?>) generator.getMethod("sample", long.class, int.class).invoke(dates, 1L, count);
  }

  /**
   * Runs every invariant of the catalogue on the shipped policy, 50 cases each; returns how many.
   */
  private static int runTheCatalogue(ClassLoader loader) throws Exception {
    Class<?> policies = Class.forName("org.employmentlinkage.rules.LinkagePolicies", true, loader);
    Object shipped = policies.getMethod("dalian2018").invoke(null);
    Class<?> invariants =
        Class.forName("org.employmentlinkage.testkit.invariants.PolicyInvariants", true, loader);
    Class<?> policyType = loader.loadClass("org.employmentlinkage.rules.LinkagePolicy");
    List<?> all = (List<?>) invariants.getMethod("all", policyType).invoke(null, shipped);
    Class<?> invariant =
        loader.loadClass("org.employmentlinkage.testkit.invariants.PolicyInvariant");
    for (Object i : all) {
      invariant.getMethod("check", long.class, int.class).invoke(i, 1L, 50);
    }
    return all.size();
  }

  @Test
  void theModuleResolvesAndRunsWithoutItsOptionalModules() throws Exception {
    ModuleFinder finder = ModuleFinder.of(linkageOnly().toArray(new Path[0]));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of(MODULE));
    Set<String> resolved = cf.modules().stream().map(m -> m.name()).collect(Collectors.toSet());
    assertThat(resolved)
        .contains(MODULE, "org.employmentlinkage.rules", "org.employmentlinkage.core")
        .doesNotContain("quicktheories", "org.junit.jupiter.api");
    ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader(MODULE);
    List<?> dates = sampleOfDates(loader, 100);
    assertThat(dates).hasSize(100);
    assertThat(runTheCatalogue(loader)).isEqualTo(9);
    assertThat(loader.loadClass("org.employmentlinkage.testkit.Generator").getModule().getName())
        .isEqualTo(MODULE);
  }

  @Test
  void theModuleExportsTheApiAndNeedsTheEnginesOnlyStatically() throws Exception {
    ModuleDescriptor d =
        ModuleFinder.of(locationOf(Generators.class)).find(MODULE).orElseThrow().descriptor();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder(
            "org.employmentlinkage.testkit",
            "org.employmentlinkage.testkit.invariants",
            "org.employmentlinkage.testkit.quicktheories",
            "org.employmentlinkage.testkit.junit");
    for (String engine : List.of("quicktheories", "org.junit.jupiter.api")) {
      assertThat(d.requires())
          .filteredOn(r -> r.name().equals(engine))
          .singleElement()
          .satisfies(
              r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
  }
}
