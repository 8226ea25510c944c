package io.shoreline.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A few large transactions per phase: commits once EVERY rows were added to a phase's tables since
 * the last commit, sending parents' pending rows before their children's.
 */
final class Commits {

  static final long EVERY = 50_000;

  private final Connection connection;
  private final Bulk[] parentsFirst;
  private long committed;

  Commits(Connection connection, Bulk... parentsFirst) {
    this.connection = connection;
    this.parentsFirst = parentsFirst;
  }

  void maybeCommit() throws SQLException {
    if (rows() - committed >= EVERY) {
      commit();
    }
  }

  void commit() throws SQLException {
    for (Bulk bulk : parentsFirst) {
      bulk.flush();
    }
    connection.commit();
    committed = rows();
  }

  private long rows() {
    long rows = 0;
    for (Bulk bulk : parentsFirst) {
      rows += bulk.rows();
    }
    return rows;
  }
}
