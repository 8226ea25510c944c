package io.shoreline.bench;

import java.sql.Connection;
import java.sql.SQLException;

/** The phases in foreign-key order, each with its own random stream derived from the seed. */
final class Phases {

  private final Connection connection;
  private final Report report;
  private final Options options;

  Phases(Connection connection, Report report, Options options) {
    this.connection = connection;
    this.report = report;
    this.options = options;
  }

  void run() throws SQLException {
    Dataset data = new Dataset();
    long seed = options.seed();
    double scale = options.scale();
    timed("tenants", () -> new TenantsPhase(connection, report, seed, data).run());
    timed(
        "threads",
        () ->
            new ThreadsPhase(connection, report, seed + 1, data, Scale.of(Scale.POSTS, scale))
                .run());
    timed(
        "visits",
        () ->
            new VisitsPhase(connection, report, seed + 2, data, Scale.of(Scale.VISITS, scale))
                .run());
    timed(
        "feeds",
        () ->
            new FeedsPhase(connection, report, seed + 3, data, Scale.of(Scale.FEED_ROWS, scale))
                .run());
    timed(
        "bulletins",
        () ->
            new BulletinsPhase(connection, report, seed + 4, data, Scale.of(Scale.ACKS, scale))
                .run());
    timed(
        "exchanges",
        () ->
            new ExchangesPhase(connection, report, seed + 5, data, Scale.of(Scale.EXCHANGES, scale))
                .run());
  }

  private interface Phase {
    void run() throws SQLException;
  }

  private void timed(String name, Phase phase) throws SQLException {
    long start = System.nanoTime();
    phase.run();
    long nanos = System.nanoTime() - start;
    report.phase(name, nanos);
    System.out.printf("%-10s done in %6.1f s%n", name, nanos / 1e9);
  }
}
