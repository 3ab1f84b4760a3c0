package org.employmentlinkage.register;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The register's tests on H2 2.x in file mode, the embedded default. */
class H2DutyRegisterTest extends DutyRegisterContract {
  @TempDir static Path dir;

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Override
  DataSource freshDatabase() {
    return H2Register.dataSource(dir.resolve("register-" + NEXT.incrementAndGet()));
  }

  @Override
  String databaseName() {
    return "H2 " + org.h2.engine.Constants.VERSION + " (file)";
  }
}
