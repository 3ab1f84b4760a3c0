package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.employmentlinkage.policy.ClauseRef;
import org.junit.jupiter.api.Test;

/**
 * The policy text, the reason and duty texts and the missing-fact texts load on the module path
 * too: linkage-core and linkage-rules are resolved as named modules in a fresh {@link ModuleLayer}
 * (whose class loader does not see the test class path) and the policy is called reflectively.
 * Resources of a named module's packages are encapsulated, so each module must open its own.
 */
class ModulePathTest {

  @Test
  void theRulesLoadTheirTextsInNamedModules() throws Exception {
    Path core =
        Path.of(ClauseRef.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path rules =
        Path.of(LinkagePolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleFinder finder = ModuleFinder.of(core, rules);
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf =
        boot.configuration()
            .resolve(finder, ModuleFinder.of(), Set.of("org.employmentlinkage.rules"));
    ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("org.employmentlinkage.rules");

    Class<?> policies = loader.loadClass("org.employmentlinkage.rules.LinkagePolicies");
    assertThat(policies.getModule().getName()).isEqualTo("org.employmentlinkage.rules");
    assertThat(policies.getModule().getLayer()).isSameAs(layer);
    Object policy = policies.getMethod("dalian2018").invoke(null);
    Object decision =
        policy
            .getClass()
            .getMethod("standingDuties", LocalDate.class)
            .invoke(policy, LocalDate.of(2019, 3, 1));
    // the readings' texts are resources of the rules module too
    List<?> readings = (List<?>) policy.getClass().getMethod("interpretations").invoke(policy);
    assertThat(readings).isNotEmpty();
    Method reasons = loader.loadClass("org.employmentlinkage.policy.Decision").getMethod("reasons");
    List<?> list = (List<?>) reasons.invoke(decision);
    Object first = list.get(0);
    Class<?> reason = loader.loadClass("org.employmentlinkage.policy.Reason");
    assertThat(reason.getModule().getName()).isEqualTo("org.employmentlinkage.core");
    assertThat(reason.getMethod("zh").invoke(first)).isEqualTo("本条提出不以具体项目事件为前提的常设职责。");
    Object clause = reason.getMethod("clause").invoke(first);
    assertThat(clause.getClass().getMethod("words").invoke(clause).toString())
        .startsWith("（一）建立重大项目建设岗位需求评估制度。");
    Class<?> fact = loader.loadClass("org.employmentlinkage.policy.MissingFact");
    Object investment = fact.getField("PROJECT_TOTAL_INVESTMENT").get(null);
    assertThat(fact.getMethod("zh").invoke(investment)).isEqualTo("项目总投资额");
  }
}
