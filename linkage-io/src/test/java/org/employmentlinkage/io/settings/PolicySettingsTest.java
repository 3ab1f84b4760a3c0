package org.employmentlinkage.io.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.policy.DutyCode;
import org.employmentlinkage.policy.DutyTiming;
import org.employmentlinkage.policy.ValidityWindow;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScheduleFormatException;
import org.employmentlinkage.rules.ScopeBasis;
import org.employmentlinkage.rules.SubsidyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regional settings example, with the demo's HYPOTHETICAL Wafangdian settings (a 5000万元
 * threshold from 2025-01-01, a schedule with invented amounts, a three-month liaison period, a
 * fictional specialist). Expected values are read off those files by hand.
 */
class PolicySettingsTest {
  @TempDir Path dir;

  private static String resource(String name) throws IOException {
    try (InputStream in =
        PolicySettingsTest.class.getResourceAsStream(
            "/org/employmentlinkage/io/settings/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private LinkagePolicy hypothetical() throws IOException {
    Files.writeString(
        dir.resolve("s.properties"),
        resource("wafangdian-hypothetical.properties"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("hypothetical-subsidy-schedule.txt"),
        resource("hypothetical-subsidy-schedule.txt"),
        StandardCharsets.UTF_8);
    return PolicySettings.read(dir.resolve("s.properties")).build();
  }

  private static Project construction(String investment) {
    return Project.builder()
        .id("P")
        .type(ProjectType.CONSTRUCTION)
        .totalInvestment(Money.parse(investment))
        .location(Location.of(Region.WAFANGDIAN))
        .build();
  }

  @Test
  void theHypotheticalWideningAppliesFromItsFirstDay() throws IOException {
    LinkagePolicy policy = hypothetical();
    assertThat(policy.versions().parameters()).isEqualTo("wafangdian-HYPOTHETICAL-demo");
    assertThat(policy.widenings())
        .singleElement()
        .satisfies(w -> assertThat(w.source()).contains("HYPOTHETICAL"));
    assertThat(policy.classify(construction("6000万元"), LocalDate.of(2025, 1, 1)).basis())
        .isEqualTo(ScopeBasis.REGIONAL_THRESHOLD);
    assertThat(
            policy.classify(construction("6000万元"), LocalDate.of(2024, 12, 31)).isDefinitelyMajor())
        .isFalse();
    assertThat(
            policy
                .classify(construction("4999.99万元"), LocalDate.of(2025, 6, 1))
                .isDefinitelyMajor())
        .isFalse();
  }

  @Test
  void theScheduleLiaisonAndSpecialistAreApplied() throws IOException {
    LinkagePolicy policy = hypothetical();
    Project project = construction("1.2亿元");
    Person person =
        Person.builder().id("C").landExpropriated(true).addLandExpropriationProjectId("P").build();
    TrainingRecord r =
        TrainingRecord.builder()
            .id("T")
            .type(TrainingType.RURAL_LABOUR_TRANSFER)
            .occupation("焊工")
            .level(SkillLevel.JUNIOR_WORKER)
            .region(Region.WAFANGDIAN)
            .willing(true)
            .completed(true)
            .certified(true)
            .firstAppraisal(true)
            .certificateDate(LocalDate.of(2025, 12, 20))
            .build();
    // 焊工 初级工: 1200 and 150, a shortage occupation: the training subsidy raised 30%; the uplift
    // raises the appraisal subsidy only when the schedule says "uplift-items: training, appraisal"
    var d = policy.subsidies(r, person, project, LocalDate.of(2025, 12, 22));
    assertThat(d.entitlement(SubsidyKind.VOCATIONAL_TRAINING_SUBSIDY).orElseThrow().amount())
        .contains(Money.parse("1560"));
    assertThat(d.entitlement(SubsidyKind.SKILL_APPRAISAL_SUBSIDY).orElseThrow().amount())
        .contains(Money.parse("150"));
    var liaison =
        policy.obligations(ProjectEvent.constructionStarted(project, LocalDate.of(2025, 11, 3)));
    assertThat(liaison.duty(DutyCode.PERIODIC_LIAISON).orElseThrow().recurrence())
        .contains(Period.ofMonths(3));
    assertThat(liaison.duty(DutyCode.PERIODIC_LIAISON).orElseThrow().timing())
        .isEqualTo(DutyTiming.PERIODIC);
  }

  @Test
  void everyKeyIsRead() throws IOException {
    LinkagePolicy p =
        PolicySettings.parse(
                "label = t\nvalidity = WAFANGDIAN_FORWARDING\nlocality = HOUSEHOLD_REGISTRATION\n"
                    + "collegeGraduateYears = unlimited\ncountMakeupWorkdays = false\n"
                    + "landNoticeTriggers = PRE_NOTICE\npriorityGroup.RETIRED_SOLDIER = 退役军人|retired soldiers\n"
                    + "liaison.DALIAN = P1M\n",
                "t.properties",
                name -> {
                  throw new IOException("no schedules");
                })
            .build();
    assertThat(p.validity()).isEqualTo(ValidityWindow.WAFANGDIAN_FORWARDING);
    assertThat(p.groups()).extracting(g -> g.id()).contains("RETIRED_SOLDIER");
    assertThat(p.versions().parameters()).isEqualTo("t");
  }

  @Test
  void errorsNameTheSourceAndTheKey() {
    assertThatThrownBy(() -> parse("widening.1.region = 210281\nwidening.1.from = 2025-01-01\n"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("t.properties: widening.1.source: missing");
    assertThatThrownBy(() -> parse("widening.1.region = 999999\n"))
        .hasMessageStartingWith("t.properties: widening.1.region: not a region of Dalian");
    assertThatThrownBy(() -> parse("widening.1.threshold = lots\n"))
        .hasMessageStartingWith("t.properties: widening.1.threshold: not an amount");
    assertThatThrownBy(() -> parse("liaison.210281 = quarterly\n"))
        .hasMessageStartingWith("t.properties: liaison.210281: not an ISO-8601 period");
    assertThatThrownBy(() -> parse("specialist.DALIAN = x\n"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("specialist.DALIAN");
    assertThatThrownBy(() -> parse("colour = red\n"))
        .hasMessage("t.properties: colour: unknown key");
    // a widening above 1亿元 would narrow the scope: rejected when the policy is built
    assertThatThrownBy(
            () ->
                parse(
                        "widening.1.region = 210281\nwidening.1.from = 2025-01-01\n"
                            + "widening.1.threshold = 1.5亿元\nwidening.1.source = HYPOTHETICAL\n")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("would narrow the municipal scope");
  }

  /**
   * A key given twice is an error naming it: {@code java.util.Properties} alone keeps the last
   * value silently, so a reader of the file who sees the first one would be misled.
   */
  @Test
  void aKeyGivenTwiceIsRefusedNamingIt() {
    assertThatThrownBy(() -> parse("label = first\ncountMakeupWorkdays = true\nlabel = second\n"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("t.properties: label: given twice")
        .satisfies(e -> assertThat(((SettingsException) e).key()).isEqualTo("label"));
    // the same key written with an escape or other white space is the same key
    assertThatThrownBy(() -> parse("liaison.210281 = P3M\nliaison.2102\\u0038\\u0031:P1M\n"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("t.properties: liaison.210281: given twice");
  }

  /**
   * {@link PolicySettings#read(Path)} and {@link PolicySettings#read(java.io.Reader, String,
   * PolicySettings.ScheduleLoader)} read at most {@link PolicySettings#MAX_TEXT_BYTES} bytes (4
   * MiB) or as many characters: a larger file, {@code /dev/zero} or an endless reader is refused at
   * once instead of filling the memory.
   */
  @Test
  void aTextOverTheLimitIsRefused() throws IOException {
    Path big = dir.resolve("big.properties");
    Files.write(
        big, "#".repeat(PolicySettings.MAX_TEXT_BYTES + 1).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> PolicySettings.read(big))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith(big + ": ")
        .hasMessageContaining("4 MiB");
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      assertThatThrownBy(() -> PolicySettings.read(zero))
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("4 MiB");
    }
    java.io.Reader endless =
        new java.io.Reader() {
          @Override
          public int read(char[] cbuf, int off, int len) {
            java.util.Arrays.fill(cbuf, off, off + len, '#');
            return len;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(
            () ->
                PolicySettings.read(
                    endless,
                    "endless",
                    name -> {
                      throw new IOException("no schedules");
                    }))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("endless: ")
        .hasMessageContaining("4 MiB");
  }

  /**
   * A settings file saved in GBK is refused naming the line, not read as replacement characters.
   */
  @Test
  void aFileThatIsNotUtf8NamesTheLine() throws IOException {
    Path gbk = dir.resolve("gbk.properties");
    Files.write(
        gbk,
        "label = t\nspecialist.210281 = 瓦房店市人社局服务专员\n"
            .getBytes(java.nio.charset.Charset.forName("GBK")));
    assertThatThrownBy(() -> PolicySettings.read(gbk))
        .isInstanceOf(SettingsException.class)
        .hasMessage(gbk + ": line 2: not UTF-8 text; save the file in UTF-8");
  }

  /**
   * Every number and text of a settings file is bounded before it is used (docs/cli.md, "Files and
   * limits"): {@code collegeGraduateYears = 2147483647} was accepted and then every person's groups
   * threw {@code DateTimeException}; {@code liaison = P999999999Y} was accepted too.
   */
  @Test
  void numbersAndTextsAreBounded() throws IOException {
    assertThat(parse("collegeGraduateYears = " + PolicySettings.MAX_COLLEGE_GRADUATE_YEARS + "\n"))
        .isNotNull();
    assertThat(parse("collegeGraduateYears = unlimited\n")).isNotNull();
    for (String years : List.of("101", "2147483647", "9".repeat(1_000_000), "-1", "two")) {
      assertThatThrownBy(() -> parse("collegeGraduateYears = " + years + "\n"))
          .isInstanceOf(SettingsException.class)
          .hasMessageStartingWith("t.properties: collegeGraduateYears: ")
          .hasMessageContaining("0 to 100")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }
    assertThat(parse("liaison.210281 = P10Y\n")).isNotNull();
    for (String period : List.of("P999999999Y", "P121M", "P10Y1D", "P3700D", "P2147483647D")) {
      assertThatThrownBy(() -> parse("liaison.210281 = " + period + "\n"))
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("liaison.210281")
          .hasMessageContaining("10 years");
    }
    assertThatThrownBy(() -> parse("widening.1.from = +999999999-01-01\n"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("widening.1.from: not a date");
    assertThatThrownBy(() -> parse("label = " + "x".repeat(PolicySettings.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("label: longer than " + PolicySettings.MAX_TEXT_LENGTH);
  }

  /** The bound the builder should enforce itself, checked end to end: every person is answered. */
  @Test
  void theLargestCollegeGraduateYearsStillAnswersEveryPerson() throws IOException {
    LinkagePolicy p =
        parse("collegeGraduateYears = " + PolicySettings.MAX_COLLEGE_GRADUATE_YEARS + "\n").build();
    Person old =
        Person.builder()
            .id("P")
            .education(org.employmentlinkage.domain.Education.BACHELOR)
            .graduationDate(LocalDate.of(1950, 7, 1))
            .build();
    // graduated 1950: within the 100 years after graduating in 2025, long past them in 2999
    assertThat(
            p.personGroups(old, LocalDate.of(2025, 12, 1))
                .membership(org.employmentlinkage.policy.PersonGroup.COLLEGE_GRADUATE))
        .isEqualTo(org.employmentlinkage.policy.Outcome.YES);
    assertThat(
            p.personGroups(old, LocalDate.of(2999, 12, 31))
                .membership(org.employmentlinkage.policy.PersonGroup.COLLEGE_GRADUATE))
        .isEqualTo(org.employmentlinkage.policy.Outcome.NO);
  }

  @Test
  void aMalformedScheduleIsReportedWithItsLine() throws IOException {
    Files.writeString(
        dir.resolve("s.properties"), "schedule.210281 = bad.txt\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("bad.txt"),
        "schedule: x\nsource: y\nperiod: 2025-01-01..\n" + "training: 焊工 | 六级 | 100\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PolicySettings.read(dir.resolve("s.properties")))
        .isInstanceOf(ScheduleFormatException.class)
        .hasMessageContaining("bad.txt:4");
  }

  private static LinkagePolicy.Builder parse(String text) throws IOException {
    return PolicySettings.parse(
        text,
        "t.properties",
        name -> {
          throw new IOException("no schedules");
        });
  }
}
