package org.employmentlinkage.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicReference;
import org.employmentlinkage.badinput.BadInputCatalogue;
import org.employmentlinkage.badinput.BadInputCatalogueTestBase;
import org.employmentlinkage.badinput.CoreSamples;
import org.employmentlinkage.badinput.Samples;

/**
 * The bad-input catalogue of linkage-jackson ({@code BadInputCatalogue} of linkage-core's tests):
 * every public entry point of its exported package with a parameter, walked with null and hostile
 * values. The module's one such entry point is {@link LinkageModule#setupModule}; what it reads is
 * JSON, whose bad input StrictReadingTest and LinkageJsonFuzzTest cover.
 */
class JacksonBadInputCatalogueTest extends BadInputCatalogueTestBase {

  /** A real set-up context: the one a mapper hands a module it registers. */
  static Module.SetupContext setupContext() {
    AtomicReference<Module.SetupContext> captured = new AtomicReference<>();
    new ObjectMapper()
        .registerModule(
            new Module() {
              @Override
              public String getModuleName() {
                return "capture";
              }

              @Override
              public Version version() {
                return Version.unknownVersion();
              }

              @Override
              public void setupModule(SetupContext context) {
                captured.set(context);
              }
            });
    return captured.get();
  }

  static Samples samples() {
    Samples s = CoreSamples.samples();
    s.valid(Module.SetupContext.class, JacksonBadInputCatalogueTest::setupContext);
    return s;
  }

  @Override
  protected BadInputCatalogue curatedCatalogue() {
    return BadInputCatalogue.of("linkage-jackson", LinkageModule.class, samples())
        .receiver(LinkageModule.class, LinkageModule::new);
  }
}
