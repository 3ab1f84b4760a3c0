package org.employmentlinkage.benchmarks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.employmentlinkage.domain.Education;
import org.employmentlinkage.domain.HouseholdType;
import org.employmentlinkage.domain.Person;
import org.employmentlinkage.domain.Project;
import org.employmentlinkage.domain.ProjectType;
import org.employmentlinkage.domain.SkillLevel;
import org.employmentlinkage.domain.TrainingRecord;
import org.employmentlinkage.domain.TrainingType;
import org.employmentlinkage.money.Money;
import org.employmentlinkage.region.Location;
import org.employmentlinkage.region.Region;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.PersonGroups;
import org.employmentlinkage.rules.ScopeDecision;
import org.employmentlinkage.rules.SubsidyDecision;
import org.employmentlinkage.rules.SubsidySchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rules' throughput targets (issue 3): {@code classify} ≥ 20 M/s on one core; a full person
 * evaluation (groups + subsidies + reasons) ≥ 2 M/s. Inputs cycle through a few projects and people
 * so that no single branch is all the JIT sees.
 *
 * <p>Run: {@code java -jar linkage-benchmarks/target/benchmarks.jar PolicyBenchmark -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PolicyBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2022, 3, 1);

  private LinkagePolicy policy;
  private LinkagePolicy scheduled;
  private Project[] projects;
  private Person[] people;
  private TrainingRecord[] records;
  private int i;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    policy = LinkagePolicies.dalian2018();
    scheduled =
        LinkagePolicy.builder()
            .subsidySchedule(
                Region.DALIAN,
                SubsidySchedule.parse(
                    "schedule: benchmark\nsource: HYPOTHETICAL amounts for the benchmark\n"
                        + "period: 2018-07-06..\nshortage-uplift: 30%\nshortage: 焊工\n"
                        + "training: 焊工 | 初级工 | 1000\nappraisal: 焊工 | 初级工 | 150\n",
                    "benchmark"))
            .build();
    String[] amounts = {"1亿元", "99999999.99", "3.2亿元", "5000万元"};
    projects = new Project[amounts.length];
    for (int k = 0; k < amounts.length; k++) {
      projects[k] =
          Project.builder()
              .id("P" + k)
              .type(ProjectType.CONSTRUCTION)
              .totalInvestment(Money.parse(amounts[k]))
              .location(Location.of(Region.WAFANGDIAN))
              .build();
    }
    people =
        new Person[] {
          Person.builder()
              .id("A")
              .education(Education.BACHELOR)
              .graduationDate(LocalDate.of(2021, 6, 30))
              .residence(Region.WAFANGDIAN)
              .build(),
          Person.builder()
              .id("B")
              .householdType(HouseholdType.RURAL)
              .nonFarmTransfer(true)
              .landExpropriated(true)
              .addLandExpropriationProjectId("P0")
              .build(),
          Person.builder().id("C").overcapacityResettled(false).build(),
          Person.builder().id("D").build()
        };
    records = new TrainingRecord[people.length];
    for (int k = 0; k < people.length; k++) {
      records[k] =
          TrainingRecord.builder()
              .id("T" + k)
              .type(
                  k % 2 == 0 ? TrainingType.EMPLOYMENT_SKILLS : TrainingType.RURAL_LABOUR_TRANSFER)
              .passed(true)
              .willing(true)
              .occupation("焊工")
              .level(SkillLevel.JUNIOR_WORKER)
              .build();
    }
  }

  /**
   * 一（一） classification.
   *
   * @return the decision
   */
  @Benchmark
  public ScopeDecision classify() {
    i = (i + 1) & 3;
    return policy.classify(projects[i], AS_OF);
  }

  /**
   * The floor: 一（一） written by hand ({@link HandWrittenRules#classify}) on the same projects.
   *
   * @return the hand-written reason
   */
  @Benchmark
  public String classifyHandWritten() {
    i = (i + 1) & 3;
    return HandWrittenRules.classify(projects[i]);
  }

  /**
   * The floor: the three named groups written by hand ({@link HandWrittenRules#groups}) on the same
   * people.
   *
   * @return the groups as bits
   */
  @Benchmark
  public int groupsHandWritten() {
    i = (i + 1) & 3;
    return HandWrittenRules.groups(people[i], AS_OF);
  }

  /**
   * A full person evaluation: the groups, then the subsidies of one training record.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void evaluatePerson(Blackhole bh) {
    i = (i + 1) & 3;
    PersonGroups groups = policy.personGroups(people[i], AS_OF);
    SubsidyDecision subsidies =
        policy.subsidies(records[i], people[i], Optional.of(projects[0]), AS_OF);
    bh.consume(groups.reasons());
    bh.consume(subsidies.reasons());
  }

  /**
   * A full person evaluation with a subsidy schedule: amounts are looked up per call.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void evaluatePersonWithSchedule(Blackhole bh) {
    i = (i + 1) & 3;
    PersonGroups groups = scheduled.personGroups(people[i], AS_OF);
    SubsidyDecision subsidies =
        scheduled.subsidies(records[i], people[i], Optional.of(projects[0]), AS_OF);
    bh.consume(groups.reasons());
    bh.consume(subsidies.reasons());
  }

  /**
   * The groups alone.
   *
   * @return the decision
   */
  @Benchmark
  public PersonGroups groupsOnly() {
    i = (i + 1) & 3;
    return policy.personGroups(people[i], AS_OF);
  }

  /**
   * The subsidies of a passed 就业技能培训 (三（八）) alone.
   *
   * @return the decision
   */
  @Benchmark
  public SubsidyDecision skillsSubsidyOnly() {
    return policy.subsidies(records[0], people[0], Optional.of(projects[0]), AS_OF);
  }

  /**
   * The subsidies of a land-expropriated person's transfer training (三（七）) alone.
   *
   * @return the decision
   */
  @Benchmark
  public SubsidyDecision ruralSubsidyOnly() {
    return policy.subsidies(records[1], people[1], Optional.of(projects[0]), AS_OF);
  }
}
