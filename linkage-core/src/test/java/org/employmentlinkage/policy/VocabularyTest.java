package org.employmentlinkage.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void validityWindowsAreTheSourcedDates() {
    // the policy text: in force from the issue date 2018-07-06; Wafangdian forwarded it on
    // 2018-07-31.
    ValidityWindow dalian = ValidityWindow.DALIAN_2018_83;
    assertThat(dalian.firstDay()).isEqualTo(LocalDate.of(2018, 7, 6));
    assertThat(dalian.lastDay()).isEmpty();
    assertThat(dalian.contains(LocalDate.of(2018, 7, 5))).isFalse();
    assertThat(dalian.contains(LocalDate.of(2018, 7, 6))).isTrue();
    assertThat(dalian.contains(LocalDate.of(2099, 1, 1))).isTrue();
    ValidityWindow wafangdian = ValidityWindow.WAFANGDIAN_FORWARDING;
    assertThat(wafangdian.contains(LocalDate.of(2018, 7, 30))).isFalse();
    assertThat(wafangdian.contains(LocalDate.of(2018, 7, 31))).isTrue();
    ValidityWindow ended =
        ValidityWindow.builder()
            .firstDay(LocalDate.of(2018, 7, 6))
            .lastDay(LocalDate.of(2023, 12, 31))
            .basis("hypothetical repeal, for this test")
            .build();
    assertThat(ended.contains(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(ended.contains(LocalDate.of(2024, 1, 1))).isFalse();
    assertThatThrownBy(
            () ->
                ValidityWindow.builder()
                    .firstDay(LocalDate.of(2018, 7, 6))
                    .lastDay(LocalDate.of(2018, 7, 5))
                    .basis("x")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastDay");
  }

  @Test
  void reasonsValidateTheirTexts() {
    // A malformed code ("lower") no longer compiles: codes are ReasonCode constants.
    Reason r =
        Reason.of(ReasonCode.LAND_NOTICE_TRIGGERS, ClauseRef.LAND_EXPROPRIATION, "中文", "English");
    assertThat(r)
        .isEqualTo(
            Reason.of(
                ReasonCode.LAND_NOTICE_TRIGGERS, ClauseRef.LAND_EXPROPRIATION, "中文", "English"));
    assertThat(r.toString()).contains("LAND_NOTICE_TRIGGERS").contains("大政办发〔2018〕83号 二（三）");
    assertThatThrownBy(
            () ->
                Reason.of(ReasonCode.LAND_NOTICE_TRIGGERS, ClauseRef.LAND_EXPROPRIATION, " ", "en"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reason.of(ReasonCode.LAND_NOTICE_TRIGGERS, null, "中文", "en"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void missingFactTextsDoNotDependOnTheDefaultLocale() {
    // surefire runs with tr_TR: neither zh nor en; the texts must still be the resource's.
    assertThat(Locale.getDefault().getLanguage()).isNotIn("zh", "en");
    assertThat(MissingFact.PROJECT_TOTAL_INVESTMENT.key()).isEqualTo("project.totalInvestment");
    assertThat(MissingFact.PROJECT_TOTAL_INVESTMENT.zh()).isEqualTo("项目总投资额");
    assertThat(MissingFact.PROJECT_TOTAL_INVESTMENT.en())
        .isEqualTo("the project's total investment");
    MissingFact status = MissingFact.certification("RETIRED_SOLDIER");
    assertThat(status.key()).isEqualTo("person.certification.RETIRED_SOLDIER");
    assertThat(status.zh()).isEqualTo("是否经认定具有“RETIRED_SOLDIER”身份");
    assertThat(status.en()).isEqualTo("whether the person is certified as \"RETIRED_SOLDIER\"");
    assertThatThrownBy(() -> MissingFact.certification(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void priorityGroupsAreAnOpenList() {
    assertThat(PersonGroup.COLLEGE_GRADUATE.isPriority()).isTrue();
    assertThat(PersonGroup.RURAL_TRANSFER_LABOUR.isPriority()).isTrue();
    assertThat(PersonGroup.OVERCAPACITY_RESETTLED_WORKER.isPriority()).isTrue();
    assertThat(PersonGroup.LAND_EXPROPRIATED_PERSON.isPriority()).isFalse();
    assertThat(PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE.isPriority()).isFalse();
    String text = PolicyDocuments.dalian2018Text();
    for (PersonGroup g :
        new PersonGroup[] {
          PersonGroup.COLLEGE_GRADUATE,
          PersonGroup.RURAL_TRANSFER_LABOUR,
          PersonGroup.OVERCAPACITY_RESETTLED_WORKER,
          PersonGroup.LAND_EXPROPRIATED_PERSON,
          PersonGroup.CURRENT_YEAR_COLLEGE_GRADUATE
        }) {
      assertThat(g.isBuiltIn()).isTrue();
      assertThat(g.clause().words()).as(g.id()).contains(g.zh());
      assertThat(text).contains(g.zh());
    }
    PersonGroup added = PersonGroup.customPriority("RETIRED_SOLDIER", "退役军人", "retired soldiers");
    assertThat(added.isBuiltIn()).isFalse();
    assertThat(added.isPriority()).isTrue();
    assertThat(added.clause()).isEqualTo(ClauseRef.LINKAGE_GOALS);
    assertThatThrownBy(() -> PersonGroup.customPriority("COLLEGE_GRADUATE", "x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("built-in");
    assertThatThrownBy(() -> PersonGroup.customPriority("退役军人", "退役军人", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dutyTimingMustAgreeWithItsAttributes() {
    Duty.Builder periodic =
        Duty.builder()
            .code(DutyCode.PERIODIC_LIAISON)
            .clause(ClauseRef.PROJECT_CONSTRUCTION)
            .zh("定期对接")
            .en("liaise regularly")
            .timing(DutyTiming.PERIODIC);
    assertThatThrownBy(periodic::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recurrence");
    Duty ok = periodic.recurrence(Period.ofMonths(3)).build();
    assertThat(ok.responsibleUnits()).isEqualTo(ClauseRef.PROJECT_CONSTRUCTION.responsibleUnits());
    assertThat(ok.trackedUntilClosed()).isFalse();
    assertThatThrownBy(
            () ->
                Duty.builder()
                    .code(DutyCode.LAND_SURVEY_AND_DATABASES)
                    .clause(ClauseRef.LAND_EXPROPRIATION)
                    .zh("摸清")
                    .en("survey")
                    .timing(DutyTiming.DUE_DATE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline");
  }
}
