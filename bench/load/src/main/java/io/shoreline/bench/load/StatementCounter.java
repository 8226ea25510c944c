package io.shoreline.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements the portal sends while it serves one request, from the database's own
 * general query log, kept to the portal's connections to the dataset's database (the portal signs
 * in as a database user of its own): what reaches MySQL, whatever the ORM or a cache does. Needs a
 * MySQL/MariaDB account that may set globals.
 */
final class StatementCounter {

  private final Connection db;
  private final String schema;
  private final String portalUser;

  /** Counts what the portal, signed in to the database as {@code portalUser}, sends. */
  StatementCounter(Connection db, String portalUser) throws SQLException {
    this.db = db;
    this.schema = db.getCatalog();
    this.portalUser = portalUser;
  }

  /** The statements sent by the portal while {@code request} ran. */
  List<String> during(Action request) throws Exception {
    try (Statement admin = db.createStatement()) {
      admin.execute("SET GLOBAL log_output = 'TABLE'");
      admin.execute("TRUNCATE mysql.general_log");
      admin.execute("SET GLOBAL general_log = 1");
      try {
        request.run();
      } finally {
        admin.execute("SET GLOBAL general_log = 0");
      }
    }
    List<String> statements = new ArrayList<>();
    try (PreparedStatement log =
        db.prepareStatement(
            "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                + " WHERE command_type IN ('Query', 'Execute')"
                + " AND thread_id IN (SELECT id FROM information_schema.processlist"
                + " WHERE db = ? AND user = ?)"
                + " ORDER BY event_time")) {
      log.setString(1, schema);
      log.setString(2, portalUser);
      try (ResultSet rows = log.executeQuery()) {
        while (rows.next()) {
          statements.add(rows.getString(1));
        }
      }
    }
    return statements;
  }

  interface Action {
    void run() throws Exception;
  }
}
