package org.employmentlinkage.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.calendar.WorkingDayCalendar;
import org.employmentlinkage.io.settings.PolicySettings;
import org.employmentlinkage.policy.PersonGroup;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.rules.Locality;
import org.employmentlinkage.rules.SubsidySchedule;
import org.employmentlinkage.testkit.CalendarGenerators;
import org.employmentlinkage.testkit.Generator;
import org.employmentlinkage.testkit.Generators;
import org.employmentlinkage.testkit.PolicyGenerators;
import org.employmentlinkage.testkit.PolicyQuestion;
import org.employmentlinkage.testkit.PolicyUnderTest;
import org.employmentlinkage.testkit.Weighted;
import org.junit.jupiter.api.Test;

/**
 * The concurrency and determinism gate: the shared policies and calendars, used from {@value
 * #THREADS} threads at once, give exactly the answers they give one call at a time.
 *
 * <p>Subjects, each one shared instance: {@link LinkagePolicies#dalian2018()}; a configured policy
 * (the HYPOTHETICAL demo settings of linkage-cli — a widening, a subsidy schedule, a liaison
 * period, a service specialist — plus the provisional calendar, locality by household registration,
 * an added group and make-up working days not counted); {@link ChinaCalendars#official()} and
 * {@link ChinaCalendars#provisional()}.
 *
 * <p>Inputs come from the testkit's seeded, edge-biased generators ({@link
 * PolicyGenerators#questions()}: classify, groups, recruitment, subsidies, obligations and standing
 * duties; {@link CalendarGenerators}: day kinds, working-day arithmetic, counts between dates, next
 * and previous working days, and deadlines). A pool of distinct evaluations is drawn from seed
 * {@value #SEED}; each is evaluated once alone to give the expected answer (a decision, a value, or
 * the exception's type and message). Then {@code evaluations} calls walk the pool again, first in
 * one thread, then from {@value #THREADS} threads started together, each thread in its own order so
 * that different threads meet the same inputs at different times, and every answer is compared with
 * the expected one with {@code equals}. The gate is that no answer differs.
 *
 * <p>Size: {@value #DEFAULT_EVALUATIONS} evaluations in {@code ./mvnw verify}; the full run is a
 * system property away (CONTRIBUTING.md):
 *
 * <pre>{@code
 * ./mvnw -B -pl linkage-gates -am test -Dtest=ConcurrencyGateTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dlinkage.concurrency.evaluations=1000000
 * }</pre>
 *
 * <p>It prints the evaluations per second of both passes; they are figures to record, never
 * asserted.
 */
class ConcurrencyGateTest {
  static final int THREADS = 8;
  static final long SEED = 20_180_706L;
  static final int DEFAULT_EVALUATIONS = 120_000;
  static final int MAX_POOL = 30_000;

  /** One evaluation: what is asked, of which input (for reports), and the call. */
  record Evaluation(String what, Object input, Supplier<Object> call) {
    /** The answer, or the exception it threw as a comparable value. */
    Object answer() {
      try {
        return Objects.requireNonNull(call.get(), what);
      } catch (RuntimeException e) {
        return new Thrown(e.getClass().getName(), String.valueOf(e.getMessage()));
      }
    }

    String label() {
      return what + " " + input;
    }
  }

  /** An exception as a value: equal when the type and the message are. */
  record Thrown(String type, String message) {}

