package io.shoreline.bench.tenantfilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs one form of a query on every client connection at once for a fixed time. Each client draws
 * its parameter values from its own seeded sequence, so both forms of a round see the same values
 * in the same order; each reads every column of every row, as the portal does.
 */
final class Throughput {

  /** Queries answered and rows read in the time from the start to the last client's end. */
  record Result(long queries, long rows, double seconds) {
    static final Result NONE = new Result(0, 0, 0);

    Result plus(Result more) {
      return new Result(queries + more.queries, rows + more.rows, seconds + more.seconds);
    }

    double perSecond() {
      return queries / seconds;
    }
  }

  private final List<Connection> clients;
  private final Samples samples;
  private final ExecutorService executor;

  Throughput(List<Connection> clients, Samples samples, ExecutorService executor) {
    this.clients = clients;
    this.samples = samples;
    this.executor = executor;
  }

  /**
   * Each client starts its last query before the deadline and finishes it, so a form slower than
   * the duration still counts its queries over the time they really took.
   */
  Result run(PortalQuery query, Form form, long sequence, Duration duration) throws Exception {
    List<PreparedStatement> statements = new ArrayList<>();
    try {
      for (Connection client : clients) {
        statements.add(client.prepareStatement(form.sql()));
      }
      long start = System.nanoTime();
      long deadline = start + duration.toNanos();
      List<Future<long[]>> runs = new ArrayList<>();
      for (int i = 0; i < statements.size(); i++) {
        PreparedStatement statement = statements.get(i);
        Random values = values(sequence, i);
        runs.add(executor.submit(() -> loop(query, form, statement, values, deadline)));
      }
      long queries = 0;
      long rows = 0;
      long end = start;
      for (Future<long[]> run : runs) {
        long[] counts = run.get();
        queries += counts[0];
        rows += counts[1];
        end = Math.max(end, counts[2]);
      }
      return new Result(queries, rows, (end - start) / 1e9);
    } finally {
      for (PreparedStatement statement : statements) {
        statement.close();
      }
    }
  }

  /** The values client {@code client} draws in {@code sequence}: the same for both forms. */
  static Random values(long sequence, int client) {
    return new Random(sequence * 1_000_003L + client);
  }

  private long[] loop(
      PortalQuery query, Form form, PreparedStatement statement, Random values, long deadline)
      throws SQLException {
    long queries = 0;
    long rows = 0;
    while (System.nanoTime() < deadline) {
      form.bind(statement, query.binds().apply(samples.draw(query.pool(), values)));
      try (ResultSet result = statement.executeQuery()) {
        rows += readAll(result);
      }
      queries++;
    }
    return new long[] {queries, rows, System.nanoTime()};
  }

  static int readAll(ResultSet result) throws SQLException {
    int columns = result.getMetaData().getColumnCount();
    int rows = 0;
    while (result.next()) {
      for (int c = 1; c <= columns; c++) {
        result.getString(c);
      }
      rows++;
    }
    return rows;
  }
}
