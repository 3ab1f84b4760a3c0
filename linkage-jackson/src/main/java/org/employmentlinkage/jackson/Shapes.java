package org.employmentlinkage.jackson;

import java.util.List;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.DayDeclaration;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.Candidate;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.Fact;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.LandNoticeKind;
import org.employmentlinkage.domain.Ownership;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectEventKind;
import org.employmentlinkage.domain.ProjectStatus;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingOrganiser;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.policy.Decision;
import org.employmentlinkage.policy.Duty;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.Interpretation;
import org.employmentlinkage.policy.InterpretationId;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.policy.Performer;
import org.employmentlinkage.policy.PerformerRole;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.PolicyDocument;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonBasis;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.policy.Versions;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.AmountBasis;
import org.employmentlinkage.rules.GroupDecision;
import org.employmentlinkage.rules.ObligationDecision;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.Placement;
import org.employmentlinkage.rules.RecruitmentPlan;
import org.employmentlinkage.rules.RecruitmentTier;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidyEntitlement;
import org.employmentlinkage.rules.SubsidyKind;

/**
 * The shape of every object type, one constant each: the fields in the order written, the writer
 * and the reader (docs/json.md documents the same, field by field). Values are built through the
 * types' public builders and factories, never by reflection.
 */
final class Shapes {
  private Shapes() {}

  // --- calendar ----------------------------------------------------------------------------------

  static final Shape<DateRange> DATE_RANGE =
      Shape.of(
          DateRange.class,
          List.of("first", "last"),
          (out, r) -> {
            if (r.isEmpty()) {
              out.generator().writeNullField("first");
              out.generator().writeNullField("last");
            } else {
              out.date("first", r.first());
              out.date("last", r.last());
            }
          },
          in -> {
            var first = in.optionalDate("first");
            var last = in.optionalDate("last");
            if (first.isEmpty() && last.isEmpty()) {
              return DateRange.empty();
            }
            if (first.isEmpty() || last.isEmpty()) {
              throw new ShapeException(
                  in.path() + ": first and last are both dates, or both null (the empty range)");
            }
            return DateRange.of(first.get(), last.get());
          });

  static final Shape<WorkingDayPeriod> WORKING_DAY_PERIOD =
      Shape.of(
          WorkingDayPeriod.class,
          List.of("workingDays", "countsMakeupWorkdays"),
          (out, p) -> {
            out.integer("workingDays", p.workingDays());
            out.bool("countsMakeupWorkdays", p.countsMakeupWorkdays());
          },
          in -> {
            WorkingDayPeriod p = WorkingDayPeriod.of(in.integer("workingDays"));
            return in.bool("countsMakeupWorkdays") ? p : p.excludingMakeupWorkdays();
          });

  static final Shape<DayDeclaration> DAY_DECLARATION =
      Shape.of(
          DayDeclaration.class,
          List.of("kind", "first", "last", "festival"),
          (out, d) -> {
            out.constant("kind", d.kind());
            out.date("first", d.days().first());
            out.date("last", d.days().last());
            out.text("festival", d.festival());
          },
          in -> {
            DayDeclaration.Kind kind = in.constant("kind", DayDeclaration.Kind.class);
            var first = in.date("first");
            var last = in.date("last");
            String festival = in.text("festival");
            return switch (kind) {
              case REST -> DayDeclaration.rest(first, last, festival);
              case WORK -> {
                if (!first.equals(last)) {
                  throw new ShapeException(
                      in.path() + ": a WORK declaration is one day: first and last are equal");
                }
                yield DayDeclaration.work(first, festival);
              }
            };
          });

