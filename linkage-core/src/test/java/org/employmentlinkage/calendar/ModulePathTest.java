package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in data loads on the module path too: {@code target/classes} is resolved as the named
 * module {@code org.employmentlinkage.core} in a fresh {@link ModuleLayer} (whose class loader does
 * not see the test class path), and the calendar is called reflectively through it.
 */
class ModulePathTest {

  private static final String MODULE = "org.employmentlinkage.core";

  @Test
  void theOfficialAndProvisionalCalendarsLoadInANamedModule() throws Exception {
    Path classes = classesDirectory();
    assertThat(classes.resolve("module-info.class")).exists();
    ModuleFinder finder = ModuleFinder.of(classes);
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of(MODULE));
    ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader(MODULE);

    Class<?> calendars = loader.loadClass("org.employmentlinkage.calendar.ChinaCalendars");
    Class<?> calendarType = loader.loadClass("org.employmentlinkage.calendar.WorkingDayCalendar");
    assertThat(calendars).isNotSameAs(ChinaCalendars.class);
    assertThat(calendars.getModule().isNamed()).isTrue();
    assertThat(calendars.getModule().getName()).isEqualTo(MODULE);
    assertThat(calendars.getModule().getLayer()).isSameAs(layer);

    Object official = calendars.getMethod("official").invoke(null);
    assertThat(official.getClass().getModule().getName()).isEqualTo(MODULE);
    assertThat(calendarType.getMethod("coverage").invoke(official).toString())
        .isEqualTo("2018-01-01..2026-12-31");
    // 国办发明电〔2024〕12号: 10月1日至8日 includes Saturday 2025-10-04; 9月28日（周日）上班.
    assertThat(
            calendarType
                .getMethod("dayKind", LocalDate.class)
                .invoke(official, LocalDate.of(2025, 10, 4))
                .toString())
        .isEqualTo("HOLIDAY");
    assertThat(
            calendarType
                .getMethod("dayKind", LocalDate.class)
                .invoke(official, LocalDate.of(2025, 9, 28))
                .toString())
        .isEqualTo("MAKEUP_WORKDAY");
    assertThat(
            calendarType
                .getMethod("plusWorkingDays", LocalDate.class, int.class)
                .invoke(official, LocalDate.of(2025, 9, 26), 30))
        .isEqualTo(LocalDate.of(2025, 11, 13));

    Object provisional = calendars.getMethod("provisional").invoke(null);
    assertThat(
            calendarType
                .getMethod("isProvisional", LocalDate.class)
                .invoke(provisional, LocalDate.of(2027, 1, 1)))
        .isEqualTo(true);
  }

  private static Path classesDirectory() throws URISyntaxException {
    Path p =
        Path.of(ChinaCalendars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(Files.isDirectory(p))
        .as("linkage-core classes on the test class path: " + p)
        .isTrue();
    return p;
  }
}
