package org.employmentlinkage.badinput;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.employmentlinkage.badinput.Samples.Hostile;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocument;
import org.employmentlinkage.policy.PolicyDocuments;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.UnitAlias;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;

/**
 * Valid and hostile values of linkage-core's types, for the catalogues of every module. The valid
 * values are ordinary facts (a 1.5亿元 construction project in 瓦房店市, a land-expropriation notice of
 * 2025-09-26); the hostile ones are sparse (every optional fact missing) or extreme (far dates, the
 * largest amount).
 */
public final class CoreSamples {
  private CoreSamples() {}

  /** A date inside the official calendar's data. */
  public static final LocalDate DATE = LocalDate.of(2025, 9, 26);

  /**
   * The JDK's and core's samples.
   *
   * @return the samples
   */
  public static Samples samples() {
    Samples s = Samples.jdk();
    s.valid(Money.class, () -> Money.parse("1.5亿元"));
    s.hostile(
        Money.class,
        () ->
            Samples.hostiles()
                .add("Money.ZERO", () -> Money.ZERO)
                .add("0.01元", () -> Money.ofFen(1))
                .add("Money.MAX", () -> Money.MAX)
                .build());
    s.valid(Location.class, () -> Location.of(Region.WAFANGDIAN));
    s.hostile(
        Location.class,
        () ->
            Samples.hostiles()
                .add(
                    "a pilot zone only",
                    () -> Location.builder().pilotZone(Region.CHANGXING_ISLAND).build())
                .add(
                    "county and pilot zone",
                    () -> Location.of(Region.JINZHOU, Region.JINPU_NEW_AREA))
                .build());
    s.valid(
        DateRange.class, () -> DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    s.hostile(
        DateRange.class,
        () ->
            Samples.hostiles()
                .add("DateRange.empty()", () -> DateRange.empty())
                .add("MIN..MAX", () -> DateRange.of(LocalDate.MIN, LocalDate.MAX))
                .build());
    s.valid(
        DayDeclaration.class,
        () -> DayDeclaration.rest(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8), "国庆节、中秋节"));
    s.hostile(
        DayDeclaration.class,
        () ->
            Samples.hostiles()
                .add(
                    "a rest day at LocalDate.MAX",
                    () -> DayDeclaration.rest(LocalDate.MAX, LocalDate.MAX, "x"))
                .add(
                    "a working day at LocalDate.MIN", () -> DayDeclaration.work(LocalDate.MIN, "x"))
                .build());
    s.valid(HolidayNotice.class, CoreSamples::notice);
    s.valid(WorkingDayPeriod.class, () -> WorkingDayPeriod.of(30));
    s.hostile(
        WorkingDayPeriod.class,
        () ->
            Samples.hostiles()
                .add("1 working day", () -> WorkingDayPeriod.of(1))
                .add("Integer.MAX_VALUE working days", () -> WorkingDayPeriod.of(Integer.MAX_VALUE))
                .add(
                    "30 working days, make-up days excluded",
                    () -> WorkingDayPeriod.of(30).excludingMakeupWorkdays())
                .build());
    s.valid(WorkingDayCalendar.class, ChinaCalendars::official);
    s.hostile(
        WorkingDayCalendar.class,
        () ->
            Samples.hostiles()
                .add("the provisional calendar", () -> ChinaCalendars.provisional())
                .add(
                    "the calendar as known at 2018-01-01",
                    () -> ChinaCalendars.officialAsKnownAt(LocalDate.of(2018, 1, 1)))
                .build());
    s.valid(Deadline.class, () -> WorkingDayPeriod.of(30).after(DATE, ChinaCalendars.official()));
    s.valid(Project.class, CoreSamples::project);
    s.hostile(
        Project.class,
        () ->
            Samples.hostiles()
                .add("a project with no facts", () -> Project.builder().id("P-0").build())
                .add(
                    "a project of Money.MAX with far dates",
                    () ->
                        Project.builder()
                            .from(project())
                            .totalInvestment(Money.MAX)
                            .approved(LocalDate.MIN)
                            .constructionStarted(LocalDate.MIN)
                            .completed(LocalDate.MAX)
                            .build())
                .add(
                    "a project outside Dalian's county-level units",
                    () ->
                        Project.builder()
                            .from(project())
                            .location(Location.builder().pilotZone(Region.HUAYUANKOU).build())
                            .build())
                .build());
    s.valid(Person.class, CoreSamples::person);
    s.hostile(
        Person.class,
        () ->
            Samples.hostiles()
                .add("a person with no facts", () -> Person.builder().id("C0").build())
                .add(
                    "a person who graduated on LocalDate.MIN",
                    () -> Person.builder().from(person()).graduationDate(LocalDate.MIN).build())
                .add(
                    "a person who graduates on LocalDate.MAX",
                    () -> Person.builder().from(person()).graduationDate(LocalDate.MAX).build())
                .add(
                    "a person living outside Dalian",
                    () -> Person.builder().from(person()).residence(Region.OUTSIDE_DALIAN).build())
                .build());
    s.valid(
        Candidate.class,
        () -> Candidate.builder().person(person()).meetsRequirements(true).build());
    s.valid(LabourDemand.class, () -> LabourDemand.of(project(), 10, DATE));
    s.hostile(
        LabourDemand.class,
        () ->
            Samples.hostiles()
                .add(
                    "a demand of Integer.MAX_VALUE positions on LocalDate.MAX",
                    () -> LabourDemand.of(project(), Integer.MAX_VALUE, LocalDate.MAX))
                .add(
                    "a demand on LocalDate.MIN of a project with no facts",
                    () -> LabourDemand.of(Project.builder().id("P-0").build(), 1, LocalDate.MIN))
                .build());
    s.valid(ProjectEvent.class, () -> ProjectEvent.landExpropriationNotice(project(), DATE));
    s.hostile(
        ProjectEvent.class,
        () ->
            Samples.hostiles()
                .add(
                    "a notice on LocalDate.MAX",
                    () -> ProjectEvent.landExpropriationNotice(project(), LocalDate.MAX))
                .add(
                    "a notice on 9999-12-31",
                    () ->
                        ProjectEvent.landExpropriationNotice(project(), LocalDate.of(9999, 12, 31)))
                .add(
                    "a notice on LocalDate.MIN",
                    () -> ProjectEvent.landExpropriationNotice(project(), LocalDate.MIN))
                .add(
                    "a shortfall of Integer.MAX_VALUE workers on 1900-01-01",
                    () ->
                        ProjectEvent.labourShortfall(
                            project(), LocalDate.of(1900, 1, 1), Integer.MAX_VALUE))
                .add(
                    "an approval of a project with no facts",
                    () -> ProjectEvent.approved(Project.builder().id("P-0").build(), DATE))
                .build());
    s.valid(TrainingRecord.class, CoreSamples::training);
    s.hostile(
        TrainingRecord.class,
        () ->
            Samples.hostiles()
                .add(
                    "a record with no facts",
                    () -> TrainingRecord.builder().id("T-0").type(TrainingType.OTHER).build())
                .add(
                    "a record certified on LocalDate.MAX",
                    () ->
                        TrainingRecord.builder()
                            .from(training())
                            .certified(true)
                            .certificateDate(LocalDate.MAX)
                            .completionDate(LocalDate.MAX)
                            .build())
                .build());
    s.valid(
        Reason.class,
        () ->
            Reason.of(
                ReasonCode.LAND_NOTICE_TRIGGERS, ClauseRef.LAND_EXPROPRIATION, "样例", "sample"));
    s.valid(Performer.class, () -> Performer.of(PerformerRole.HR_DEPARTMENT, Region.WAFANGDIAN));
    s.valid(
        Duty.class,
        () ->
            Duty.builder()
                .code(DutyCode.EXPEDITED_ISSUE_HANDLING)
                .clause(ClauseRef.SERVICE_SPECIALISTS)
                .zh("样例")
                .en("sample")
                .timing(DutyTiming.PROMPTLY)
                .build());
    s.valid(PolicyDocument.class, () -> PolicyDocuments.DALIAN_2018_83);
    s.valid(PersonGroup.class, () -> PersonGroup.COLLEGE_GRADUATE);
    s.valid(ValidityWindow.class, () -> ValidityWindow.DALIAN_2018_83);
    s.hostile(
        ValidityWindow.class,
        () ->
            Samples.hostiles()
                .add(
                    "a window from LocalDate.MIN to LocalDate.MAX",
                    () ->
                        ValidityWindow.builder()
                            .firstDay(LocalDate.MIN)
                            .lastDay(LocalDate.MAX)
                            .basis("hostile")
                            .build())
                .build());
    s.valid(
        Versions.class,
        () ->
            Versions.builder()
                .policy("policy-1")
                .parameters("parameters-1")
                .calendar("calendar-1")
                .build());
    s.valid(MissingFact.class, () -> MissingFact.PROJECT_TYPE);
    s.valid(
        org.employmentlinkage.policy.Interpretation.Alternative.class,
        () ->
            org.employmentlinkage.policy.Interpretation.Alternative.of(
                "RESIDENCE", "居住地", "residence"));
    s.valid(
        org.employmentlinkage.policy.Interpretation.class,
        () ->
            org.employmentlinkage.policy.Interpretation.builder()
                .id(org.employmentlinkage.policy.InterpretationId.INCLUSIVE_THRESHOLD)
                .addClause(ClauseRef.JOB_DEMAND_ASSESSMENT)
                .zh("样例")
                .en("sample")
                .sourceZh("样例")
                .sourceEn("sample")
                .fixed(true)
                .build());
    s.valid(UnitAlias.class, () -> UnitAlias.of("市自然资源局", Year.of(2019), "sample source"));
    s.valid(Path.class, () -> file("notices.txt", HolidayNotices.format(List.of(notice()))));
    s.hostile(Path.class, CoreSamples::hostilePaths);
    s.valid(Reader.class, () -> new StringReader(HolidayNotices.format(List.of(notice()))));
    s.hostile(
        Reader.class,
        () ->
            Samples.hostiles()
                .add("an empty reader", () -> new StringReader(""))
                .add("a reader of garbage", () -> new StringReader("\u0000 garbage\n]]]\n"))
                .add("a reader that fails", () -> new FailingReader())
                .build());
    s.valid(Period.class, () -> Period.ofMonths(3));
    return s;
  }