  static final Shape<HolidayNotice> HOLIDAY_NOTICE =
      Shape.of(
          HolidayNotice.class,
          List.of("number", "title", "released", "year", "source", "amends", "declarations"),
          (out, n) -> {
            out.text("number", n.number());
            out.text("title", n.title());
            out.date("released", n.released());
            out.integer("year", n.year());
            out.text("source", n.source());
            out.optionalText("amends", n.amends());
            out.list("declarations", DAY_DECLARATION, n.declarations());
          },
          in ->
              HolidayNotice.builder()
                  .number(in.text("number"))
                  .title(in.text("title"))
                  .released(in.date("released"))
                  .year(in.integer("year"))
                  .source(in.text("source"))
                  .amends(in.optionalText("amends"))
                  .declarations(in.list("declarations", DAY_DECLARATION))
                  .build());

  static final Shape<Deadline> DEADLINE =
      Shape.of(
          Deadline.class,
          List.of(
              "trigger",
              "period",
              "due",
              "provisional",
              "latestDue",
              "mayChange",
              "notices",
              "calendarVersion"),
          (out, d) -> {
            out.date("trigger", d.trigger());
            out.object("period", WORKING_DAY_PERIOD, d.period());
            out.date("due", d.due());
            out.bool("provisional", d.provisional());
            out.date("latestDue", d.latestDue());
            out.bool("mayChange", d.mayChange());
            out.list("notices", HOLIDAY_NOTICE, d.notices());
            out.text("calendarVersion", d.calendarVersion());
          },
          in ->
              Deadline.builder()
                  .trigger(in.date("trigger"))
                  .period(in.object("period", WORKING_DAY_PERIOD))
                  .due(in.date("due"))
                  .provisional(in.bool("provisional"))
                  .latestDue(in.date("latestDue"))
                  .mayChange(in.bool("mayChange"))
                  .notices(in.list("notices", HOLIDAY_NOTICE))
                  .calendarVersion(in.text("calendarVersion"))
                  .build());

  // --- policy ------------------------------------------------------------------------------------

  static final Shape<Reason> REASON =
      Shape.of(
          Reason.class,
          List.of("code", "clause", "basis", "interpretations", "zh", "en"),
          (out, r) -> {
            out.constant("code", r.code());
            out.clause("clause", r.clause());
            out.constant("basis", r.basis());
            out.constantList("interpretations", r.interpretations());
            out.text("zh", r.zh());
            out.text("en", r.en());
          },
          in -> {
            Reason r =
                Reason.builder()
                    .code(in.constant("code", ReasonCode.class))
                    .clause(in.clause("clause"))
                    .zh(in.text("zh"))
                    .en(in.text("en"))
                    .build();
            // what a reason rests on follows from its code: written for readers, checked on reading
            in.expectDerived(
                "basis", in.constant("basis", ReasonBasis.class), r.basis(), "the code");
            in.expectDerived(
                "interpretations",
                in.constantList("interpretations", InterpretationId.class),
                r.interpretations(),
                "the code");
            return r;
          });

  static final Shape<Interpretation.Alternative> INTERPRETATION_ALTERNATIVE =
      Shape.named(
          "InterpretationAlternative",
          Interpretation.Alternative.class,
          List.of("key", "zh", "en"),
          (out, a) -> {
            out.text("key", a.key());
            out.text("zh", a.zh());
            out.text("en", a.en());
          },
          in -> Interpretation.Alternative.of(in.text("key"), in.text("zh"), in.text("en")));

