package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.rules.LinkagePolicy;
import org.junit.jupiter.api.Test;

/**
 * On the module path, with no package of ours opened: linkage-core, linkage-rules, linkage-jackson
 * and Jackson 2 resolved as named modules in a fresh {@link ModuleLayer} (whose class loader does
 * not see the test class path), the mapper writes and reads a decision, and the module's own
 * resources (the JSON Schema, its version) load.
 */
class ModulePathTest {

  @Test
  void theMapperWritesAndReadsInNamedModules() throws Exception {
    ModuleFinder finder =
        ModuleFinder.of(
            location(ClauseRef.class),
            location(LinkagePolicy.class),
            location(LinkageJson.class),
            location(ObjectMapper.class),
            location(JsonParser.class),
            location(JsonProperty.class));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf =
        boot.configuration()
            .resolve(finder, ModuleFinder.of(), Set.of("org.employmentlinkage.jackson"));
    ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("org.employmentlinkage.jackson");

    Class<?> json = loader.loadClass("org.employmentlinkage.jackson.LinkageJson");
    assertThat(json.getModule().getName()).isEqualTo("org.employmentlinkage.jackson");
    assertThat(json.getModule().getLayer()).isSameAs(layer);
    assertThat((String) json.getMethod("jsonSchema").invoke(null))
        .contains("\"title\": \"linkage/1\"");
    Object mapper = json.getMethod("mapper").invoke(null);
    Object policy =
        loader
            .loadClass("org.employmentlinkage.rules.LinkagePolicies")
            .getMethod("dalian2018")
            .invoke(null);
    Object decision =
        policy
            .getClass()
            .getMethod("standingDuties", LocalDate.class)
            .invoke(policy, LocalDate.of(2019, 3, 1));
    Class<?> mapperType = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
    String text =
        (String) mapperType.getMethod("writeValueAsString", Object.class).invoke(mapper, decision);
    assertThat(text).startsWith("{\"schema\":\"linkage/1\",\"document\":\"ObligationDecision\",");
    Class<?> decisionType = loader.loadClass("org.employmentlinkage.rules.ObligationDecision");
    Object back =
        mapperType
            .getMethod("readValue", String.class, Class.class)
            .invoke(mapper, text, decisionType);
    assertThat(back).isEqualTo(decision);
    Object version =
        loader
            .loadClass("org.employmentlinkage.jackson.LinkageModule")
            .getMethod("version")
            .invoke(
                loader
                    .loadClass("org.employmentlinkage.jackson.LinkageModule")
                    .getConstructor()
                    .newInstance());
    assertThat(version.toString()).startsWith("0.");
  }

  private static Path location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
