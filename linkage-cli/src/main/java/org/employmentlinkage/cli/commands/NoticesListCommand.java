package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code linkage notices list}: the notices a calendar applies (the built-in ones, or those the
 * calendar options select), in order of precedence, with the calendar's coverage.
 */
@Command(name = "list", sortOptions = false)
public final class NoticesListCommand extends CliCommand {
  /** The calendar options. */
  @Mixin private CalendarOptions calendarOptions = new CalendarOptions();

  /** Created by picocli. */
  public NoticesListCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    WorkingDayCalendar cal = calendarOptions.calendar(t, clock());
    LocalDate provisionalFrom = provisionalFrom(cal);
    if (json()) {
      ObjectNode doc = newDocument();
      doc.set("coverage", CliJson.range(cal.coverage()));
      if (provisionalFrom == null) {
        doc.putNull("provisionalFrom");
      } else {
        doc.put("provisionalFrom", CliJson.date(provisionalFrom));
      }
      doc.put("calendarVersion", cal.version());
      ArrayNode a = doc.putArray("notices");
      for (HolidayNotice n : cal.notices()) {
        ObjectNode o = a.addObject();
        o.put("number", n.number());
        o.put("title", n.title());
        o.put("year", n.year());
        o.put("released", CliJson.date(n.released()));
        if (n.amends().isPresent()) {
          o.put("amends", n.amends().get());
        } else {
          o.putNull("amends");
        }
        o.put("source", n.source());
      }
      printJson(doc);
      return ExitCode.OK;
    }
    for (HolidayNotice n : cal.notices()) {
      println(
          t.get(
              "list.notice",
              n.number(),
              n.year(),
              CliJson.date(n.released()),
              n.title(),
              n.amends().map(x -> t.get("validate.amends", x)).orElse("")));
    }
    if (cal.notices().isEmpty()) {
      println(t.get("list.none"));
    }
    println(
        t.get(
            "list.coverage",
            cal.coverage().isEmpty() ? t.get("error.coverage.empty") : cal.coverage()));
    if (provisionalFrom != null) {
      println(t.get("list.provisional", CliJson.date(provisionalFrom)));
    }
    println(t.get("calendar.version", cal.version()));
    return ExitCode.OK;
  }

  /** The first provisional date (always a January 1), or null if nothing is projected. */
  private static @Nullable LocalDate provisionalFrom(WorkingDayCalendar cal) {
    DateRange c = cal.coverage();
    if (c.isEmpty() || !cal.isProvisional(c.last())) {
      return null;
    }
    for (int y = c.first().getYear(); y <= c.last().getYear(); y++) {
      LocalDate d = LocalDate.of(y, 1, 1);
      if (c.contains(d) && cal.isProvisional(d)) {
        return d;
      }
    }
    return null;
  }
}