  static final Shape<Interpretation> INTERPRETATION =
      Shape.of(
          Interpretation.class,
          List.of(
              "id",
              "clauses",
              "zh",
              "en",
              "sourceZh",
              "sourceEn",
              "fixed",
              "alternatives",
              "defaultAlternative",
              "chosen"),
          (out, i) -> {
            out.constant("id", i.id());
            out.clauses("clauses", i.clauses());
            out.text("zh", i.zh());
            out.text("en", i.en());
            out.text("sourceZh", i.sourceZh());
            out.text("sourceEn", i.sourceEn());
            out.bool("fixed", i.fixed());
            out.list("alternatives", INTERPRETATION_ALTERNATIVE, i.alternatives());
            out.optionalText("defaultAlternative", i.defaultAlternative());
            out.optionalText("chosen", i.chosen());
          },
          in ->
              Interpretation.builder()
                  .id(in.constant("id", InterpretationId.class))
                  .clauses(in.clauses("clauses"))
                  .zh(in.text("zh"))
                  .en(in.text("en"))
                  .sourceZh(in.text("sourceZh"))
                  .sourceEn(in.text("sourceEn"))
                  .fixed(in.bool("fixed"))
                  .alternatives(in.list("alternatives", INTERPRETATION_ALTERNATIVE))
                  .defaultAlternative(in.optionalText("defaultAlternative"))
                  .chosen(in.optionalText("chosen"))
                  .build());

  static final Shape<MissingFact> MISSING_FACT =
      Shape.of(
          MissingFact.class,
          List.of("key", "zh", "en"),
          (out, f) -> {
            out.text("key", f.key());
            out.text("zh", f.zh());
            out.text("en", f.en());
          },
          in ->
              MissingFact.builder()
                  .key(in.text("key"))
                  .zh(in.text("zh"))
                  .en(in.text("en"))
                  .build());

  static final Shape<Versions> VERSIONS =
      Shape.of(
          Versions.class,
          List.of("policy", "parameters", "calendar"),
          (out, v) -> {
            out.text("policy", v.policy());
            out.text("parameters", v.parameters());
            out.text("calendar", v.calendar());
          },
          in ->
              Versions.builder()
                  .policy(in.text("policy"))
                  .parameters(in.text("parameters"))
                  .calendar(in.text("calendar"))
                  .build());

  static final Shape<PersonGroup> PERSON_GROUP =
      Shape.of(
          PersonGroup.class,
          List.of("id", "zh", "en", "clause", "priority"),
          (out, g) -> {
            out.text("id", g.id());
            out.text("zh", g.zh());
            out.text("en", g.en());
            out.clause("clause", g.clause());
            out.bool("priority", g.isPriority());
          },
          in ->
              PersonGroup.builder()
                  .id(in.text("id"))
                  .zh(in.text("zh"))
                  .en(in.text("en"))
                  .clause(in.clause("clause"))
                  .isPriority(in.bool("priority"))
                  .build());

  static final Shape<Performer> PERFORMER =
      Shape.of(
          Performer.class,
          List.of("role", "region", "subdistrict", "name"),
          (out, p) -> {
            out.constant("role", p.role());
            out.optionalConstant("region", p.region());
            out.optionalText("subdistrict", p.subdistrict());
            out.optionalText("name", p.name());
          },
          in ->
              Performer.builder()
                  .role(in.constant("role", PerformerRole.class))
                  .region(in.optionalConstant("region", Region.class))
                  .subdistrict(in.optionalText("subdistrict"))
                  .name(in.optionalText("name"))
                  .build());

  static final Shape<Duty> DUTY =
      Shape.of(
          Duty.class,
          List.of(
              "code",
              "clause",
              "zh",
              "en",
              "performers",
              "timing",
              "trigger",
              "period",
              "deadline",
              "recurrence",
              "workers",
              "reference",
              "trackedUntilClosed",
              "reasons"),
          (out, d) -> {
            out.constant("code", d.code());
            out.clause("clause", d.clause());
            out.text("zh", d.zh());
            out.text("en", d.en());
            out.list("performers", PERFORMER, d.performers());
            out.constant("timing", d.timing());
            out.optionalDate("trigger", d.trigger());
            out.optionalObject("period", WORKING_DAY_PERIOD, d.period());
            out.optionalObject("deadline", DEADLINE, d.deadline());
            out.optionalPeriod("recurrence", d.recurrence());
            out.optionalInteger("workers", d.workers());
            out.optionalText("reference", d.reference());
            out.bool("trackedUntilClosed", d.trackedUntilClosed());
            out.list("reasons", REASON, d.reasons());
          },
          in ->
              Duty.builder()
                  .code(in.constant("code", DutyCode.class))
                  .clause(in.clause("clause"))
                  .zh(in.text("zh"))
                  .en(in.text("en"))
                  .performers(in.list("performers", PERFORMER))
                  .timing(in.constant("timing", DutyTiming.class))
                  .trigger(in.optionalDate("trigger"))
                  .period(in.optionalObject("period", WORKING_DAY_PERIOD))
                  .deadline(in.optionalObject("deadline", DEADLINE))
                  .recurrence(in.optionalPeriod("recurrence"))
                  .workers(in.optionalInteger("workers"))
                  .reference(in.optionalText("reference"))
                  .trackedUntilClosed(in.bool("trackedUntilClosed"))
                  .reasons(in.list("reasons", REASON))
                  .build());

