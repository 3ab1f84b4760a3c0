package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The plain loop runner: cases, seeds, the failure message and reproducing one case. */
class PropertyRunnerTest {

  @Test
  void aPassingPropertyIsCheckedOnEveryCaseInSampleOrder() {
    Generator<Integer> g = Generators.integers(0, 1_000_000);
    List<Integer> seen = new ArrayList<>();
    PropertyRunner.forAll("collects", g).seed(77).cases(250).check(seen::add);
    assertThat(seen).isEqualTo(g.sample(77, 250));
  }

  @Test
  void theFailureNamesThePropertyTheCaseTheSeedsAndTheValue() {
    Generator<Integer> g = Generators.integers(0, 999);
    long runSeed = 31;
    int cases = 500;
    // The first case whose value is at least 990, found independently of the runner.
    List<Integer> values = g.sample(runSeed, cases);
    int firstFailing = 0;
    while (values.get(firstFailing) < 990) {
      firstFailing++;
    }
    int caseNumber = firstFailing + 1;
    int value = values.get(firstFailing);

    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                PropertyRunner.forAll("below 990", g)
                    .seed(runSeed)
                    .cases(cases)
                    .check(
                        n -> {
                          if (n >= 990) {
                            throw new IllegalStateException("too big: " + n);
                          }
                        }));
    assertThat(error.getMessage())
        .startsWith(
            "Property \"below 990\" failed on case "
                + caseNumber
                + " of 500 (run seed 31L); case seed ")
        .contains("\n  value: " + value + "\n")
        .contains("reproduce this case alone: PropertyRunner.forAll(name, generator).reproduce(")
        .contains("cause: java.lang.IllegalStateException: too big: " + value);
    assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);

    long caseSeed = caseSeedFrom(error.getMessage());
    assertThat(g.next(Generators.random(caseSeed))).isEqualTo(value);
    PropertyRunner<Integer> runner = PropertyRunner.forAll("below 990", g);
    AssertionError again =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                runner.reproduce(
                    caseSeed,
                    n -> {
                      throw new AssertionError("still " + n);
                    }));
    assertThat(again.getMessage())
        .startsWith(
            "Property \"below 990\" failed on the case reproduced from its seed; case seed "
                + caseSeed
                + "L.")
        .contains("value: " + value);
    List<Integer> reproduced = new ArrayList<>();
    runner.reproduce(caseSeed, reproduced::add);
    assertThat(reproduced).containsExactly(value);
  }

  private static long caseSeedFrom(String message) {
    int start = message.indexOf("case seed ") + "case seed ".length();
    int end = message.indexOf("L.", start);
    return Long.parseLong(message.substring(start, end));
  }

  @Test
  void longValuesAreCutAndBrokenToStringsReported() {
    Generator<String> longText = Generators.constant("字".repeat(5000));
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                PropertyRunner.forAll("long", longText)
                    .cases(1)
                    .check(
                        s -> {
                          throw new AssertionError("no");
                        }));
    assertThat(error.getMessage())
        .contains(
            "value: " + "字".repeat(PropertyRunner.MAX_VALUE_TEXT) + "… (4000 more characters)")
        .hasSizeLessThan(PropertyRunner.MAX_VALUE_TEXT + 600);

    Object broken =
        new Object() {
          @Override
          public String toString() {
            throw new UnsupportedOperationException("nope");
          }
        };
    AssertionError error2 =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                PropertyRunner.forAll("broken toString", Generators.constant(broken))
                    .cases(1)
                    .check(
                        o -> {
                          throw new AssertionError("no");
                        }));
    assertThat(error2.getMessage())
        .contains("value: <toString() of ")
        .contains("threw java.lang.UnsupportedOperationException: nope>");
  }

  @Test
  void aFailingGeneratorIsReportedWithItsCase() {
    Generator<Integer> failing =
        Generators.integers(0, 9)
            .map(
                n -> {
                  if (n == 9) {
                    throw new IllegalArgumentException("nine");
                  }
                  return n;
                });
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () -> PropertyRunner.forAll("gen", failing).seed(1).cases(1000).check(n -> {}));
    assertThat(error.getMessage())
        .startsWith("Property \"gen\": the generator failed on case ")
        .contains("(run seed 1L); case seed ")
        .contains("cause: java.lang.IllegalArgumentException: nine");
    assertThat(error.getCause()).hasMessage("nine");
  }

  @Test
  void badArgumentsAreRejected() {
    Generator<Integer> g = Generators.constant(1);
    assertThatThrownBy(() -> PropertyRunner.forAll(" ", g))
        .hasMessage("PropertyRunner.forAll: name must not be blank");
    assertThatThrownBy(() -> PropertyRunner.forAll("p", g).cases(0))
        .hasMessage("PropertyRunner.cases: cases must be at least 1, was 0");
    assertThatThrownBy(() -> PropertyRunner.forAll("p", g).check(null))
        .isInstanceOf(NullPointerException.class);
    assertThat(PropertyRunner.forAll("p", g).seed(5).cases(7))
        .hasToString("PropertyRunner[\"p\", seed 5L, 7 cases]");
  }

  @Test
  @ResourceLock(Resources.SYSTEM_PROPERTIES)
  void systemPropertiesSetTheDefaultsAndExplicitSettingsWin() {
    Generator<Integer> g = Generators.constant(1);
    String oldSeed = System.getProperty(PropertyRunner.SEED_PROPERTY);
    String oldCases = System.getProperty(PropertyRunner.CASES_PROPERTY);
    try {
      System.clearProperty(PropertyRunner.SEED_PROPERTY);
      System.clearProperty(PropertyRunner.CASES_PROPERTY);
      assertThat(PropertyRunner.forAll("p", g).seed()).isEqualTo(PropertyRunner.DEFAULT_SEED);
      assertThat(PropertyRunner.forAll("p", g).cases()).isEqualTo(PropertyRunner.DEFAULT_CASES);

      System.setProperty(PropertyRunner.SEED_PROPERTY, " -12 ");
      System.setProperty(PropertyRunner.CASES_PROPERTY, "3");
      assertThat(PropertyRunner.forAll("p", g).seed()).isEqualTo(-12);
      assertThat(PropertyRunner.forAll("p", g).cases()).isEqualTo(3);
      int[] runs = {0};
      PropertyRunner.forAll("p", g).check(v -> runs[0]++);
      assertThat(runs[0]).isEqualTo(3);
      assertThat(PropertyRunner.forAll("p", g).seed(8).cases(9).seed()).isEqualTo(8);
      assertThat(PropertyRunner.forAll("p", g).seed(8).cases(9).cases()).isEqualTo(9);

      System.setProperty(PropertyRunner.CASES_PROPERTY, "0");
      assertThatThrownBy(() -> PropertyRunner.forAll("p", g).cases())
          .hasMessage("system property linkage.testkit.cases must be a positive int, was \"0\"");
      System.setProperty(PropertyRunner.SEED_PROPERTY, "x");
      assertThatThrownBy(() -> PropertyRunner.forAll("p", g).seed())
          .hasMessage("system property linkage.testkit.seed must be a decimal long, was \"x\"");
    } finally {
      restore(PropertyRunner.SEED_PROPERTY, oldSeed);
      restore(PropertyRunner.CASES_PROPERTY, oldCases);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
