package io.shoreline.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One-off reads of a portal's database by the checks, each on a fresh connection. */
final class Queries {

  private Queries() {}

  /** The first column of every row, as text. */
  static List<String> column(Settings.Target target, String sql, Object... parameters)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection db =
            DriverManager.getConnection(target.jdbcUrl(), target.dbUser(), target.dbPassword());
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  /** The run's posts in the thread: the texts that start with the marker. */
  static List<String> posts(Settings.Target target, Dataset.Thread thread, String marker)
      throws SQLException {
    return column(
            target,
            "SELECT body_markdown FROM post WHERE conversation_id = ? AND body_markdown LIKE ?",
            thread.id(),
            marker + "%")
        .stream()
        .map(String::strip)
        .toList();
  }
}
