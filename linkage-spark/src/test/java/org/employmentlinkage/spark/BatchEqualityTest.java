package org.employmentlinkage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.employmentlinkage.cli.batch.BatchKind;
import org.employmentlinkage.cli.batch.PeopleCsvGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof: on the same 100,000 generated people and 100,000 generated projects, the Spark
 * job gives exactly the decisions of {@code linkage batch} (its engine, BatchJob): every decided
 * row, every column, and the same rejected rows with the same column, rule and detail.
 */
class BatchEqualityTest {
  static final int ROWS = 100_000;
  static final LocalDate DATE = LocalDate.of(2025, 12, 1);

  @TempDir Path dir;

  @Test
  void onePeopleFileGetsTheDecisionsOfLinkageBatch() throws IOException {
    Path input = dir.resolve("people.csv");
    long bad;
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      bad = PeopleCsvGenerator.write(w, ROWS, 20180706L);
    }
    BothEngines.Compared c = BothEngines.compare(input, BatchKind.PEOPLE, "people", DATE, dir);
    System.out.println("people: " + c);
    assertThat(c.rows() + c.rejected()).isEqualTo(ROWS);
    assertThat(c.rejected()).isEqualTo(bad);
    assertThat(c.mismatches()).isZero();
    // 11 decision columns per person (asOf, outcome, groups, members, reasons, missing, clauses)
    // and the versions: every one compared
    assertThat(c.cells()).isGreaterThanOrEqualTo(c.rows() * 10);
  }

  @Test
  void oneProjectsFileGetsTheDecisionsOfLinkageBatch() throws IOException {
    Path input = dir.resolve("projects.csv");
    long bad;
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      bad = ProjectsCsvGenerator.write(w, ROWS, 20180706L);
    }
    BothEngines.Compared c = BothEngines.compare(input, BatchKind.PROJECTS, "projects", DATE, dir);
    System.out.println("projects: " + c);
    assertThat(c.rows() + c.rejected()).isEqualTo(ROWS);
    // the bad amounts, and the other bad rows the generator makes on purpose
    assertThat(c.rejected()).isGreaterThan(bad);
    assertThat(c.mismatches()).isZero();
    assertThat(c.cells()).isEqualTo(c.rows() * 12);
  }

  /**
   * The same projects under regional settings (hypothetical widenings with lower thresholds for two
   * county-level units, one of them ending), read by each engine's own path: {@code --settings} for
   * the job, linkage-io's reader for the reference.
   */
  @Test
  void theSameProjectsUnderRegionalSettings() throws IOException {
    Path input = dir.resolve("projects.csv");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      ProjectsCsvGenerator.write(w, ROWS, 20180707L);
    }
    Path settings = dir.resolve("hypothetical.settings");
    Files.writeString(
        settings,
        String.join(
            "\n",
            "# HYPOTHETICAL settings for a test: no region is known to have set any",
            "label = spark-equality-hypothetical",
            "widening.1.region = 210281",
            "widening.1.from = 2019-01-01",
            "widening.1.threshold = 5000万元",
            "widening.1.source = HYPOTHETICAL configuration, not a published rule",
            "widening.2.region = 210202",
            "widening.2.from = 2020-01-01",
            "widening.2.until = 2024-12-31",
            "widening.2.threshold = 3000万元",
            "widening.2.source = HYPOTHETICAL configuration, not a published rule",
            ""),
        StandardCharsets.UTF_8);
    BothEngines.Compared c =
        BothEngines.compare(input, BatchKind.PROJECTS, "projects", DATE, dir, settings);
    System.out.println("projects with settings: " + c);
    assertThat(c.rows() + c.rejected()).isEqualTo(ROWS);
    assertThat(c.mismatches()).isZero();
    assertThat(c.cells()).isEqualTo(c.rows() * 12);
  }
}
