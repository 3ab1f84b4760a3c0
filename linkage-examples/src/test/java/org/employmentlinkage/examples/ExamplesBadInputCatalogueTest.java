package org.employmentlinkage.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.employmentlinkage.badinput.BadInputCatalogue;
import org.employmentlinkage.badinput.BadInputCatalogueTestBase;
import org.employmentlinkage.badinput.CoreSamples;
import org.employmentlinkage.badinput.Samples;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.io.settings.SettingsException;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScheduleFormatException;

/**
 * The bad-input catalogue of linkage-examples ({@code
 * org.employmentlinkage.badinput.BadInputCatalogue} of linkage-core's tests). The module has no
 * module-info, so every package counts as exported: the embedding examples are walked with null,
 * empty, negative, far dates, unknown codes and malformed text.
 */
class ExamplesBadInputCatalogueTest extends BadInputCatalogueTestBase {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-26T00:00:00Z"), ZoneOffset.UTC);

  /** A service that has stored the duties of a land-expropriation notice (D-1, …). */
  static HrDutyService serviceWithDuties() {
    HrDutyService service = new HrDutyService(LinkagePolicies.dalian2018(), CLOCK);
    service.onEvent(ProjectEvent.landExpropriationNotice(CoreSamples.project(), CoreSamples.DATE));
    return service;
  }

  static Samples samples() {
    Samples s = CoreSamples.samples();
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    s.valid(LinkagePolicy.class, () -> policy);
    s.valid(Long.class, () -> 1L);
    s.valid(
        ProjectScreeningJob.Result.class,
        () ->
            new ProjectScreeningJob.Result(
                "P",
                org.employmentlinkage.policy.Outcome.YES,
                org.employmentlinkage.rules.ScopeBasis.MUNICIPAL_THRESHOLD,
                List.of()));
    s.valid(HrDutyService.class, ExamplesBadInputCatalogueTest::serviceWithDuties);
    return s;
  }

  static BadInputCatalogue catalogue() {
    return BadInputCatalogue.of("linkage-examples", RegionalSettings.class, samples())
        .valid("examples.HrDutyService#close(String)", () -> args("D-1"))
        .valid(
            "examples.RegionalSettings#policy(Path,Clock)",
            () -> args(CoreSamples.file("t.properties", "label = t\n"), CLOCK))
        .exempt(
            "examples.EmbeddingExample#main(String[])",
            "a demo program's main, run by EmbeddingExampleTest: it takes no arguments and its"
                + " arguments come from the JVM's command line (never null)")
        .exempt(
            "examples.LandNoticeDeadline#main(String[])",
            "a demo program's main (one optional ISO date); its arguments come from the JVM's"
                + " command line (never null), and a malformed date ends it with the JDK's"
                + " DateTimeParseException, which is what a demo may do");
  }

  /** The curated cases: the documented exceptions a generic bad value does not reach. */
  static BadInputCatalogue curated(BadInputCatalogue c) {
    return c.expect(
            "examples.HrDutyService#close(String)",
            "an identifier the service never gave",
            () -> serviceWithDuties().close("D-999"),
            IllegalArgumentException.class,
            "close",
            "D-999")
        .expect(
            "examples.HrDutyService#close(String)",
            "a duty closed twice",
            () -> {
              HrDutyService s = serviceWithDuties();
              s.close("D-1");
              return s.close("D-1");
            },
            IllegalArgumentException.class,
            "D-1")
        .expect(
            "examples.RegionalSettings#policy(Path,Clock)",
            "a key the settings do not know",
            () ->
                RegionalSettings.policy(CoreSamples.file("u.properties", "colour = red\n"), CLOCK),
            SettingsException.class,
            "u.properties",
            "colour")
        .expect(
            "examples.RegionalSettings#policy(Path,Clock)",
            "a file that does not exist",
            () ->
                RegionalSettings.policy(
                    CoreSamples.file("x.txt", "").resolveSibling("absent.properties"), CLOCK),
            java.io.IOException.class,
            "absent.properties")
        .expect(
            "examples.RegionalSettings#policy(Path,Clock)",
            "a widening that would narrow the municipal scope",
            () ->
                RegionalSettings.policy(
                    CoreSamples.file(
                        "n.properties",
                        "widening.1.region = 210281\n"
                            + "widening.1.from = 2025-01-01\n"
                            + "widening.1.threshold = 2亿元\n"
                            + "widening.1.source = HYPOTHETICAL\n"),
                    CLOCK),
            IllegalArgumentException.class,
            "1亿元")
        .expect(
            "examples.RegionalSettings#policy(Path,Clock)",
            "a malformed schedule file next to the settings",
            () -> {
              Path dir = Files.createTempDirectory("bad-input-settings-");
              dir.toFile().deleteOnExit();
              Path settings =
                  Files.writeString(
                      dir.resolve("v.properties"), "schedule.WAFANGDIAN = bad-schedule.txt\n");
              settings.toFile().deleteOnExit();
              Path schedule =
                  Files.writeString(dir.resolve("bad-schedule.txt"), "this is no schedule\n");
              schedule.toFile().deleteOnExit();
              return RegionalSettings.policy(settings, CLOCK);
            },
            ScheduleFormatException.class,
            "bad-schedule.txt");
  }

  @Override
  protected BadInputCatalogue curatedCatalogue() {
    return curated(catalogue());
  }
}