  static final Shape<ValidityWindow> VALIDITY_WINDOW =
      Shape.of(
          ValidityWindow.class,
          List.of("firstDay", "lastDay", "basis"),
          (out, w) -> {
            out.date("firstDay", w.firstDay());
            out.optionalDate("lastDay", w.lastDay());
            out.text("basis", w.basis());
          },
          in ->
              ValidityWindow.builder()
                  .firstDay(in.date("firstDay"))
                  .lastDay(in.optionalDate("lastDay"))
                  .basis(in.text("basis"))
                  .build());

  static final Shape<PolicyDocument> POLICY_DOCUMENT =
      Shape.of(
          PolicyDocument.class,
          List.of("number", "title", "issuer", "issued", "validity", "forwards", "basedOn", "note"),
          (out, d) -> {
            out.text("number", d.number());
            out.text("title", d.title());
            out.text("issuer", d.issuer());
            out.optionalDate("issued", d.issued());
            out.optionalObject("validity", VALIDITY_WINDOW, d.validity());
            out.optionalObject("forwards", Shapes.POLICY_DOCUMENT, d.forwards());
            out.list("basedOn", Shapes.POLICY_DOCUMENT, d.basedOn());
            out.optionalText("note", d.note());
          },
          in ->
              PolicyDocument.builder()
                  .number(in.text("number"))
                  .title(in.text("title"))
                  .issuer(in.text("issuer"))
                  .issued(in.optionalDate("issued"))
                  .validity(in.optionalObject("validity", VALIDITY_WINDOW))
                  .forwards(in.optionalObject("forwards", Shapes.POLICY_DOCUMENT))
                  .basedOn(in.list("basedOn", Shapes.POLICY_DOCUMENT))
                  .note(in.optionalText("note"))
                  .build());

  // --- region and domain -------------------------------------------------------------------------

  static final Shape<Location> LOCATION =
      Shape.of(
          Location.class,
          List.of("countyLevelUnit", "pilotZone", "subdistrict"),
          (out, l) -> {
            out.optionalConstant("countyLevelUnit", l.countyLevelUnit());
            out.optionalConstant("pilotZone", l.pilotZone());
            out.optionalText("subdistrict", l.subdistrict());
          },
          in ->
              Location.builder()
                  .countyLevelUnit(in.optionalConstant("countyLevelUnit", Region.class))
                  .pilotZone(in.optionalConstant("pilotZone", Region.class))
                  .subdistrict(in.optionalText("subdistrict"))
                  .build());

