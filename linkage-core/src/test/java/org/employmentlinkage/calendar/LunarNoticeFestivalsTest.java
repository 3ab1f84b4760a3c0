package org.employmentlinkage.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.employmentlinkage.calendar.FestivalTable.Festivals;
import org.junit.jupiter.api.Test;

/**
 * The shipped festival table against the State Council holiday notices 2018–2026 (国务院办公厅关于
 * YYYY年部分节假日安排的通知, texts as published on gov.cn and reprinted by Xinhua, People's Daily and 维基文库)
 * and, for 2027 (no notice yet), the dates of GB/T 33661-2017 《农历的编算和颁行》 and 《全国年节及纪念日放假办法》.
 *
 * <p>A notice states the rest-day block of each festival ("4月5日至7日放假调休") and, sometimes, the
 * festival day itself: a single day ("6月18日放假，与周末连休", "4月5日放假，共1天") is the statutory day, which
 * 《全国年节及纪念日放假办法》 puts on the festival (清明/端午/中秋 "农历…当日"); some notices name lunar days
 * ("1月28日（农历除夕、周二）", "23日（农历正月初七、周一）", "2月2日（农历正月初九， 星期日）"). Every expected value below is read
 * from those words, never from our code: the table's date must lie in the block, and must equal the
 * named day where the notice names one. For 春节 the statutory days (正月初一–初三 under the 2013 text;
 * 除夕–初三 from 2025, 国务院令第795号) must lie in the block.
 */
class LunarNoticeFestivalsTest {

  enum Festival {
    CHUXI("除夕"),
    CHUNJIE("春节"),
    QINGMING("清明"),
    DUANWU("端午"),
    ZHONGQIU("中秋");

    final String chinese;

    Festival(String chinese) {
      this.chinese = chinese;
    }

    LocalDate of(Festivals f) {
      return switch (this) {
        case CHUXI -> f.chuxi();
        case CHUNJIE -> f.chunjie();
        case QINGMING -> f.qingming();
        case DUANWU -> f.duanwu();
        case ZHONGQIU -> f.zhongqiu();
      };
    }
  }

  /**
   * One festival in one notice: the words quoted, the rest-day block they give, and the festival
   * day when the words name it (derived in the comment where it takes a step of arithmetic).
   */
  record Row(
      int year,
      Festival festival,
      String notice,
      String words,
      LocalDate first,
      LocalDate last,
      Optional<LocalDate> named) {}

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static Row block(
      int y, Festival f, String notice, String words, LocalDate a, LocalDate b) {
    return new Row(y, f, notice, words, a, b, Optional.empty());
  }

  private static Row named(
      int y, Festival f, String notice, String words, LocalDate a, LocalDate b, LocalDate day) {
    return new Row(y, f, notice, words, a, b, Optional.of(day));
  }

  private static Row single(int y, Festival f, String notice, String words, LocalDate day) {
    return new Row(y, f, notice, words, day, day, Optional.of(day));
  }

  static final String N2018 = "国办发明电〔2017〕12号 (2017-11-30)";
  static final String N2019 = "国办发明电〔2018〕15号 (2018-12-04)";
  static final String N2020 = "国办发明电〔2019〕16号 (2019-11-21)";
  static final String N2020X = "国办发明电〔2020〕1号 (2020-01-27)";
  static final String N2021 = "国办发明电〔2020〕27号 (2020-11-25)";
  static final String N2022 = "国办发明电〔2021〕11号 (2021-10-25)";
  static final String N2023 = "国办发明电〔2022〕16号 (2022-12-08)";
  static final String N2024 = "国办发明电〔2023〕7号 (2023-10-25)";
  static final String N2025 = "国办发明电〔2024〕12号 (2024-11-12)";
  static final String N2026 = "国办发明电〔2025〕7号 (2025-11-04)";
  static final String DOMAIN = "GB/T 33661-2017 and 《全国年节及纪念日放假办法》 (2027, no notice yet)";

