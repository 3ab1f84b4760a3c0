package org.employmentlinkage.register;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.employmentlinkage.badinput.BadInputCatalogue;
import org.employmentlinkage.badinput.BadInputCatalogueTestBase;
import org.employmentlinkage.badinput.CoreSamples;
import org.employmentlinkage.badinput.Samples;
import org.employmentlinkage.domain.ProjectEvent;
import org.employmentlinkage.rules.LinkagePolicies;
import org.employmentlinkage.rules.LinkagePolicy;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The bad-input catalogue of linkage-duty-register ({@code
 * org.employmentlinkage.badinput.BadInputCatalogue} of linkage-core's tests). The module has no
 * module-info (a worked example, not a library), so every package counts as exported: the register
 * is walked on fresh in-memory H2 databases with null, empty, negative, far dates and malformed
 * text.
 */
class RegisterBadInputCatalogueTest extends BadInputCatalogueTestBase {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-26T02:00:00Z"), ZoneOffset.UTC);

  private static final AtomicInteger NEXT = new AtomicInteger();

  /** A new, empty in-memory H2 database, kept while the JVM runs. */
  static DataSource database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:catalogue-" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  /** A register that has stored the duties of a land-expropriation notice (D-1, …). */
  static DutyRegister registerWithDuties() {
    DutyRegister register =
        DutyRegister.open(database(), LinkagePolicies.dalian2018(), CLOCK, "catalogue");
    register.deliver(ProjectEvent.landExpropriationNotice(CoreSamples.project(), CoreSamples.DATE));
    return register;
  }

  /** A register whose database lost its tables after it was opened. */
  static DutyRegister registerWithoutTables() throws Exception {
    DataSource db = database();
    DutyRegister register = DutyRegister.open(db, LinkagePolicies.dalian2018(), CLOCK, "catalogue");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP ALL OBJECTS");
    }
    return register;
  }

  static Samples samples() {
    Samples s = CoreSamples.samples();
    LinkagePolicy policy = LinkagePolicies.dalian2018();
    s.valid(LinkagePolicy.class, () -> policy);
    s.valid(DataSource.class, RegisterBadInputCatalogueTest::database);
    s.valid(DutyRegister.class, RegisterBadInputCatalogueTest::registerWithDuties);
    return s;
  }

  static BadInputCatalogue catalogue() {
    return BadInputCatalogue.of("linkage-duty-register", DutyRegister.class, samples())
        .valid("register.DutyRegister#close(long)", () -> args(1L))
        .valid("register.DutyRegister#decision(long)", () -> args(1L))
        .exempt(
            "register.RegisterCommand#main(String[])",
            "the command's main, run by RegisterCommandTest through run(...): its arguments come"
                + " from the JVM's command line (never null), a bad one is a usage error (status"
                + " 2), and it ends the JVM with System.exit");
  }

  /** The curated cases: the documented exceptions a generic bad value does not reach. */
  static BadInputCatalogue curated(BadInputCatalogue c) {
    return c.expect(
            "register.DutyRegister#open(DataSource,LinkagePolicy,Clock,String)",
            "a database that is not a register",
            () -> {
              DataSource db = database();
              try (Connection conn = db.getConnection();
                  Statement st = conn.createStatement()) {
                st.execute("CREATE TABLE payroll (id INT)");
              }
              return DutyRegister.open(db, LinkagePolicies.dalian2018(), CLOCK, "catalogue");
            },
            RegisterException.class,
            "open",
            "migrating")
        .expect(
            "register.DutyRegister#deliver(ProjectEvent)",
            "a register whose calendar is older than the last notice loaded",
            () -> {
              DataSource db = database();
              DutyRegister a =
                  DutyRegister.open(db, LinkagePolicies.dalian2018(), CLOCK, "catalogue");
              DutyRegister b =
                  DutyRegister.open(db, LinkagePolicies.dalian2018(), CLOCK, "catalogue");
              a.onNewCalendar(
                  LinkagePolicy.builder().provisionalCalendar().clock(CLOCK).build(), "N-1");
              return b.deliver(
                  ProjectEvent.landExpropriationNotice(CoreSamples.project(), CoreSamples.DATE));
            },
            IllegalStateException.class,
            "deliver",
            "N-1")
        .expect(
            "register.DutyRegister#deliver(ProjectEvent)",
            "a database that lost its tables",
            () ->
                registerWithoutTables()
                    .deliver(
                        ProjectEvent.landExpropriationNotice(
                            CoreSamples.project(), CoreSamples.DATE)),
            RegisterException.class,
            "deliver")
        .expect(
            "register.DutyRegister#close(long)",
            "a duty closed twice",
            () -> {
              DutyRegister r = registerWithDuties();
              r.close(1);
              return r.close(1);
            },
            IllegalArgumentException.class,
            "close",
            "D-1")
        .expect(
            "register.DutyRegister#close(long)",
            "a database that lost its tables",
            () -> registerWithoutTables().close(1),
            RegisterException.class,
            "close")
        .expect(
            "register.DutyRegister#decision(long)",
            "a stored decision that is not linkage/1 JSON",
            () -> {
              DataSource db = database();
              DutyRegister r =
                  DutyRegister.open(db, LinkagePolicies.dalian2018(), CLOCK, "catalogue");
              r.deliver(
                  ProjectEvent.landExpropriationNotice(CoreSamples.project(), CoreSamples.DATE));
              try (Connection conn = db.getConnection();
                  Statement st = conn.createStatement()) {
                st.executeUpdate("UPDATE duty SET decision_json = '{\"schema\":\"linkage/9\"}'");
              }
              return r.decision(1);
            },
            RegisterException.class,
            "decision",
            "linkage/9")
        .expect(
            "register.DutyRegister#onNewCalendar(LinkagePolicy,String)",
            "a database that lost its tables",
            () -> registerWithoutTables().onNewCalendar(LinkagePolicies.dalian2018(), "N-1"),
            RegisterException.class,
            "onNewCalendar");
  }

  @Override
  protected BadInputCatalogue curatedCatalogue() {
    return curated(catalogue());
  }
}