  static final Shape<Project> PROJECT =
      Shape.of(
          Project.class,
          List.of(
              "id",
              "name",
              "type",
              "categories",
              "totalInvestment",
              "location",
              "governmentFunded",
              "ownership",
              "status",
              "approved",
              "constructionStarted",
              "completed"),
          (out, p) -> {
            out.text("id", p.id());
            out.optionalText("name", p.name());
            out.optionalConstant("type", p.type());
            out.textSet("categories", p.categories());
            out.optionalMoney("totalInvestment", p.totalInvestment());
            out.optionalObject("location", LOCATION, p.location());
            out.constant("governmentFunded", p.governmentFunded());
            out.optionalConstant("ownership", p.ownership());
            out.optionalConstant("status", p.status());
            out.optionalDate("approved", p.approved());
            out.optionalDate("constructionStarted", p.constructionStarted());
            out.optionalDate("completed", p.completed());
          },
          in ->
              Project.builder()
                  .id(in.text("id"))
                  .name(in.optionalText("name"))
                  .type(in.optionalConstant("type", ProjectType.class))
                  .categories(in.textSet("categories"))
                  .totalInvestment(in.optionalMoney("totalInvestment"))
                  .location(in.optionalObject("location", LOCATION))
                  .governmentFunded(in.constant("governmentFunded", Fact.class))
                  .ownership(in.optionalConstant("ownership", Ownership.class))
                  .status(in.optionalConstant("status", ProjectStatus.class))
                  .approved(in.optionalDate("approved"))
                  .constructionStarted(in.optionalDate("constructionStarted"))
                  .completed(in.optionalDate("completed"))
                  .build());

  static final Shape<Person> PERSON =
      Shape.of(
          Person.class,
          List.of(
              "id",
              "education",
              "graduationDate",
              "householdType",
              "nonFarmTransfer",
              "overcapacityResettled",
              "certifications",
              "landExpropriated",
              "landExpropriationProjectIds",
              "residence",
              "householdRegion"),
          (out, p) -> {
            out.text("id", p.id());
            out.optionalConstant("education", p.education());
            out.optionalDate("graduationDate", p.graduationDate());
            out.optionalConstant("householdType", p.householdType());
            out.constant("nonFarmTransfer", p.nonFarmTransfer());
            out.constant("overcapacityResettled", p.overcapacityResettled());
            out.flags("certifications", p.certifications());
            out.constant("landExpropriated", p.landExpropriated());
            out.textSet("landExpropriationProjectIds", p.landExpropriationProjectIds());
            out.optionalConstant("residence", p.residence());
            out.optionalConstant("householdRegion", p.householdRegion());
          },
          in ->
              Person.builder()
                  .id(in.text("id"))
                  .education(in.optionalConstant("education", Education.class))
                  .graduationDate(in.optionalDate("graduationDate"))
                  .householdType(in.optionalConstant("householdType", HouseholdType.class))
                  .nonFarmTransfer(in.constant("nonFarmTransfer", Fact.class))
                  .overcapacityResettled(in.constant("overcapacityResettled", Fact.class))
                  .certifications(in.flags("certifications"))
                  .landExpropriated(in.constant("landExpropriated", Fact.class))
                  .landExpropriationProjectIds(in.textSet("landExpropriationProjectIds"))
                  .residence(in.optionalConstant("residence", Region.class))
                  .householdRegion(in.optionalConstant("householdRegion", Region.class))
                  .build());

  static final Shape<TrainingRecord> TRAINING_RECORD =
      Shape.of(
          TrainingRecord.class,
          List.of(
              "id",
              "type",
              "organiser",
              "occupation",
              "level",
              "region",
              "willing",
              "completed",
              "passed",
              "certified",
              "firstAppraisal",
              "certificateDate",
              "completionDate"),
          (out, t) -> {
            out.text("id", t.id());
            out.constant("type", t.type());
            out.optionalConstant("organiser", t.organiser());
            out.optionalText("occupation", t.occupation());
            out.optionalConstant("level", t.level());
            out.optionalConstant("region", t.region());
            out.constant("willing", t.willing());
            out.constant("completed", t.completed());
            out.constant("passed", t.passed());
            out.constant("certified", t.certified());
            out.constant("firstAppraisal", t.firstAppraisal());
            out.optionalDate("certificateDate", t.certificateDate());
            out.optionalDate("completionDate", t.completionDate());
          },
          in ->
              TrainingRecord.builder()
                  .id(in.text("id"))
                  .type(in.constant("type", TrainingType.class))
                  .organiser(in.optionalConstant("organiser", TrainingOrganiser.class))
                  .occupation(in.optionalText("occupation"))
                  .level(in.optionalConstant("level", SkillLevel.class))
                  .region(in.optionalConstant("region", Region.class))
                  .willing(in.constant("willing", Fact.class))
                  .completed(in.constant("completed", Fact.class))
                  .passed(in.constant("passed", Fact.class))
                  .certified(in.constant("certified", Fact.class))
                  .firstAppraisal(in.constant("firstAppraisal", Fact.class))
                  .certificateDate(in.optionalDate("certificateDate"))
                  .completionDate(in.optionalDate("completionDate"))
                  .build());

