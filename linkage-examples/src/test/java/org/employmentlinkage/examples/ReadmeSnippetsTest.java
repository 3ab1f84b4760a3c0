package org.employmentlinkage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of the project's {@code README.md} compile, and its embedding example is the
 * body of {@link EmbeddingExample} (between {@code // README:begin} and {@code // README:end}).
 *
 * <p>Rules for every {@code ```java} block: a block with a top-level class is a compilation unit; a
 * block without one is compiled as the body of a method (with the parameter {@code String... args},
 * as in a {@code main}), after its own {@code import} lines and wildcard imports of {@code
 * java.time}, {@code java.util} and the library's API packages. The one block preceded by the line
 * {@value #NOT_COMPILED} is not compiled (this project does not use jqwik; see {@code
 * docs/adr/0001-no-jqwik.md}). A block preceded by the line {@value #EMBEDDING} must be exactly the
 * lines between the markers of {@link EmbeddingExample}, indentation removed.
 */
class ReadmeSnippetsTest {
  /** The marker of the one block that is not compiled. */
  static final String NOT_COMPILED = "<!-- not compiled: jqwik recipe -->";

  /** The marker of the embedding example's block. */
  static final String EMBEDDING = "<!-- embedding example: EmbeddingExample -->";

  private static final Pattern BLOCK =
      Pattern.compile("(?m)^([^\\n]*)\\n```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern TYPE =
      Pattern.compile(
          "(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
  private static final List<String> FRAGMENT_IMPORTS =
      List.of(
          "java.time.*",
          "java.util.*",
          "org.employmentlinkage.calendar.*",
          "org.employmentlinkage.domain.*",
          "org.employmentlinkage.money.*",
          "org.employmentlinkage.policy.*",
          "org.employmentlinkage.region.*",
          "org.employmentlinkage.rules.*");

  /** The module directory (surefire's working directory) and the project root above it. */
  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static final Path ROOT = MODULE.getParent();

  record Block(String file, String marker, String source) {}

  static List<Block> blocks(Path file) throws Exception {
    List<Block> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    Matcher m = BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
    while (m.find()) {
      out.add(new Block(file.getFileName().toString(), m.group(1).strip(), m.group(2)));
    }
    return out;
  }

  /** The lines between the markers of EmbeddingExample, indentation removed. */
  static String embeddingExample() throws Exception {
    List<String> lines =
        Files.readAllLines(
            MODULE.resolve("src/main/java/org/employmentlinkage/examples/EmbeddingExample.java"),
            StandardCharsets.UTF_8);
    int begin = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// README:begin")) {
        begin = i;
      } else if (lines.get(i).strip().equals("// README:end")) {
        end = i;
      }
    }
    assertThat(begin).as("README:begin").isNotNegative();
    assertThat(end).as("README:end").isGreaterThan(begin);
    List<String> body = lines.subList(begin + 1, end);
    int indent = Integer.MAX_VALUE;
    for (String l : body) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : body) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void theEmbeddingExampleIsShortAndMatchesTheReadme() throws Exception {
    String example = embeddingExample();
    // the switch over the scope outcome's four values takes six of them
    assertThat(example.lines().count()).isBetween(8L, 36L);
    List<Block> all = new ArrayList<>(blocks(ROOT.resolve("README.md")));
    List<Block> embedding = all.stream().filter(b -> b.marker().equals(EMBEDDING)).toList();
    assertThat(embedding).as("blocks marked %s", EMBEDDING).isNotEmpty();
    for (Block b : embedding) {
      assertThat(b.source()).as(b.file()).isEqualTo(example);
    }
  }

  @Test
  void everyJavaSnippetCompiles(@TempDir Path dir) throws Exception {
    List<Block> all = new ArrayList<>(blocks(ROOT.resolve("README.md")));
    assertThat(all).isNotEmpty();
    List<Block> skipped = all.stream().filter(b -> b.marker().equals(NOT_COMPILED)).toList();
    assertThat(skipped).as("at most one block is the jqwik recipe").hasSizeLessThanOrEqualTo(1);
    Path src = Files.createDirectories(dir.resolve("src"));
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> files = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    int n = 0;
    for (Block b : all) {
      if (b.marker().equals(NOT_COMPILED)) {
        continue;
      }
      n++;
      Matcher type = TYPE.matcher(b.source());
      String name;
      String source;
      if (type.find()) {
        name = type.group(1);
        source = b.source();
      } else {
        name = "Snippet" + n;
        source = fragment(name, b.source());
      }
      assertThat(names.add(name)).as("two README snippets declare %s", name).isTrue();
      Path file = src.resolve(name + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    List<String> args =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-encoding",
                "UTF-8",
                "-d",
                out.toString(),
                "-classpath",
                testClassPath()));
    args.addAll(files);
    StringWriter messages = new StringWriter();
    int exit;
    try (PrintWriter w = new PrintWriter(messages)) {
      exit = javac.run(w, w, args.toArray(new String[0]));
    }
    assertThat(exit).as("README snippets compile:%n%s", messages).isZero();
  }

  /** A fragment as a method body, after its own imports and the library's packages. */
  static String fragment(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    for (String i : FRAGMENT_IMPORTS) {
      imports.append("import ").append(i).append(";\n");
    }
    return imports
        + "\nclass "
        + name
        + " {\n  static void snippet(String... args) throws Exception {\n"
        + body
        + "  }\n}\n";
  }

  /** The test class path (surefire passes it in a property when it uses a manifest-only jar). */
  static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isBlank()) {
      cp = System.getProperty("java.class.path");
    }
    return String.join(File.pathSeparator, cp.split(File.pathSeparator));
  }
}
