package org.employmentlinkage.badinput;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.DateRange;
import org.employmentlinkage.calendar.HolidayNotice;
import org.employmentlinkage.calendar.HolidayNotices;
import org.employmentlinkage.calendar.NoticeFormatException;
import org.employmentlinkage.calendar.OutsideCoverageException;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.domain.IssueTopic;
import org.employmentlinkage.domain.LabourDemand;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.money.MoneyUnit;
import org.employmentlinkage.policy.ClauseRef;
import org.employmentlinkage.policy.MissingFact;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.policy.Reason;
import org.employmentlinkage.policy.ReasonCode;
import org.employmentlinkage.policy.ResponsibleUnit;
import org.employmentlinkage.policy.UnitAlias;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;

/**
 * The bad-input catalogue of linkage-core ({@link BadInputCatalogue}): every public entry point of
 * the calendar, money, policy, region and domain packages walked with null, empty, negative, far
 * dates, unknown codes and malformed text, plus the curated cases below, each citing the documented
 * exception and the words of its message.
 */
class CoreBadInputCatalogueTest extends BadInputCatalogueTestBase {

  static BadInputCatalogue catalogue() {
    Samples samples = CoreSamples.samples();
    samples.valid(Region.class, () -> Region.WAFANGDIAN);
    String notices = HolidayNotices.format(List.of(CoreSamples.notice()));
    return BadInputCatalogue.of("linkage-core", Money.class, samples)
        .receiver(ChinaCalendars.Builder.class, ChinaCalendars::builder)
        // valid arguments where any value of the type will not do
        .valid("calendar.HolidayNotices#parse(String,String)", () -> args(notices, "notices.txt"))
        .valid(
            "calendar.HolidayNotices#read(Reader,String)",
            () -> args(new java.io.StringReader(notices), "notices.txt"))
        .valid("domain.SkillLevel#parse(String)", () -> args("初级工"))
        .valid("money.Money#parse(String)", () -> args("1亿元"))
        .valid("policy.ClauseRef#parse(String)", () -> args("大政办发〔2018〕83号 二（三）"))
        .valid(
            "policy.PersonGroup#customPriority(String,String,String)",
            () -> args("RETIRED_SOLDIER", "退役军人", "retired soldiers"))
        .valid(
            "policy.Reason#of(ReasonCode,ClauseRef,String,String)",
            () ->
                args(
                    org.employmentlinkage.policy.ReasonCode.LAND_NOTICE_TRIGGERS,
                    org.employmentlinkage.policy.ClauseRef.LAND_EXPROPRIATION,
                    "样例",
                    "sample"))
        .valid("policy.ResponsibleUnit#ofName(String)", () -> args("市人社局"))
        .valid(
            "policy.Interpretation.Alternative#of(String,String,String)",
            () -> args("RESIDENCE", "居住地", "residence"))
        .valid(
            "region.Location#of(Region,Region)", () -> args(Region.JINZHOU, Region.JINPU_NEW_AREA))
        .valid("region.Region#ofCode(String)", () -> args("210281"))
        .valid("region.Region#ofName(String)", () -> args("瓦房店市"))
        .valid(
            "policy.UnitAlias#of(String,Year,String)",
            () -> args("市自然资源局", Year.of(2019), "大连市机构改革 2019"));
  }

