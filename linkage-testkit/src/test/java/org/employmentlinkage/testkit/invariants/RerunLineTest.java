package org.employmentlinkage.testkit.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.employmentlinkage.rules.LinkagePolicy;
import org.employmentlinkage.testkit.BrokenPolicies;
import org.employmentlinkage.testkit.PropertyRunner;
import org.employmentlinkage.testkit.TestPolicies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rerun line and the reproduce line an invariant's failure prints do reproduce it: running the
 * printed system properties fails on the same case, with the same case seed and value, and the
 * printed case seed alone gives the same value. (The JUnit contract's line is checked in {@code
 * BrokenPolicyContractTest}.) The tests set the runner's system properties and restore them.
 */
class RerunLineTest {
  private static final LinkagePolicy SHIPPED = TestPolicies.shipped();
  private static final Pattern HEAD =
      Pattern.compile(
          "failed on case (\\d+) of (\\d+) \\(run seed (-?\\d+)L\\); case seed (-?\\d+)L");
  private static final Pattern RERUN =
      Pattern.compile(
          "\n  rerun up to this case: (\\S+) with -Dlinkage\\.testkit\\.seed=(-?\\d+)"
              + " -Dlinkage\\.testkit\\.cases=(\\d+)\n");
  private static final Pattern ALONE =
      Pattern.compile(
          "\n  reproduce this case alone: PolicyInvariants\\.(\\w+)\\(policy\\)\\.reproduce\\((-?\\d+)L\\)");

  private String seed;
  private String cases;

  @BeforeEach
  void save() {
    seed = System.getProperty(PropertyRunner.SEED_PROPERTY);
    cases = System.getProperty(PropertyRunner.CASES_PROPERTY);
  }