  static final Shape<Candidate> CANDIDATE =
      Shape.of(
          Candidate.class,
          List.of("person", "meetsRequirements"),
          (out, c) -> {
            out.object("person", PERSON, c.person());
            out.bool("meetsRequirements", c.meetsRequirements());
          },
          in -> Candidate.of(in.object("person", PERSON), in.bool("meetsRequirements")));

  static final Shape<LabourDemand> LABOUR_DEMAND =
      Shape.of(
          LabourDemand.class,
          List.of("project", "positions", "asOf", "title"),
          (out, d) -> {
            out.object("project", PROJECT, d.project());
            out.integer("positions", d.positions());
            out.date("asOf", d.asOf());
            out.optionalText("title", d.title());
          },
          in ->
              LabourDemand.builder()
                  .project(in.object("project", PROJECT))
                  .positions(in.integer("positions"))
                  .asOf(in.date("asOf"))
                  .title(in.optionalText("title"))
                  .build());

  static final Shape<ProjectEvent> PROJECT_EVENT =
      Shape.of(
          ProjectEvent.class,
          List.of(
              "kind",
              "project",
              "date",
              "landNotice",
              "involvesLandExpropriatedPersons",
              "recruitsCurrentGraduates",
              "workers",
              "issueId",
              "issueTopic"),
          (out, e) -> {
            out.constant("kind", e.kind());
            out.object("project", PROJECT, e.project());
            out.date("date", e.date());
            out.optionalConstant("landNotice", e.landNotice());
            out.constant("involvesLandExpropriatedPersons", e.involvesLandExpropriatedPersons());
            out.constant("recruitsCurrentGraduates", e.recruitsCurrentGraduates());
            out.optionalInteger("workers", e.workers());
            out.optionalText("issueId", e.issueId());
            out.optionalConstant("issueTopic", e.issueTopic());
          },
          in ->
              ProjectEvent.builder()
                  .kind(in.constant("kind", ProjectEventKind.class))
                  .project(in.object("project", PROJECT))
                  .date(in.date("date"))
                  .landNotice(in.optionalConstant("landNotice", LandNoticeKind.class))
                  .involvesLandExpropriatedPersons(
                      in.constant("involvesLandExpropriatedPersons", Fact.class))
                  .recruitsCurrentGraduates(in.constant("recruitsCurrentGraduates", Fact.class))
                  .workers(in.optionalInteger("workers"))
                  .issueId(in.optionalText("issueId"))
                  .issueTopic(in.optionalConstant("issueTopic", IssueTopic.class))
                  .build());

  // --- decisions ---------------------------------------------------------------------------------

  static final Shape<ScopeDecision> SCOPE_DECISION =
      Shape.of(
          ScopeDecision.class,
          List.of("outcome", "basis", "reasons", "missingFacts", "versions"),
          (out, d) -> {
            out.constant("outcome", d.outcome());
            out.constant("basis", d.basis());
            out.list("reasons", REASON, d.reasons());
            out.list("missingFacts", MISSING_FACT, d.missingFacts());
            out.object("versions", VERSIONS, d.versions());
          },
          in ->
              ScopeDecision.builder()
                  .outcome(in.constant("outcome", Outcome.class))
                  .basis(in.constant("basis", ScopeBasis.class))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .versions(in.object("versions", VERSIONS))
                  .build());

