package org.employmentlinkage.examples;

import java.time.LocalDate;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;

/**
 * The README's embedding example: the lines between {@code README:begin} and {@code README:end} are
 * the snippet the README shows (a test checks that they are the same, and that the README's Java
 * compiles). A fictional 1.2亿元 construction project in 瓦房店市 is a major project (一（一）), and its
 * 征收土地公告 starts the 30-working-day survey of 二（三）.
 *
 * <p>Both answers are read with a {@code switch}: the scope on its outcome (an undetermined answer,
 * facts missing, is not a "no"), the survey's due date on its timing, so that the example works for
 * any publication date. With the default date, 2025-09-26, it prints {@code major due 2025-11-13
 * 大政办发〔2018〕83号 二（三）}. A date whose 30 working days run into a year without a State Council holiday
 * notice (from about November on, e.g. 2026-12-20 for 2027) gets the range the provisional calendar
 * projects: the date to plan by and the latest plausible one.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the publication date of the 征收土地公告 (ISO, e.g. {@code 2026-12-20});
   *     2025-09-26 if none
   */
  public static void main(String[] args) {
    // README:begin
    LinkagePolicy policy = LinkagePolicy.builder().provisionalCalendar().build(); // keep one
    Project project =
        Project.builder()
            .id("WFD-2025-001")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("1.2亿元"))
            .location(Location.of(Region.WAFANGDIAN))
            .build();
    // the day the 征收土地公告 is published (day 0): any date, e.g. 2026-12-20 runs into 2027
    LocalDate published = LocalDate.parse(args.length > 0 ? args[0] : "2025-09-26");
    String major =
        switch (policy.classify(project, published).outcome()) {
          case YES -> "major";
          case NO -> "not major";
          case UNDETERMINED -> "undetermined: facts missing";
          case NOT_IN_FORCE -> "not in force";
        };
    Duty survey =
        policy
            .obligations(ProjectEvent.landExpropriationNotice(project, published))
            .duty(DutyCode.LAND_SURVEY_AND_DATABASES)
            .orElseThrow();
    String due =
        switch (survey.timing()) {
          case DUE_DATE -> "due " + survey.deadline().orElseThrow().due();
          case PROVISIONAL_DUE_DATE -> {
            Deadline d = survey.deadline().orElseThrow(); // no holiday notice yet for its year
            yield "plan by " + d.due() + ", at the latest " + d.latestDue() + " (provisional)";
          }
          case DUE_DATE_UNDETERMINED -> "due date undetermined: no calendar data";
          case NO_FIXED_DEADLINE, PROMPTLY, PERIODIC, PERIOD_UNDETERMINED -> "no due date";
        };
    System.out.println(major + " " + due + " " + survey.clause());
    // README:end
  }
}
