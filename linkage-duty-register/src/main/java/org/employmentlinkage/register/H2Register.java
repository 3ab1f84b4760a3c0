package org.employmentlinkage.register;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The embedded default: an H2 database in file mode. */
final class H2Register {
  private H2Register() {}

  /**
   * A data source of the H2 database in {@code file} ({@code file.mv.db} on disk), created on first
   * use. A writer waits up to 20 s for another's row lock (two deliveries of one event), then
   * fails.
   *
   * @param file the database's path without H2's {@code .mv.db}
   * @return the data source
   */
  static DataSource dataSource(Path file) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";LOCK_TIMEOUT=20000");
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  /**
   * The file H2 keeps the database in.
   *
   * @param file the database's path without H2's suffix
   * @return {@code file.mv.db}
   */
  static Path storeOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".mv.db");
  }
}
