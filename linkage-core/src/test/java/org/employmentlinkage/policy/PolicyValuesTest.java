package org.employmentlinkage.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.Deadline;
import org.employmentlinkage.calendar.WorkingDayPeriod;
import org.employmentlinkage.region.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The invariants and documented forms of the policy vocabulary: duties, performers, versions, unit
 * aliases, outcomes and clause parts. Expected texts are the policy's words (大政办发〔2018〕83号) or the
 * forms the javadoc documents.
 */
class PolicyValuesTest {

  /**
   * README.md, "Decisions you should know": published Fri 2018-07-06, 30 working days → due Fri
   * 2018-08-17.
   */
  private static final LocalDate PUBLISHED = LocalDate.of(2018, 7, 6);

  private static final LocalDate DUE = LocalDate.of(2018, 8, 17);

  private static Deadline officialDeadline() {
    return WorkingDayPeriod.of(30).after(PUBLISHED, ChinaCalendars.official());
  }

  /**
   * A trigger late in 2026 runs into 2027, which no notice covers yet (the State Council notices;
   * docs/festivals.md for 2027).
   */
  private static Deadline provisionalDeadline() {
    return WorkingDayPeriod.of(30).after(LocalDate.of(2026, 12, 15), ChinaCalendars.provisional());
  }

  private static Duty.Builder duty(DutyTiming timing) {
    return Duty.builder()
        .code(DutyCode.LAND_SURVEY_AND_DATABASES)
        .clause(ClauseRef.LAND_EXPROPRIATION)
        .zh("摸清被征地人员基本情况")
        .en("survey the land-expropriated persons")
        .timing(timing);
  }

  private static Duty.Builder withDeadline(DutyTiming timing, Deadline d) {
    return duty(timing).trigger(d.trigger()).period(d.period()).deadline(d);
  }

  @Test
  void theDeadlinesUsedHereAreTheSourcedOnes() {
    assertThat(officialDeadline().due()).isEqualTo(DUE);
    assertThat(officialDeadline().provisional()).isFalse();
    assertThat(provisionalDeadline().provisional()).isTrue();
  }

