package io.shoreline.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The same kinds of page on two portals, one on the small dataset and one on the large, loaded in
 * turn (small, large, small, large…) so both see the same machine: prints each kind's median
 * latency on both and their ratio.
 */
final class DatasetScaling {

  static final double GOAL = 1.2;

  private final Wrk wrk;
  private final int runs;

  DatasetScaling(int connections, int seconds, int runs) {
    this.wrk = new Wrk(2, connections, seconds);
    this.runs = runs;
  }

  /**
   * @return whether every kind's ratio met the goal
   */
  boolean compare(String smallBase, Pages small, String largeBase, Pages large) throws Exception {
    List<Pages.Kind> smallKinds = small.kinds();
    List<Pages.Kind> largeKinds = large.kinds();
    System.out.printf(
        "large dataset vs small, %d connections, median of %d runs of p50 latency%n",
        wrk.connections(), runs);
    System.out.printf(
        "  %-24s %10s %10s %7s %12s %12s%n",
        "page", "small p50", "large p50", "ratio", "small p99", "large p99");
    boolean allMet = true;
    for (int k = 0; k < smallKinds.size(); k++) {
      String name = smallKinds.get(k).name();
      List<Double> smallP50 = new ArrayList<>();
      List<Double> largeP50 = new ArrayList<>();
      List<Double> smallP99 = new ArrayList<>();
      List<Double> largeP99 = new ArrayList<>();
      wrk.run(smallBase, smallKinds.get(k).requests());
      wrk.run(largeBase, largeKinds.get(k).requests());
      for (int run = 0; run < runs; run++) {
        WrkResult s = wrk.run(smallBase, smallKinds.get(k).requests());
        WrkResult l = wrk.run(largeBase, largeKinds.get(k).requests());
        AgainstReference.requireNoErrors(name + " (small)", s);
        AgainstReference.requireNoErrors(name + " (large)", l);
        smallP50.add(s.p50Millis());
        largeP50.add(l.p50Millis());
        smallP99.add(s.p99Millis());
        largeP99.add(l.p99Millis());
      }
      double ratio = Stats.median(largeP50) / Stats.median(smallP50);
      allMet &= ratio <= GOAL;
      System.out.printf(
          "  %-24s %8.1f ms %8.1f ms %7.2f %9.1f ms %9.1f ms%s%n",
          name,
          Stats.median(smallP50),
          Stats.median(largeP50),
          ratio,
          Stats.median(smallP99),
          Stats.median(largeP99),
          ratio <= GOAL ? "" : "   (goal <= " + GOAL + " NOT met)");
    }
    System.out.printf("  goal: every ratio <= %.1f: %s%n", GOAL, Stats.verdict(allMet));
    return allMet;
  }
}