  /** The last official notice. */
  public static HolidayNotice notice() {
    List<HolidayNotice> all = ChinaCalendars.officialNotices();
    return all.get(all.size() - 1);
  }

  /** A 1.5亿元 construction project in 瓦房店市. */
  public static Project project() {
    return Project.builder()
        .id("P-1")
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(Money.parse("1.5亿元"))
        .location(Location.of(Region.WAFANGDIAN))
        .build();
  }

  /** A bachelor of 2025 living in 瓦房店市. */
  public static Person person() {
    return Person.builder()
        .id("C1")
        .education(Education.BACHELOR)
        .graduationDate(LocalDate.of(2025, 7, 1))
        .householdType(HouseholdType.values()[0])
        .residence(Region.WAFANGDIAN)
        .householdRegion(Region.WAFANGDIAN)
        .build();
  }

  /** Training of person C1. */
  public static TrainingRecord training() {
    return TrainingRecord.builder()
        .id("T-1")
        .type(TrainingType.EMPLOYMENT_SKILLS)
        .occupation("焊工")
        .passed(true)
        .build();
  }

  /**
   * A new temporary file with {@code text} (UTF-8), deleted when the JVM exits.
   *
   * @param name the file name's suffix
   * @param text the content
   * @return the file
   */
  public static Path file(String name, String text) {
    try {
      Path p = Files.createTempFile("bad-input-", "-" + name);
      p.toFile().deleteOnExit();
      return Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Paths that do not name a readable text file. */
  public static List<Hostile> hostilePaths() {
    try {
      Path dir = Files.createTempDirectory("bad-input-dir");
      dir.toFile().deleteOnExit();
      Path missing = dir.resolve("no-such-file.txt");
      Path empty = file("empty.txt", "");
      Path binary = Files.createTempFile("bad-input-", "-binary.txt");
      binary.toFile().deleteOnExit();
      Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3, 0x28});
      return Samples.hostiles()
          .add("a missing file", () -> missing)
          .add("a directory", () -> dir)
          .add("an empty file", () -> empty)
          .add("a file of bytes that are not UTF-8", () -> binary)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reader whose every read fails. */
  static final class FailingReader extends Reader {
    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      throw new IOException("FailingReader: the disk is gone");
    }

    @Override
    public void close() {}
  }
}