  @Test
  void aDueDateNeedsAnOfficialDeadlineWithItsTriggerAndPeriod() {
    Duty d = withDeadline(DutyTiming.DUE_DATE, officialDeadline()).build();
    assertThat(d.due()).hasValue(DUE);
    assertThat(d.deadline()).hasValue(officialDeadline());
    assertThatThrownBy(() -> duty(DutyTiming.DUE_DATE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUE_DATE requires an official deadline");
    assertThatThrownBy(() -> withDeadline(DutyTiming.DUE_DATE, provisionalDeadline()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an official deadline");
  }

  @Test
  void aProvisionalDueDateNeedsAProvisionalDeadline() {
    Deadline p = provisionalDeadline();
    Duty d = withDeadline(DutyTiming.PROVISIONAL_DUE_DATE, p).build();
    assertThat(d.due()).hasValue(p.due());
    assertThatThrownBy(() -> duty(DutyTiming.PROVISIONAL_DUE_DATE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a provisional deadline");
    assertThatThrownBy(
            () -> withDeadline(DutyTiming.PROVISIONAL_DUE_DATE, officialDeadline()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a provisional deadline");
  }

  @Test
  void anUndeterminedDueDateHasTriggerAndPeriodButNoDeadline() {
    Duty d =
        duty(DutyTiming.DUE_DATE_UNDETERMINED)
            .trigger(PUBLISHED)
            .period(WorkingDayPeriod.of(30))
            .build();
    assertThat(d.due()).isEmpty();
    assertThatThrownBy(
            () -> duty(DutyTiming.DUE_DATE_UNDETERMINED).period(WorkingDayPeriod.of(30)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no deadline");
    assertThatThrownBy(() -> duty(DutyTiming.DUE_DATE_UNDETERMINED).trigger(PUBLISHED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no deadline");
    assertThatThrownBy(
            () -> withDeadline(DutyTiming.DUE_DATE_UNDETERMINED, officialDeadline()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no deadline");
  }

  @Test
  void aPeriodicDutyHasARecurrenceAndNoDeadline() {
    Duty d = duty(DutyTiming.PERIODIC).recurrence(Period.ofMonths(3)).build();
    assertThat(d.recurrence()).hasValue(Period.ofMonths(3));
    assertThatThrownBy(
            () ->
                withDeadline(DutyTiming.PERIODIC, officialDeadline())
                    .recurrence(Period.ofMonths(3))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a recurrence");
  }

  @ParameterizedTest
  @EnumSource(
      value = DutyTiming.class,
      names = {"NO_FIXED_DEADLINE", "PROMPTLY", "PERIOD_UNDETERMINED"})
  void untimedDutiesHaveNeitherDeadlineNorRecurrence(DutyTiming timing) {
    assertThat(duty(timing).build().due()).isEmpty();
    assertThatThrownBy(() -> duty(timing).recurrence(Period.ofMonths(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither deadline nor recurrence");
    assertThatThrownBy(() -> withDeadline(timing, officialDeadline()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither deadline nor recurrence");
  }

  @Test
  void aDeadlinesTriggerAndPeriodMustBeTheDutys() {
    Deadline d = officialDeadline();
    assertThatThrownBy(
            () ->
                duty(DutyTiming.DUE_DATE)
                    .trigger(PUBLISHED.plusDays(1))
                    .period(d.period())
                    .deadline(d)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trigger and period equal to the deadline's");
    assertThatThrownBy(
            () ->
                duty(DutyTiming.DUE_DATE)
                    .trigger(d.trigger())
                    .period(WorkingDayPeriod.of(29))
                    .deadline(d)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trigger and period equal to the deadline's");
    assertThatThrownBy(() -> duty(DutyTiming.DUE_DATE).deadline(d).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trigger and period");
  }

  @Test
  void aDutyConcernsAtLeastOneWorker() {
    // 二（五）: the shortfall to recruit externally is a number of workers, at least 1.
    assertThat(duty(DutyTiming.PROMPTLY).workers(1).build().workers().getAsInt()).isEqualTo(1);
    assertThatThrownBy(() -> duty(DutyTiming.PROMPTLY).workers(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers must be at least 1");
  }

  @Test
  void dutyCodesAndTextsAreChecked() {
    // A malformed code ("land_survey") no longer compiles: codes are DutyCode constants.
    assertThatThrownBy(() -> duty(DutyTiming.PROMPTLY).zh(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> duty(DutyTiming.PROMPTLY).en("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void aDutysSummaryNamesCodeClauseAndDueDate() {
    // javadoc of Duty.toString: "The code, the clause and the due date if any."
    Duty timed =
        withDeadline(DutyTiming.DUE_DATE, officialDeadline())
            .addPerformer(Performer.of(PerformerRole.COUNTY_OR_PILOT_ZONE, Region.WAFANGDIAN))
            .build();
    assertThat(timed.toString())
        .startsWith("LAND_SURVEY")
        .contains("大政办发〔2018〕83号 二（三）")
        .contains("2018-08-17")
        .contains("项目落地区市县（先导区）");
    assertThat(duty(DutyTiming.PROMPTLY).build().toString())
        .startsWith("LAND_SURVEY")
        .contains("PROMPTLY")
        .doesNotContain("2018-08-17");
  }

  @Test
  void performersReadAsRoleAtRegionSlashSubdistrict() {
    // javadoc example: 项目落地区市县（先导区）@瓦房店市(210281)
    assertThat(Performer.of(PerformerRole.COUNTY_OR_PILOT_ZONE, Region.WAFANGDIAN).toString())
        .isEqualTo("项目落地区市县（先导区）@瓦房店市(210281)");
    assertThat(Performer.of(PerformerRole.LOCAL_GOVERNMENT).toString()).startsWith("当地政府");
    Performer street =
        Performer.builder()
            .role(PerformerRole.SUBDISTRICT_OR_TOWNSHIP)
            .region(Region.WAFANGDIAN)
            .subdistrict("复州城镇")
            .name("HYPOTHETICAL contact")
            .build();
    assertThat(street.toString())
        .startsWith("街道（乡镇）@瓦房店市(210281)/复州城镇")
        .contains("HYPOTHETICAL contact");
  }

  @Test
  void everyPerformerRoleIsNamedInThePolicysWords() {
    String text = PolicyDocuments.dalian2018Text();
    Set<String> zh = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (PerformerRole role : PerformerRole.values()) {
      // 当地政府 approves the plan (二（三）: "报当地政府同意实施"); the label says so after the text's words
      String words = role.zh().replaceFirst("（方案报其同意实施；先导区为管委会）$", "");
      assertThat(text).as(role.name()).contains(words);
      assertThat(role.en()).as(role.name()).isNotBlank();
      zh.add(role.zh());
      en.add(role.en());
    }
    assertThat(zh).hasSize(PerformerRole.values().length);
    assertThat(en).hasSize(PerformerRole.values().length);
  }

  @Test
  void versionsNeedAllThreeParts() {
    Versions v = Versions.builder().policy("p").parameters("q").calendar("c").build();
    assertThat(v.policy()).isEqualTo("p");
    assertThatThrownBy(() -> Versions.builder().policy(" ").parameters("q").calendar("c").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Versions.builder().policy("p").parameters(" ").calendar("c").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Versions.builder().policy("p").parameters("q").calendar("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendar");
  }

  @Test
  void unitAliasesAreValuesWithASource() {
    UnitAlias a = UnitAlias.of("市自然资源局", Year.of(2019), "大连市2019年机构改革");
    assertThat(a.name()).isEqualTo("市自然资源局");
    assertThat(a.since()).isEqualTo(Year.of(2019));
    assertThat(a.source()).isEqualTo("大连市2019年机构改革");
    new EqualsTester()
        .addEqualityGroup(a, UnitAlias.of("市自然资源局", Year.of(2019), "大连市2019年机构改革"))
        .addEqualityGroup(UnitAlias.of("市国土资源局", Year.of(2019), "大连市2019年机构改革"))
        .addEqualityGroup(UnitAlias.of("市自然资源局", Year.of(2020), "大连市2019年机构改革"))
        .addEqualityGroup(UnitAlias.of("市自然资源局", Year.of(2019), "another source"))
        .addEqualityGroup("市自然资源局")
        .testEquals();
    assertThat(a.toString()).contains("市自然资源局").contains("2019");
    assertThatThrownBy(() -> UnitAlias.of(" ", Year.of(2019), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> UnitAlias.of("n", Year.of(2019), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> UnitAlias.of("n", null, "s"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("since");
    // the shipped alias carries its source
    assertThat(ResponsibleUnit.LAND_AND_HOUSING_BUREAU.aliases().get(0).source())
        .contains("大连市2019年机构改革")
        .doesNotContain("notes outside the repository");
  }

  @Test
  void responsibleUnitsHaveDistinctEnglishNames() {
    Set<String> names = new HashSet<>();
    for (ResponsibleUnit u : ResponsibleUnit.values()) {
      assertThat(u.englishName()).as(u.name()).isNotBlank();
      names.add(u.englishName());
    }
    assertThat(names).hasSize(ResponsibleUnit.values().length);
    assertThat(ResponsibleUnit.FINANCE_BUREAU.englishName()).contains("Finance");
  }

  @Test
  void outcomesAreThreeValuedPlusNotInForce() {
    // Labels as the javadoc of Outcome gives them.
    assertThat(Outcome.YES.zh()).isEqualTo("是");
    assertThat(Outcome.NO.zh()).isEqualTo("否");
    assertThat(Outcome.UNDETERMINED.zh()).isEqualTo("无法确定");
    assertThat(Outcome.NOT_IN_FORCE.zh()).isEqualTo("不在施行期内");
    assertThat(Outcome.YES.en()).isEqualTo("yes");
    assertThat(Outcome.NO.en()).isEqualTo("no");
    assertThat(Outcome.UNDETERMINED.en()).isEqualTo("undetermined");
    assertThat(Outcome.NOT_IN_FORCE.en()).isEqualTo("not in force");
    Set<Outcome> definite = EnumSet.noneOf(Outcome.class);
    for (Outcome o : Outcome.values()) {
      if (o.isDefinite()) {
        definite.add(o);
      }
    }
    assertThat(definite).containsExactlyInAnyOrder(Outcome.YES, Outcome.NO);
  }

  @Test
  void clausesNameTheirDocumentPartAndPath() {
    // ClauseRef: parts 一/二/三, items （一）…（八）, closing paragraph 三 末段（服务专员）.
    for (ClauseRef c : ClauseRef.values()) {
      assertThat(c.englishTitle()).as(c.name()).isNotBlank();
      if (c == ClauseRef.FORWARDING_NOTICE) {
        // the forwarding notice is cited by its number alone
        assertThat(c.documentNumber()).isEqualTo("瓦政办发〔2018〕66号");
        assertThat(c.canonical()).isEqualTo("瓦政办发〔2018〕66号");
        assertThat(c.responsibleUnits()).isEmpty();
        continue;
      }
      assertThat(c.documentNumber()).isEqualTo("大政办发〔2018〕83号");
      assertThat(c.canonical()).isEqualTo(c.documentNumber() + " " + c.path());
      assertThat(c.path()).startsWith(c.part());
    }
    assertThat(ClauseRef.JOB_DEMAND_ASSESSMENT.part()).isEqualTo("一");
    assertThat(ClauseRef.LINKAGE_GOALS.path()).isEqualTo("一（二）");
    assertThat(ClauseRef.PROJECT_CONSTRUCTION.part()).isEqualTo("二");
    assertThat(ClauseRef.PROJECT_CONSTRUCTION.path()).isEqualTo("二（五）");
    assertThat(ClauseRef.SKILLED_TALENT_RESERVE.part()).isEqualTo("三");
    assertThat(ClauseRef.SERVICE_SPECIALISTS.part()).isEqualTo("三");
    assertThat(ClauseRef.SERVICE_SPECIALISTS.path()).isEqualTo("三 末段（服务专员）");
    assertThat(ClauseRef.LAND_EXPROPRIATION.englishTitle()).containsIgnoringCase("land");
    Set<String> titles = new HashSet<>();
    for (ClauseRef c : ClauseRef.values()) {
      titles.add(c.englishTitle());
    }
    assertThat(titles).hasSize(ClauseRef.values().length);
  }

  @Test
  void summariesOfDocumentsGroupsAndFactsAreTheDocumentedForms() {
    // PolicyDocument: "number 《title》"; PersonGroup: "ID(中文)"; MissingFact: its key.
    PolicyDocument doc = PolicyDocuments.DALIAN_2018_83;
    assertThat(doc.toString()).isEqualTo(doc.number() + " 《" + doc.title() + "》");
    assertThat(doc.toString()).startsWith("大政办发〔2018〕83号 《");
    assertThat(PersonGroup.COLLEGE_GRADUATE.toString()).isEqualTo("COLLEGE_GRADUATE(高校毕业生)");
    assertThat(MissingFact.PERSON_RESIDENCE.toString()).isEqualTo("person.residence");
    assertThatThrownBy(
            () -> PolicyDocument.builder().number("n").title(" ").issuer("大连市人民政府办公厅").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingFactsNeedKeyAndTexts() {
    assertThatThrownBy(() -> MissingFact.builder().key(" ").zh("中").en("en").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MissingFact.builder().key("k").zh(" ").en("en").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MissingFact.builder().key("k").zh("中").en(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    MissingFact f = MissingFact.builder().key("k").zh("中").en("en").build();
    assertThat(List.of(f.key(), f.zh(), f.en())).containsExactly("k", "中", "en");
  }
}
