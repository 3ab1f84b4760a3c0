package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliException;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.ErrorCode;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Inputs;
import org.employmentlinkage.cli.OutputFile;
import org.employmentlinkage.cli.TextFiles;
import org.employmentlinkage.cli.Texts;
import org.employmentlinkage.cli.holidaycn.HolidayCnFile;
import org.employmentlinkage.cli.holidaycn.HolidayCnFormatException;
import org.employmentlinkage.cli.holidaycn.HolidayCnImport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code linkage notices import-holiday-cn FILE --number N --released DATE}: converts a holiday-cn
 * JSON file into linkage's notice format, on stdout or into {@code --output FILE}. See {@link
 * HolidayCnImport} for the rules.
 */
@Command(name = "import-holiday-cn", sortOptions = false)
public final class NoticesImportHolidayCnCommand extends CliCommand {
  /** The holiday-cn file. */
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.import.file")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  /** {@code --number}. */
  @Option(
      names = "--number",
      paramLabel = "NUMBER",
      required = true,
      descriptionKey = "option.import.number")
  @SuppressWarnings("NullAway.Init")
  private String number;

  /** {@code --released}. */
  @Option(
      names = "--released",
      paramLabel = "DATE",
      required = true,
      descriptionKey = "option.import.released")
  @SuppressWarnings("NullAway.Init")
  private LocalDate released;

  /** {@code --title}. */
  @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "option.import.title")
  private @Nullable String title;

  /** {@code --source}. */
  @Option(names = "--source", paramLabel = "URL", descriptionKey = "option.import.source")
  private @Nullable String source;

  /** {@code --amends}. */
  @Option(names = "--amends", paramLabel = "NUMBER", descriptionKey = "option.import.amends")
  private @Nullable String amends;

  /** {@code --output}. */
  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "option.import.output")
  private @Nullable Path output;

  /** {@code --force}. */
  @Option(names = "--force", descriptionKey = "option.import.force")
  private boolean force;

  /** Created by picocli. */
  public NoticesImportHolidayCnCommand() {}

  /** The longest {@code --number}, {@code --title} or {@code --amends}, in characters. */
  static final int MAX_TEXT_LENGTH = 200;

  /** The longest {@code --source}, in characters. */
  static final int MAX_URL_LENGTH = 2000;

  /**
   * A text option of the notice is one non-blank line without leading or trailing white space or
   * control characters (the rule of the notice format, checked here so that the error names the
   * option and never quotes the value).
   */
  private static void checkText(String option, @Nullable String value, Texts t) {
    if (value == null) {
      return;
    }
    boolean ok =
        !value.isBlank() && value.strip().equals(value) && value.length() <= MAX_TEXT_LENGTH;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = !Character.isISOControl(c) && c != '\u2028' && c != '\u2029';
    }
    if (!ok) {
      throw new CliException(ErrorCode.BAD_INPUT, t.get("import.error.oneLine", option));
    }
  }

  private static boolean absoluteUri(String s) {
    try {
      URI uri = new URI(s);
      return uri.isAbsolute() && uri.getSchemeSpecificPart() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  protected int run() {
    Texts t = texts();
    checkText("--number", number, t);
    checkText("--title", title, t);
    checkText("--amends", amends, t);
    if (source != null && (source.length() > MAX_URL_LENGTH || !absoluteUri(source))) {
      throw new CliException(ErrorCode.BAD_INPUT, t.get("import.error.source"));
    }
    if (amends != null && amends.equals(number)) {
      throw new CliException(ErrorCode.BAD_INPUT, t.get("import.error.amendsItself"));
    }
    Path target = output;
    OutputFile outputFile =
        target == null
            ? null
            : OutputFile.check("--output", target, force, Map.of("FILE", List.of(file)), t);
    String fileName = String.valueOf(file.getFileName());
    HolidayCnFile parsed =
        HolidayCnFile.parse(TextFiles.readUtf8(file, t, ErrorCode.BAD_HOLIDAY_CN_FILE), fileName);
    HolidayCnImport.Conversion c;
    try {
      c =
          HolidayCnImport.convert(
              parsed,
              fileName,
              new HolidayCnImport.Settings(number, released, title, source, amends));
    } catch (HolidayCnFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new CliException(ErrorCode.BAD_INPUT, t.get("import.error.notice", e.getMessage()), e);
    }
    Path out = output;
    if (outputFile != null) {
      outputFile.write(c.text().getBytes(StandardCharsets.UTF_8));
    }
    if (c.mergedPapers() > 1) {
      warn(t.get("import.warning.merged", fileName, c.mergedPapers()));
    }
    for (var d : c.leftOut()) {
      warn(t.get("import.warning.leftOut", CliJson.date(d.date()), d.name(), parsed.year() + 1));
    }
    HolidayNotice n = c.notice();
    int rest = 0;
    int work = 0;
    for (DayDeclaration d : n.declarations()) {
      if (d.kind() == DayDeclaration.Kind.REST) {
        rest++;
      } else {
        work++;
      }
    }
    if (json()) {
      ObjectNode doc = newDocument();
      doc.put("file", file.toString());
      doc.set("notice", NoticeSummary.of(n).toJson());
      doc.put("restRanges", rest);
      doc.put("workLines", work);
      doc.put("mergedPapers", c.mergedPapers());
      ArrayNode left = doc.putArray("leftOut");
      for (var d : c.leftOut()) {
        ObjectNode o = left.addObject();
        o.put("date", CliJson.date(d.date()));
        o.put("name", d.name());
        o.put("offDay", d.offDay());
      }
      if (out == null) {
        doc.putNull("output");
        doc.put("text", c.text());
      } else {
        doc.put("output", out.toString());
      }
      printJson(doc);
    } else if (out == null) {
      out().print(Inputs.printable(c.text()));
    } else {
      println(t.get("import.wrote", out, n.number(), n.year(), rest, work));
    }
    return ExitCode.OK;
  }
}
