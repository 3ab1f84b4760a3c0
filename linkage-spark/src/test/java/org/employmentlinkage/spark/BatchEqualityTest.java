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
}
