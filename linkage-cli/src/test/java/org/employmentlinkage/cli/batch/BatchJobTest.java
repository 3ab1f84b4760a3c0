package org.employmentlinkage.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.policy.Outcome;
import org.employmentlinkage.rules.LinkagePolicies;
import org.junit.jupiter.api.Test;

/** The batch engine without the command line: a fixed clock, listeners, bounded listings. */
class BatchJobTest {
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void summaryAndListenerWithAFixedClock() throws IOException {
    StringBuilder csv = new StringBuilder("id,education,graduationDate\n");
    for (int i = 0; i < 150; i++) {
      csv.append("P").append(i).append(",bad,2025-07-01\n");
    }
    csv.append("Q,bachelor,2025-07-01\n");
    List<Rejection> heard = new ArrayList<>();
    List<Long> progress = new ArrayList<>();
    BatchJob.Listener listener =
        new BatchJob.Listener() {
          @Override
          public void rejected(Rejection r) {
            heard.add(r);
          }

          @Override
          public void progress(long rows, long bytesRead, long elapsedMillis, boolean done) {
            progress.add(rows);
            assertThat(elapsedMillis).isZero();
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary s =
        new BatchJob(
                LinkagePolicies.dalian2018(), BatchKind.PEOPLE, LocalDate.of(2025, 12, 1), FIXED)
            .run(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                out,
                OutputFormat.JSONL,
                listener);
    assertThat(s.rows()).isEqualTo(151);
    assertThat(s.evaluated()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(150);
    assertThat(heard).hasSize(150);
    assertThat(s.firstRejections()).hasSize(BatchJob.LISTED_REJECTIONS);
    assertThat(s.firstRejections().get(0).row()).isEqualTo(2);
    assertThat(s.outcomes()).containsEntry(Outcome.YES, 1L);
    assertThat(s.elapsedMillis()).isZero();
    assertThat(progress).containsExactly(151L);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"row\":152,\"id\":\"Q\",");
  }

  /** A header of three bytes ({@code id\n}): FastCSV 4.1.0's own BOM detection garbles it. */
  @Test
  void anEmptyJsonArray() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BatchJob(LinkagePolicies.dalian2018(), BatchKind.PROJECTS, null, FIXED)
        .run(
            new ByteArrayInputStream("id\n".getBytes(StandardCharsets.UTF_8)),
            out,
            OutputFormat.JSON,
            new BatchJob.Listener() {});
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\n]\n");
  }

  @Test
  void theOutputColumnsFollowThePolicysGroups() {
    assertThat(BatchJob.outputColumns(LinkagePolicies.dalian2018(), BatchKind.PROJECTS))
        .containsExactly(
            "row",
            "id",
            "asOf",
            "outcome",
            "major",
            "rule",
            "threshold",
            "reasons",
            "missingFacts",
            "clauses");
  }

  /** The benchmark's generated input runs through: every row evaluated or rejected, as planted. */
  @Test
  void theGeneratedBenchmarkInput() throws IOException {
    java.io.StringWriter csv = new java.io.StringWriter();
    long bad = PeopleCsvGenerator.write(csv, 5_000, 7);
    assertThat(bad).isEqualTo(5_000 / PeopleCsvGenerator.BAD_EVERY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary s =
        new BatchJob(
                LinkagePolicies.dalian2018(), BatchKind.PEOPLE, LocalDate.of(2025, 12, 1), FIXED)
            .run(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                out,
                OutputFormat.CSV,
                new BatchJob.Listener() {});
    assertThat(s.rows()).isEqualTo(5_000);
    assertThat(s.rejected()).isEqualTo(bad);
    assertThat(s.evaluated()).isEqualTo(5_000 - bad);
    assertThat(s.firstRejections()).allSatisfy(r -> assertThat(r.column()).isEqualTo("education"));
    assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(5_000 - bad + 1);
  }

  /**
   * A row whose project was completed before its construction started is rejected as a
   * contradiction (docs/cli.md: facts that contradict each other are rejected), not thrown; the
   * next row is still evaluated. Found by fuzzing ({@code BatchRowsFuzzTest#projects}, input kept
   * as the seed {@code finding-completed-before-started.csv}): the builder's {@code
   * IllegalArgumentException} ended the run.
   */
  @Test
  void aProjectCompletedBeforeItStartedIsARejectedRow() throws IOException {
    String csv =
        "id,constructionStarted,completed\nCX-1,2025-02-01,2025-01-01\nCX-2,2025-02-01,2025-02-01\n";
    List<Rejection> heard = new ArrayList<>();
    BatchSummary s =
        new BatchJob(
                LinkagePolicies.dalian2018(), BatchKind.PROJECTS, LocalDate.of(2025, 12, 1), FIXED)
            .run(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(),
                OutputFormat.JSONL,
                new BatchJob.Listener() {
                  @Override
                  public void rejected(Rejection r) {
                    heard.add(r);
                  }
                });
    assertThat(s.rows()).isEqualTo(2);
    assertThat(s.evaluated()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(heard).hasSize(1);
    Rejection r = heard.get(0);
    assertThat(r.row()).isEqualTo(2);
    assertThat(r.column()).isEqualTo("completed");
    assertThat(r.problem()).isEqualTo(org.employmentlinkage.io.records.Problem.CONTRADICTS);
  }
}
