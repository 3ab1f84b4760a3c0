package org.employmentlinkage.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same values give the same bytes in another JVM: {@link #render()} writes the corpus values
 * and the generated decisions, projects and people in this JVM (surefire's: locale tr_TR, zone
 * America/Los_Angeles) and in a second JVM with another locale, time zone and default charset and
 * every identity hash code equal ({@code -XX:hashCode=2}, which reorders hash sets of enum
 * constants); the bytes must be equal.
 */
class JsonDeterminismTest {
  static final List<String> SECOND_JVM_OPTIONS =
      List.of(
          "-Duser.language=fr",
          "-Duser.country=FR",
          "-Duser.timezone=Pacific/Auckland",
          "-Dfile.encoding=ISO-8859-1",
          "-XX:+UnlockExperimentalVMOptions",
          "-XX:hashCode=2",
          "-Xshare:off");

  /** The documents, one per line, UTF-8. */
  static byte[] render() throws IOException {
    ObjectMapper json = LinkageJson.mapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Object> values = new ArrayList<>(ConformanceCorpusTest.expected().values());
    values.addAll(Values.allDecisions());
    values.addAll(Values.projects());
    values.addAll(Values.persons());
    values.addAll(Values.deadlines());
    for (Object v : values) {
      out.write(json.writeValueAsBytes(v));
      out.write('\n');
    }
    return out.toByteArray();
  }

  /**
   * Writes {@link #render()} to the file named by the first argument (the second JVM).
   *
   * @param args the output file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), render());
  }

  @Test
  void theBytesAreTheSameInASecondJvmWithOtherLocaleZoneCharsetAndHashCodes(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("second-jvm.jsonl");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SECOND_JVM_OPTIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JsonDeterminismTest.class.getName());
    command.add(file.toString());
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("second-jvm.log").toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the second JVM finishes").isTrue();
    String log = Files.readString(dir.resolve("second-jvm.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit code of the second JVM; its output:%n%s", log).isZero();
    byte[] here = render();
    byte[] there = Files.readAllBytes(file);
    assertThat(here.length).isGreaterThan(100_000);
    assertThat(new String(there, StandardCharsets.UTF_8).lines().toList())
        .isEqualTo(new String(here, StandardCharsets.UTF_8).lines().toList());
    assertThat(there).isEqualTo(here);
  }
}
