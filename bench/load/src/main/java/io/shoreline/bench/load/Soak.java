package io.shoreline.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 11's soak: the thread-page benchmark's load (16 signed-in clients) for ten minutes. Goals:
 * no error, the heap after a full collection flat, no growth in sessions or database connections. A
 * sample a minute: the portal's live heap and HTTP sessions from a class histogram (which collects
 * first), its connections from the database's process list; at the end, the connections the pool
 * logged as held past its leak timeout (a leak is a connection never given back).
 */
final class Soak {

  /** Growth of the live heap, last samples against the first after warm-up, still "flat". */
  static final double HEAP_GROWTH_LIMIT = 1.10;

  private static final Pattern LEAK =
      Pattern.compile("connection[ ._]leak", Pattern.CASE_INSENSITIVE);

  private final Settings settings;

  Soak(Settings settings) {
    this.settings = settings;
  }

  boolean run() throws Exception {
    Settings.Target target = settings.target("");
    int clients = settings.number("connections", 16);
    int seconds = settings.number("seconds", 600);
    int every = settings.number("sample-seconds", 60);
    long pid = Long.parseLong(settings.text("portal-pid"));
    List<Wrk.Request> pages;
    try (Dataset dataset = target.dataset()) {
      pages = Pages.of(target.base(), dataset, clients).threadPage();
    }
    Wrk wrk = new Wrk(2, clients, seconds);
    CompletableFuture<WrkResult> load =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return wrk.run(target.base(), pages);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    List<SoakSample> samples = new ArrayList<>();
    long started = System.currentTimeMillis();
    while (!load.isDone()) {
      long elapsed = System.currentTimeMillis() - started;
      SoakSample sample =
          SoakSample.take(pid, elapsed, connections(target, settings.text("portal-db-user")));
      samples.add(sample);
      System.out.println(sample);
      long next = (samples.size() * (long) every * 1000) - (System.currentTimeMillis() - started);
      while (next > 0 && !load.isDone()) {
        Thread.sleep(Math.min(next, 1000));
        next -= 1000;
      }
    }
    samples.add(
        SoakSample.take(
            pid,
            System.currentTimeMillis() - started,
            connections(target, settings.text("portal-db-user"))));
    System.out.println(samples.get(samples.size() - 1));
    return report(load.join(), samples);
  }

  private boolean report(WrkResult result, List<SoakSample> samples) throws IOException {
    // the first sample is taken before the load warmed anything up
    List<SoakSample> loaded = samples.subList(1, samples.size());
    SoakTrend trend = SoakTrend.of(loaded);
    long leaks = leakWarnings();
    long errors = result.errors();
    System.out.printf(
        "%d requests in %.0f s (%.0f req/s, p99 %.0f ms), errors: %d%n",
        result.requests(),
        result.durationMicros() / 1e6,
        result.requestsPerSecond(),
        result.p99Millis(),
        errors);
    System.out.printf(
        "live heap after GC, last three samples against the first three: x%.2f (limit x%.2f);"
            + " highest in the first half → in the second: sessions %d → %d, database"
            + " connections %d → %d; connections the pool logged as potential leaks: %d%n",
        trend.heapGrowth(),
        HEAP_GROWTH_LIMIT,
        trend.firstHalfSessions(),
        trend.secondHalfSessions(),
        trend.firstHalfConnections(),
        trend.secondHalfConnections(),
        leaks);
    boolean met = errors == 0 && trend.flat(HEAP_GROWTH_LIMIT) && leaks == 0;
    System.out.printf(
        "RESULT errors=%d heap_growth=%.2f sessions=%d->%d connections=%d->%d leaks=%d → %s%n",
        errors,
        trend.heapGrowth(),
        trend.firstHalfSessions(),
        trend.secondHalfSessions(),
        trend.firstHalfConnections(),
        trend.secondHalfConnections(),
        leaks,
        Stats.verdict(met));
    return met;
  }

  /**
   * Payara's pool logs a connection held past its leak timeout, with the stack that took it: "A
   * potential connection leak detected…", or its message key where the text is not bundled.
   */
  private long leakWarnings() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of(settings.text("portal-log")))) {
      return lines.filter(line -> LEAK.matcher(line).find()).count();
    }
  }

  private static int connections(Settings.Target target, String portalUser) throws Exception {
    return Integer.parseInt(
        Queries.column(
                target,
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = ?",
                portalUser)
            .get(0));
  }
}