  static final List<Row> ROWS =
      List.of(
          block(
              2018,
              Festival.CHUNJIE,
              N2018,
              "春节：2月15日至21日放假调休，共7天",
              d(2018, 2, 15),
              d(2018, 2, 21)),
          block(
              2018, Festival.QINGMING, N2018, "清明节：4月5日至7日放假调休，共3天", d(2018, 4, 5), d(2018, 4, 7)),
          single(2018, Festival.DUANWU, N2018, "端午节：6月18日放假，与周末连休", d(2018, 6, 18)),
          single(2018, Festival.ZHONGQIU, N2018, "中秋节：9月24日放假，与周末连休", d(2018, 9, 24)),
          block(
              2019, Festival.CHUNJIE, N2019, "春节：2月4日至10日放假调休，共7天", d(2019, 2, 4), d(2019, 2, 10)),
          single(2019, Festival.QINGMING, N2019, "清明节：4月5日放假，与周末连休", d(2019, 4, 5)),
          single(2019, Festival.DUANWU, N2019, "端午节：6月7日放假，与周末连休", d(2019, 6, 7)),
          single(2019, Festival.ZHONGQIU, N2019, "中秋节：9月13日放假，与周末连休", d(2019, 9, 13)),
          block(
              2020,
              Festival.CHUNJIE,
              N2020,
              "春节：1月24日至30日放假调休，共7天",
              d(2020, 1, 24),
              d(2020, 1, 30)),
          // 正月初九 is 2020-02-02, so 正月初一 is eight days earlier.
          named(
              2020,
              Festival.CHUNJIE,
              N2020X,
              "延长2020年春节假期至2月2日（农历正月初九，星期日）",
              d(2020, 1, 24),
              d(2020, 2, 2),
              d(2020, 1, 25)),
          block(
              2020, Festival.QINGMING, N2020, "清明节：4月4日至6日放假调休，共3天", d(2020, 4, 4), d(2020, 4, 6)),
          block(
              2020,
              Festival.DUANWU,
              N2020,
              "端午节：6月25日至27日放假调休，共3天",
              d(2020, 6, 25),
              d(2020, 6, 27)),
          block(
              2020,
              Festival.ZHONGQIU,
              N2020,
              "国庆节、中秋节：10月1日至8日放假调休，共8天",
              d(2020, 10, 1),
              d(2020, 10, 8)),
          block(
              2021,
              Festival.CHUNJIE,
              N2021,
              "春节：2月11日至17日放假调休，共7天",
              d(2021, 2, 11),
              d(2021, 2, 17)),
          block(
              2021, Festival.QINGMING, N2021, "清明节：4月3日至5日放假调休，共3天", d(2021, 4, 3), d(2021, 4, 5)),
          block(
              2021, Festival.DUANWU, N2021, "端午节：6月12日至14日放假，共3天", d(2021, 6, 12), d(2021, 6, 14)),
          block(
              2021,
              Festival.ZHONGQIU,
              N2021,
              "中秋节：9月19日至21日放假调休，共3天",
              d(2021, 9, 19),
              d(2021, 9, 21)),
          block(
              2022,
              Festival.CHUNJIE,
              N2022,
              "春节：1月31日至2月6日放假调休，共7天",
              d(2022, 1, 31),
              d(2022, 2, 6)),
          block(
              2022, Festival.QINGMING, N2022, "清明节：4月3日至5日放假调休，共3天", d(2022, 4, 3), d(2022, 4, 5)),
          block(2022, Festival.DUANWU, N2022, "端午节：6月3日至5日放假，共3天", d(2022, 6, 3), d(2022, 6, 5)),
          block(
              2022,
              Festival.ZHONGQIU,
              N2022,
              "中秋节：9月10日至12日放假，共3天",
              d(2022, 9, 10),
              d(2022, 9, 12)),
          block(
              2023,
              Festival.CHUNJIE,
              N2023,
              "春节：1月21日至27日放假调休，共7天",
              d(2023, 1, 21),
              d(2023, 1, 27)),
          single(2023, Festival.QINGMING, N2023, "清明节：4月5日放假，共1天", d(2023, 4, 5)),
          block(
              2023,
              Festival.DUANWU,
              N2023,
              "端午节：6月22日至24日放假调休，共3天",
              d(2023, 6, 22),
              d(2023, 6, 24)),
          block(
              2023,
              Festival.ZHONGQIU,
              N2023,
              "中秋节、国庆节：9月29日至10月6日放假调休，共8天",
              d(2023, 9, 29),
              d(2023, 10, 6)),
          block(
              2024,
              Festival.CHUNJIE,
              N2024,
              "春节：2月10日至17日放假调休，共8天",
              d(2024, 2, 10),
              d(2024, 2, 17)),
          // 除夕 was not a statutory day in 2024; the notice names it outside the block.
          single(2024, Festival.CHUXI, N2024, "鼓励各单位…安排职工在除夕（2月9日）休息", d(2024, 2, 9)),
          block(
              2024, Festival.QINGMING, N2024, "清明节：4月4日至6日放假调休，共3天", d(2024, 4, 4), d(2024, 4, 6)),
          single(2024, Festival.DUANWU, N2024, "端午节：6月10日放假，与周末连休", d(2024, 6, 10)),
          block(
              2024,
              Festival.ZHONGQIU,
              N2024,
              "中秋节：9月15日至17日放假调休，共3天",
              d(2024, 9, 15),
              d(2024, 9, 17)),
          named(
              2025,
              Festival.CHUXI,
              N2025,
              "春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天",
              d(2025, 1, 28),
              d(2025, 2, 4),
              d(2025, 1, 28)),
          // 正月初七 is 2025-02-04, so 正月初一 is six days earlier.
          named(
              2025,
              Festival.CHUNJIE,
              N2025,
              "春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天",
              d(2025, 1, 28),
              d(2025, 2, 4),
              d(2025, 1, 29)),
          block(
              2025,
              Festival.QINGMING,
              N2025,
              "清明节：4月4日（周五）至6日（周日）放假，共3天",
              d(2025, 4, 4),
              d(2025, 4, 6)),
          block(
              2025,
              Festival.DUANWU,
              N2025,
              "端午节：5月31日（周六）至6月2日（周一）放假，共3天",
              d(2025, 5, 31),
              d(2025, 6, 2)),
          block(
              2025,
              Festival.ZHONGQIU,
              N2025,
              "国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天",
              d(2025, 10, 1),
              d(2025, 10, 8)),
          // 正月初七 is 2026-02-23, so 正月初一 is 2026-02-17 and 除夕 the day before; 2026-02-15 is
          // 腊月二十八, so that 腊月 has 29 days and 除夕 is 腊月二十九 (2026-02-16).
          named(
              2026,
              Festival.CHUNJIE,
              N2026,
              "春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天",
              d(2026, 2, 15),
              d(2026, 2, 23),
              d(2026, 2, 17)),
          named(
              2026,
              Festival.CHUXI,
              N2026,
              "春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天",
              d(2026, 2, 15),
              d(2026, 2, 23),
              d(2026, 2, 16)),
          block(
              2026,
              Festival.QINGMING,
              N2026,
              "清明节：4月4日（周六）至6日（周一）放假，共3天",
              d(2026, 4, 4),
              d(2026, 4, 6)),
          block(
              2026,
              Festival.DUANWU,
              N2026,
              "端午节：6月19日（周五）至21日（周日）放假，共3天",
              d(2026, 6, 19),
              d(2026, 6, 21)),
          block(
              2026,
              Festival.ZHONGQIU,
              N2026,
              "中秋节：9月25日（周五）至27日（周日）放假，共3天",
              d(2026, 9, 25),
              d(2026, 9, 27)),
          single(2027, Festival.CHUXI, DOMAIN, "除夕 Fri 02-05", d(2027, 2, 5)),
          single(2027, Festival.CHUNJIE, DOMAIN, "初一 Sat 02-06", d(2027, 2, 6)),
          single(2027, Festival.QINGMING, DOMAIN, "清明 Mon 04-05", d(2027, 4, 5)),
          single(2027, Festival.DUANWU, DOMAIN, "端午 Wed 06-09", d(2027, 6, 9)),
          single(2027, Festival.ZHONGQIU, DOMAIN, "中秋 Wed 09-15", d(2027, 9, 15)));

