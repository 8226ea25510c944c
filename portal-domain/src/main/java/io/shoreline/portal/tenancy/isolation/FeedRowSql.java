package io.shoreline.portal.tenancy.isolation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The reviewed JDBC of feed rows, which are too many for an entity each: batched INSERTs and
 * UPDATEs, one lookup per chunk, set-based closing, and paged reads. Every statement names its
 * {@code workspace_id}, passed by a caller that opened that workspace (EclipseLink adds no tenant
 * predicate here). The connection is the transaction's own (the pool shares it within a JTA
 * transaction), so these statements commit or roll back with the rest of the submission.
 */
@ApplicationScoped
public class FeedRowSql {

  private static final String SCOPE = " workspace_id = ? AND feed_id = ?";
  // the rows valid at a version: from it or before, not yet closed by then
  private static final String AS_OF =
      SCOPE + " AND from_version <= ? AND (to_version IS NULL OR to_version > ?)";

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** A current row: its cells and the version it is from. */
  public record StoredRow(String cells, int fromVersion) {}

  /** A cell filter: the stored rows whose cells match this REGEXP (FeedCells.cellPattern). */
  public record CellFilter(String pattern) {}

  /** The current rows of these keys, by key: one statement for a whole chunk. */
  public Map<String, StoredRow> currentRows(long workspaceId, long feedId, List<String> keys) {
    Map<String, StoredRow> rows = new HashMap<>(keys.size() * 2);
    if (keys.isEmpty()) {
      return rows;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = currentRowsLookup(connection, workspaceId, feedId, keys);
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        rows.put(result.getString(1), new StoredRow(result.getString(2), result.getInt(3)));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading feed rows failed", e);
    }
  }

  /**
   * MySQL resolves {@code row_key IN (…)} through the index; H2 (the embedded database) uses an IN
   * list only on an index's first column and would scan the whole feed per chunk, so there the keys
   * are joined as a VALUES table instead (one index lookup per key).
   */
  private static PreparedStatement currentRowsLookup(
      Connection connection, long workspaceId, long feedId, List<String> keys) throws SQLException {
    String placeholders = "?,".repeat(keys.size() - 1) + "?";
    boolean h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
    PreparedStatement select =
        connection.prepareStatement(
            h2
                ? "SELECT f.row_key, f.cells, f.from_version FROM (VALUES ("
                    + placeholders.replace(",", "),(")
                    + ")) AS k(rk) JOIN feed_row f ON f.workspace_id = ? AND f.feed_id = ?"
                    + " AND f.row_key = k.rk AND f.to_version IS NULL"
                : "SELECT row_key, cells, from_version FROM feed_row WHERE"
                    + SCOPE
                    + " AND to_version IS NULL AND row_key IN ("
                    + placeholders
                    + ")");
    int scope = h2 ? keys.size() + 1 : 1;
    int firstKey = h2 ? 1 : 3;
    select.setLong(scope, workspaceId);
    select.setLong(scope + 1, feedId);
    for (int i = 0; i < keys.size(); i++) {
      select.setString(firstKey + i, keys.get(i));
    }
    return select;
  }

  /**
   * The greatest key among the feed's current rows (empty when it has none): one index dive on
   * ix_feed_row_current, so a submission of keys beyond it skips the per-chunk lookups.
   */
  public java.util.Optional<String> lastCurrentKey(long workspaceId, long feedId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT MAX(row_key) FROM feed_row WHERE" + SCOPE + " AND to_version IS NULL")) {
      select.setLong(1, workspaceId);
      select.setLong(2, feedId);
      try (ResultSet result = select.executeQuery()) {
        return result.next()
            ? java.util.Optional.ofNullable(result.getString(1))
            : java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading feed rows failed", e);
    }
  }

  /** What one chunk of a version changes: rows to close, rows seen unchanged, rows to add. */
  public record ChunkChanges(
      List<String> closeKeys,
      List<Integer> closeFrom,
      List<String> seenKeys,
      List<Integer> seenFrom,
      List<String> insertKeys,
      List<String> insertCells) {}

