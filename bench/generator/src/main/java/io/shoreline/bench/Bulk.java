package io.shoreline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Batched INSERTs into one table: Connector/J (rewriteBatchedStatements=true) sends each batch as
 * one multi-row INSERT. Ids are given here, not by AUTO_INCREMENT (the database is new and empty),
 * so that children can point at their parents without reading generated keys back.
 */
final class Bulk implements AutoCloseable {

  static final int BATCH = 1000;

  private final String table;
  private final PreparedStatement insert;
  private final Report report;
  private final int columns;
  private long lastId;
  private long rows;
  private int pending;
  private long nanos;

  /** {@code columns}: the column names, separated by commas. */
  Bulk(Connection connection, Report report, String table, String columns) throws SQLException {
    this.table = table;
    this.report = report;
    report.table(table, 0, 0); // listed in the order tables are first written
    this.columns = columns.split(",").length;
    String marks = String.join(", ", Collections.nCopies(this.columns, "?"));
    this.insert =
        connection.prepareStatement(
            "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")");
  }

  /** The id the next row of this table gets (ids run 1, 2, … in insertion order). */
  long nextId() {
    return ++lastId;
  }

  void add(Object... values) throws SQLException {
    if (values.length != columns) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns + " columns");
    }
    long start = System.nanoTime();
    for (int i = 0; i < values.length; i++) {
      insert.setObject(i + 1, values[i]);
    }
    insert.addBatch();
    rows++;
    pending++;
    nanos += System.nanoTime() - start;
    if (pending == BATCH) {
      flush();
    }
  }

  long rows() {
    return rows;
  }

  /** Sends the pending rows now: before children that point at them are sent. */
  void flush() throws SQLException {
    if (pending > 0) {
      long start = System.nanoTime();
      insert.executeBatch();
      pending = 0;
      nanos += System.nanoTime() - start;
    }
  }

  @Override
  public void close() throws SQLException {
    flush();
    insert.close();
    report.table(table, rows, nanos);
  }
}
