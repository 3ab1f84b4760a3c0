package org.employmentlinkage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.rules.LinkagePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every Java block of linkage-testkit/README.md, except the block marked as the jqwik recipe, is
 * compiled against the testkit and its optional dependencies; the examples are run (the policy
 * contract example through the JUnit engine), and the failure the README shows is the one the
 * runner prints.
 */
class ReadmeSnippetsTest {
  private static final String NOT_COMPILED = "<!-- not compiled: jqwik recipe -->";
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^([^\\n]*)\\n```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("(?m)^class (\\w+)");

  private record Snippet(String className, String source, boolean compiled) {}

  private static List<Snippet> snippets() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Snippet> snippets = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      Matcher c = CLASS.matcher(m.group(2));
      assertThat(c.find()).as("a top-level class in README block:%n%s", m.group(2)).isTrue();
      snippets.add(new Snippet(c.group(1), m.group(2), !m.group(1).equals(NOT_COMPILED)));
    }
    return snippets;
  }

  private static String locationOf(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void theReadmeExamplesCompileAndRun(@TempDir Path dir) throws Exception {
    List<Snippet> snippets = snippets();
    assertThat(snippets.stream().filter(s -> !s.compiled()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.className()).isEqualTo("DeadlineJqwikProperties");
              assertThat(s.source()).contains("NOT COMPILED OR RUN BY THIS PROJECT");
            });
    List<Snippet> compiled = snippets.stream().filter(Snippet::compiled).toList();
    assertThat(compiled)
        .extracting(Snippet::className)
        .containsExactly(
            "DeadlinesFallOnWorkingDays",
            "ThirtyWorkingDays",
            "Composing",
            "OneDecisionPerGroup",
            "DeadlineProperties",
            "MyCalendarContractTest",
            "MyWideningKeepsTheCatalogue",
            "MonotoneScopeProperties",
            "MyPolicyContractTest");

    Path src = Files.createDirectories(dir.resolve("src"));
    Path out = Files.createDirectories(dir.resolve("out"));
    List<File> files = new ArrayList<>();
    for (Snippet s : compiled) {
      Path file = src.resolve(s.className() + ".java");
      Files.writeString(file, s.source(), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    String classPath =
        String.join(
            File.pathSeparator,
            locationOf(CalendarGenerators.class),
            locationOf(ChinaCalendars.class),
            locationOf(LinkagePolicy.class),
            locationOf(org.quicktheories.QuickTheory.class),
            locationOf(Test.class),
            locationOf(org.apiguardian.api.API.class),
            locationOf(org.opentest4j.AssertionFailedError.class),
            locationOf(org.jspecify.annotations.Nullable.class));
    // java.util.spi.ToolProvider runs javac in this JVM (the JDK's javac, release of the running
    // JDK).
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    List<String> args =
        new ArrayList<>(
            List.of(
                "-proc:none", "-encoding", "UTF-8", "-d", out.toString(), "-classpath", classPath));
    for (File f : files) {
      args.add(f.toString());
    }
    StringWriter messages = new StringWriter();
    int exit;
    try (PrintWriter w = new PrintWriter(messages)) {
      exit = javac.run(w, w, args.toArray(new String[0]));
    }
    assertThat(exit).as("README snippets compile:%n%s", messages).isZero();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      Object correct = newInstance(loader, "DeadlinesFallOnWorkingDays");
      check(correct); // passes

      Object wrong = newInstance(loader, "ThirtyWorkingDays");
      InvocationTargetException thrown =
          catchThrowableOfType(InvocationTargetException.class, () -> check(wrong));
      // The README's failure: Saturday 2024-09-14 is a make-up working day (国办发明电〔2023〕7号:
      // 中秋节 9月15日至17日放假, 9月14日（周六）上班); counting 30 working days with the 国庆节 rest
      // 10月1日至7日 and the make-up days 9月29日（周日）and 10月12日（周六）ends on 2024-11-01, 48 days on.
      assertThat(thrown.getCause()).isInstanceOf(AssertionError.class);
      String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
      assertThat(readme).contains("```text\n" + thrown.getCause().getMessage() + "\n```");
      assertThat(thrown.getCause().getMessage())
          .contains("value: 2024-09-14")
          .contains("due 2024-11-01, 48 calendar days after 2024-09-14");

      check(newInstance(loader, "OneDecisionPerGroup")); // passes
      check(newInstance(loader, "MyWideningKeepsTheCatalogue")); // passes

      // The JUnit contract of the README, run by the JUnit Jupiter engine: nine invariants pass.
      EngineExecutionResults contract =
          EngineTestKit.engine("junit-jupiter")
              .selectors(selectClass(loader.loadClass("MyPolicyContractTest")))
              .execute();
      contract.testEvents().assertStatistics(stats -> stats.started(9).succeeded(9).failed(0));

      Class<?> composing = loader.loadClass("Composing");
      java.lang.reflect.Method ten = composing.getDeclaredMethod("tenOfThem");
      ten.setAccessible(true);
      assertThat((List<?>) ten.invoke(null)).hasSize(10);
    }
  }

  private static void check(Object example) throws Exception {
    java.lang.reflect.Method check = example.getClass().getDeclaredMethod("check");
    check.setAccessible(true);
    check.invoke(example);
  }

  private static Object newInstance(ClassLoader loader, String name) throws Exception {
    java.lang.reflect.Constructor<?> c = loader.loadClass(name).getDeclaredConstructor();
    c.setAccessible(true);
    return c.newInstance();
  }
}
