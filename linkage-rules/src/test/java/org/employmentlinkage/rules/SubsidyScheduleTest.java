package org.employmentlinkage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The subsidy schedule file (三（八）: "根据培训职种、等级按相关政策规定给予培训补贴"; shortage uplift as in Dalian's 2022
 * catalogue, +30% for shortage occupations, docs/adr/0003-policy-as-code.md, subsidies). The
 * amounts of the test file are invented and labelled hypothetical; expected values are worked out
 * by hand from that file.
 */
class SubsidyScheduleTest {

  static SubsidySchedule hypothetical() {
    try (InputStream in =
        SubsidyScheduleTest.class.getResourceAsStream("hypothetical-wafangdian-schedule.txt")) {
      return SubsidySchedule.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "hypothetical-wafangdian-schedule.txt");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> amounts() {
    LocalDate p1 = LocalDate.of(2020, 5, 1);
    LocalDate p2 = LocalDate.of(2022, 3, 1);
    return Stream.of(
        Arguments.of(SubsidySchedule.Item.TRAINING, "焊工", SkillLevel.JUNIOR_WORKER, p1, "1000.00"),
        Arguments.of(
            SubsidySchedule.Item.TRAINING, "焊工", SkillLevel.INTERMEDIATE_WORKER, p1, "1400.00"),
        Arguments.of(SubsidySchedule.Item.APPRAISAL, "焊工", SkillLevel.JUNIOR_WORKER, p1, "150.00"),
        // 1000 × 1.30
        Arguments.of(SubsidySchedule.Item.TRAINING, "焊工", SkillLevel.JUNIOR_WORKER, p2, "1300.00"),
        // 1333.33 × 1.30 = 1733.329 → 1733.33 (HALF_UP)
        Arguments.of(
            SubsidySchedule.Item.TRAINING, "焊工", SkillLevel.INTERMEDIATE_WORKER, p2, "1733.33"),
        // 900 × 1.10 (the occupation's own uplift)
        Arguments.of(SubsidySchedule.Item.TRAINING, "电工", SkillLevel.JUNIOR_WORKER, p2, "990.00"),
        // not a shortage occupation
        Arguments.of(SubsidySchedule.Item.TRAINING, "钳工", SkillLevel.JUNIOR_WORKER, p2, "800.00"),
        // 150: the uplift raises the training subsidy only, unless the schedule says
        // "uplift-items: training, appraisal" (the uplift is the schedule's data, not 三（八）)
        Arguments.of(SubsidySchedule.Item.APPRAISAL, "焊工", SkillLevel.JUNIOR_WORKER, p2, "150.00"));
  }

  @Test
  void theUpliftRaisesTheAppraisalSubsidyOnlyWhenTheScheduleSaysSo() {
    LocalDate p2 = LocalDate.of(2022, 6, 1);
    SubsidySchedule s = hypothetical();
    assertThat(s.upliftApplies(SubsidySchedule.Item.TRAINING)).isTrue();
    assertThat(s.upliftApplies(SubsidySchedule.Item.APPRAISAL)).isFalse();
    String text =
        s.toText()
            .replace(
                "rounding: HALF_UP\n", "rounding: HALF_UP\nuplift-items: training, appraisal\n");
    SubsidySchedule both = SubsidySchedule.parse(text, "both");
    assertThat(both.upliftApplies(SubsidySchedule.Item.APPRAISAL)).isTrue();
    // 150 × 1.30
    assertThat(both.amount(SubsidySchedule.Item.APPRAISAL, "焊工", SkillLevel.JUNIOR_WORKER, p2))
        .hasValue(Money.parse("195.00"));
    assertThat(SubsidySchedule.parse(both.toText(), "again")).isEqualTo(both);
    assertThat(both).isNotEqualTo(s);
    assertThatThrownBy(
            () ->
                SubsidySchedule.parse(
                    s.toText()
                        .replace(
                            "rounding: HALF_UP\n", "rounding: HALF_UP\nuplift-items: appraisal\n"),
                    "x"))
        .hasMessageContaining("uplift-items");
    assertThatThrownBy(
            () ->
                SubsidySchedule.parse(
                    s.toText()
                        .replace("rounding: HALF_UP\n", "rounding: HALF_UP\nuplift-items: fees\n"),
                    "x"))
        .hasMessageContaining("fees");
  }

  @ParameterizedTest
  @MethodSource("amounts")
  void amountsByOccupationLevelAndDate(
      SubsidySchedule.Item item, String occupation, SkillLevel level, LocalDate date, String yuan) {
    assertThat(hypothetical().amount(item, occupation, level, date)).hasValue(Money.parse(yuan));
  }

  @Test
  void whatTheScheduleDoesNotPriceIsEmpty() {
    SubsidySchedule s = hypothetical();
    assertThat(s.covers(LocalDate.of(2018, 7, 5))).isFalse();
    assertThat(
            s.amount(
                SubsidySchedule.Item.TRAINING,
                "焊工",
                SkillLevel.JUNIOR_WORKER,
                LocalDate.of(2018, 7, 5)))
        .isEmpty();
    assertThat(
            s.amount(
                SubsidySchedule.Item.TRAINING,
                "钳工",
                SkillLevel.JUNIOR_WORKER,
                LocalDate.of(2020, 1, 1)))
        .isEmpty();
    assertThat(
            s.amount(
                SubsidySchedule.Item.TRAINING,
                "焊工",
                SkillLevel.TECHNICIAN,
                LocalDate.of(2022, 1, 1)))
        .isEmpty();
    assertThat(s.shortageUpliftPercent("焊工", LocalDate.of(2022, 1, 1)))
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(new BigDecimal("30")));
    assertThat(s.shortageUpliftPercent("焊工", LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(s.name()).isEqualTo("瓦房店市职业培训补贴标准（假设示例）");
    assertThat(s.source()).contains("HYPOTHETICAL");
  }

  private static final String HEADER = "schedule: s\nsource: hypothetical\n";

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            HEADER + "period: 2022-01-01..\ntraining: 焊工 | 六级 | 100", 4, "unknown level '六级'"),
        Arguments.of("period: 2022-01-01..\ntraining: 焊工 | 五级 | 100", 1, "header needs"),
        Arguments.of("source: x\nperiod: 2022-01-01..\ntraining: 焊工 | 五级 | 100", 2, "header needs"),
        Arguments.of(
            HEADER + "period: 2022-01-01..\ntraining: a | 五级 | 1\nsource: y",
            5,
            "belongs in the header"),
        Arguments.of("schedule: s\nschedule: t\n", 2, "duplicate 'schedule'"),
        Arguments.of(HEADER + "period: 2022-01-01..\ntraining: 焊工 | 五级 | -100", 4, "bad amount"),
        Arguments.of(HEADER + "period: 2022-01-01..\ntraining: 焊工 | 五级 | 0.001", 4, "bad amount"),
        Arguments.of(
            HEADER
                + "period: 2022-01-01..2022-12-31\ntraining: a | 五级 | 1\nperiod: 2022-06-01..\ntraining: a | 五级 | 1",
            5,
            "overlaps"),
        Arguments.of(
            HEADER + "period: 2022-01-01..\nshortage: 焊工\ntraining: 焊工 | 五级 | 1", 4, "no uplift"),
        Arguments.of(HEADER + "period: 2022-01-01..\nbonus: 1", 4, "unknown key 'bonus'"),
        Arguments.of(
            HEADER + "period: 2022-01-01..\ntraining: 焊工 | 五级 | 1\ntraining: 焊工 | 初级工 | 2",
            5,
            "duplicate price"),
        Arguments.of(HEADER + "period: 2022-01-01..\nshortage-uplift: 130%", 4, "0 to 100"),
        Arguments.of(
            HEADER + "period: 2022-01-01..\nperiod: 2023-01-01..\ntraining: a | 五级 | 1",
            3,
            "prices nothing"),
        Arguments.of(HEADER + "training: a | 五级 | 1", 3, "'training' must follow a 'period:'"),
        Arguments.of(HEADER + "appraisal: a | 五级 | 1", 3, "'appraisal' must follow a 'period:'"),
        Arguments.of(HEADER + "shortage: 焊工", 3, "'shortage' must follow a 'period:'"),
        Arguments.of(
            HEADER + "shortage-uplift: 30%", 3, "'shortage-uplift' must follow a 'period:'"),
        Arguments.of(
            HEADER + "period: 2022-01-01..\nshortage: 焊工 | 10% | x",
            4,
            "expected 1 or 2 fields separated by |"),
        Arguments.of(HEADER + "period: 2022-01-01..\ntraining: 焊工 |  | 100", 4, "field 2 is empty"),
        Arguments.of(HEADER + "period: 2022-01-01..\nshortage-uplift: -1%", 4, "0 to 100"),
        Arguments.of(
            HEADER + "period: 2022-01-01..\nshortage-uplift: 12.345%", 4, "at most two decimals"),
        Arguments.of(HEADER + "period: ..2023-01-01\ntraining: a | 五级 | 1", 3, "bad date ''"),
        Arguments.of(HEADER + ": 5", 3, "unknown key ''"),
        Arguments.of(
            "schedule: s\nsource: x\nrounding: UNNECESSARY\n",
            3,
            "rounding UNNECESSARY cannot round uplifted amounts"),
        Arguments.of(HEADER + "period: 2022-13-01..\ntraining: a | 五级 | 1", 3, "bad date"),
        Arguments.of(
            HEADER + "period: 2022-01-01..\ntraining: a | 五级",
            4,
            "expected 3 fields separated by |"),
        Arguments.of(HEADER, 0, "no 'period:'"),
        Arguments.of(HEADER + "this line has no colon", 3, "key: value"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedTextsNameTheLineAndTheReason(String text, int line, String reason) {
    assertThatThrownBy(() -> SubsidySchedule.parse(text, "t.txt"))
        .isInstanceOfSatisfying(
            ScheduleFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.sourceName()).isEqualTo("t.txt");
              assertThat(e.getMessage()).startsWith("t.txt:" + line + ": ").contains(reason);
            });
  }

