package io.shoreline.bench.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Issue 11's database fault: under a steady load the database server is stopped and started again.
 * While it is away every failed request must be a clear 503 "try again" (no stack trace); within 10
 * s of its return everything must succeed again; and every post the portal acknowledged must be in
 * the database. The stop and start commands come from the script that owns the server.
 */
final class DbFaults {

  static final long RECOVERY_GOAL_MILLIS = 10_000;

  private final Settings settings;

  DbFaults(Settings settings) {
    this.settings = settings;
  }

  boolean run() throws Exception {
    Settings.Target target = settings.target("");
    Dataset.Thread thread;
    String admin;
    try (Dataset dataset = target.dataset()) {
      thread = dataset.longThreads(1).get(0);
      admin = dataset.adminEmail();
    }
    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < settings.number("workers", 8); i++) {
      cookies.add(PortalSession.signIn(target.base(), admin).cookieHeader());
    }
    String run = Long.toString(System.currentTimeMillis(), 36);
    FaultLoad load = new FaultLoad(target.base(), thread, cookies, run);

    load.start();
    Thread.sleep(settings.number("before", 20) * 1000L);
    long stopAt = load.now();
    Shell.run(settings.text("stop-command"));
    System.out.printf("database stopped at %.1f s%n", stopAt / 1000.0);
    Thread.sleep(settings.number("down", 10) * 1000L);
    Shell.run(settings.text("start-command")); // returns once the server accepts connections
    long backAt = load.now();
    System.out.printf("database back at %.1f s%n", backAt / 1000.0);
    Thread.sleep(settings.number("after", 30) * 1000L);
    load.stop();

    Set<String> stored = new HashSet<>(Queries.posts(target, thread, load.marker()));
    return report(load.outcomes(), stopAt, backAt, load.acknowledged(), stored);
  }

  private static boolean report(
      List<Outcome> outcomes, long stopAt, long backAt, Set<String> acked, Set<String> stored) {
    List<Outcome> before = between(outcomes, 0, stopAt);
    List<Outcome> outage = between(outcomes, stopAt, backAt);
    List<Outcome> after = between(outcomes, backAt, Long.MAX_VALUE);
    long beforeFailed = before.stream().filter(o -> !o.succeeded()).count();
    long outageUnclear =
        outage.stream().filter(o -> !o.succeeded() && !o.clearOutageAnswer()).count();
    long stackTraces = outcomes.stream().filter(Outcome::stackTrace).count();
    long recovery =
        after.stream()
            .filter(o -> !o.succeeded())
            .mapToLong(o -> o.atMillis() - backAt)
            .max()
            .orElse(0);
    Set<String> lost = new HashSet<>(acked);
    lost.removeAll(stored);
    Set<String> unacknowledged = new HashSet<>(stored);
    unacknowledged.removeAll(acked);

    System.out.printf("before the stop: %d requests, %d failed%n", before.size(), beforeFailed);
    System.out.printf(
        "while away:      %d requests, %d succeeded, %d clear 503 \"try again\", %d other%n",
        outage.size(),
        outage.stream().filter(Outcome::succeeded).count(),
        outage.stream().filter(Outcome::clearOutageAnswer).count(),
        outageUnclear);
    outage.stream()
        .filter(o -> !o.succeeded() && !o.clearOutageAnswer())
        .collect(
            java.util.stream.Collectors.groupingBy(
                o -> o.kind() + " " + (o.status() == Outcome.NO_ANSWER ? "no answer" : o.status()),
                java.util.TreeMap::new,
                java.util.stream.Collectors.counting()))
        .forEach((what, count) -> System.out.printf("  unclear: %d × %s%n", count, what));
    System.out.printf(
        "after the start: %d requests, %d failed; last failure %.1f s after the database was back%n",
        after.size(), after.stream().filter(o -> !o.succeeded()).count(), recovery / 1000.0);
    System.out.printf("answers with a stack trace: %d%n", stackTraces);
    System.out.printf(
        "posts acknowledged: %d, in the database: %d of them, lost: %d"
            + " (stored without an acknowledgement: %d)%n",
        acked.size(), acked.size() - lost.size(), lost.size(), unacknowledged.size());
    boolean met =
        beforeFailed == 0
            && outageUnclear == 0
            && stackTraces == 0
            && recovery <= RECOVERY_GOAL_MILLIS
            && lost.isEmpty()
            && !outage.isEmpty();
    System.out.printf(
        "RESULT recovery_s=%.1f lost_writes=%d unclear_answers=%d stack_traces=%d → %s%n",
        recovery / 1000.0, lost.size(), outageUnclear, stackTraces, Stats.verdict(met));
    return met;
  }

  private static List<Outcome> between(List<Outcome> outcomes, long from, long to) {
    return outcomes.stream().filter(o -> o.atMillis() >= from && o.atMillis() < to).toList();
  }
}
