package io.shoreline.bench.tenantfilter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** What the figures were measured on: when, the machine's load, the server and the dataset. */
final class Machine {

  private Machine() {}

  static void describe(Connection connection, Options options, PrintStream out)
      throws SQLException {
    out.printf(
        "Tenant filter cost, %s UTC, %d cores, load average %s%n",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        Runtime.getRuntime().availableProcessors(),
        load());
    out.printf(
        "server %s, InnoDB buffer pool %d MB; database %s: %,d posts, %,d feed rows%n",
        text(connection, "SELECT VERSION()"),
        number(connection, "SELECT @@innodb_buffer_pool_size") >> 20,
        options.database(),
        number(connection, "SELECT COUNT(*) FROM post"),
        number(connection, "SELECT COUNT(*) FROM feed_row"));
    out.printf(
        "%d client threads; per query: a warm-up of %d s per form, then %d rounds of %d s with"
            + " the filter and %d s without; seed %d%n",
        options.threads(),
        options.warmUp().toSeconds(),
        options.rounds(),
        options.seconds().toSeconds(),
        options.seconds().toSeconds(),
        options.seed());
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
  static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return String.format(Locale.ROOT, "%s %s %s", fields[0], fields[1], fields[2]);
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String text(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  private static long number(Connection connection, String sql) throws SQLException {
    return Long.parseLong(text(connection, sql));
  }
}
