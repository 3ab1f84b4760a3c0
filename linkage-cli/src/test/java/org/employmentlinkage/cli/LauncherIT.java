package org.employmentlinkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the built CLI as a user does, on a bare environment ({@code env -i}: no locale at all),
 * after {@code package} (maven-failsafe-plugin): through the {@code ./linkage} launcher, and the
 * jar without it.
 *
 * <p>The launcher rebuilds the jar when sources are newer; this test never lets it (a build inside
 * the build): it runs the launcher only when the launcher's own staleness check finds nothing newer
 * than the jar, and is skipped otherwise.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path JAR = ROOT.resolve("linkage-cli/target/linkage.jar");
  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void posixWithTheJar() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/env")), "needs env(1)");
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "needs " + JAR);
  }

  private static Run run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    full.add("/usr/bin/env");
    full.add("-i");
    full.add("PATH=" + Path.of(JAVA).getParent() + ":/usr/bin:/bin");
    full.add("HOME=" + System.getProperty("user.home"));
    full.addAll(command);
    Process p = new ProcessBuilder(full).directory(ROOT.toFile()).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static void assumeLauncherWillNotRebuild() throws IOException, InterruptedException {
    Run newer =
        run(
            List.of(
                "/bin/sh",
                "-c",
                "find pom.xml linkage-core linkage-rules linkage-io linkage-jackson linkage-cli -name target -prune -o"
                    + " -type f -newer linkage-cli/target/linkage.jar -print | head -n 1"));
    Assumptions.assumeTrue(
        newer.out().isBlank(), "sources are newer than the jar: " + newer.out().strip());
  }

  private static List<String> launcher(String... args) {
    List<String> c = new ArrayList<>();
    c.add(ROOT.resolve("linkage").toString());
    c.addAll(List.of(args));
    return c;
  }

  @Test
  void theDeadlineExampleThroughTheLauncher() throws Exception {
    assumeLauncherWillNotRebuild();
    Run r = run(launcher("deadline", "2025-09-26", "30", "--json"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("due").asText()).isEqualTo("2025-11-13");
    assertThat(j.get("notices").get(0).get("number").asText()).isEqualTo("国办发明电〔2024〕12号");
  }

  /** The launcher exports LC_ALL=C.UTF-8: Chinese arguments arrive intact, output is UTF-8. */
  @Test
  void chineseArgumentsArriveIntactThroughTheLauncher() throws Exception {
    assumeLauncherWillNotRebuild();
    Run r = run(launcher("workday", "2025年9月28日"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("2025-09-28（星期日）是工作日（调休上班日）");
  }

  @Test
  void exitCodeThreeThroughTheLauncher() throws Exception {
    assumeLauncherWillNotRebuild();
    Run r = run(launcher("workday", "2027-03-01"));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("linkage: error: 2027-03-01").contains("--provisional");
  }

  /**
   * Without the launcher and without a locale, Java 17 turns 年/月/日 into '?': the CLI says so and
   * suggests the launcher or ASCII input; the output stays readable UTF-8.
   */
  @Test
  void withoutTheLauncherGarbledArgumentsAreExplained() throws Exception {
    Run r = run(List.of(JAVA, "-jar", JAR.toString(), "workday", "2025年9月28日"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("参数中的中文似乎已损坏").contains("./linkage").endsWith("\n");
    assertThat(r.err().lines().count()).isEqualTo(1);
    Run ascii = run(List.of(JAVA, "-jar", JAR.toString(), "workday", "2025-09-28"));
    assertThat(ascii.exitCode()).isZero();
    assertThat(ascii.out()).startsWith("2025-09-28（星期日）是工作日");
  }

  /** The example on a bare machine: {@code ./linkage classify --investment 1亿元 --json}. */
  @Test
  void classifyOneYiYuanThroughTheLauncher() throws Exception {
    assumeLauncherWillNotRebuild();
    Run r = run(launcher("classify", "--investment", "1亿元", "--json"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("major").asBoolean()).isTrue();
    assertThat(j.get("threshold").asText()).isEqualTo("100000000.00");
    assertThat(j.get("rule").asText()).isEqualTo("MUNICIPAL_THRESHOLD");
    assertThat(j.get("clauses").get(0).asText()).isEqualTo("大政办发〔2018〕83号 一（一）");
  }

  /** {@code ./linkage demo} on a bare machine: readable Chinese, every step. */
  @Test
  void theDemoThroughTheLauncher() throws Exception {
    assumeLauncherWillNotRebuild();
    Run r = run(launcher("demo"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("演示：瓦房店市（210281）")
        .contains("【8】")
        .contains("2025-11-13（星期四）")
        .doesNotContain("?");
  }
}
