package io.shoreline.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * A portal request under load beside its reference on the same server, alternating which goes first
 * from run to run: prints each run's throughput and latency, the medians, the ratio of throughputs
 * and whether the goals hold.
 */
final class AgainstReference {

  private final String base;
  private final Wrk wrk;
  private final Wrk warmUp;
  private final int runs;

  AgainstReference(String base, int connections, int seconds, int runs) {
    this.base = base;
    this.wrk = new Wrk(2, connections, seconds);
    this.warmUp = new Wrk(2, connections, Math.max(5, seconds / 3));
    this.runs = runs;
  }

  /**
   * @return whether both goals held on the medians
   */
  boolean compare(
      String name,
      List<Wrk.Request> subject,
      String referenceName,
      List<Wrk.Request> reference,
      double ratioGoal,
      double p99GoalMillis)
      throws Exception {
    System.out.printf(
        "%s vs %s, %d connections, %d runs%n", name, referenceName, wrk.connections(), runs);
    warmUp.run(base, reference);
    warmUp.run(base, subject);
    List<Double> ratios = new ArrayList<>();
    List<Double> p99s = new ArrayList<>();
    List<Double> subjectRates = new ArrayList<>();
    List<Double> referenceRates = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      WrkResult first;
      WrkResult second;
      boolean referenceFirst = run % 2 == 1;
      if (referenceFirst) {
        first = wrk.run(base, reference);
        second = wrk.run(base, subject);
      } else {
        first = wrk.run(base, subject);
        second = wrk.run(base, reference);
      }
      WrkResult measured = referenceFirst ? second : first;
      WrkResult against = referenceFirst ? first : second;
      requireNoErrors(name, measured);
      requireNoErrors(referenceName, against);
      double ratio = measured.requestsPerSecond() / against.requestsPerSecond();
      ratios.add(ratio);
      p99s.add(measured.p99Millis());
      subjectRates.add(measured.requestsPerSecond());
      referenceRates.add(against.requestsPerSecond());
      System.out.printf(
          "  run %d: %s %.0f req/s (p50 %.1f ms, p99 %.1f ms) | %s %.0f req/s (p50 %.1f ms,"
              + " p99 %.1f ms) | ratio %.2f%n",
          run,
          name,
          measured.requestsPerSecond(),
          measured.p50Millis(),
          measured.p99Millis(),
          referenceName,
          against.requestsPerSecond(),
          against.p50Millis(),
          against.p99Millis(),
          ratio);
    }
    double ratio = Stats.median(ratios);
    double p99 = Stats.median(p99s);
    boolean ratioMet = ratio >= ratioGoal;
    boolean p99Met = p99 < p99GoalMillis;
    System.out.printf(
        "  median: %s %.0f req/s, %s %.0f req/s, ratio %.2f (goal >= %.1f: %s), p99 %.1f ms"
            + " (goal < %.0f ms: %s)%n",
        name,
        Stats.median(subjectRates),
        referenceName,
        Stats.median(referenceRates),
        ratio,
        ratioGoal,
        Stats.verdict(ratioMet),
        p99,
        p99GoalMillis,
        Stats.verdict(p99Met));
    return ratioMet && p99Met;
  }

  static void requireNoErrors(String name, WrkResult result) {
    if (result.errors() > 0) {
      throw new IllegalStateException(
          name + ": " + result.errors() + " of " + result.requests() + " requests failed");
    }
  }
}
