package io.shoreline.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Issue 11's soak: the thread-page benchmark's load (16 signed-in clients) for ten minutes. Goals:
 * no error, the heap after a full collection flat, no growth in sessions or database connections. A
 * sample a minute: the portal's live heap and HTTP sessions from a class histogram (which collects
 * first), its connections from the database's process list.
 */
final class Soak {

  /** Growth of the live heap, last samples against the first after warm-up, still "flat". */
  static final double HEAP_GROWTH_LIMIT = 1.10;

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

  private static boolean report(WrkResult result, List<SoakSample> samples) {
    // the first sample is taken before the load warmed anything up
    List<SoakSample> loaded = samples.subList(1, samples.size());
    SoakSample first = loaded.get(0);
    SoakSample last = loaded.get(loaded.size() - 1);
    double heapGrowth =
        medianHeap(loaded.subList(loaded.size() - 3, loaded.size()))
            / medianHeap(loaded.subList(0, 3));
    int firstSessions = loaded.stream().limit(3).mapToInt(SoakSample::sessions).max().orElse(0);
    int firstConnections =
        loaded.stream().limit(3).mapToInt(SoakSample::connections).max().orElse(0);
    long errors = result.errors();
    System.out.printf(
        "%d requests in %.0f s (%.0f req/s, p99 %.0f ms), errors: %d%n",
        result.requests(),
        result.durationMicros() / 1e6,
        result.requestsPerSecond(),
        result.p99Millis(),
        errors);
    System.out.printf(
        "live heap after GC: %.0f MB → %.0f MB (x%.2f, limit x%.2f); sessions %d → %d;"
            + " connections %d → %d%n",
        first.heapMegabytes(),
        last.heapMegabytes(),
        heapGrowth,
        HEAP_GROWTH_LIMIT,
        first.sessions(),
        last.sessions(),
        first.connections(),
        last.connections());
    boolean met =
        errors == 0
            && heapGrowth <= HEAP_GROWTH_LIMIT
            && last.sessions() <= firstSessions
            && last.connections() <= firstConnections;
    System.out.printf(
        "RESULT errors=%d heap_growth=%.2f sessions=%d->%d connections=%d->%d → %s%n",
        errors,
        heapGrowth,
        first.sessions(),
        last.sessions(),
        first.connections(),
        last.connections(),
        Stats.verdict(met));
    return met;
  }

  private static double medianHeap(List<SoakSample> samples) {
    return Stats.median(samples.stream().map(SoakSample::heapMegabytes).toList());
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
