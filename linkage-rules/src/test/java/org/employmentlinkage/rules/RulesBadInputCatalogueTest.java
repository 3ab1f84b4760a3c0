package org.employmentlinkage.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.employmentlinkage.badinput.BadInputCatalogue;
import org.employmentlinkage.badinput.BadInputCatalogueTestBase;
import org.employmentlinkage.badinput.CoreSamples;
import org.employmentlinkage.badinput.Samples;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.region.Region;

/**
 * The bad-input catalogue of linkage-rules ({@code
 * org.employmentlinkage.badinput.BadInputCatalogue} of linkage-core's tests): every public entry
 * point of {@code org.employmentlinkage.rules} walked with null, empty, negative, far dates,
 * unknown codes and malformed text, and the curated cases below with their documented exceptions.
 */
class RulesBadInputCatalogueTest extends BadInputCatalogueTestBase {
  static final LocalDate DATE = CoreSamples.DATE;

  static String scheduleText() {
    try (InputStream in =
        RulesBadInputCatalogueTest.class.getResourceAsStream(
            "hypothetical-wafangdian-schedule.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SubsidySchedule schedule() {
    return SubsidySchedule.parse(scheduleText(), "hypothetical-wafangdian-schedule.txt");
  }

  static ScopeWidening widening() {
    return ScopeWidening.builder()
        .region(Region.WAFANGDIAN)
        .effectiveFrom(LocalDate.of(2019, 1, 1))
        .threshold(Money.parse("5000万元"))
        .source("HYPOTHETICAL: no region has published a widening")
        .build();
  }

  static Samples samples() {
    Samples s = CoreSamples.samples();
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    Project project = CoreSamples.project();
    Person person = CoreSamples.person();
    s.valid(Region.class, () -> Region.WAFANGDIAN);
    s.valid(LinkagePolicy.class, LinkagePolicies::dalian2018);
    s.valid(ScopeWidening.class, RulesBadInputCatalogueTest::widening);
    s.valid(SubsidySchedule.class, RulesBadInputCatalogueTest::schedule);
    s.valid(ScopeDecision.class, () -> policy.classify(project, DATE));
    s.valid(PersonGroups.class, () -> policy.personGroups(person, DATE));
    s.valid(
        GroupDecision.class,
        () ->
            policy
                .personGroups(person, DATE)
                .decision(org.employmentlinkage.policy.PersonGroup.COLLEGE_GRADUATE));
    s.valid(
        RecruitmentPlan.class,
        () ->
            policy.planRecruitment(
                LabourDemand.of(project, 1, DATE),
                List.of(Candidate.builder().person(person).meetsRequirements(true).build())));
    s.valid(
        Placement.class,
        () ->
            policy
                .planRecruitment(
                    LabourDemand.of(project, 1, DATE),
                    List.of(Candidate.builder().person(person).meetsRequirements(true).build()))
                .seated()
                .get(0));
    s.valid(
        ObligationDecision.class,
        () ->
            policy.obligations(
                org.employmentlinkage.domain.ProjectEvent.landExpropriationNotice(project, DATE)));
    s.valid(
        SubsidyDecision.class,
        () -> policy.subsidies(CoreSamples.training(), person, project, DATE));
    s.valid(
        SubsidyEntitlement.class,
        () ->
            policy
                .subsidies(
                    TrainingRecord.builder()
                        .from(CoreSamples.training())
                        .type(org.employmentlinkage.domain.TrainingType.IN_SERVICE_SKILL_UPGRADING)
                        .organiser(
                            org.employmentlinkage.domain.TrainingOrganiser.MAJOR_PROJECT_EMPLOYER)
                        .build(),
                    person,
                    project,
                    DATE)
                .entitlements()
                .get(0));
    s.valid(org.employmentlinkage.policy.Decision.class, () -> policy.classify(project, DATE));
    return s;
  }

  static BadInputCatalogue catalogue() {
    return BadInputCatalogue.of("linkage-rules", LinkagePolicy.class, samples())
        .receiver(LinkagePolicy.Builder.class, LinkagePolicy::builder)
        .receiver(
            SubsidySchedule.Builder.class,
            () ->
                SubsidySchedule.builder()
                    .name("样例")
                    .source("hypothetical")
                    .period(LocalDate.of(2018, 7, 6), LocalDate.of(2018, 12, 31))
                    .training(
                        "焊工",
                        org.employmentlinkage.domain.SkillLevel.JUNIOR_WORKER,
                        Money.ofYuan(1000)))
        .valid(
            "rules.SubsidySchedule#parse(String,String)",
            () -> args(scheduleText(), "schedule.txt"))
        .valid(
            "rules.SubsidySchedule#read(Path)",
            () -> args(CoreSamples.file("schedule.txt", scheduleText())))
        .valid(
            "rules.LinkagePolicy.Builder#addPriorityGroup(PersonGroup)",
            () -> args(PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers")));
  }

  /**
   * The curated cases: the documented rules a generic bad value does not reach, with the words the
   * message must hold (the argument or the rule; the rules are those of 大政办发〔2018〕83号 as
   * docs/adr/0003-policy-as-code.md reads it and of the javadoc).
   */
  static BadInputCatalogue curated(BadInputCatalogue c) {
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    Project project = CoreSamples.project();
    Person person = CoreSamples.person();
    Candidate candidate = Candidate.builder().person(person).meetsRequirements(true).build();
    return c.expect(
            "rules.LinkagePolicy#planRecruitment(LabourDemand,Collection)",
            "two candidates with one identifier",
            () ->
                policy.planRecruitment(
                    LabourDemand.of(project, 2, DATE), List.of(candidate, candidate)),
            IllegalArgumentException.class,
            "planRecruitment",
            "identifier",
            "unique")
        .expect(
            "rules.LinkagePolicy.Builder#build()",
            "a widening that would narrow the scope: a threshold above 1亿元 (一（一） only lets regions"
                + " widen it)",
            () ->
                LinkagePolicy.builder()
                    .addWidening(
                        ScopeWidening.builder()
                            .from(widening())
                            .threshold(Money.parse("100000000.01"))
                            .build())
                    .build(),
            IllegalArgumentException.class,
            "narrow",
            "1亿元")
        .expect(
            "rules.LinkagePolicy.Builder#build()",
            "two widenings of one region in force on the same days",
            () -> LinkagePolicy.builder().addWidening(widening()).addWidening(widening()).build(),
            IllegalArgumentException.class,
            "two widenings",
            "same days")
        .expect(
            "rules.LinkagePolicy.Builder#addPriorityGroup(PersonGroup)",
            "a built-in group",
            () -> LinkagePolicy.builder().addPriorityGroup(PersonGroup.COLLEGE_GRADUATE),
            IllegalArgumentException.class,
            "built in",
            "PersonGroup.custom")
        .expect(
            "rules.LinkagePolicy.Builder#addPriorityGroup(PersonGroup)",
            "the same added group twice",
            () ->
                LinkagePolicy.builder()
                    .addPriorityGroup(
                        PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired"))
                    .addPriorityGroup(
                        PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired")),
            IllegalArgumentException.class,
            "RETIRED_SOLDIER",
            "already added")
        .expect(
            "rules.LinkagePolicy.Builder#subsidySchedule(Region,SubsidySchedule)",
            "a schedule for outside Dalian",
            () -> LinkagePolicy.builder().subsidySchedule(Region.OUTSIDE_DALIAN, schedule()),
            IllegalArgumentException.class,
            "subsidySchedule",
            "region")
        .expect(
            "rules.LinkagePolicy.Builder#liaisonPeriod(Region,Period)",
            "a liaison period of zero",
            () -> LinkagePolicy.builder().liaisonPeriod(Region.WAFANGDIAN, Period.ZERO),
            IllegalArgumentException.class,
            "liaisonPeriod",
            "positive")
        .expect(
            "rules.LinkagePolicy.Builder#serviceSpecialist(Region,String)",
            "a specialist for the city, not a 区市县 or 先导区 (三 末段)",
            () -> LinkagePolicy.builder().serviceSpecialist(Region.DALIAN, "x"),
            IllegalArgumentException.class,
            "serviceSpecialist",
            "区市县")
        .expect(
            "rules.SubsidySchedule#parse(String,String)",
            "a level that does not exist",
            () ->
                SubsidySchedule.parse(
                    scheduleText().replace("training: 焊工 | 初级工 | 1000", "training: 焊工 | 六级 | 1000"),
                    "schedule.txt"),
            ScheduleFormatException.class,
            "schedule.txt:",
            "六级")
        .expect(
            "rules.SubsidySchedule.Builder#build()",
            "a schedule without name, source or period",
            () -> SubsidySchedule.builder().build(),
            IllegalArgumentException.class,
            "SubsidySchedule.Builder",
            "name and a source")
        .expect(
            "rules.SubsidySchedule.Builder#rounding(RoundingMode)",
            "a rounding mode that cannot round (the text's 'rounding: UNNECESSARY')",
            () -> SubsidySchedule.builder().rounding(java.math.RoundingMode.UNNECESSARY),
            IllegalArgumentException.class,
            "UNNECESSARY")
        .expect(
            "rules.SubsidySchedule.Builder#period(LocalDate,LocalDate)",
            "a period that ends before it starts",
            () ->
                SubsidySchedule.builder()
                    .period(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1)),
            IllegalArgumentException.class,
            "ends before it starts")
        .expect(
            "rules.SubsidySchedule.Builder#period(LocalDate)",
            "a period after one that prices nothing",
            () ->
                SubsidySchedule.builder()
                    .period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))
                    .period(LocalDate.of(2023, 1, 1)),
            IllegalArgumentException.class,
            "prices nothing")
        .expect(
            "rules.SubsidySchedule.Builder#training(String,SkillLevel,Money)",
            "a price before any period",
            () ->
                SubsidySchedule.builder()
                    .training(
                        "焊工",
                        org.employmentlinkage.domain.SkillLevel.JUNIOR_WORKER,
                        Money.ofYuan(1)),
            IllegalArgumentException.class,
            "must follow period")
        .expect(
            "rules.SubsidySchedule.Builder#appraisal(String,SkillLevel,Money)",
            "an occupation with the text format's separator",
            () ->
                SubsidySchedule.builder()
                    .period(LocalDate.of(2022, 1, 1))
                    .appraisal(
                        "焊|工",
                        org.employmentlinkage.domain.SkillLevel.JUNIOR_WORKER,
                        Money.ofYuan(1)),
            IllegalArgumentException.class,
            "'|'")
        .expect(
            "rules.PersonGroups#decision(PersonGroup)",
            "a group the policy was not given",
            () ->
                policy
                    .personGroups(person, DATE)
                    .decision(PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired")),
            java.util.NoSuchElementException.class,
            "RETIRED_SOLDIER")
        .expect(
            "rules.PersonGroups#membership(PersonGroup)",
            "a group the policy was not given",
            () ->
                policy
                    .personGroups(person, DATE)
                    .membership(PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired")),
            java.util.NoSuchElementException.class,
            "RETIRED_SOLDIER");
  }

  @Override
  protected BadInputCatalogue curatedCatalogue() {
    return curated(catalogue());
  }
}
