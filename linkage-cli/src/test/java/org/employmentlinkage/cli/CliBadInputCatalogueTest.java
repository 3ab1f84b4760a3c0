package org.employmentlinkage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.employmentlinkage.badinput.BadInputCatalogue;
import org.employmentlinkage.badinput.BadInputCatalogueTestBase;
import org.employmentlinkage.badinput.CoreSamples;
import org.employmentlinkage.badinput.Samples;
import org.employmentlinkage.cli.holidaycn.HolidayCnFile;
import org.employmentlinkage.cli.holidaycn.HolidayCnFormatException;
import org.employmentlinkage.cli.holidaycn.HolidayCnImport;

/**
 * The bad-input catalogue of linkage-cli ({@code org.employmentlinkage.badinput.BadInputCatalogue}
 * of linkage-core's tests). The module has no module-info, so every package counts as exported: the
 * holiday-cn import ({@code cli.holidaycn}) and the command line's entry point ({@code
 * LinkageCli.run}) are walked with null, empty, negative, far dates, unknown codes and malformed
 * text; the command line's other classes are public only for picocli and are exempt below with the
 * reason.
 */
class CliBadInputCatalogueTest extends BadInputCatalogueTestBase {
  static String resource(String path) {
    try (InputStream in = CliBadInputCatalogueTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String holidayCn2025() {
    return resource("/org/employmentlinkage/cli/holiday-cn-2025.json");
  }

  static HolidayCnImport.Settings settings() {
    // 国办发明电〔2024〕12号, released 2024-11-12 (the fixture's own comment)
    return new HolidayCnImport.Settings(
        "国办发明电〔2024〕12号", LocalDate.of(2024, 11, 12), null, null, null);
  }

  static Samples samples() {
    Samples s = CoreSamples.samples();
    s.valid(HolidayCnFile.class, () -> HolidayCnFile.parse(holidayCn2025(), "2025.json"));
    s.valid(HolidayCnImport.Settings.class, CliBadInputCatalogueTest::settings);
    s.valid(
        HolidayCnFile.Day.class,
        () -> new HolidayCnFile.Day("元旦", LocalDate.of(2025, 1, 1), true, 0));
    s.valid(PrintWriter.class, () -> new PrintWriter(new StringWriter()));
    return s;
  }

  static BadInputCatalogue catalogue() {
    String cliReason =
        "public only because picocli instantiates and reflects on it; no library API. The command"
            + " line's bad input (arguments, files) is walked through LinkageCli.run and the"
            + " cli tests";
    return BadInputCatalogue.of("linkage-cli", LinkageCli.class, samples())
        .valid(
            "cli.holidaycn.HolidayCnFile#parse(String,String)",
            () -> args(holidayCn2025(), "2025.json"))
        .valid(
            "cli.LinkageCli#run(String[],PrintWriter,PrintWriter)",
            () ->
                args(
                    new String[] {"--lang", "en", "workday", "2025-10-08"},
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())))
        .exempt(
            "cli.LinkageCli#main(String[])",
            "ends the JVM with System.exit; run(String[],PrintWriter,PrintWriter) is the same"
                + " without exiting and is walked")
        .exemptPrefix("cli.CalendarOptions#", cliReason)
        .exemptPrefix("cli.CalendarTexts", cliReason)
        .exemptPrefix("cli.CliCommand#", cliReason)
        .exemptPrefix("cli.CliException#", cliReason)
        .exemptPrefix("cli.CliJson#", cliReason)
        .exemptPrefix("cli.DecisionOutput#", cliReason)
        .exemptPrefix("cli.FactMessages#", cliReason)
        .exemptPrefix("cli.InputFile", cliReason)
        .exemptPrefix("cli.Inputs#", cliReason)
        .exemptPrefix("cli.Texts#", cliReason)
        .exemptPrefix("cli.batch.", cliReason)
        .exemptPrefix("cli.commands.", cliReason);
  }

  /**
   * The curated cases: the documented exceptions a generic bad value does not reach, with the words
   * the message must hold (holiday-cn's format for the files).
   */
  static BadInputCatalogue curated(BadInputCatalogue c) {
    return c.expect(
            "cli.holidaycn.HolidayCnImport#convert(HolidayCnFile,String,Settings)",
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
            "cli.holidaycn.HolidayCnImport#convert(HolidayCnFile,String,Settings)",
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
