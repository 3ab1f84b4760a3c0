package org.employmentlinkage.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.employmentlinkage.jackson.LinkageJson;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * The last step of every migration: each stored document (the events and decisions, as {@code
 * linkage/N} JSON) must be in a schema version this release of linkage-jackson reads ({@link
 * LinkageJson#schemasRead()}). If one is not, the migration fails and says which version, how many
 * rows, what this release reads and what to do, instead of a register that fails later on one row.
 */
final class StoredSchemaCheck extends BaseCallback {
  /** The tables and columns holding a document's schema name. */
  private static final List<String[]> COLUMNS =
      List.of(
          new String[] {"project_event", "event_schema", "events"},
          new String[] {"duty", "decision_schema", "decisions"});

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public void handle(Event event, Context context) {
    List<String> problems = unread(context.getConnection());
    if (!problems.isEmpty()) {
      throw new FlywayException(
          "the register holds documents this release cannot read: "
              + String.join("; ", problems)
              + ". This release of linkage-jackson reads "
              + LinkageJson.schemasRead()
              + " (docs/json.md, \"Versioning\"). Open the register with the release that wrote"
              + " them, or recompute those duties from their events (docs/register.md, \"Stored"
              + " documents\").");
    }
  }

  static List<String> unread(Connection c) {
    List<String> problems = new ArrayList<>();
    List<String> read = LinkageJson.schemasRead();
    for (String[] column : COLUMNS) {
      String sql =
          "SELECT " + column[1] + ", COUNT(*) FROM " + column[0] + " GROUP BY " + column[1];
      try (PreparedStatement ps = c.prepareStatement(sql);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String schema = rs.getString(1);
          if (!read.contains(schema)) {
            problems.add(rs.getLong(2) + " " + column[2] + " in schema \"" + schema + "\"");
          }
        }
      } catch (SQLException e) {
        throw new FlywayException("checking the stored documents' schema: " + e.getMessage(), e);
      }
    }
    return problems;
  }

  @Override
  public String getCallbackName() {
    return "linkage stored-document schema check";
  }
}
