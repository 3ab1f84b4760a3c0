package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code linkage notices validate FILE}: reads a notices file, checks it alone and together with
 * the built-in notices, and prints what it declares. Exit 0 with a summary; exit 2 with {@code
 * FILE:LINE: REASON} on the first error.
 */
@Command(name = "validate", sortOptions = false)
public final class NoticesValidateCommand extends CliCommand {
  /** The file to check. */
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.validate.file")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  /** Created by picocli. */
  public NoticesValidateCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    List<HolidayNotice> notices = CalendarOptions.readNotices(file, t);
    CalendarOptions.refuseFutureReleases(notices, file, t, clock());
    WorkingDayCalendar combined = ChinaCalendars.withNotices(notices);
    List<NoticeSummary> summaries = new ArrayList<>();
    for (HolidayNotice n : notices) {
      summaries.add(NoticeSummary.of(n));
    }
    if (json()) {
      ObjectNode doc = newDocument();
      doc.put("file", file.toString());
      doc.put("valid", true);
      ArrayNode a = doc.putArray("notices");
      for (NoticeSummary s : summaries) {
        a.add(s.toJson());
      }
      doc.set("coverage", CliJson.range(combined.coverage()));
      doc.put("calendarVersion", combined.version());
      printJson(doc);
    } else {
      println(t.get("validate.ok", file, notices.size()));
      for (NoticeSummary s : summaries) {
        HolidayNotice n = s.notice();
        println(
            t.get(
                "validate.notice",
                n.number(),
                n.year(),
                CliJson.date(n.released()),
                s.restDays(),
                s.workDays(),
                n.amends().map(a -> t.get("validate.amends", a)).orElse("")));
        if (s.expectedBalance() != null) {
          println(
              t.get(
                  s.balanceMismatch() ? "validate.balance.bad" : "validate.balance.ok",
                  s.weekdayRestDays(),
                  s.weekendWorkDays(),
                  s.balance(),
                  s.expectedBalance()));
        }
      }
      println(t.get("validate.coverage", combined.coverage()));
    }
    for (NoticeSummary s : summaries) {
      if (s.balanceMismatch()) {
        warn(
            t.get(
                "validate.warning.balance", s.notice().number(), s.balance(), s.expectedBalance()));
      }
    }
    return ExitCode.OK;
  }
}
