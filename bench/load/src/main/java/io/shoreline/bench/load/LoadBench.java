package io.shoreline.bench.load;

import java.util.List;

/**
 * The page and API benchmarks of issue 10 and the fault and soak checks of issue 11, run by the
 * scripts in bench/ and reliability/ once they have started the portal on generated datasets. Exits
 * 0 when the goals held, 3 when a goal was missed (the figures are printed either way), 1 on a
 * failure.
 */
public final class LoadBench {

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: LoadBench rest-read|thread-page|dataset-scaling|statements|db-faults|soak|failover"
              + " [--option value]…");
      System.exit(2);
    }
    Settings settings = new Settings(args, 1);
    boolean met =
        switch (args[0]) {
          case "rest-read" -> restRead(settings);
          case "thread-page" -> threadPage(settings);
          case "dataset-scaling" -> datasetScaling(settings);
          case "statements" -> statements(settings);
          case "db-faults" -> new DbFaults(settings).run();
          case "soak" -> new Soak(settings).run();
          case "failover" -> new Failover(settings).run();
          default -> throw new IllegalArgumentException("no benchmark " + args[0]);
        };
    System.exit(met ? 0 : 3);
  }

  /** A page of 100 KPI rows through the REST API vs a trivial JAX-RS endpoint, 32 connections. */
  private static boolean restRead(Settings settings) throws Exception {
    Settings.Target target = settings.target("");
    try (Dataset dataset = target.dataset()) {
      Pages pages = Pages.of(target.base(), dataset, 1);
      List<Wrk.Request> rows = pages.feedRows();
      if (Probe.count(target.base(), rows.get(0), "],[") != 99) {
        throw new IllegalStateException("the REST page does not hold 100 rows");
      }
      return new AgainstReference(
              target.base(),
              settings.number("connections", 32),
              settings.number("seconds", 30),
              settings.number("runs", 3))
          .compare("REST KPI rows (100)", rows, "trivial JAX-RS", Pages.trivialEndpoint(), 0.5, 50);
    }
  }

  /** The thread page of 50 posts, signed in, vs a static PrimeFaces 50-row table, 16 clients. */
  private static boolean threadPage(Settings settings) throws Exception {
    Settings.Target target = settings.target("");
    int clients = settings.number("connections", 16);
    try (Dataset dataset = target.dataset()) {
      Pages pages = Pages.of(target.base(), dataset, clients);
      List<Wrk.Request> threads = pages.threadPage();
      int posts = Probe.count(target.base(), threads.get(0), "class=\"portal-post\"");
      if (posts != Dataset.POSTS_PER_PAGE) {
        throw new IllegalStateException("the thread page shows " + posts + " posts, not 50");
      }
      return new AgainstReference(
              target.base(), clients, settings.number("seconds", 30), settings.number("runs", 3))
          .compare(
              "thread page (50 posts)",
              threads,
              "static 50-row table",
              Pages.staticTable(target.base()),
              0.7,
              150);
    }
  }

  private static boolean datasetScaling(Settings settings) throws Exception {
    Settings.Target small = settings.target("small-");
    Settings.Target large = settings.target("large-");
    try (Dataset smallData = small.dataset();
        Dataset largeData = large.dataset()) {
      return new DatasetScaling(
              settings.number("connections", 4),
              settings.number("seconds", 10),
              settings.number("runs", 3))
          .compare(
              small.base(),
              Pages.of(small.base(), smallData, 4),
              large.base(),
              Pages.of(large.base(), largeData, 4));
    }
  }

  private static boolean statements(Settings settings) throws Exception {
    Settings.Target small = settings.target("small-");
    Settings.Target large = settings.target("large-");
    try (Dataset smallData = small.dataset();
        Dataset largeData = large.dataset()) {
      return new StatementsPerPage(settings.flag("show"), settings.text("portal-db-user"))
          .count(
              List.of("small", "large"),
              List.of(small.base(), large.base()),
              List.of(Pages.of(small.base(), smallData, 1), Pages.of(large.base(), largeData, 1)),
              List.of(smallData, largeData));
    }
  }
}
