package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.employmentlinkage.calendar.ArrangementRules.Kind;
import org.employmentlinkage.calendar.ArrangementRules.Pattern;
import org.employmentlinkage.calendar.ArrangementRules.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of the plausible arrangements, derived from the built-in notices: each expectation is
 * read from the notices' own sentences (quoted in {@code official-notices.txt}), e.g.
 * 国办发明电〔2018〕15号 "元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班".
 */
class ArrangementRulesTest {

  /**
   * Derived afresh for every test class instance, not the shared built-in rules: so that a mutant
   * of the derivation (under PIT) is run by the tests, not answered from a cache.
   */
  private final ArrangementRules rules = ArrangementRules.derive(OfficialNotices.list(), y -> true);

  private Set<Integer> years(Kind kind, DayOfWeek key, int from, int to, boolean wb) {
    return rules.patterns().stream()
        .filter(
            p ->
                p.kind() == kind
                    && p.key() == key
                    && p.to() == to
                    && p.extendedBack() == wb
                    && (wb || p.from() == from))
        .map(Pattern::year)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * One-day festivals by the weekday of their date: the stated range and the make-up day relative
   * to the date, and the years of the notices that did so. Monday: "与周末连休" (2018 元旦, 端午, 中秋; 2024
   * 元旦, 端午) or stated Sat–Mon (2021 端午 "6月12日至14日"); Tuesday: Sun–Tue and the Saturday before works
   * (2019 元旦, 2021 中秋, 2022 清明, 2024 中秋); Wednesday alone (2020 元旦, 2023 清明, 2025 元旦); Thursday:
   * Thu–Sat and the Sunday after works (2018 清明, 2020 端午, 2023 端午, 2024 清明, 2026 元旦); Friday: with
   * the weekend (2019 清明, 端午, 中秋) or stated Fri–Sun (2021 元旦, 2022 端午, 2025 清明, 2026 端午, 中秋);
   * Saturday: Sat–Mon (2020 清明, 2022 元旦, 中秋, 2025 端午); Sunday: Sat–Mon (2021 清明, 2023 元旦, 2026 清明).
   */
  @ParameterizedTest(name = "{0} {1}..{2} make-up {3}: {4}")
  @CsvSource(
      delimiter = ';',
      value = {
        "MONDAY; 0; 0; ; 2018 2024",
        "MONDAY; -2; 0; ; 2021",
        "TUESDAY; -2; 0; -3; 2019 2021 2022 2024",
        "WEDNESDAY; 0; 0; ; 2020 2023 2025",
        "THURSDAY; 0; 2; 3; 2018 2020 2023 2024 2026",
        "FRIDAY; 0; 0; ; 2019",
        "FRIDAY; 0; 2; ; 2021 2022 2025 2026",
        "SATURDAY; 0; 2; ; 2020 2022 2025",
        "SUNDAY; -1; 1; ; 2021 2023 2026"
      })
  void oneDayFestivalsFollowTheirWeekday(
      DayOfWeek key, int from, int to, String makeup, String years) {
    Set<Integer> expected = new TreeSet<>();
    for (String y : years.split(" ", -1)) {
      expected.add(Integer.valueOf(y));
    }
    List<Integer> m = makeup == null ? List.of() : List.of(Integer.valueOf(makeup));
    Set<Integer> found =
        rules.patterns().stream()
            .filter(
                p ->
                    p.kind() == Kind.ONE_DAY
                        && p.key() == key
                        && p.from() == from
                        && p.to() == to
                        && p.makeup().equals(m))
            .map(Pattern::year)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).isEqualTo(expected);
    // and no other shape for that weekday with that range
    assertThat(
            rules.patterns().stream()
                .filter(
                    p ->
                        p.kind() == Kind.ONE_DAY
                            && p.key() == key
                            && p.from() == from
                            && p.to() == to
                            && !p.makeup().equals(m))
                .toList())
        .isEmpty();
  }

