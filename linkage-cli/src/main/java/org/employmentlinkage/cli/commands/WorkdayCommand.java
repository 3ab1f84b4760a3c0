package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.employmentlinkage.calendar.DayKind;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CalendarTexts;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code linkage workday DATE}: whether a date is a working day in mainland China, what kind of day
 * it is, and which notice declares it.
 */
@Command(name = "workday", sortOptions = false)
public final class WorkdayCommand extends CliCommand {
  /** The date asked about. */
  @Parameters(index = "0", paramLabel = "DATE", descriptionKey = "param.workday.date")
  @SuppressWarnings("NullAway.Init")
  private LocalDate date;

  /** The calendar options. */
  @Mixin private CalendarOptions calendarOptions = new CalendarOptions();

  /** Created by picocli. */
  public WorkdayCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    WorkingDayCalendar cal = calendarOptions.calendar(t, clock());
    DayKind kind = cal.dayKind(date);
    boolean provisional = cal.isProvisional(date);
    boolean mayChange = cal.mayChange(date);
    DayKind latestKind = provisional ? cal.latestPlausible().dayKind(date) : kind;
    CalendarTexts.Declared declared = CalendarTexts.declaredBy(cal.notices(), date);
    if (json()) {
      ObjectNode doc = newDocument();
      doc.put("date", CliJson.date(date));
      doc.put("workingDay", kind.isWorkingDay());
      doc.put("kind", kind.name());
      doc.put("provisional", provisional);
      doc.put("mayChange", mayChange);
      if (provisional) {
        doc.put("latestPlausibleKind", latestKind.name());
        doc.put("latestPlausibleWorkingDay", latestKind.isWorkingDay());
      }
      doc.put("weekday", date.getDayOfWeek().name());
      if (declared == null) {
        doc.putNull("declaredBy");
      } else {
        ObjectNode by = doc.putObject("declaredBy");
        by.put("number", declared.notice().number());
        by.put("released", CliJson.date(declared.notice().released()));
        by.put("title", declared.notice().title());
        by.put("declaration", declared.declaration().kind().name());
        by.put("festival", declared.declaration().festival());
      }
      doc.put("calendarVersion", cal.version());
      printJson(doc);
      return ExitCode.OK;
    }
    println(
        t.get(
            provisional ? "workday.answer.provisional" : "workday.answer",
            CalendarTexts.date(date, t),
            t.get(kind.isWorkingDay() ? "workday.yes" : "workday.no"),
            CalendarTexts.kind(kind, t)));
    if (declared != null) {
      println(
          t.get(
              "workday.declaredBy",
              CalendarTexts.notice(declared.notice(), t),
              declared.declaration().festival(),
              t.get("declaration." + declared.declaration().kind().name())));
    } else if (!provisional && (kind == DayKind.WORKDAY || kind == DayKind.WEEKEND)) {
      println(t.get("workday.notDeclared"));
    }
    if (provisional) {
      println(t.get("workday.provisional", date.getYear(), CalendarTexts.kind(latestKind, t)));
    } else if (mayChange) {
      println(t.get("workday.mayChange"));
    }
    println(t.get("calendar.version", cal.version()));
    return ExitCode.OK;
  }
}
