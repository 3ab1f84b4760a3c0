package org.employmentlinkage.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: no file cites the design notes the project was started from, which
 * are not in it (a reader of the javadoc, a test or a doc could not follow such a reference). Facts
 * cite the policy, the statutes, the notices or this repository's own {@code docs/}.
 *
 * <p>Walks every text file of the reactor (sources, resources, docs, build files), skipping build
 * output and version control, and fails listing each file and line that names one of those notes.
 */
class SelfContainedGateTest {

  /** The names of the outside notes, split so that this file does not match itself. */
  static final List<String> OUTSIDE =
      List.of(
          "DOMAIN" + ".md",
          "DESIGN" + ".md",
          "BUILD" + ".md",
          "../" + "shared",
          "/work/" + "shared");

  private static final Set<String> SKIPPED_DIRS = Set.of("target", ".git", "node_modules", ".mvn");

  @Test
  void noFileCitesNotesOutsideTheRepository() throws IOException {
    Path root = reactorRoot();
    List<String> hits = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (!Files.isRegularFile(p) || skipped(root.relativize(p))) {
          continue;
        }
        String text = textOrNull(p);
        if (text == null) {
          continue;
        }
        files++;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          for (String name : OUTSIDE) {
            if (lines[i].contains(name)) {
              hits.add(root.relativize(p) + ":" + (i + 1) + ": " + name);
            }
          }
        }
      }
    }
    assertThat(files).as("text files walked").isGreaterThan(500);
    assertThat(hits).as("references to notes that are not in the repository").isEmpty();
  }

  /** The reactor's root: the nearest directory up from here that holds {@code mvnw}. */
  static Path reactorRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("the reactor root (a directory with mvnw) above the working directory")
        .isNotNull();
    return dir;
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED_DIRS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** The file as UTF-8 text, or null for a binary file (not UTF-8, or with NUL bytes). */
  private static String textOrNull(Path p) {
    try {
      byte[] bytes = Files.readAllBytes(p);
      for (byte b : bytes) {
        if (b == 0) {
          return null;
        }
      }
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(p.toString(), e);
    }
  }
}