  /**
   * The curated cases: for the entry points whose rules a generic bad value does not reach, the
   * call, the documented exception and the words its message must hold (the argument or the rule;
   * the rules are those of the javadoc, docs/adr/0003-policy-as-code.md and the notice format,
   * docs/notice-format.md).
   */
  static BadInputCatalogue curated(BadInputCatalogue c) {
    LocalDate jan31 = LocalDate.of(2025, 1, 31);
    HolidayNotice official = CoreSamples.notice();
    return c
        // calendar
        .expect(
            "calendar.DateRange#of(LocalDate,LocalDate)",
            "last before first",
            () -> DateRange.of(jan31, jan31.minusDays(1)),
            IllegalArgumentException.class,
            "last",
            "first",
            "2025-01-30")
        .expect(
            "calendar.WorkingDayPeriod#of(int)",
            "0 working days",
            () -> WorkingDayPeriod.of(0),
            IllegalArgumentException.class,
            "workingDays",
            "at least 1")
        .expect(
            "calendar.WorkingDayCalendar#dayKind(LocalDate)",
            "2027-01-04, a year no notice covers yet (the State Council notices; docs/festivals.md for 2027)",
            () -> ChinaCalendars.official().dayKind(LocalDate.of(2027, 1, 4)),
            OutsideCoverageException.class,
            "2027-01-04",
            "ChinaCalendars.provisional()")
        .expect(
            "calendar.WorkingDayPeriod#after(LocalDate,WorkingDayCalendar)",
            "30 working days after 2026-12-15 run into 2027 (the State Council notices; docs/festivals.md for 2027)",
            () ->
                WorkingDayPeriod.of(30)
                    .after(LocalDate.of(2026, 12, 15), ChinaCalendars.official()),
            OutsideCoverageException.class,
            "2026-12-15")
        .expect(
            "calendar.HolidayNotices#parse(String,String)",
            "a line that is not 'key: value'",
            () -> HolidayNotices.parse("garbage", "bad.txt"),
            NoticeFormatException.class,
            "bad.txt:1:",
            "key: value")
        .expect(
            "calendar.ChinaCalendars#withNotices(Collection)",
            "a second notice under the number of an official one",
            () ->
                ChinaCalendars.withNotices(
                    List.of(
                        HolidayNotice.builder()
                            .from(official)
                            .title(official.title() + "（重复编号）")
                            .build())),
            NoticeFormatException.class,
            "share the number",
            official.number())
        // money
        .expect(
            "money.Money#parse(String)",
            "Chinese numerals (Money.parse refuses 一亿元)",
            () -> Money.parse("一亿元"),
            IllegalArgumentException.class,
            "Money.parse")
        .expect(
            "money.Money#parse(String)",
            "a negative amount",
            () -> Money.parse("-1元"),
            IllegalArgumentException.class,
            "Money.parse")
        .expect(
            "money.Money#parse(String)",
            "an amount finer than 1 分",
            () -> Money.parse("1.001元"),
            IllegalArgumentException.class,
            "Money.parse")
        .expect(
            "money.Money#ofYuan(BigDecimal)",
            "an amount finer than 1 分",
            () -> Money.ofYuan(new BigDecimal("0.001")),
            IllegalArgumentException.class,
            "0.001")
        .expect(
            "money.Money#ofYuan(BigDecimal)",
            "more decimal places than Money.MAX_SCALE (a million trailing zeros)",
            () -> Money.ofYuan(new BigDecimal(BigInteger.TEN.pow(1_000_000), 1_000_000)),
            IllegalArgumentException.class,
            "decimal places")
        .expect(
            "money.Money#of(BigDecimal,MoneyUnit)",
            "more decimal places than Money.MAX_SCALE",
            () -> Money.of(new BigDecimal(BigInteger.TEN.pow(1_000), 1_000), MoneyUnit.YUAN),
            IllegalArgumentException.class,
            "decimal places")
        .expect(
            "money.Money#multiply(BigDecimal,RoundingMode)",
            "a factor with more decimal places than Money.MAX_SCALE",
            () ->
                Money.ofYuan(1)
                    .multiply(new BigDecimal(BigInteger.TEN.pow(1_000), 1_000), RoundingMode.UP),
            IllegalArgumentException.class,
            "decimal places")
        .expect(
            "money.Money#minus(Money)",
            "more than the amount (amounts are never negative)",
            () -> Money.ofYuan(1).minus(Money.ofYuan(2)),
            ArithmeticException.class)
        // region
        .expect(
            "region.Region#ofCode(String)",
            "a code that is not one of Dalian's 2018 codes (the 2018 administrative-division codes)",
            () -> Region.ofCode("210299"),
            IllegalArgumentException.class,
            "unknown region code",
            "210299",
            "210281")
        .expect(
            "region.Region#ofName(String)",
            "a name that is no region of Dalian",
            () -> Region.ofName("保税区以外"),
            IllegalArgumentException.class,
            "unknown region name")
        .expect(
            "region.Location#of(Region)",
            "the city itself, not a county-level unit",
            () -> Location.of(Region.DALIAN),
            IllegalArgumentException.class,
            "countyLevelUnit")
        .expect(
            "region.Location#of(Region,Region)",
            "a county-level unit as the pilot zone",
            () -> Location.of(Region.WAFANGDIAN, Region.ZHUANGHE),
            IllegalArgumentException.class,
            "pilotZone")
        // policy
        .expect(
            "policy.ClauseRef#parse(String)",
            "half-width brackets, not the canonical citation",
            () -> ClauseRef.parse("大政办发[2018]83号 二(三)"),
            IllegalArgumentException.class,
            "canonical")
        .expect(
            "policy.ResponsibleUnit#ofName(String)",
            "a unit 大政办发〔2018〕83号 does not name",
            () -> ResponsibleUnit.ofName("市教育局"),
            IllegalArgumentException.class,
            "no unit named")
        .expect(
            "policy.PersonGroup#customPriority(String,String,String)",
            "an id that is not upper-case ASCII",
            () -> PersonGroup.customPriority("retired soldier", "退役军人", "retired soldiers"),
            IllegalArgumentException.class,
            "id",
            "upper-case")
        .expect(
            "policy.PersonGroup#customPriority(String,String,String)",
            "the id of a built-in group",
            () -> PersonGroup.customPriority("COLLEGE_GRADUATE", "高校毕业生", "college graduates"),
            IllegalArgumentException.class,
            "built-in")
        .expect(
            "policy.Reason#of(ReasonCode,ClauseRef,String,String)",
            "a blank text",
            () ->
                Reason.of(
                    ReasonCode.LAND_NOTICE_TRIGGERS, ClauseRef.LAND_EXPROPRIATION, " ", "sample"),
            IllegalArgumentException.class,
            "blank")
        .expect(
            "policy.Interpretation.Alternative#of(String,String,String)",
            "a key that is not upper-case ASCII",
            () -> org.employmentlinkage.policy.Interpretation.Alternative.of("x", "样例", "sample"),
            IllegalArgumentException.class,
            "key",
            "upper-case")
        .expect(
            "policy.UnitAlias#of(String,Year,String)",
            "a blank name",
            () -> UnitAlias.of(" ", Year.of(2019), "source"),
            IllegalArgumentException.class,
            "name")
        .expect(
            "policy.MissingFact#certification(String)",
            "a blank status",
            () -> MissingFact.certification(" "),
            IllegalArgumentException.class,
            "status")
        // domain
        .expect(
            "domain.SkillLevel#parse(String)",
            "a level that does not exist (五级 to 一级, docs/adr/0003-policy-as-code.md, subsidies)",
            () -> SkillLevel.parse("六级"),
            IllegalArgumentException.class,
            "六级",
            "not a level")
        .expect(
            "domain.LabourDemand#of(Project,int,LocalDate)",
            "no position",
            () -> LabourDemand.of(CoreSamples.project(), 0, CoreSamples.DATE),
            IllegalArgumentException.class,
            "positions",
            "at least 1")
        .expect(
            "domain.ProjectEvent#labourShortfall(Project,LocalDate,int)",
            "a shortfall of no worker",
            () -> ProjectEvent.labourShortfall(CoreSamples.project(), CoreSamples.DATE, 0),
            IllegalArgumentException.class,
            "workers",
            "at least 1")
        .expect(
            "domain.ProjectEvent#issueRaised(Project,LocalDate,String,IssueTopic)",
            "a blank issue id",
            () ->
                ProjectEvent.issueRaised(
                    CoreSamples.project(), CoreSamples.DATE, " ", IssueTopic.EMPLOYMENT),
            IllegalArgumentException.class,
            "issueId");
  }

  @Override
  protected BadInputCatalogue curatedCatalogue() {
    return curated(catalogue());
  }
}