  static LinkagePolicy configuredPolicy() {
    try {
      return PolicySettings.parse(
              demoResource("wafangdian-hypothetical.properties"),
              "wafangdian-hypothetical.properties",
              name -> SubsidySchedule.parse(demoResource(name), name))
          .provisionalCalendar()
          .locality(Locality.HOUSEHOLD_REGISTRATION)
          .addPriorityGroup(
              PersonGroup.customPriority(
                  "RETIRED_SOLDIER", "退役军人", "retired soldiers (HYPOTHETICAL)"))
          .countMakeupWorkdays(false)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String demoResource(String name) throws IOException {
    try (InputStream in =
        PolicySettings.class.getResourceAsStream("/org/employmentlinkage/cli/demo/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Draws {@code n} mixed evaluations against the shared subjects: 3/5 policy, 2/5 calendar. */
  static List<Evaluation> pool(int n) {
    List<Generator<Evaluation>> sources = new ArrayList<>();
    for (LinkagePolicy policy : List.of(LinkagePolicies.dalian2018(), configuredPolicy())) {
      PolicyUnderTest subject = PolicyUnderTest.of(policy);
      Generator<PolicyQuestion> questions = PolicyGenerators.of(policy).questions();
      String name = policy.versions().parameters();
      sources.add(
          questions.map(
              q ->
                  new Evaluation(
                      name + " " + q.getClass().getSimpleName(), q, () -> q.askOf(subject))));
    }
    List<Generator<Evaluation>> calendarSources = new ArrayList<>();
    for (WorkingDayCalendar cal :
        List.of(ChinaCalendars.official(), ChinaCalendars.provisional())) {
      calendarSources.add(calendarEvaluations(cal));
    }
    Generator<Evaluation> mixed =
        Generators.frequency(
            3, Generators.oneOf(sources.get(0), sources.get(1)),
            2, Generators.oneOf(calendarSources.get(0), calendarSources.get(1)));
    RandomGenerator random = Generators.random(SEED);
    List<Evaluation> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(mixed.next(random));
    }
    return list;
  }

  private static Generator<Evaluation> calendarEvaluations(WorkingDayCalendar cal) {
    CalendarGenerators g = CalendarGenerators.of(cal);
    String v = cal.version() + " ";
    Generator<LocalDate> dates = Generators.frequency(9, g.dates(), 1, g.datesOutsideCoverage());
    Generator<Evaluation> dayKind =
        dates.map(d -> new Evaluation(v + "dayKind", d, () -> cal.dayKind(d)));
    Generator<Evaluation> working =
        dates.map(
            d ->
                new Evaluation(
                    v + "isWorkingDay, isProvisional",
                    d,
                    () -> List.of(cal.isWorkingDay(d), cal.isProvisional(d))));
    Generator<Evaluation> plus =
        Generators.zip(
            dates,
            g.workingDayCounts(),
            (d, n) ->
                new Evaluation(
                    v + "plusWorkingDays", List.of(d, n), () -> cal.plusWorkingDays(d, n)));
    Generator<Evaluation> between =
        Generators.zip(
            dates,
            dates,
            (a, b) ->
                new Evaluation(
                    v + "workingDaysBetween", List.of(a, b), () -> cal.workingDaysBetween(a, b)));
    Generator<Evaluation> nextPrevious =
        dates.map(
            d ->
                new Evaluation(
                    v + "nextWorkingDay, previousWorkingDay",
                    d,
                    () ->
                        List.of(
                            answerOf(() -> cal.nextWorkingDay(d)),
                            answerOf(() -> cal.previousWorkingDay(d)))));
    Generator<Evaluation> deadlines =
        g.triggeredPeriods().map(p -> new Evaluation(v + "deadline", p, () -> p.deadlineOn(cal)));
    return Generators.frequency(
        List.of(
            new Weighted<>(2, dayKind),
            new Weighted<>(1, working),
            new Weighted<>(2, plus),
            new Weighted<>(1, between),
            new Weighted<>(1, nextPrevious),
            new Weighted<>(3, deadlines)));
  }

  private static Object answerOf(Supplier<Object> call) {
    return new Evaluation("", "", call).answer();
  }

  static int evaluations() {
    return Integer.getInteger("linkage.concurrency.evaluations", DEFAULT_EVALUATIONS);
  }

  /** What a walk found: how many answers differed, and the first few. */
  record Walk(long mismatches, List<String> examples) {}

  @Test
  void sharedPoliciesAndCalendarsGiveTheSequentialAnswersFromEightThreads() throws Exception {
    int total = evaluations();
    List<Evaluation> pool = pool(Math.min(total, MAX_POOL));
    int size = pool.size();
    Object[] expected = new Object[size];
    for (int i = 0; i < size; i++) {
      expected[i] = pool.get(i).answer();
    }

    // One thread: the same walk as the threads below, to time it and to see that it repeats.
    long start = System.nanoTime();
    Walk sequential = walk(pool, expected, 0, 1, total);
    double sequentialSeconds = (System.nanoTime() - start) / 1e9;

    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Walk>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            executor.submit(
                () -> {
                  go.await();
                  return walk(pool, expected, thread, THREADS, total);
                }));
      }
      start = System.nanoTime();
      go.countDown();
      long mismatches = 0;
      List<String> examples = new ArrayList<>();
      for (Future<Walk> f : futures) {
        Walk w = f.get(30, TimeUnit.MINUTES);
        mismatches += w.mismatches();
        examples.addAll(w.examples());
      }
      double parallelSeconds = (System.nanoTime() - start) / 1e9;

      System.out.printf(
          Locale.ROOT,
          "ConcurrencyGateTest: %d evaluations over a pool of %d (seed %d): sequential %.0f/s"
              + " (%.2f s), %d threads %.0f/s (%.2f s), %d processors; mismatches: sequential %d,"
              + " %d threads %d%n",
          total,
          size,
          SEED,
          total / sequentialSeconds,
          sequentialSeconds,
          THREADS,
          total / parallelSeconds,
          parallelSeconds,
          Runtime.getRuntime().availableProcessors(),
          sequential.mismatches(),
          THREADS,
          mismatches);
      assertThat(sequential.examples()).isEmpty();
      assertThat(examples).isEmpty();
      assertThat(sequential.mismatches() + mismatches).isZero();
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * Evaluates the share of {@code total} calls that falls to {@code thread} of {@code threads}:
   * call k (k ≡ thread mod threads) evaluates pool entry (k · stride + offset) mod size, with a
   * stride and offset that differ per thread, so that the threads walk the pool in different
   * orders.
   */
  private static Walk walk(
      List<Evaluation> pool, Object[] expected, int thread, int threads, int total) {
    int size = pool.size();
    long stride = STRIDES[thread % STRIDES.length];
    long offset = (long) thread * 7_919;
    long mismatches = 0;
    List<String> examples = new ArrayList<>();
    for (long k = thread; k < total; k += threads) {
      int i = (int) Math.floorMod(k * stride + offset, (long) size);
      Object answer = pool.get(i).answer();
      if (!answer.equals(expected[i])) {
        mismatches++;
        if (examples.size() < 5) {
          examples.add(pool.get(i).label() + ": expected " + expected[i] + ", got " + answer);
        }
      }
    }
    return new Walk(mismatches, examples);
  }

  /** Primes, so that each walk visits every pool entry when the pool size is not their multiple. */
  private static final long[] STRIDES = {
    1, 7_919, 104_729, 1_299_709, 15_485_863, 32_452_843, 49_979_687, 67_867_967
  };
}