  @Test
  void everyNoticedFestivalLiesInItsBlockAndOnTheDayTheNoticeNames() {
    for (Row row : ROWS) {
      LocalDate ours = row.festival().of(FestivalTable.forYear(row.year()));
      String what =
          row.year() + " " + row.festival().chinese + " per " + row.notice() + ": " + row.words();
      assertThat(ours).as(what).isBetween(row.first(), row.last());
      row.named().ifPresent(day -> assertThat(ours).as(what).isEqualTo(day));
    }
  }

  @Test
  void springFestivalStatutoryDaysLieInEveryNoticedBlock() {
    for (Row row : ROWS) {
      if (row.festival() != Festival.CHUNJIE || row.notice().equals(DOMAIN)) {
        continue;
      }
      Festivals f = FestivalTable.forYear(row.year());
      // 2013 text: 春节放假3天（农历正月初一、初二、初三）; 2024 revision in force 2025-01-01 adds 除夕.
      LocalDate from = row.year() >= 2025 ? f.chuxi() : f.chunjie();
      for (LocalDate day = from; !day.isAfter(f.chunjie().plusDays(2)); day = day.plusDays(1)) {
        assertThat(day)
            .as("%d %s: %s", row.year(), row.notice(), row.words())
            .isBetween(row.first(), row.last());
      }
    }
  }

  @Test
  void everyFestivalOfEveryNoticeYearIsCovered() {
    for (int y = 2018; y <= 2027; y++) {
      for (Festival f :
          List.of(Festival.CHUNJIE, Festival.QINGMING, Festival.DUANWU, Festival.ZHONGQIU)) {
        int year = y;
        assertThat(ROWS)
            .as("%d %s", y, f.chinese)
            .anyMatch(r -> r.year() == year && r.festival() == f);
      }
    }
  }
}
