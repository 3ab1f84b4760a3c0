package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliException;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.ErrorCode;
import org.employmentlinkage.cli.ExitCode;
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

  @Override
  protected int run() {
    Texts t = texts();
    String fileName = String.valueOf(file.getFileName());
    HolidayCnFile parsed = HolidayCnFile.parse(readUtf8(file, fileName, t), fileName);
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
    if (out != null) {
      write(out, c.text(), t);
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
      out().print(c.text());
    } else {
      println(t.get("import.wrote", out, n.number(), n.year(), rest, work));
    }
    return ExitCode.OK;
  }

  private void write(Path target, String text, Texts t) {
    try {
      if (force) {
        Files.writeString(target, text, StandardCharsets.UTF_8);
      } else {
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
    } catch (FileAlreadyExistsException e) {
      throw new CliException(ErrorCode.OUTPUT_EXISTS, t.get("import.error.exists", target), e);
    } catch (IOException e) {
      throw new CliException(
          ErrorCode.FILE_NOT_READABLE,
          t.get("import.error.write", target, e.getClass().getSimpleName()),
          e);
    }
  }

  private static String readUtf8(Path file, String fileName, Texts t) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw CalendarOptions.unreadable(file, e, t);
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new HolidayCnFormatException(fileName, null, "not UTF-8 text", false);
    }
  }
}
