package io.shoreline.portal.web.corpora;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What a feed holds in the database, counted behind the portal's back: its versions and rows. */
final class StoredRows {

  private final DataSource database;

  StoredRows(DataSource database) {
    this.database = database;
  }

  long versions(long feed) {
    return count("SELECT COUNT(*) FROM feed_version WHERE feed_id = ?", feed);
  }

  long rows(long feed) {
    return count("SELECT COUNT(*) FROM feed_row WHERE feed_id = ?", feed);
  }

  /** Both, as "versions/rows", for one assertion. */
  String of(long feed) {
    return versions(feed) + "/" + rows(feed);
  }

  private long count(String sql, long feed) {
    try (Connection db = database.getConnection();
        PreparedStatement count = db.prepareStatement(sql)) {
      count.setLong(1, feed);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
