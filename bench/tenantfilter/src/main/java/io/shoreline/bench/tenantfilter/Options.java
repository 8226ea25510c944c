package io.shoreline.bench.tenantfilter;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line and the environment: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306),
 * BENCH_DB_NAME (portal_bench_large, or portal_bench_small with --small), BENCH_DB_USER (root),
 * BENCH_DB_PASSWORD (empty).
 */
record Options(
    String host,
    int port,
    String database,
    String user,
    String password,
    int threads,
    Duration seconds,
    Duration warmUp,
    int rounds,
    long seed,
    List<String> only) {

  static final String USAGE =
      "usage: tenant-filter.sh [--small] [--threads N (4)] [--seconds D (10)] [--rounds R (3, at"
          + " least 3)] [--warmup W (3)] [--seed S (42)] [--only NAME,NAME...]";

  /**
   * Connector/J as the portal configures it (portal-domain's MysqlUrl): client-side prepared
   * statements, as Connector/J's default, which the portal keeps.
   */
  static final String PORTAL_URL_PROPERTIES =
      "rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
          + "&characterEncoding=UTF-8&useLocalSessionState=true&cacheServerConfiguration=true"
          + "&maintainTimeStats=false";

  static Options parse(String[] args, Map<String, String> env) {
    boolean small = false;
    int threads = 4;
    int seconds = 10;
    int warmUp = 3;
    int rounds = 3;
    long seed = 42;
    List<String> only = List.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--small" -> small = true;
        case "--threads" -> threads = positive(args, ++i);
        case "--seconds" -> seconds = positive(args, ++i);
        case "--warmup" -> warmUp = positive(args, ++i);
        case "--rounds" -> rounds = positive(args, ++i);
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        case "--only" -> only = Arrays.asList(value(args, ++i).split(","));
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (rounds < 3) {
      throw new IllegalArgumentException("--rounds must be at least 3 (a median of rounds)");
    }
    return new Options(
        env.getOrDefault("BENCH_DB_HOST", "127.0.0.1"),
        Integer.parseInt(env.getOrDefault("BENCH_DB_PORT", "3306")),
        env.getOrDefault("BENCH_DB_NAME", small ? "portal_bench_small" : "portal_bench_large"),
        env.getOrDefault("BENCH_DB_USER", "root"),
        env.getOrDefault("BENCH_DB_PASSWORD", ""),
        threads,
        Duration.ofSeconds(seconds),
        Duration.ofSeconds(warmUp),
        rounds,
        seed,
        List.copyOf(only));
  }

  String url() {
    return "jdbc:mysql://" + host + ":" + port + "/" + database + "?" + PORTAL_URL_PROPERTIES;
  }

  /** The queries to run: all of them, or those named by --only. */
  List<PortalQuery> queries(List<PortalQuery> all) {
    if (only.isEmpty()) {
      return all;
    }
    List<String> unknown =
        only.stream().filter(name -> all.stream().noneMatch(q -> q.name().equals(name))).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no such query: " + String.join(", ", unknown));
    }
    return all.stream().filter(q -> only.contains(q.name())).toList();
  }

  private static int positive(String[] args, int i) {
    int value = Integer.parseInt(value(args, i));
    if (value < 1) {
      throw new IllegalArgumentException(args[i - 1] + " must be at least 1");
    }
    return value;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