  /** Writes one chunk as batches: changed rows closed, unchanged ones marked, new ones added. */
  public void write(long workspaceId, long feedId, int version, ChunkChanges chunk) {
    try (Connection connection = dataSource.getConnection()) {
      mark(
          connection,
          "to_version",
          workspaceId,
          feedId,
          version,
          chunk.closeKeys(),
          chunk.closeFrom());
      mark(
          connection,
          "seen_version",
          workspaceId,
          feedId,
          version,
          chunk.seenKeys(),
          chunk.seenFrom());
      insert(connection, workspaceId, feedId, version, chunk.insertKeys(), chunk.insertCells());
    } catch (SQLException e) {
      throw new IllegalStateException("Writing feed rows failed", e);
    }
  }

  private static void mark(
      Connection connection,
      String column,
      long workspaceId,
      long feedId,
      int version,
      List<String> keys,
      List<Integer> from)
      throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE feed_row SET "
                + column
                + " = ? WHERE"
                + SCOPE
                + " AND row_key = ? AND from_version = ?")) {
      for (int i = 0; i < keys.size(); i++) {
        update.setInt(1, version);
        update.setLong(2, workspaceId);
        update.setLong(3, feedId);
        update.setString(4, keys.get(i));
        update.setInt(5, from.get(i));
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static void insert(
      Connection connection,
      long workspaceId,
      long feedId,
      int version,
      List<String> keys,
      List<String> cells)
      throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO feed_row (workspace_id, feed_id, row_key, from_version, cells)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < keys.size(); i++) {
        insert.setLong(1, workspaceId);
        insert.setLong(2, feedId);
        insert.setString(3, keys.get(i));
        insert.setInt(4, version);
        insert.setString(5, cells.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** A snapshot's end: closes the current rows it neither added, changed nor saw unchanged. */
  public int closeUnseen(long workspaceId, long feedId, int version) {
    String sql =
        "UPDATE feed_row SET to_version = ? WHERE"
            + SCOPE
            + " AND to_version IS NULL AND from_version < ?"
            + " AND (seen_version IS NULL OR seen_version <> ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setInt(1, version);
      update.setLong(2, workspaceId);
      update.setLong(3, feedId);
      update.setInt(4, version);
      update.setInt(5, version);
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Closing feed rows failed", e);
    }
  }

  /** One page of the rows valid at {@code version}, by key: {key, cells}. */
  public List<String[]> page(
      long workspaceId, long feedId, int version, List<CellFilter> filters, int first, int max) {
    String sql =
        "SELECT row_key, cells FROM feed_row WHERE"
            + AS_OF
            + matching(filters)
            + " ORDER BY row_key LIMIT ? OFFSET ?";
    List<String[]> rows = new ArrayList<>();
    query(
        sql,
        asOf(workspaceId, feedId, version, filters, max, first),
        result -> rows.add(new String[] {get(result, 1), get(result, 2)}));
    return rows;
  }

  public long count(long workspaceId, long feedId, int version, List<CellFilter> filters) {
    long[] count = {0};
    query(
        "SELECT COUNT(*) FROM feed_row WHERE" + AS_OF + matching(filters),
        asOf(workspaceId, feedId, version, filters),
        result -> count[0] = getLong(result));
    return count[0];
  }

  /** Every row valid at {@code version}, by key, handed on one at a time (an export). */
  public void each(long workspaceId, long feedId, int version, Consumer<String> cells) {
    query(
        "SELECT cells FROM feed_row WHERE" + AS_OF + " ORDER BY row_key",
        asOf(workspaceId, feedId, version, List.of()),
        result -> cells.accept(get(result, 1)));
  }

  // keys at the older version (o) and the newer one (n): added, changed (cells differ), removed
  private static final String DIFF =
      "SELECT n.row_key AS row_key, o.cells AS old_cells, n.cells AS new_cells"
          + " FROM feed_row n LEFT JOIN feed_row o ON o.workspace_id = n.workspace_id"
          + " AND o.feed_id = n.feed_id AND o.row_key = n.row_key AND o.from_version <= ?"
          + " AND (o.to_version IS NULL OR o.to_version > ?)"
          + " WHERE n.workspace_id = ? AND n.feed_id = ? AND n.from_version <= ?"
          + " AND (n.to_version IS NULL OR n.to_version > ?)"
          + " AND n.from_version > ? AND (o.row_key IS NULL OR o.cells <> n.cells)"
          + " UNION ALL SELECT o.row_key, o.cells, NULL FROM feed_row o"
          + " WHERE o.workspace_id = ? AND o.feed_id = ? AND o.from_version <= ?"
          + " AND o.to_version > ? AND o.to_version <= ? AND NOT EXISTS (SELECT 1 FROM feed_row m"
          + " WHERE m.workspace_id = o.workspace_id AND m.feed_id = o.feed_id"
          + " AND m.row_key = o.row_key AND m.from_version <= ?"
          + " AND (m.to_version IS NULL OR m.to_version > ?))";

  /** One page of what changed from version {@code older} to {@code newer}: {key, old, new}. */
  public List<String[]> diffPage(
      long workspaceId, long feedId, int older, int newer, int first, int max) {
    List<String[]> rows = new ArrayList<>();
    List<Object> binds = diffBinds(workspaceId, feedId, older, newer);
    binds.add(max);
    binds.add(first);
    query(
        "SELECT row_key, old_cells, new_cells FROM ("
            + DIFF
            + ") d ORDER BY row_key LIMIT ? OFFSET ?",
        binds,
        result -> rows.add(new String[] {get(result, 1), get(result, 2), get(result, 3)}));
    return rows;
  }

  public long diffCount(long workspaceId, long feedId, int older, int newer) {
    long[] count = {0};
    query(
        "SELECT COUNT(*) FROM (" + DIFF + ") d",
        diffBinds(workspaceId, feedId, older, newer),
        result -> count[0] = getLong(result));
    return count[0];
  }

  private static List<Object> diffBinds(long workspaceId, long feedId, int older, int newer) {
    // removed: valid at the older version and closed by the newer one, with no row at the newer
    List<Object> binds =
        new ArrayList<>(
            List.of(
                older,
                older,
                workspaceId,
                feedId,
                newer,
                newer,
                older,
                workspaceId,
                feedId,
                older,
                older,
                newer,
                newer,
                newer));
    return binds;
  }

  /** Every feed with an expected cadence, in all workspaces: {workspace id, feed id}. */
  public List<long[]> feedsWithCadence() {
    // the freshness job's one cross-tenant read; each feed is then checked inside its workspace
    List<long[]> feeds = new ArrayList<>();
    query(
        "SELECT workspace_id, id FROM feed WHERE cadence_days IS NOT NULL ORDER BY workspace_id, id",
        List.of(),
        result -> feeds.add(new long[] {result.getLong(1), result.getLong(2)}));
    return feeds;
  }

  private static String matching(List<CellFilter> filters) {
    return " AND cells REGEXP ?".repeat(filters.size());
  }

  private static List<Object> asOf(
      long workspaceId, long feedId, int version, List<CellFilter> filters, Object... more) {
    List<Object> binds = new ArrayList<>(List.of(workspaceId, feedId, version, version));
    filters.forEach(filter -> binds.add(filter.pattern()));
    binds.addAll(List.of(more));
    return binds;
  }

  private interface RowReader {
    void read(ResultSet result) throws SQLException;
  }

  private void query(String sql, List<Object> binds, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < binds.size(); i++) {
        select.setObject(i + 1, binds.get(i));
      }
      select.setFetchSize(1000);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          reader.read(result);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading feed rows failed", e);
    }
  }

  private static String get(ResultSet result, int column) {
    try {
      return result.getString(column);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long getLong(ResultSet result) throws SQLException {
    return result.getLong(1);
  }
}