  /**
   * 春节 relative to 除夕: 7 days from 除夕 in 2018–2023 ("2月15日至21日", 除夕 02-15, …); 8 days from 初一 in
   * 2024 ("2月10日至17日", 除夕 02-09 not a rest day); 8 days from 除夕 in 2025 ("1月28日（农历除夕）至2月4日（农历正月
   * 初七）"); 9 days from the Sunday before 除夕 in 2026 ("2月15日（农历腊月二十八、周日）至23日（农历正月初七）").
   */
  @Test
  void theSpringFestivalBlocks() {
    assertThat(
            rules.patterns().stream()
                .filter(p -> p.kind() == Kind.SPRING && !p.extendedBack())
                .map(p -> p.year() + ":" + p.from() + ".." + p.to())
                .toList())
        .containsExactly(
            "2018:0..6",
            "2019:0..6",
            "2020:0..6",
            "2021:0..6",
            "2022:0..6",
            "2023:0..6",
            "2024:1..8",
            "2025:0..7");
    assertThat(years(Kind.SPRING, DayOfWeek.MONDAY, -1, 7, true)).containsExactly(2026);
  }

  /**
   * 劳动节 relative to May 1: 2018 "4月29日至5月1日" (Tue); 2019 first "5月1日放假", then 国办发明电〔2019〕3号
   * "5月1日至4日"; 5 days from May 1 in 2020, 2021, 2024, 2025, 2026; from the Saturday before when May
   * 1 was a Sunday (2022 "4月30日至5月4日") or a Monday (2023 "4月29日至5月3日").
   */
  @Test
  void theLabourDayBlocks() {
    assertThat(years(Kind.LABOUR, DayOfWeek.TUESDAY, -2, 0, false)).containsExactly(2018);
    assertThat(years(Kind.LABOUR, DayOfWeek.WEDNESDAY, 0, 0, false)).containsExactly(2019);
    assertThat(years(Kind.LABOUR, DayOfWeek.WEDNESDAY, 0, 3, false)).containsExactly(2019);
    assertThat(
            rules.patterns().stream()
                .filter(p -> p.kind() == Kind.LABOUR && p.from() == 0 && p.to() == 4)
                .map(Pattern::year)
                .toList())
        .containsExactly(2020, 2021, 2024, 2025, 2026);
    assertThat(years(Kind.LABOUR, DayOfWeek.SUNDAY, 0, 3, true)).containsExactly(2022);
    assertThat(years(Kind.LABOUR, DayOfWeek.MONDAY, 0, 2, true)).containsExactly(2023);
  }

  /**
   * 国庆: "10月1日至7日" every year it stood alone; with 中秋 8 days from the earlier of the two: 2020 (中秋
   * 10-01) "10月1日至8日", 2023 (中秋 09-29) "9月29日至10月6日", 2025 (中秋 10-06) "10月1日至8日".
   */
  @Test
  void theNationalDayBlocks() {
    assertThat(
            rules.patterns().stream()
                .filter(p -> p.kind() == Kind.NATIONAL)
                .map(p -> p.year() + ":" + p.from() + ".." + p.to())
                .toList())
        .containsExactly(
            "2018:0..6", "2019:0..6", "2021:0..6", "2022:0..6", "2024:0..6", "2026:0..6");
    assertThat(
            rules.patterns().stream()
                .filter(p -> p.kind() == Kind.NATIONAL_MERGED)
                .map(p -> p.year() + ":" + p.from() + ".." + p.to())
                .toList())
        .containsExactly("2020:0..7", "2023:0..7", "2025:0..7");
  }

  /**
   * Merged when 中秋 falls within 09-29..10-06 (the merged years), apart when on or before 09-25 (the
   * latest separate 中秋, 2026), either way in between or after.
   */
  @ParameterizedTest(name = "中秋 {0}: merged {1}, separate {2}")
  @CsvSource({
    "2026-09-25, false, true",
    "2018-09-24, false, true",
    "2023-09-29, true, false",
    "2025-10-06, true, false",
    "2031-10-01, true, false",
    "2015-09-27, true, true",
    "2017-10-04, true, false",
    "2006-10-06, true, false",
    "2001-10-01, true, false"
  })
  void nationalDayAndMidAutumnAreMergedByTheObservedDates(
      LocalDate zhongqiu, boolean merged, boolean separate) {
    assertThat(rules.mayMerge(zhongqiu)).isEqualTo(merged);
    assertThat(rules.maySeparate(zhongqiu)).isEqualTo(separate);
  }

