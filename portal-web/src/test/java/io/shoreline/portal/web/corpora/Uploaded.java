package io.shoreline.portal.web.corpora;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What uploads left in the database, read behind the portal's back. */
final class Uploaded {

  /** A stored file: its id, cleaned name and the type it is served as. */
  record File(long id, String name, String contentType) {}

  private final DataSource database;

  Uploaded(DataSource database) {
    this.database = database;
  }

  /** The workspace's posts, attachments and attachment chunks, as "posts/attachments/chunks". */
  String postsOf(long workspace) {
    return count("SELECT COUNT(*) FROM post WHERE workspace_id = ?", workspace)
        + "/"
        + count("SELECT COUNT(*) FROM attachment WHERE workspace_id = ?", workspace)
        + "/"
        + count("SELECT COUNT(*) FROM attachment_chunk WHERE workspace_id = ?", workspace);
  }

  /** The visit's findings and their photos, as "findings/photos". */
  String findingsOf(long visit) {
    return count("SELECT COUNT(*) FROM visit_finding WHERE visit_id = ?", visit)
        + "/"
        + count(
            "SELECT COUNT(*) FROM finding_photo p JOIN visit_finding f ON f.id = p.finding_id"
                + " WHERE f.visit_id = ?",
            visit);
  }

  File lastAttachment(long workspace) {
    return last(
        "SELECT id, file_name, content_type FROM attachment WHERE workspace_id = ?"
            + " ORDER BY id DESC",
        workspace);
  }

  File lastPhoto(long visit) {
    return last(
        "SELECT p.id, p.file_name, p.content_type FROM finding_photo p"
            + " JOIN visit_finding f ON f.id = p.finding_id WHERE f.visit_id = ? ORDER BY p.id DESC",
        visit);
  }

  private File last(String sql, long id) {
    try (Connection db = database.getConnection();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet result = query.executeQuery()) {
        if (!result.next()) {
          return new File(0, null, null); // nothing stored
        }
        return new File(result.getLong(1), result.getString(2), result.getString(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql, long id) {
    try (Connection db = database.getConnection();
        PreparedStatement count = db.prepareStatement(sql)) {
      count.setLong(1, id);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
