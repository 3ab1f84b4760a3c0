package org.employmentlinkage.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.employmentlinkage.badinput.BadInputCatalogue;
import org.employmentlinkage.badinput.BadInputCatalogueTestBase;
import org.employmentlinkage.badinput.CoreSamples;
import org.employmentlinkage.badinput.Samples;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.examples.holidaycn.HolidayCnFile;
import org.employmentlinkage.examples.holidaycn.HolidayCnFormatException;
import org.employmentlinkage.examples.holidaycn.HolidayCnImport;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScheduleFormatException;
import org.employmentlinkage.rules.SubsidySchedule;

/**
 * The bad-input catalogue of linkage-examples ({@code
 * org.employmentlinkage.badinput.BadInputCatalogue} of linkage-core's tests). The module has no
 * module-info, so every package counts as exported: the embedding examples ({@code examples}), the
 * holiday-cn import ({@code examples.holidaycn}) and the command line's entry point ({@code
 * LinkageCli.run}) are walked with null, empty, negative, far dates, unknown codes and malformed
 * text; the command line's other classes are public only for picocli and are exempt below with the
 * reason.
 */
class ExamplesBadInputCatalogueTest extends BadInputCatalogueTestBase {
  static String resource(String path) {
    try (InputStream in = ExamplesBadInputCatalogueTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String holidayCn2025() {
    return resource("/org/employmentlinkage/examples/cli/holiday-cn-2025.json");
  }

  static HolidayCnImport.Settings settings() {
    // 国办发明电〔2024〕12号, released 2024-11-12 (the fixture's own comment)
    return new HolidayCnImport.Settings(
        "国办发明电〔2024〕12号", LocalDate.of(2024, 11, 12), null, null, null);
  }

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
    s.valid(HolidayCnFile.class, () -> HolidayCnFile.parse(holidayCn2025(), "2025.json"));
    s.valid(HolidayCnImport.Settings.class, ExamplesBadInputCatalogueTest::settings);
    s.valid(Long.class, () -> 1L);
    s.valid(
        ProjectScreeningJob.Result.class,
        () ->
            new ProjectScreeningJob.Result(
                "P",
                org.employmentlinkage.policy.Outcome.YES,
                org.employmentlinkage.rules.ScopeBasis.MUNICIPAL_THRESHOLD,
                List.of()));
    s.valid(
        HolidayCnFile.Day.class,
        () -> new HolidayCnFile.Day("元旦", LocalDate.of(2025, 1, 1), true, 0));
    s.valid(HrDutyService.class, ExamplesBadInputCatalogueTest::serviceWithDuties);
    s.valid(PrintWriter.class, () -> new PrintWriter(new StringWriter()));
    s.valid(
        RegionalSettings.ScheduleLoader.class,
        () ->
            (RegionalSettings.ScheduleLoader)
                name -> {
                  throw new IOException("the catalogue loads no schedule: " + name);
                });
    return s;
  }

  static BadInputCatalogue catalogue() {
    String cliReason =
        "public only because picocli instantiates and reflects on it; no library API. The command"
            + " line's bad input (arguments, files) is walked through LinkageCli.run and the"
            + " cli tests";
    return BadInputCatalogue.of("linkage-examples", RegionalSettings.class, samples())
        .valid(
            "examples.holidaycn.HolidayCnFile#parse(String,String)",
            () -> args(holidayCn2025(), "2025.json"))
        .valid("examples.HrDutyService#close(String)", () -> args("D-1"))
        .valid(
            "examples.RegionalSettings#parse(String,String,ScheduleLoader)",
            () -> args("label = t\n", "t.properties", noSchedules()))
        .valid(
            "examples.RegionalSettings#read(Path)",
            () -> args(CoreSamples.file("t.properties", "label = t\n")))
        .valid(
            "examples.cli.LinkageCli#run(String[],PrintWriter,PrintWriter)",
            () ->
                args(
                    new String[] {"--lang", "en", "workday", "2025-10-08"},
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())))
        .exempt(
            "examples.EmbeddingExample#main(String[])",
            "a demo program's main, run by EmbeddingExampleTest: it takes no arguments and its"
                + " arguments come from the JVM's command line (never null)")
        .exempt(
            "examples.LandNoticeDeadline#main(String[])",
            "a demo program's main (one optional ISO date); its arguments come from the JVM's"
                + " command line (never null), and a malformed date ends it with the JDK's"
                + " DateTimeParseException, which is what a demo may do")
        .exempt(
            "examples.cli.LinkageCli#main(String[])",
            "ends the JVM with System.exit; run(String[],PrintWriter,PrintWriter) is the same"
                + " without exiting and is walked")
        .exempt(
            "examples.RegionalSettings.ScheduleLoader#load(String)",
            "a functional interface the caller implements: the catalogue would only call its own"
                + " lambda")
        .exemptPrefix("examples.cli.CalendarOptions#", cliReason)
        .exemptPrefix("examples.cli.CalendarTexts", cliReason)
        .exemptPrefix("examples.cli.CliCommand#", cliReason)
        .exemptPrefix("examples.cli.CliException#", cliReason)
        .exemptPrefix("examples.cli.CliJson#", cliReason)
        .exemptPrefix("examples.cli.DecisionOutput#", cliReason)
        .exemptPrefix("examples.cli.FactMessages#", cliReason)
        .exemptPrefix("examples.cli.Inputs#", cliReason)
        .exemptPrefix("examples.cli.Texts#", cliReason)
        .exemptPrefix("examples.cli.batch.", cliReason)
        .exemptPrefix("examples.cli.commands.", cliReason)
        .exemptPrefix("examples.cli.facts.", cliReason);
  }

