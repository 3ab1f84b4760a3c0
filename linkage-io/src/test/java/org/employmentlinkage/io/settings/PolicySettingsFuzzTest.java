package org.employmentlinkage.io.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.ScheduleFormatException;
import org.employmentlinkage.rules.SubsidySchedule;

/**
 * Fuzzes the regional settings file ({@link PolicySettings#parse}) against its documented contract,
 * and the policy it configures:
 *
 * <ul>
 *   <li>{@code parse} returns a builder or throws exactly {@link SettingsException} (message {@code
 *       SOURCE: KEY: REASON}, or {@code SOURCE: REASON} for the text as a whole, with a non-blank
 *       reason), or passes on the loader's {@link IOException} and a schedule's {@link
 *       ScheduleFormatException} (the loader here knows {@code schedule.txt}, a valid hypothetical
 *       schedule, and {@code bad-schedule.txt}, a malformed one; every other name is a missing
 *       file);
 *   <li>{@link LinkagePolicy.Builder#build()} then returns a policy or throws exactly {@link
 *       IllegalArgumentException} with a non-blank message (a widening that would narrow the scope,
 *       overlapping widenings);
 *   <li>a built policy answers: it classifies a project, lists a person's groups, prices a training
 *       record and gives a project event's duties, in the region the settings are most likely to
 *       name (瓦房店市) and city-wide, without throwing.
 * </ul>
 *
 * <p>Regression mode replays {@code PolicySettingsFuzzTestInputs/parseAndBuild/}; fuzzing: {@code
 * docs/fuzzing.md}.
 */
class PolicySettingsFuzzTest {

  private static final String SOURCE = "fuzzed.properties";
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 22);
  private static final String SCHEDULE = resource("hypothetical-subsidy-schedule.txt");

  @FuzzTest(maxDuration = "3m")
  @DictionaryEntries({
    "label = ",
    "validity = ",
    "locality = ",
    "collegeGraduateYears = ",
    "countMakeupWorkdays = ",
    "landNoticeTriggers = ",
    "widening.1.",
    "region = ",
    "from = ",
    "until = ",
    "threshold = ",
    "categories = ",
    "projects = ",
    "source = ",
    "schedule.",
    "liaison.",
    "specialist.",
    "priorityGroup.",
    "210281",
    "DALIAN",
    "WAFANGDIAN_FORWARDING",
    "PRE_NOTICE",
    "unlimited",
    "P3M",
    "P-1D",
    "schedule.txt",
    "bad-schedule.txt",
    "\\x0A",
    "\\\\u"
  })
  void parseAndBuild(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    LinkagePolicy.Builder builder;
    try {
      builder = PolicySettings.parse(text, SOURCE, PolicySettingsFuzzTest::load);
    } catch (SettingsException e) {
      checkSettingsException(e);
      return;
    } catch (ScheduleFormatException e) {
      assertThat(e.sourceName()).isEqualTo("bad-schedule.txt");
      return;
    } catch (IOException e) {
      assertThat(e).isInstanceOf(NoSuchFileException.class);
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("parse threw " + e.getClass().getName(), e);
    }
    LinkagePolicy policy;
    try {
      policy =
          builder.clock(Clock.fixed(Instant.parse("2025-12-22T02:00:00Z"), ZoneOffset.UTC)).build();
    } catch (IllegalArgumentException e) {
      if (e.getClass() != IllegalArgumentException.class) {
        fail("build threw " + e.getClass().getName(), e);
      }
      assertThat(e.getMessage()).isNotBlank();
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("build threw " + e.getClass().getName(), e);
    }
    try {
      answer(policy, Region.WAFANGDIAN);
      answer(policy, Region.ZHONGSHAN);
    } catch (RuntimeException e) {
      throw new AssertionError("a policy built from settings threw " + e.getClass().getName(), e);
    }
  }

  private static void answer(LinkagePolicy policy, Region region) {
    Project project =
        Project.builder()
            .id("P-1")
            .type(ProjectType.CONSTRUCTION)
            .totalInvestment(Money.parse("6000万元"))
            .location(Location.of(region))
            .addCategory("港口物流")
            .build();
    assertThat(policy.classify(project, AS_OF).outcome()).isNotNull();
    Person person =
        Person.builder()
            .id("C-1")
            .landExpropriated(true)
            .addLandExpropriationProjectId("P-1")
            .residence(region)
            .build();
    assertThat(policy.personGroups(person, AS_OF).outcome()).isNotNull();
    TrainingRecord record =
        TrainingRecord.builder()
            .id("T-1")
            .type(TrainingType.RURAL_LABOUR_TRANSFER)
            .occupation("焊工")
            .level(SkillLevel.JUNIOR_WORKER)
            .region(region)
            .willing(true)
            .completed(true)
            .certified(true)
            .certificateDate(AS_OF.minusDays(2))
            .build();
    assertThat(policy.subsidies(record, person, project, AS_OF).outcome()).isNotNull();
    assertThat(
            policy
                .obligations(ProjectEvent.constructionStarted(project, AS_OF.minusDays(30)))
                .outcome())
        .isNotNull();
    assertThat(policy.standingDuties(AS_OF).outcome()).isNotNull();
  }

  private static void checkSettingsException(SettingsException e) {
    assertThat(e.sourceName()).isEqualTo(SOURCE);
    assertThat(e.reason()).isNotBlank();
    assertThat(e.getMessage())
        .isEqualTo(SOURCE + ": " + (e.key().isEmpty() ? "" : e.key() + ": ") + e.reason());
  }

  private static SubsidySchedule load(String name) throws IOException {
    return switch (name) {
      case "schedule.txt" -> SubsidySchedule.parse(SCHEDULE, name);
      case "bad-schedule.txt" ->
          SubsidySchedule.parse("schedule: x\nsource: y\nperiod: 2025-01-01..\n", name);
      default -> throw new NoSuchFileException(name);
    };
  }

  private static String resource(String name) {
    try (InputStream in =
        PolicySettingsFuzzTest.class.getResourceAsStream(
            "/org/employmentlinkage/io/settings/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
