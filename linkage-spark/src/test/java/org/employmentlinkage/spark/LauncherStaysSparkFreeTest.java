package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Spark stays out of the {@code ./linkage} launcher's build: the launcher builds {@code
 * linkage-cli} and what it depends on, and the command line depends on nothing of Spark or of this
 * module, so a first {@code ./linkage} never downloads Spark's 300 MB.
 */
class LauncherStaysSparkFreeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theLauncherBuildsTheCommandLineOnly() throws IOException {
    String launcher = Files.readString(ROOT.resolve("linkage"), StandardCharsets.UTF_8);
    assertThat(launcher).contains("-pl linkage-cli -am").doesNotContain("linkage-spark");
  }

  @Test
  void theCommandLineAndWhatItBuildsOnDependOnNoSpark() throws IOException {
    for (String module :
        new String[] {"linkage-core", "linkage-rules", "linkage-io", "linkage-cli"}) {
      String pom =
          Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
      assertThat(pom).as(module).doesNotContain("org.apache.spark").doesNotContain("linkage-spark");
    }
  }
}
