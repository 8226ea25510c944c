package io.shoreline.portal.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the database holds, in a few numbers per table (rows, sum of versions, highest id): equal
 * fingerprints before and after a request mean it changed nothing. Plain JDBC, beside EclipseLink,
 * so that it sees every tenant's rows.
 */
public final class DatabaseFingerprint {

  private static final List<String> VERSIONED =
      List.of(
          "organization",
          "account",
          "invitation",
          "partnership",
          "membership",
          "site",
          "agent",
          "partner_note",
          "feed",
          "scim_token",
          "scim_group");
  private static final List<String> APPEND_ONLY =
      List.of("audit_event", "organization_audit_event", "feed_version", "scim_group_member");

  private DatabaseFingerprint() {}

  public static Map<String, String> of(DataSource database) throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : VERSIONED) {
        fingerprint.put(
            table,
            row(statement, "SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(id) FROM " + table));
      }
      for (String table : APPEND_ONLY) {
        fingerprint.put(table, row(statement, "SELECT COUNT(*), MAX(id) FROM " + table));
      }
      // keyed by their account or organization: no id column
      fingerprint.put(
          "second_factor",
          row(
              statement,
              "SELECT COUNT(*), COALESCE(SUM(version), 0), COALESCE(SUM(last_step), 0)"
                  + " FROM second_factor"));
      fingerprint.put(
          "organization_security",
          row(statement, "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM organization_security"));
      fingerprint.put(
          "recovery_code",
          row(
              statement,
              "SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(id), COUNT(used_at)"
                  + " FROM recovery_code"));
      // feed rows have no id: their validity ranges tell any insert or close
      fingerprint.put(
          "feed_row",
          row(
              statement,
              "SELECT COUNT(*), COALESCE(SUM(from_version), 0), COALESCE(SUM(to_version), 0)"
                  + " FROM feed_row"));
    }
    return fingerprint;
  }

  /** One row of a query, its columns joined by spaces, e.g. "3 1024 17". */
  public static String row(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      return row(statement, sql);
    }
  }

  private static String row(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      StringBuilder row = new StringBuilder();
      for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
        row.append(result.getString(column)).append(' ');
      }
      return row.toString().strip();
    }
  }
}
