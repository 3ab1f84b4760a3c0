package org.employmentlinkage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.employmentlinkage.calendar.ChinaCalendars;
import org.employmentlinkage.policy.PolicyDocuments;
import picocli.CommandLine;

/**
 * {@code linkage --version}: the project version, the built-in calendar's version and the policy
 * encoded.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
  /** Created by picocli. */
  public VersionProvider() {}

  /**
   * The version lines.
   *
   * @return {@code linkage VERSION}, {@code calendar: …}, {@code policy: …}
   * @throws IOException if the bundled version resource cannot be read
   */
  @Override
  public String[] getVersion() throws IOException {
    return new String[] {
      "linkage " + projectVersion(),
      "calendar: " + ChinaCalendars.official().version(),
      "policy: " + PolicyDocuments.DALIAN_2018_83.number()
    };
  }

  /**
   * The project version the command line was built from.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}
   * @throws IOException if the bundled version resource cannot be read
   */
  public static String projectVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("cli-version.properties")) {
      if (in == null) {
        throw new IOException("cli-version.properties is missing");
      }
      p.load(in);
    }
    return p.getProperty("version", "unknown");
  }
}
