package io.shoreline.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL statements per page view, on each dataset given: each kind of page is viewed twice to warm
 * up, then five times with the database's query log on; the median count is printed (a scheduled
 * job of the portal may add statements to one view, not to the median).
 */
final class StatementsPerPage {

  static final int GOAL = 5;
  private static final int VIEWS = 5;

  private final boolean show;
  private final String portalUser;

  StatementsPerPage(boolean show, String portalUser) {
    this.show = show;
    this.portalUser = portalUser;
  }

  /**
   * @return whether every page kind stayed within the goal on every dataset
   */
  boolean count(List<String> labels, List<String> bases, List<Pages> pages, List<Dataset> datasets)
      throws Exception {
    System.out.printf(
        "SQL statements per page view (median of %d views; transaction control not counted)%n",
        VIEWS);
    StringBuilder header = new StringBuilder(String.format("  %-24s", "page"));
    labels.forEach(label -> header.append(String.format(" %8s", label)));
    System.out.println(header);
    boolean allMet = true;
    int kinds = pages.get(0).kinds().size();
    for (int k = 0; k < kinds; k++) {
      String name = pages.get(0).kinds().get(k).name();
      StringBuilder line = new StringBuilder(String.format("  %-24s", name));
      List<Integer> medians = new ArrayList<>();
      for (int d = 0; d < bases.size(); d++) {
        Wrk.Request request = pages.get(d).kinds().get(k).requests().get(0);
        int median = medianCount(bases.get(d), request, datasets.get(d), labels.get(d));
        medians.add(median);
        line.append(String.format(" %8d", median));
      }
      boolean met = medians.stream().allMatch(count -> count <= GOAL);
      boolean same = medians.stream().distinct().count() == 1;
      allMet &= met && same;
      line.append(met ? "" : "   (goal <= " + GOAL + " NOT met)");
      line.append(same ? "" : "   (differs between datasets)");
      System.out.println(line);
    }
    System.out.printf(
        "  goal: <= %d on every page, the same on every dataset: %s%n",
        GOAL, Stats.verdict(allMet));
    return allMet;
  }

  private int medianCount(String base, Wrk.Request request, Dataset dataset, String label)
      throws Exception {
    StatementCounter counter = new StatementCounter(dataset.connection(), portalUser);
    Probe.body(base, request);
    Probe.body(base, request);
    List<Double> counts = new ArrayList<>();
    List<String> last = List.of();
    for (int view = 0; view < VIEWS; view++) {
      List<String> statements = counter.during(() -> Probe.body(base, request));
      counts.add((double) statements.stream().filter(sql -> !isTransactionControl(sql)).count());
      last = statements;
    }
    if (show) {
      System.out.printf("    %s on %s:%n", request.path(), label);
      last.forEach(sql -> System.out.println("      " + abbreviated(sql)));
    }
    return (int) Math.round(Stats.median(counts));
  }

  /**
   * Connector/J's own statements around a transaction (autocommit, commit): not queries of the
   * page; listed with --show, not counted.
   */
  static boolean isTransactionControl(String sql) {
    String start = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
    return start.startsWith("SET AUTOCOMMIT")
        || start.startsWith("COMMIT")
        || start.startsWith("ROLLBACK")
        || start.startsWith("START TRANSACTION");
  }

  private static String abbreviated(String sql) {
    String line = sql.replaceAll("\\s+", " ");
    return line.length() > 220 ? line.substring(0, 220) + "…" : line;
  }
}
