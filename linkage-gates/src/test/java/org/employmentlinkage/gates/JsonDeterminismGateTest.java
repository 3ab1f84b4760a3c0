package org.employmentlinkage.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON form of a decision is byte-identical across JVM runs: {@link DecisionJson} renders a
 * fixed set of command-line answers in this JVM (surefire's: locale tr_TR, zone
 * America/Los_Angeles) and in a second JVM started with the same class path and a different default
 * locale, time zone and default charset, and with every identity hash code equal ({@code
 * -XX:hashCode=2}), which changes the iteration order of any hash set or map keyed by enum
 * constants or other objects without their own {@code hashCode}; the bytes must be the same.
 */
class JsonDeterminismGateTest {

  /** The second JVM's options, each a way the output could depend on the machine or the run. */
  static final List<String> SECOND_JVM_OPTIONS =
      List.of(
          "-Duser.language=fr",
          "-Duser.country=FR",
          "-Duser.timezone=Pacific/Auckland",
          "-Dfile.encoding=ISO-8859-1",
          "-XX:+UnlockExperimentalVMOptions",
          "-XX:hashCode=2",
          "-Xshare:off");

  @Test
  void everyRunAnswersWithOneJsonDocument() {
    String text = new String(DecisionJson.render(), StandardCharsets.UTF_8);
    int runs = DecisionJson.runs().size();
    assertThat(text.split("\n# ", -1)).hasSize(runs);
    assertThat(text).doesNotContain(" exit 1\n", " exit 2\n", " exit 3\n");
    assertThat(text.lines().filter(l -> l.startsWith("{\"schema\":\"linkage-cli/2\"")))
        .hasSize(runs);
  }

  @Test
  void theJsonIsByteIdenticalInASecondJvmWithOtherLocaleZoneCharsetAndHashCodes(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("second-jvm.json");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SECOND_JVM_OPTIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DecisionJson.class.getName());
    command.add(file.toString());
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("second-jvm.log").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the second JVM finishes").isTrue();
    String log = Files.readString(dir.resolve("second-jvm.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit code of the second JVM; its output:%n%s", log).isZero();

    byte[] here = DecisionJson.render();
    byte[] there = Files.readAllBytes(file);
    assertThat(here.length).isGreaterThan(10_000);
    if (!java.util.Arrays.equals(here, there)) {
      // Show the first differing line rather than two long byte arrays.
      List<String> a = new String(here, StandardCharsets.UTF_8).lines().toList();
      List<String> b = new String(there, StandardCharsets.UTF_8).lines().toList();
      assertThat(b).as("the second JVM's output").isEqualTo(a);
    }
    assertThat(there).isEqualTo(here);
    assertThat(System.getProperty("java.class.path")).contains(File.pathSeparator);
  }
}
