package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A notice "released" after today cannot apply yet: {@link ChinaCalendars.Builder#clock} refuses
 * it, {@link HolidayNotices#releasedAfter} finds it. The notice is fictitious (a 2027 arrangement
 * made up for the test, with a made-up number), dated released 2026-12-20.
 */
class FutureNoticesTest {

  private static final HolidayNotice FICTITIOUS_2027 =
      HolidayNotice.builder()
          .number("测试〔2026〕1号")
          .title("虚构的2027年部分节假日安排（测试用）")
          .released(LocalDate.of(2026, 12, 20))
          .year(2027)
          .source("https://example.invalid/fictitious-2027")
          .addDeclarations(
              DayDeclaration.rest(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), "元旦"))
          .build();

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void aNoticeReleasedAfterTodayIsRefusedWithTheDates() {
    ChinaCalendars.Builder b =
        ChinaCalendars.builder()
            .addNotices(List.of(FICTITIOUS_2027))
            .clock(at("2026-12-07T04:00:00Z")); // 12:00 on 2026-12-07 in Beijing
    assertThatThrownBy(b::build)
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining("测试〔2026〕1号")
        .hasMessageContaining("2026-12-20")
        .hasMessageContaining("2026-12-07")
        .hasMessageContaining("released");
  }

  /** Today is the date in Beijing: 2026-12-19T16:00Z is 00:00 on 2026-12-20 there. */
  @Test
  void todayIsTheDateInBeijing() {
    ChinaCalendars.Builder lastSecondBefore =
        ChinaCalendars.builder()
            .addNotices(List.of(FICTITIOUS_2027))
            .clock(at("2026-12-19T15:59:59Z"));
    assertThatThrownBy(lastSecondBefore::build).isInstanceOf(NoticeFormatException.class);
    WorkingDayCalendar onTheDay =
        ChinaCalendars.builder()
            .addNotices(List.of(FICTITIOUS_2027))
            .clock(at("2026-12-19T16:00:00Z"))
            .build();
    assertThat(onTheDay.coverage().last()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(onTheDay.dayKind(LocalDate.of(2027, 1, 2))).isEqualTo(DayKind.HOLIDAY);
  }

  @Test
  void clocksWithoutADateStillDecide() {
    assertThat(
            ChinaCalendars.builder()
                .addNotices(List.of(FICTITIOUS_2027))
                .clock(Clock.fixed(Instant.MAX, ZoneOffset.UTC))
                .build()
                .coverage()
                .last())
        .isEqualTo(LocalDate.of(2027, 12, 31));
    assertThatThrownBy(
            () ->
                ChinaCalendars.builder()
                    .addNotices(List.of(FICTITIOUS_2027))
                    .clock(Clock.fixed(Instant.MIN, ZoneOffset.UTC))
                    .build())
        .isInstanceOf(NoticeFormatException.class)
        .hasMessageContaining(Instant.MIN.toString());
  }

  /**
   * The built-in notices are not checked (replaying a date is {@code knownAt}'s job): a clock in
   * 2020 does not refuse the 2026 notice, and without a clock nothing is checked.
   */
  @Test
  void onlyAddedNoticesAreCheckedAndOnlyWithAClock() {
    assertThat(ChinaCalendars.builder().clock(at("2020-01-01T00:00:00Z")).build())
        .isSameAs(ChinaCalendars.official());
    assertThat(ChinaCalendars.builder().addNotices(List.of(FICTITIOUS_2027)).build().coverage())
        .isEqualTo(DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2027, 12, 31)));
    assertThatThrownBy(() -> ChinaCalendars.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock");
  }

  @Test
  void releasedAfterFindsTheNoticesNotYetReleased() {
    List<HolidayNotice> notices =
        List.of(ChinaCalendars.officialNotices().get(10), FICTITIOUS_2027); // 2025-11-04, 12-20
    assertThat(HolidayNotices.releasedAfter(notices, LocalDate.of(2026, 12, 7)))
        .containsExactly(FICTITIOUS_2027);
    assertThat(HolidayNotices.releasedAfter(notices, LocalDate.of(2026, 12, 20))).isEmpty();
    assertThat(HolidayNotices.releasedAfter(notices, LocalDate.of(2025, 11, 3)))
        .containsExactly(ChinaCalendars.officialNotices().get(10), FICTITIOUS_2027);
    assertThatThrownBy(() -> HolidayNotices.releasedAfter(null, LocalDate.of(2026, 1, 1)))
        .hasMessage("notices");
    assertThatThrownBy(() -> HolidayNotices.releasedAfter(notices, null)).hasMessage("date");
  }
}