  @AfterEach
  void restore() {
    restore(PropertyRunner.SEED_PROPERTY, seed);
    restore(PropertyRunner.CASES_PROPERTY, cases);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  private static Matcher find(Pattern p, String message) {
    Matcher m = p.matcher(message);
    assertThat(m.find()).as("%s in:%n%s", p, message).isTrue();
    return m;
  }

  private static String valueLine(String message) {
    return find(Pattern.compile("\n  value: [^\n]*\n"), message).group();
  }

  /**
   * Deadline laws broken in December only (a due date left undetermined though covered): the first
   * failure is not the first case, so the printed number of cases matters.
   */
  @Test
  void thePrintedPropertiesRerunUpToTheFailingCase() {
    PolicyInvariant<?> invariant =
        PolicyInvariants.deadlineLaws(BrokenPolicies.decemberDueDateUndetermined(SHIPPED));
    System.setProperty(PropertyRunner.SEED_PROPERTY, "3");
    System.setProperty(PropertyRunner.CASES_PROPERTY, "5000");
    String first = null;
    try {
      invariant.check();
    } catch (AssertionError e) {
      first = e.getMessage();
    }
    assertThat(first).as("the broken policy fails").isNotNull();
    Matcher head = find(HEAD, first);
    int failingCase = Integer.parseInt(head.group(1));
    String caseSeed = head.group(4);
    assertThat(head.group(2)).isEqualTo("5000");
    assertThat(head.group(3)).isEqualTo("3");
    assertThat(failingCase).as("a later case than the first").isGreaterThan(1);
    Matcher rerun = find(RERUN, first);
    assertThat(rerun.group(1))
        .isEqualTo(RerunLineTest.class.getName() + "#thePrintedPropertiesRerunUpToTheFailingCase");
    assertThat(rerun.group(2)).isEqualTo("3");
    assertThat(rerun.group(3)).isEqualTo(String.valueOf(failingCase));

    // Run the printed line: the same system properties, the same call.
    System.setProperty(PropertyRunner.SEED_PROPERTY, rerun.group(2));
    System.setProperty(PropertyRunner.CASES_PROPERTY, rerun.group(3));
    String again = null;
    try {
      invariant.check();
    } catch (AssertionError e) {
      again = e.getMessage();
    }
    assertThat(again).as("the rerun fails").isNotNull();
    Matcher head2 = find(HEAD, again);
    assertThat(head2.group(1)).isEqualTo(String.valueOf(failingCase));
    assertThat(head2.group(2)).isEqualTo(String.valueOf(failingCase));
    assertThat(head2.group(4)).isEqualTo(caseSeed);
    assertThat(valueLine(again)).isEqualTo(valueLine(first));

    // The case alone, from the printed case seed and factory.
    Matcher alone = find(ALONE, first);
    assertThat(alone.group(1)).isEqualTo("deadlineLaws");
    assertThat(alone.group(2)).isEqualTo(caseSeed);
    String single = null;
    try {
      invariant.reproduce(Long.parseLong(alone.group(2)));
    } catch (AssertionError e) {
      single = e.getMessage();
    }
    assertThat(single).as("the case alone fails").isNotNull();
    assertThat(single)
        .contains("failed on the case reproduced from its seed; case seed " + caseSeed);
    assertThat(valueLine(single)).isEqualTo(valueLine(first));
    // The value is the generator's, drawn as the runner and sample draw it.
    assertThat(valueLine(first))
        .isEqualTo(
            "\n  value: "
                + invariant.generator().sample(3, failingCase).get(failingCase - 1)
                + "\n");
  }

  /** An explicit seed and number of cases: the rerun line gives them, and they rerun the case. */
  @Test
  void anExplicitRunPrintsItsSeedAndCases() {
    PolicyInvariant<?> invariant =
        PolicyInvariants.oneYiInclusive(BrokenPolicies.exclusiveThreshold(SHIPPED));
    String first = null;
    try {
      invariant.check(11, 2_000);
    } catch (AssertionError e) {
      first = e.getMessage();
    }
    assertThat(first).isNotNull();
    Matcher head = find(HEAD, first);
    String n = head.group(1);
    assertThat(first)
        .contains(
            "\n  rerun up to this case: "
                + RerunLineTest.class.getName()
                + "#anExplicitRunPrintsItsSeedAndCases with seed 11L, cases "
                + n
                + ": check(11L, "
                + n
                + ")")
        .contains("PolicyInvariants.oneYiInclusive(policy).reproduce(" + head.group(4) + "L)");
    String again = null;
    try {
      invariant.check(11, Integer.parseInt(n));
    } catch (AssertionError e) {
      again = e.getMessage();
    }
    assertThat(again).isNotNull();
    assertThat(find(HEAD, again).group(4)).isEqualTo(head.group(4));
    assertThat(valueLine(again)).isEqualTo(valueLine(first));
  }

  /**
   * The failure the testkit README shows is a real one: an exclusive threshold checked with the
   * runner's defaults, as a contract subclass {@code com.example.MyPolicyContractTest} runs it.
   */
  @Test
  void theReadmeShowsARealFailure() throws Exception {
    System.setProperty(PropertyRunner.SEED_PROPERTY, String.valueOf(PropertyRunner.DEFAULT_SEED));
    System.setProperty(PropertyRunner.CASES_PROPERTY, String.valueOf(PropertyRunner.DEFAULT_CASES));
    String message = null;
    try {
      PolicyInvariants.oneYiInclusive(BrokenPolicies.exclusiveThreshold(SHIPPED))
          .inTest("com.example.MyPolicyContractTest#oneYiInclusive")
          .check();
    } catch (AssertionError e) {
      message = e.getMessage();
    }
    assertThat(message).isNotNull();
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```text\n" + message + "\n```");
  }

  /** A failure names the policy by its versions, never by an identity hash. */
  @Test
  void thePolicyIsNamedByItsVersions() {
    PolicyInvariant<?> invariant =
        PolicyInvariants.oneYiInclusive(BrokenPolicies.exclusiveThreshold(SHIPPED));
    assertThat(invariant.name())
        .isEqualTo(
            "1亿元 itself is major under every region [parameters "
                + SHIPPED.versions().parameters()
                + ", 大政办发〔2018〕83号/linkage-rules-1, calendar "
                + SHIPPED.calendar().version()
                + "]")
        .doesNotContain("@")
        .doesNotContain("BrokenPolicies");
    assertThat(
            PolicyInvariants.wideningOnly(
                    BrokenPolicies.exclusiveThreshold(TestPolicies.wafangdian()))
                .name())
        .startsWith("widening only [parameters wafangdian-hypothetical, ")
        .contains("; widening: parameters sha256:");
  }
}