  /** A HYPOTHETICAL two-period schedule: the 急需紧缺目录 of one period says nothing of the next. */
  private static final String TWO_PERIODS =
      HEADER
          + "period: 2022-01-01..2022-12-31\n"
          + "shortage-uplift: 30%\n"
          + "shortage: 焊工\n"
          + "shortage: 电工 | 100%\n"
          + "training: 焊工 | 五级 | 1000\n"
          + "training: 电工 | 五级 | 1000\n"
          + "period: 2023-01-01..\n"
          + "shortage: 钳工 | 12.25%\n"
          + "shortage: 电工 | 0%\n"
          + "training: 焊工 | 五级 | 1000\n"
          + "training: 电工 | 五级 | 1000\n"
          + "training: 钳工 | 五级 | 1000\n";

  @Test
  void eachPeriodHasItsOwnShortageCatalogue() {
    SubsidySchedule s = SubsidySchedule.parse(TWO_PERIODS, "two.txt");
    LocalDate in2022 = LocalDate.of(2022, 6, 1);
    LocalDate in2023 = LocalDate.of(2023, 6, 1);
    SubsidySchedule.Item t = SubsidySchedule.Item.TRAINING;
    SkillLevel five = SkillLevel.JUNIOR_WORKER;
    // 1000 × 1.30; 1000 × 2.00 (100% is allowed)
    assertThat(s.amount(t, "焊工", five, in2022)).hasValue(Money.parse("1300"));
    assertThat(s.amount(t, "电工", five, in2022)).hasValue(Money.parse("2000"));
    // 2023: 焊工 is no longer a shortage occupation; 电工 at 0%; 钳工 1000 × 1.1225
    assertThat(s.amount(t, "焊工", five, in2023)).hasValue(Money.parse("1000"));
    assertThat(s.shortageUpliftPercent("焊工", in2023)).isEmpty();
    assertThat(s.amount(t, "电工", five, in2023)).hasValue(Money.parse("1000"));
    assertThat(s.shortageUpliftPercent("电工", in2023))
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(BigDecimal.ZERO));
    assertThat(s.amount(t, "钳工", five, in2023)).hasValue(Money.parse("1122.50"));
    assertThat(s.periodStart(in2023)).hasValue(LocalDate.of(2023, 1, 1));
    assertThat(s.periodStart(LocalDate.of(2021, 12, 31))).isEmpty();
  }

  @Test
  void aShortageOccupationWithoutItsOwnUpliftNeedsThePeriodsDefault() {
    // the first period's default uplift does not carry over to the second period
    String text =
        HEADER
            + "period: 2022-01-01..2022-12-31\n"
            + "shortage-uplift: 30%\n"
            + "shortage: 焊工\n"
            + "training: 焊工 | 五级 | 1000\n"
            + "period: 2023-01-01..\n"
            + "training: 焊工 | 五级 | 1000\n";
    SubsidySchedule s = SubsidySchedule.parse(text, "t.txt");
    assertThat(s.shortageUpliftPercent("焊工", LocalDate.of(2023, 1, 1))).isEmpty();
    String missing = text + "shortage: 电工\n";
    assertThatThrownBy(() -> SubsidySchedule.parse(missing, "t.txt"))
        .isInstanceOf(ScheduleFormatException.class)
        .hasMessageContaining("t.txt:9:")
        .hasMessageContaining("shortage occupation '电工' has no uplift");
  }

  @Test
  void schedulesDifferWhenTheirContentsDo() {
    SubsidySchedule s = hypothetical();
    SubsidySchedule other = SubsidySchedule.parse(TWO_PERIODS, "two.txt");
    assertThat(s).isNotEqualTo(other);
    assertThat(s).isNotEqualTo("瓦房店市职业培训补贴标准（假设示例）");
    // javadoc: "name (source)"
    assertThat(s.toString())
        .isEqualTo("瓦房店市职业培训补贴标准（假设示例） (HYPOTHETICAL test data, not a published schedule)");
    assertThat(s.rounding()).isEqualTo(java.math.RoundingMode.HALF_UP);
  }

  /**
   * A value of a million digits took 16 s ({@code new BigDecimal} is quadratic in the digits) and
   * was quoted whole in a 1 MB error line. Values are measured before they are parsed, and every
   * quoted value is cut after 40 characters.
   */
  @ParameterizedTest
  @MethodSource("millionCharacterValues")
  void aMillionCharacterValueIsRefusedWithAShortMessage(String text, int line) {
    assertThatThrownBy(() -> SubsidySchedule.parse(text, "t.txt"))
        .isInstanceOfSatisfying(
            ScheduleFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.getMessage()).hasSizeLessThan(300);
            });
  }

  static Stream<Arguments> millionCharacterValues() {
    String digits = "1".repeat(1_000_000);
    String period = HEADER + "period: 2022-01-01..\n";
    return Stream.of(
        Arguments.of(period + "shortage: 焊工 | " + digits + "%\ntraining: 焊工 | 五级 | 1", 4),
        Arguments.of(period + "shortage-uplift: " + digits + "%\ntraining: 焊工 | 五级 | 1", 4),
        Arguments.of(period + "shortage-uplift: 0." + digits + "%\ntraining: 焊工 | 五级 | 1", 4),
        Arguments.of(period + "training: 焊工 | 五级 | " + digits, 4),
        Arguments.of(period + "training: 焊工 | " + digits + " | 1", 4),
        Arguments.of(period + digits + ": 1", 4),
        Arguments.of(HEADER + "period: " + digits, 3),
        Arguments.of(HEADER + "period: 2022-01-01.." + digits, 3),
        Arguments.of(HEADER + "rounding: " + digits, 3),
        Arguments.of(
            period + "shortage: " + digits + "\nshortage: " + digits + "\ntraining: a | 五级 | 1",
            5));
  }

  /**
   * {@link SubsidySchedule#read(Path)} reads at most {@link SubsidySchedule#MAX_FILE_BYTES} (4
   * MiB): a larger file, or a device such as {@code /dev/zero}, is refused at once instead of
   * filling the memory.
   */
  @Test
  void aFileOverTheLimitIsRefused(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[SubsidySchedule.MAX_FILE_BYTES + 1]);
    assertThatThrownBy(() -> SubsidySchedule.read(big))
        .isInstanceOfSatisfying(
            ScheduleFormatException.class,
            e -> {
              assertThat(e.sourceName()).isEqualTo(big.toString());
              assertThat(e.getMessage()).contains("4 MiB");
            });
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      assertThatThrownBy(() -> SubsidySchedule.read(zero))
          .isInstanceOf(ScheduleFormatException.class)
          .hasMessageContaining("4 MiB");
    }
  }

  /** Bytes that are not UTF-8 (a schedule saved in GBK) are refused naming their line. */
  @Test
  void aFileThatIsNotUtf8NamesTheLine(@TempDir Path dir) throws Exception {
    Path gbk = dir.resolve("gbk.txt");
    Files.write(
        gbk,
        (HEADER + "period: 2022-01-01..\ntraining: 焊工 | 五级 | 100\n")
            .getBytes(java.nio.charset.Charset.forName("GBK")));
    assertThatThrownBy(() -> SubsidySchedule.read(gbk))
        .isInstanceOfSatisfying(
            ScheduleFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.getMessage()).contains("UTF-8");
            });
  }

  @Test
  void equalContentsAreEqualAndSurviveSerialization(@TempDir Path dir) throws Exception {
    SubsidySchedule s = hypothetical();
    String reformatted =
        Files.readString(
                Path.of(
                    SubsidyScheduleTest.class
                        .getResource("hypothetical-wafangdian-schedule.txt")
                        .toURI()),
                StandardCharsets.UTF_8)
            .replace("# HYPOTHETICAL", "#  a different comment; HYPOTHETICAL")
            .replace("training: 焊工 | 五级 | 1000", "training:焊工|五级|1000元");
    Path file = dir.resolve("copy.txt");
    Files.writeString(file, reformatted, StandardCharsets.UTF_8);
    new EqualsTester()
        .addEqualityGroup(s, SubsidySchedule.read(file), hypotheticalBuilt())
        .addEqualityGroup(SubsidySchedule.parse(reformatted.replace("1000元", "1001元"), "other.txt"))
        .testEquals();
    SerializableTester.reserializeAndAssert(s);
  }

  /** The test file's schedule, built from data as an HR system would, call for line. */
  static SubsidySchedule hypotheticalBuilt() {
    SkillLevel five = SkillLevel.JUNIOR_WORKER;
    SkillLevel four = SkillLevel.INTERMEDIATE_WORKER;
    return SubsidySchedule.builder()
        .name("瓦房店市职业培训补贴标准（假设示例）")
        .source("HYPOTHETICAL test data, not a published schedule")
        .rounding(java.math.RoundingMode.HALF_UP)
        .period(LocalDate.of(2018, 7, 6), LocalDate.of(2021, 12, 31))
        .training("焊工", five, Money.ofYuan(1000))
        .training("焊工", four, Money.ofYuan(1400))
        .appraisal("焊工", five, Money.ofYuan(150))
        .training("电工", five, Money.ofYuan(900))
        .period(LocalDate.of(2022, 1, 1))
        .shortageUplift(new BigDecimal("30"))
        .shortage("焊工")
        .shortage("电工", new BigDecimal("10"))
        .training("焊工", five, Money.ofYuan(1000))
        .training("焊工", four, Money.parse("1333.33"))
        .appraisal("焊工", five, Money.ofYuan(150))
        .training("电工", five, Money.ofYuan(900))
        .training("钳工", five, Money.ofYuan(800))
        .build();
  }

  @Test
  void aScheduleBuiltFromDataEqualsTheParsedOneWithTheSameDigest() {
    SubsidySchedule parsed = hypothetical();
    SubsidySchedule built = hypotheticalBuilt();
    assertThat(built).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    assertThat(built.toText()).isEqualTo(parsed.toText());
    assertThat(built.textDigest()).isEqualTo(parsed.textDigest());
    // the same amounts, and the same parameters version in a policy
    assertThat(
            built.amount(
                SubsidySchedule.Item.TRAINING,
                "焊工",
                SkillLevel.INTERMEDIATE_WORKER,
                LocalDate.of(2022, 3, 1)))
        .hasValue(Money.parse("1733.33"));
    assertThat(
            LinkagePolicy.builder()
                .subsidySchedule(org.employmentlinkage.region.Region.WAFANGDIAN, built)
                .build()
                .versions())
        .isEqualTo(
            LinkagePolicy.builder()
                .subsidySchedule(org.employmentlinkage.region.Region.WAFANGDIAN, parsed)
                .build()
                .versions());
  }

  @Test
  void theCanonicalTextParsesToTheSameSchedule() throws Exception {
    for (SubsidySchedule s :
        java.util.List.of(
            hypothetical(), SubsidySchedule.parse(TWO_PERIODS, "two.txt"), hypotheticalBuilt())) {
      SubsidySchedule again = SubsidySchedule.parse(s.toText(), "canonical.txt");
      assertThat(again).isEqualTo(s);
      assertThat(again.toText()).isEqualTo(s.toText());
    }
    assertThat(hypothetical().toText())
        .startsWith(
            "schedule: 瓦房店市职业培训补贴标准（假设示例）\n"
                + "source: HYPOTHETICAL test data, not a published schedule\n"
                + "rounding: HALF_UP\n"
                + "period: 2018-07-06..2021-12-31\n"
                // sorted by occupation (String order: 焊 U+710A before 电 U+7535), then level
                + "training: 焊工 | 初级工 | 1000.00\n"
                + "training: 焊工 | 中级工 | 1400.00\n"
                + "training: 电工 | 初级工 | 900.00\n"
                + "appraisal: 焊工 | 初级工 | 150.00\n")
        .contains("period: 2022-01-01..\nshortage: 焊工 | 30%\nshortage: 电工 | 10%\n");
    // a built schedule serializes as its canonical text
    SerializableTester.reserializeAndAssert(hypotheticalBuilt());
  }

  private static SubsidySchedule.Builder header() {
    return SubsidySchedule.builder().name("s").source("hypothetical");
  }

  static Stream<Arguments> builtWrong() {
    LocalDate d2022 = LocalDate.of(2022, 1, 1);
    SkillLevel five = SkillLevel.JUNIOR_WORKER;
    Money one = Money.ofYuan(1);
    return Stream.of(
        // the same rules, and the same reasons, as the malformed texts above
        Arguments.of(
            (Runnable)
                () ->
                    header()
                        .period(d2022, LocalDate.of(2022, 12, 31))
                        .training("a", five, one)
                        .period(LocalDate.of(2022, 6, 1))
                        .training("a", five, one)
                        .build(),
            "overlaps"),
        Arguments.of(
            (Runnable)
                () -> header().period(d2022).shortage("焊工").training("焊工", five, one).build(),
            "no uplift"),
        Arguments.of(
            (Runnable)
                () ->
                    header()
                        .period(d2022)
                        .training("焊工", five, one)
                        .training("焊工", five, Money.ofYuan(2)),
            "duplicate price"),
        Arguments.of(
            (Runnable) () -> header().period(d2022).shortageUplift(new BigDecimal("130")),
            "0 to 100"),
        Arguments.of(
            (Runnable) () -> header().period(d2022).shortageUplift(new BigDecimal("-1")),
            "0 to 100"),
        Arguments.of(
            (Runnable) () -> header().period(d2022).shortageUplift(new BigDecimal("12.345")),
            "at most two decimals"),
        Arguments.of(
            (Runnable)
                () ->
                    header()
                        .period(d2022)
                        .shortageUplift(BigDecimal.TEN)
                        .shortageUplift(BigDecimal.ONE),
            "duplicate 'shortage-uplift'"),
        Arguments.of(
            (Runnable) () -> header().period(d2022).shortage("焊工").shortage("焊工", BigDecimal.ONE),
            "duplicate shortage occupation '焊工'"),
        Arguments.of(
            (Runnable) () -> header().period(d2022).period(LocalDate.of(2023, 1, 1)),
            "prices nothing"),
        Arguments.of(
            (Runnable) () -> header().training("a", five, one), "training(…) must follow period"),
        Arguments.of((Runnable) () -> header().shortage("焊工"), "shortage(…) must follow period"),
        Arguments.of(
            (Runnable) () -> header().rounding(java.math.RoundingMode.UNNECESSARY),
            "rounding UNNECESSARY cannot round uplifted amounts"),
        Arguments.of((Runnable) () -> header().build(), "no 'period:'"),
        Arguments.of(
            (Runnable)
                () ->
                    SubsidySchedule.builder()
                        .name("s")
                        .period(d2022)
                        .training("a", five, one)
                        .build(),
            "needs a name and a source"),
        Arguments.of(
            (Runnable) () -> header().period(d2022).training(" 焊工", five, one),
            "without white space at either end"),
        Arguments.of(
            (Runnable) () -> header().period(d2022).training("焊\n工", five, one), "one line"),
        Arguments.of((Runnable) () -> header().period(d2022).shortage("焊|工"), "'|'"),
        Arguments.of((Runnable) () -> SubsidySchedule.builder().name(" "), "blank"));
  }

  @ParameterizedTest
  @MethodSource("builtWrong")
  void theBuilderRefusesWhatTheParserRefuses(Runnable build, String reason) {
    assertThatThrownBy(build::run)
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ScheduleFormatException.class)
        .hasMessageStartingWith("SubsidySchedule.Builder: ")
        .hasMessageContaining(reason);
  }
}