  static final Shape<GroupDecision> GROUP_DECISION =
      Shape.of(
          GroupDecision.class,
          List.of("group", "outcome", "reasons", "missingFacts", "versions"),
          (out, d) -> {
            out.object("group", PERSON_GROUP, d.group());
            out.constant("outcome", d.outcome());
            out.list("reasons", REASON, d.reasons());
            out.list("missingFacts", MISSING_FACT, d.missingFacts());
            out.object("versions", VERSIONS, d.versions());
          },
          in ->
              GroupDecision.builder()
                  .group(in.object("group", PERSON_GROUP))
                  .outcome(in.constant("outcome", Outcome.class))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .versions(in.object("versions", VERSIONS))
                  .build());

  static final Shape<PersonGroups> PERSON_GROUPS =
      Shape.of(
          PersonGroups.class,
          List.of("outcome", "decisions", "reasons", "missingFacts", "versions"),
          (out, d) -> {
            out.constant("outcome", d.outcome());
            out.list("decisions", GROUP_DECISION, d.decisions());
            out.list("reasons", REASON, d.reasons());
            out.list("missingFacts", MISSING_FACT, d.missingFacts());
            out.object("versions", VERSIONS, d.versions());
          },
          in ->
              PersonGroups.builder()
                  .outcome(in.constant("outcome", Outcome.class))
                  .decisions(in.list("decisions", GROUP_DECISION))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .versions(in.object("versions", VERSIONS))
                  .build());

  static final Shape<SubsidyEntitlement> SUBSIDY_ENTITLEMENT =
      Shape.of(
          SubsidyEntitlement.class,
          List.of(
              "kind", "outcome", "conditional", "amount", "amountBasis", "reasons", "missingFacts"),
          (out, e) -> {
            out.constant("kind", e.kind());
            out.constant("outcome", e.outcome());
            out.bool("conditional", e.conditional());
            out.optionalMoney("amount", e.amount());
            out.constant("amountBasis", e.amountBasis());
            out.list("reasons", REASON, e.reasons());
            out.list("missingFacts", MISSING_FACT, e.missingFacts());
          },
          in ->
              SubsidyEntitlement.builder()
                  .kind(in.constant("kind", SubsidyKind.class))
                  .outcome(in.constant("outcome", Outcome.class))
                  .conditional(in.bool("conditional"))
                  .amount(in.optionalMoney("amount"))
                  .amountBasis(in.constant("amountBasis", AmountBasis.class))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .build());

  static final Shape<SubsidyDecision> SUBSIDY_DECISION =
      Shape.of(
          SubsidyDecision.class,
          List.of("outcome", "entitlements", "duties", "reasons", "missingFacts", "versions"),
          (out, d) -> {
            out.constant("outcome", d.outcome());
            out.list("entitlements", SUBSIDY_ENTITLEMENT, d.entitlements());
            out.list("duties", DUTY, d.duties());
            out.list("reasons", REASON, d.reasons());
            out.list("missingFacts", MISSING_FACT, d.missingFacts());
            out.object("versions", VERSIONS, d.versions());
          },
          in ->
              SubsidyDecision.builder()
                  .outcome(in.constant("outcome", Outcome.class))
                  .entitlements(in.list("entitlements", SUBSIDY_ENTITLEMENT))
                  .duties(in.list("duties", DUTY))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .versions(in.object("versions", VERSIONS))
                  .build());