  static RegionalSettings.ScheduleLoader noSchedules() {
    return name -> {
      throw new IOException("the catalogue loads no schedule: " + name);
    };
  }

  /**
   * The curated cases: the documented exceptions a generic bad value does not reach, with the words
   * the message must hold (docs/cli.md for the settings keys, holiday-cn's format for the files).
   */
  static BadInputCatalogue curated(BadInputCatalogue c) {
    String malformedSchedule = "this is no schedule\n";
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
            "examples.RegionalSettings#parse(String,String,ScheduleLoader)",
            "a key the settings do not know",
            () -> RegionalSettings.parse("colour = red\n", "t.properties", noSchedules()),
            SettingsException.class,
            "t.properties",
            "colour")
        .expect(
            "examples.RegionalSettings#parse(String,String,ScheduleLoader)",
            "a schedule that cannot be read",
            () ->
                RegionalSettings.parse(
                    "schedule.WAFANGDIAN = gone.txt\n", "t.properties", noSchedules()),
            IOException.class,
            "gone.txt")
        .expect(
            "examples.RegionalSettings#parse(String,String,ScheduleLoader)",
            "a malformed schedule",
            () ->
                RegionalSettings.parse(
                    "schedule.WAFANGDIAN = bad.txt\n",
                    "t.properties",
                    name -> SubsidySchedule.parse(malformedSchedule, name)),
            ScheduleFormatException.class,
            "bad.txt")
        .expect(
            "examples.RegionalSettings#read(Path)",
            "a file that does not exist",
            () ->
                RegionalSettings.read(
                    CoreSamples.file("x.txt", "").resolveSibling("absent.properties")),
            IOException.class,
            "absent.properties")
        .expect(
            "examples.RegionalSettings#read(Path)",
            "a key the settings do not know",
            () -> RegionalSettings.read(CoreSamples.file("u.properties", "colour = red\n")),
            SettingsException.class,
            "u.properties",
            "colour")
        .expect(
            "examples.RegionalSettings#read(Path)",
            "a malformed schedule file next to the settings",
            () -> {
              Path dir = Files.createTempDirectory("bad-input-settings-");
              dir.toFile().deleteOnExit();
              Path settings =
                  Files.writeString(
                      dir.resolve("v.properties"), "schedule.WAFANGDIAN = bad-schedule.txt\n");
              settings.toFile().deleteOnExit();
              Path schedule = Files.writeString(dir.resolve("bad-schedule.txt"), malformedSchedule);
              schedule.toFile().deleteOnExit();
              return RegionalSettings.read(settings);
            },
            ScheduleFormatException.class,
            "bad-schedule.txt")
        .expect(
            "examples.holidaycn.HolidayCnImport#convert(HolidayCnFile,String,Settings)",
            "a file without papers and no source given",
            () ->
                HolidayCnImport.convert(
                    new HolidayCnFile(
                        2025,
                        List.of(),
                        List.of(new HolidayCnFile.Day("元旦", LocalDate.of(2025, 1, 1), true, 0))),
                    "2025.json",
                    settings()),
            HolidayCnFormatException.class,
            "2025.json",
            "papers")
        .expect(
            "examples.holidaycn.HolidayCnImport#convert(HolidayCnFile,String,Settings)",
            "a day outside the year's notice range",
            () ->
                HolidayCnImport.convert(
                    new HolidayCnFile(
                        2025,
                        List.of("https://www.gov.cn/"),
                        List.of(new HolidayCnFile.Day("元旦", LocalDate.of(2023, 1, 1), true, 0))),
                    "2025.json",
                    settings()),
            HolidayCnFormatException.class,
            "days[0].date",
            "2023-01-01");
  }

  @Override
  protected BadInputCatalogue curatedCatalogue() {
    return curated(catalogue());
  }
}