  /**
   * Only the 2020 extension breaks conservation: 国办发明电〔2020〕1号 "延长2020年春节假期至2月2日", with the make-up
   * Saturday 02-01 cancelled: 6 weekdays rest and one make-up day (01-19) works, 5 against the 3
   * statutory days of the 2013 revision. Every other arrangement of 2018–2026 rests on as many
   * weekdays as it has statutory days plus make-up days.
   */
  @Test
  void onlyThe2020ExtensionBreaksConservation() {
    assertThat(rules.nonConserving())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.notice()).isEqualTo("国办发明电〔2020〕1号");
              assertThat(p.kind()).isEqualTo(Kind.SPRING);
              assertThat(p.year()).isEqualTo(2020);
              assertThat(p.to()).isEqualTo(9); // 02-02 is 初九, 除夕 01-24 + 9
              assertThat(p.makeup()).containsExactly(-5); // 01-19
            });
  }

  /**
   * At most two make-up days on one side of a block (e.g. 2019 春节 "2月2日（星期六）、2月3日（星期日）上班" before
   * it, 2022 国庆 "10月8日（星期六）、10月9日（星期日）上班" after it); the longest run of working days through a
   * make-up day of a block is 7 under the 2013 revision (2019 春节: Mon 01-28 to Sun 02-03) and 6
   * under the 2024 revision (国务院令第795号 第七条; 2026 元旦's 01-04 to 01-09 and 春节's 02-09 to 02-14 reach
   * it).
   */
  @Test
  void theSharedRulesAreTheDerivedOnes() {
    assertThat(ArrangementRules.builtIn().patterns()).isEqualTo(rules.patterns());
    assertThat(ArrangementRules.builtIn().nonConserving()).isEqualTo(rules.nonConserving());
  }

  /** Festival names as the notices give them, alone and combined. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "元旦, ONE_DAY",
    "春节, SPRING",
    "清明节, ONE_DAY",
    "劳动节, LABOUR",
    "端午节, ONE_DAY",
    "中秋节, ONE_DAY",
    "国庆节, NATIONAL",
    "国庆节、中秋节, NATIONAL_MERGED",
    "中秋节、国庆节, NATIONAL_MERGED"
  })
  void festivalNamesMapToKinds(String festival, Kind kind) {
    assertThat(ArrangementRules.kindOf(festival)).isEqualTo(kind);
  }

  @Test
  void unknownFestivalNamesHaveNoKind() {
    assertThat(ArrangementRules.kindOf("测试节")).isNull();
  }

  /** 第二条 of each revision: 春节 3 or 4 days, 劳动节 1 or 2, 国庆 3, with 中秋 4, the rest 1. */
  @Test
  void statutoryCountsPerRevision() {
    assertThat(ArrangementRules.statutoryCount(Kind.SPRING, Revision.REV_2013)).isEqualTo(3);
    assertThat(ArrangementRules.statutoryCount(Kind.SPRING, Revision.REV_2024)).isEqualTo(4);
    assertThat(ArrangementRules.statutoryCount(Kind.LABOUR, Revision.REV_2013)).isEqualTo(1);
    assertThat(ArrangementRules.statutoryCount(Kind.LABOUR, Revision.REV_2024)).isEqualTo(2);
    assertThat(ArrangementRules.statutoryCount(Kind.NATIONAL, Revision.REV_2024)).isEqualTo(3);
    assertThat(ArrangementRules.statutoryCount(Kind.NATIONAL_MERGED, Revision.REV_2013))
        .isEqualTo(4);
    assertThat(ArrangementRules.statutoryCount(Kind.ONE_DAY, Revision.REV_2024)).isEqualTo(1);
    assertThat(Revision.of(2025, true)).isEqualTo(Revision.REV_2024);
    assertThat(Revision.of(2025, false)).isEqualTo(Revision.REV_2013);
    assertThat(Revision.of(2024, true)).isEqualTo(Revision.REV_2013);
  }

  /** 2018-02-10/11 is a weekend, 02-12 a Monday: 02-10..02-14 holds 3 weekdays. */
  @Test
  void weekdaysAndWeekends() {
    LocalDate sat = LocalDate.of(2018, 2, 10);
    assertThat(ArrangementRules.isWeekend(sat)).isTrue();
    assertThat(ArrangementRules.isWeekend(sat.plusDays(2))).isFalse();
    assertThat(ArrangementRules.weekdays(sat, sat.plusDays(4))).isEqualTo(3);
    assertThat(ArrangementRules.onlyWeekend(sat, sat.plusDays(2))).isTrue();
    assertThat(ArrangementRules.onlyWeekend(sat, sat.plusDays(3))).isFalse();
    assertThat(ArrangementRules.onlyWeekend(sat, sat)).isTrue();
  }

  /**
   * The make-up days relative to their anchor, as the notices declare them: 2019 元旦 (Tue) "2018年12月
   * 29日（星期六）上班" (−3); 2018 春节 (除夕 02-15) "2月11日（星期日）、2月24日（星期六）上班" (−4, +9); 2022 国庆
   * "10月8日（星期六）、10月9日（星期日）上班" (+7, +8); 2026 劳动节 "5月9日（周六）上班" (+8).
   */
  @Test
  void makeUpDaysAreReadRelativeToTheAnchor() {
    assertThat(pattern(2019, Kind.ONE_DAY, "元旦").makeup()).containsExactly(-3);
    assertThat(pattern(2018, Kind.SPRING, "春节").makeup()).containsExactly(-4, 9);
    assertThat(pattern(2022, Kind.NATIONAL, "国庆节").makeup()).containsExactly(7, 8);
    assertThat(pattern(2026, Kind.LABOUR, "劳动节").makeup()).containsExactly(8);
    assertThat(pattern(2023, Kind.NATIONAL_MERGED, "中秋节、国庆节").key())
        .isEqualTo(DayOfWeek.FRIDAY); // 中秋 09-29, the anchor
    assertThat(pattern(2021, Kind.ONE_DAY, "清明节").from()).isEqualTo(-1); // 04-04 Sun, 04-03..05
    assertThat(pattern(2021, Kind.ONE_DAY, "端午节").from()).isEqualTo(-2); // 06-14 Mon, 06-12..14
    assertThat(pattern(2019, Kind.ONE_DAY, "中秋节").key()).isEqualTo(DayOfWeek.FRIDAY); // 09-13
  }

  private Pattern pattern(int year, Kind kind, String festival) {
    return rules.patterns().stream()
        .filter(p -> p.year() == year && p.kind() == kind && p.festival().equals(festival))
        .findFirst()
        .orElseThrow();
  }

  /** Without the years of a revision, the run bound falls back to what any year shows. */
  @Test
  void theRunBoundWithoutEvidenceOfARevision() {
    ArrangementRules only2013 = ArrangementRules.derive(OfficialNotices.list(), y -> y <= 2024);
    assertThat(only2013.maxRun(Revision.REV_2013)).isEqualTo(7);
    // without a year of the 2024 revision, its 第七条 bounds it: 6
    assertThat(only2013.maxRun(Revision.REV_2024)).isEqualTo(6);
    ArrangementRules only2024 = ArrangementRules.derive(OfficialNotices.list(), y -> y >= 2025);
    assertThat(only2024.maxRun(Revision.REV_2013)).isEqualTo(6);
    ArrangementRules none = ArrangementRules.derive(OfficialNotices.list(), y -> false);
    assertThat(none.patterns()).isEmpty();
    assertThat(none.mayMerge(LocalDate.of(2025, 10, 6))).isFalse();
    assertThat(none.maySeparate(LocalDate.of(2025, 10, 6))).isTrue();
    assertThat(none.candidates(Kind.SPRING, Revision.REV_2024, DayOfWeek.FRIDAY)).isEmpty();
  }

  @Test
  void makeUpDaysAtMostTwoASideAndRunsAsObserved() {
    assertThat(rules.maxMakeupPerSide()).isEqualTo(2);
    assertThat(rules.maxRun(Revision.REV_2013)).isEqualTo(7);
    assertThat(rules.maxRun(Revision.REV_2024)).isEqualTo(6);
  }

  @Test
  void leavingAYearOutDropsItsObservations() {
    ArrangementRules without2026 = ArrangementRules.derive(OfficialNotices.list(), y -> y != 2026);
    assertThat(without2026.patterns()).noneMatch(p -> p.year() == 2026);
    assertThat(without2026.patterns()).anyMatch(p -> p.year() == 2025);
    // 2026's 中秋 (09-25) was the latest separate one; without it the latest is 2018's 09-24
    assertThat(without2026.mayMerge(LocalDate.of(2026, 9, 25))).isTrue();
    assertThat(without2026.maySeparate(LocalDate.of(2026, 9, 25))).isTrue();
    ArrangementRules without2020 = ArrangementRules.derive(OfficialNotices.list(), y -> y != 2020);
    assertThat(without2020.nonConserving()).isEmpty();
  }

  /**
   * The candidates of a block: those of the anchor's weekday under the same revision when two years
   * show them, else those of the revision. 2027 春节 (除夕 Friday, 2024 revision): no Friday under the
   * 2024 revision, so 2025's and 2026's blocks.
   */
  @Test
  void candidatesFallBackFromTheWeekdayToTheRevision() {
    assertThat(rules.candidates(Kind.SPRING, Revision.REV_2024, DayOfWeek.FRIDAY))
        .extracting(Pattern::year)
        .containsExactly(2025, 2026);
    // 除夕 on a Thursday under the 2013 revision: 2018 and 2021
    assertThat(rules.candidates(Kind.SPRING, Revision.REV_2013, DayOfWeek.THURSDAY))
        .extracting(Pattern::year)
        .containsExactly(2018, 2021);
    // 除夕 on a Saturday under the 2013 revision: 2023 only, so every 2013 block
    assertThat(rules.candidates(Kind.SPRING, Revision.REV_2013, DayOfWeek.SATURDAY))
        .extracting(Pattern::year)
        .containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024);
  }

  /**
   * The last days of December that the next 元旦 may change: 2019-01-01 Tuesday → 2018-12-29 (the
   * Saturday before works, 12-30..31 rest); 2023-01-01 Sunday → 2022-12-31; 2024-01-01 Monday →
   * 2023-12-30 (a Monday holiday was once stated Sat–Mon, 2021 端午, so the weekend before may become
   * {@code HOLIDAY}); 2027-01-01 Friday → none.
   */
  @ParameterizedTest(name = "after {0}: {1}")
  @CsvSource({"2018, 2018-12-29", "2022, 2022-12-31", "2023, 2023-12-30", "2026, ", "2020, "})
  void theDaysOfDecemberTheNextNewYearMayChange(int lastYear, LocalDate first) {
    long d = Projection.firstChangeableDay(rules, lastYear);
    if (first == null) {
      assertThat(d).isEqualTo(Long.MAX_VALUE);
    } else {
      assertThat(LocalDate.ofEpochDay(d)).isEqualTo(first);
    }
  }

  @Test
  void statutoryDatesFollowTheRevisionInForceAndKnown() {
    // 2024: 2013 revision, 11 days; 2025: 2024 revision, 13 days (国务院令第795号).
    assertThat(new HashSet<>(StatutoryHolidays.statutoryDates(FestivalTable.forYear(2024), true)))
        .hasSize(11)
        .doesNotContain(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 5, 2));
    assertThat(new HashSet<>(StatutoryHolidays.statutoryDates(FestivalTable.forYear(2025), true)))
        .hasSize(13)
        .contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 5, 2));
    // not knowing the 2024 revision, 2025 keeps the 2013 revision's 11 days
    assertThat(new HashSet<>(StatutoryHolidays.statutoryDates(FestivalTable.forYear(2025), false)))
        .hasSize(11)
        .doesNotContain(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 5, 2));
    // 2020: 中秋 fell on 国庆 10-01, so the 11 statutory days are 10 dates.
    assertThat(new HashSet<>(StatutoryHolidays.statutoryDates(FestivalTable.forYear(2020), true)))
        .hasSize(10);
    assertThat(StatutoryHolidays.revision(2024)).contains("国务院令第644号");
    assertThat(StatutoryHolidays.revision(2025)).contains("国务院令第795号");
    // 国务院令第644号 (2013-12-11) took effect on 2014-01-01; no earlier rule is coded.
    assertThat(StatutoryHolidays.revision(2014)).contains("国务院令第644号");
    assertThatThrownBy(() -> StatutoryHolidays.revision(2013))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2013");
  }

  @Test
  void theProvisionalCalendarKnowsItsFirstProvisionalYearAndItsWorkingDays() {
    ArrayCalendar provisional = (ArrayCalendar) Calendars.provisional();
    ArrayCalendar official = (ArrayCalendar) Calendars.official();
    // the built-in notices end with 2026, so 2027 is the first projected year
    assertThat(provisional.firstProvisionalYear()).isEqualTo(2027);
    assertThat(LocalDate.ofEpochDay(provisional.provisionalFrom()))
        .isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(official.firstProvisionalYear()).isGreaterThan(2026);
    assertThat(official.provisionalFrom()).isEqualTo(Long.MAX_VALUE);
    LocalDate first = official.coverage().first();
    LocalDate last = official.coverage().last();
    int counted = official.workingDaysBetween(first, last) + (official.isWorkingDay(first) ? 1 : 0);
    assertThat(official.workingDayCount()).isEqualTo(counted);
  }
}