  static final Shape<ObligationDecision> OBLIGATION_DECISION =
      Shape.of(
          ObligationDecision.class,
          List.of("outcome", "duties", "reasons", "missingFacts", "versions"),
          (out, d) -> {
            out.constant("outcome", d.outcome());
            out.list("duties", DUTY, d.duties());
            out.list("reasons", REASON, d.reasons());
            out.list("missingFacts", MISSING_FACT, d.missingFacts());
            out.object("versions", VERSIONS, d.versions());
          },
          in ->
              ObligationDecision.builder()
                  .outcome(in.constant("outcome", Outcome.class))
                  .duties(in.list("duties", DUTY))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .versions(in.object("versions", VERSIONS))
                  .build());

  static final Shape<Placement> PLACEMENT =
      Shape.of(
          Placement.class,
          List.of("candidateId", "tier", "seated", "reasons", "missingFacts"),
          (out, p) -> {
            out.text("candidateId", p.candidateId());
            out.constant("tier", p.tier());
            out.bool("seated", p.seated());
            out.list("reasons", REASON, p.reasons());
            out.list("missingFacts", MISSING_FACT, p.missingFacts());
          },
          in ->
              Placement.builder()
                  .candidateId(in.text("candidateId"))
                  .tier(in.constant("tier", RecruitmentTier.class))
                  .seated(in.bool("seated"))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .build());

  static final Shape<RecruitmentPlan> RECRUITMENT_PLAN =
      Shape.of(
          RecruitmentPlan.class,
          List.of(
              "outcome",
              "positions",
              "placements",
              "shortfall",
              "shortfallDuty",
              "reasons",
              "missingFacts",
              "versions"),
          (out, p) -> {
            out.constant("outcome", p.outcome());
            out.integer("positions", p.positions());
            out.list("placements", PLACEMENT, p.placements());
            out.integer("shortfall", p.shortfall());
            out.optionalObject("shortfallDuty", DUTY, p.shortfallDuty());
            out.list("reasons", REASON, p.reasons());
            out.list("missingFacts", MISSING_FACT, p.missingFacts());
            out.object("versions", VERSIONS, p.versions());
          },
          in ->
              RecruitmentPlan.builder()
                  .outcome(in.constant("outcome", Outcome.class))
                  .positions(in.integer("positions"))
                  .placements(in.list("placements", PLACEMENT))
                  .shortfall(in.integer("shortfall"))
                  .shortfallDuty(in.optionalObject("shortfallDuty", DUTY))
                  .reasons(in.list("reasons", REASON))
                  .missingFacts(in.list("missingFacts", MISSING_FACT))
                  .versions(in.object("versions", VERSIONS))
                  .build());

  /** Every shape, decisions first: the types a document can have. */
  static final List<Shape<?>> ALL =
      List.of(
          SCOPE_DECISION,
          PERSON_GROUPS,
          GROUP_DECISION,
          SUBSIDY_DECISION,
          SUBSIDY_ENTITLEMENT,
          OBLIGATION_DECISION,
          RECRUITMENT_PLAN,
          PLACEMENT,
          DUTY,
          PERFORMER,
          REASON,
          INTERPRETATION,
          INTERPRETATION_ALTERNATIVE,
          MISSING_FACT,
          VERSIONS,
          PERSON_GROUP,
          VALIDITY_WINDOW,
          POLICY_DOCUMENT,
          DEADLINE,
          WORKING_DAY_PERIOD,
          HOLIDAY_NOTICE,
          DAY_DECLARATION,
          DATE_RANGE,
          LOCATION,
          PROJECT,
          PERSON,
          TRAINING_RECORD,
          CANDIDATE,
          LABOUR_DEMAND,
          PROJECT_EVENT);

  /** The shapes of the decisions ({@code org.employmentlinkage.policy.Decision}). */
  static final List<Shape<? extends Decision>> DECISIONS =
      List.of(
          SCOPE_DECISION,
          PERSON_GROUPS,
          GROUP_DECISION,
          SUBSIDY_DECISION,
          OBLIGATION_DECISION,
          RECRUITMENT_PLAN);
}
