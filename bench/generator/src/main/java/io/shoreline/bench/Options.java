package io.shoreline.bench;

import java.nio.file.Path;
import java.util.Map;

/** The command line and the environment (PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD). */
record Options(double scale, long seed, String url, String user, String password, Path migrations) {

  static final String USAGE =
      "usage: generate-data [--scale F (default 1)] [--seed N (default 42)]"
          + " [--migrations DIR (portal-domain/src/main/resources/db)] [--force]";
  static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/portal_bench";

  static Options parse(String[] args, Map<String, String> env) {
    double scale = 1;
    long seed = 42;
    Path migrations = Path.of("portal-domain/src/main/resources/db");
    boolean force = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scale" -> scale = Double.parseDouble(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        case "--migrations" -> migrations = Path.of(value(args, ++i));
        case "--force" -> force = true;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (!(scale > 0 && scale <= 100)) {
      throw new IllegalArgumentException("--scale must be above 0 and at most 100: " + scale);
    }
    Options options =
        new Options(
            scale,
            seed,
            env.getOrDefault("PORTAL_DB_URL", DEFAULT_URL),
            env.getOrDefault("PORTAL_DB_USER", "root"),
            env.getOrDefault("PORTAL_DB_PASSWORD", ""),
            migrations);
    // the database is dropped first: refuse a name that does not look like a bench database
    if (!force && !options.database().contains("bench")) {
      throw new IllegalArgumentException(
          "refusing to recreate database '"
              + options.database()
              + "' (its name lacks 'bench'); add --force to recreate it anyway");
    }
    return options;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  /** The database named in the URL: jdbc:mysql://host:port/NAME?parameters. */
  String database() {
    String path = url.substring(url.indexOf("//") + 2);
    int slash = path.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("PORTAL_DB_URL names no database: " + url);
    }
    String name = path.substring(slash + 1);
    int query = name.indexOf('?');
    return query < 0 ? name : name.substring(0, query);
  }

  /** The URL without the database, to drop and create it. */
  String serverUrl() {
    String name = "/" + database();
    return url.replace(name, "/");
  }

  /** Batches rewritten as multi-row INSERTs; client-side statements, which rewriting needs. */
  String batchUrl() {
    return url
        + (url.contains("?") ? "&" : "?")
        + "rewriteBatchedStatements=true&useServerPrepStmts=false";
  }
}
