package io.shoreline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The synthetic data generator of issue 10 (bench/README.md): recreates the database named in
 * PORTAL_DB_URL, migrates it with the portal's own Flyway scripts, then fills it with a seeded,
 * repeatable tenant mix through batched JDBC inserts, printing rows and times per table.
 */
public final class GenerateData {

  private GenerateData() {}

  public static void main(String[] args) throws Exception {
    // Flyway's INFO line per script would bury the report
    Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    Options options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    recreate(options);
    long start = System.nanoTime();
    migrate(options);
    long migrated = System.nanoTime();
    System.out.printf(
        "schema migrated in %.1f s; generating at scale %s, seed %d%n",
        (migrated - start) / 1e9, options.scale(), options.seed());
    Report report = new Report();
    report.phase("migration", migrated - start);
    try (Connection connection =
        DriverManager.getConnection(options.batchUrl(), options.user(), options.password())) {
      connection.setAutoCommit(false);
      new Phases(connection, report, options).run();
    }
    report.print(System.nanoTime() - migrated);
  }

  /** Drops and creates the (bench) database, so that generated ids start at 1 in every table. */
  private static void recreate(Options options) throws SQLException {
    try (Connection server =
            DriverManager.getConnection(options.serverUrl(), options.user(), options.password());
        Statement statement = server.createStatement()) {
      String name = "`" + options.database() + "`";
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    }
  }

  private static void migrate(Options options) {
    Path db = options.migrations();
    if (!Files.isDirectory(db.resolve("migration"))) {
      throw new IllegalStateException("no Flyway scripts in " + db.resolve("migration"));
    }
    Flyway.configure()
        .dataSource(options.url(), options.user(), options.password())
        // what the portal runs on an external database (DatabaseMigration)
        .locations(
            "filesystem:" + db.resolve("migration").toAbsolutePath(),
            "filesystem:" + db.resolve("mysql").toAbsolutePath())
        .load()
        .migrate();
  }
}
