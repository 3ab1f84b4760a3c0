package org.employmentlinkage.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.cli.CalendarOptions;
import org.employmentlinkage.cli.CalendarTexts;
import org.employmentlinkage.cli.CliCommand;
import org.employmentlinkage.cli.CliException;
import org.employmentlinkage.cli.CliJson;
import org.employmentlinkage.cli.ErrorCode;
import org.employmentlinkage.cli.ExitCode;
import org.employmentlinkage.cli.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code linkage deadline DATE N}: the due date of a period of N working days triggered on DATE
 * (day 0, never counted), e.g. the 30 working days after a 土地征收公告 of 大政办发〔2018〕83号 二（三）.
 */
@Command(name = "deadline", sortOptions = false)
public final class DeadlineCommand extends CliCommand {
  /** The trigger date (day 0). */
  @Parameters(index = "0", paramLabel = "DATE", descriptionKey = "param.deadline.date")
  @SuppressWarnings("NullAway.Init")
  private LocalDate trigger;

  /** The number of working days. */
  @Parameters(index = "1", paramLabel = "N", descriptionKey = "param.deadline.n")
  private int workingDays;

  /** {@code --exclude-makeup-workdays}. */
  @Option(names = "--exclude-makeup-workdays", descriptionKey = "option.excludeMakeupWorkdays")
  private boolean excludeMakeupWorkdays;

  /**
   * The longest period asked about: 10,000 working days (about 40 years; the policy's periods are
   * 30). A larger one is refused before the calendar is built.
   */
  static final int MAX_WORKING_DAYS = 10_000;

  /** The calendar options. */
  @Mixin private CalendarOptions calendarOptions = new CalendarOptions();

  /** Created by picocli. */
  public DeadlineCommand() {}

  @Override
  protected int run() {
    Texts t = texts();
    if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
      throw new CliException(
          ErrorCode.BAD_INPUT, t.get("deadline.error.nOutOfRange", MAX_WORKING_DAYS));
    }
    WorkingDayCalendar cal = calendarOptions.calendar(t, clock());
    WorkingDayPeriod period = WorkingDayPeriod.of(workingDays);
    if (excludeMakeupWorkdays) {
      period = period.excludingMakeupWorkdays();
    }
    Deadline d = period.after(trigger, cal);
    if (json()) {
      ObjectNode doc = newDocument();
      doc.put("trigger", CliJson.date(d.trigger()));
      doc.put("workingDays", d.period().workingDays());
      doc.put("due", CliJson.date(d.due()));
      if (d.provisional()) {
        doc.put("latestDue", CliJson.date(d.latestDue()));
      }
      doc.put("provisional", d.provisional());
      doc.put("mayChange", d.mayChange());
      doc.set("notices", CliJson.noticeRefs(d.notices()));
      // "end" stays 24:00 on due (docs/cli-json.md); Deadline.end() is the end of latestDue
      doc.put("end", CliJson.instant(endOf(d.due())));
      if (d.provisional()) {
        doc.put("latestEnd", CliJson.instant(endOf(d.latestDue())));
      }
      doc.put("countsMakeupWorkdays", d.period().countsMakeupWorkdays());
      doc.put("countingRule", d.countingRule());
      doc.put("calendarVersion", d.calendarVersion());
      printJson(doc);
      return ExitCode.OK;
    }
    println(t.get("deadline.trigger", CalendarTexts.date(d.trigger(), t)));
    println(
        t.get(
            "deadline.period",
            d.period().workingDays(),
            t.get(
                d.period().countsMakeupWorkdays()
                    ? "deadline.makeup.counted"
                    : "deadline.makeup.excluded")));
    if (d.provisional()) {
      println(
          t.get(
              "deadline.due.provisional",
              CalendarTexts.date(d.due(), t),
              CalendarTexts.date(d.latestDue(), t)));
    } else {
      println(t.get("deadline.due", CalendarTexts.date(d.due(), t)));
    }
    println(t.get("deadline.countingRule", d.countingRule()));
    for (HolidayNotice n : d.notices()) {
      println(t.get("deadline.notice", CalendarTexts.notice(n, t)));
    }
    if (d.notices().isEmpty()) {
      println(t.get("deadline.noNotice"));
    }
    if (d.provisional()) {
      println(t.get("deadline.provisional"));
    } else if (d.mayChange()) {
      println(t.get("deadline.mayChange"));
    }
    println(t.get("calendar.version", d.calendarVersion()));
    return ExitCode.OK;
  }

  /** 24:00 Beijing time on {@code day}. */
  private static java.time.ZonedDateTime endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(Deadline.BEIJING);
  }
}
