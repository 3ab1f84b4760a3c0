package org.employmentlinkage.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command of the README: the bundled FICTIONAL Wafangdian stream into an H2 file. Expected
 * lines: WFD-DEMO-1's 征收土地公告 of 2025-09-26 makes the survey due 2025-11-13 (counted by hand in
 * linkage-examples' HrDutyServiceTest), overdue from 2025-11-14T00:00+08:00; WFD-DEMO-2's of
 * 2026-12-20 the provisional range 2027-01-30..2027-02-01 (EmbeddingExampleTest).
 */
class RegisterCommandTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RegisterCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void loadsTheFictionalStreamAndPrintsOpenAndOverdueDuties() {
    Path db = dir.resolve("demo");
    Run r = run("--now", "2026-01-05", "--db", db.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("demo.mv.db (new)")
        .contains("Now: 2026-01-05T00:00+08:00 Beijing time")
        // 12 events, 8 dated up to 2026-01-05; the 2025-09-26 notice is delivered twice
        .contains("8 delivered (7 stored, 1 redelivered), 4 dated after today not yet")
        .contains("WFD-DEMO-1 LAND_SURVEY_AND_DATABASES 大政办发〔2018〕83号 二（三）: due 2025-11-13")
        .contains("EXPEDITED_ISSUE_HANDLING ISSUE-2")
        // ISSUE-1 was raised and closed
        .doesNotContain("ISSUE-1")
        // the README's words
        .contains("Open duties: 8")
        .contains("Overdue duties: 1")
        .contains("D-4 WFD-DEMO-1 LAND_SURVEY_AND_DATABASES: overdue since 2025-11-14T00:00+08:00");
    assertThat(Files.exists(dir.resolve("demo.mv.db"))).isTrue();

    // the same file again: everything is a redelivery
    Run again = run("--now", "2026-01-05T00:00:00+08:00", "--db", db + ".mv.db");
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("(existing register, reused)")
        .contains("8 delivered (0 stored, 8 redelivered)");
  }

  @Test
  void aLaterDateShowsTheProvisionalRangeAndThePerProjectIssue() {
    Run r = run("--now", "2027-01-31T12:00:00Z", "--db", dir.resolve("later").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("12 delivered (11 stored, 1 redelivered), 0 dated after today not yet")
        .contains(
            "WFD-DEMO-2 LAND_SURVEY_AND_DATABASES 大政办发〔2018〕83号 二（三）: plan by 2027-01-30,"
                + " at the latest 2027-02-01 (provisional)")
        // WFD-DEMO-1's ISSUE-1 is closed; WFD-DEMO-2's ISSUE-1 is another issue, open
        .contains("WFD-DEMO-2 EXPEDITED_ISSUE_HANDLING ISSUE-1")
        .contains("[undetermined: facts missing]");
    // 2027-01-31 20:00 Beijing: past the plan-by date, not past the latest: not overdue
    assertThat(r.out().substring(r.out().indexOf("Overdue duties")))
        .doesNotContain("WFD-DEMO-2 LAND_SURVEY_AND_DATABASES");
  }

  @Test
  void aDatabaseThatIsNotARegisterIsRefusedNotOverwritten() throws Exception {
    Path file = dir.resolve("payroll");
    DataSource ds = H2Register.dataSource(file);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE payroll (id INT PRIMARY KEY)");
      s.execute("INSERT INTO payroll VALUES (1)");
    }
    Run r = run("--now", "2026-01-05", "--db", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("payroll.mv.db is not a register").contains("nothing was changed");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM payroll")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(run("--now").status()).isEqualTo(2);
    assertThat(run("--frobnicate", "x").err()).contains("usage:");
    Run bad = run("--now", "yesterday");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("\"yesterday\" is neither a date");
  }

  @Test
  void withoutDbANewFileInATemporaryDirectory() {
    Run r = run("--now", "2025-10-01");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("linkage-duty-register-").contains("register.mv.db (new)");
  }
}
