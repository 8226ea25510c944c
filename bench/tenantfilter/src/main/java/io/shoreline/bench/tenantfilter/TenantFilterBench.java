package io.shoreline.bench.tenantfilter;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The tenant filter's cost (issue 10): each of the portal's hot reads as the portal sends it, with
 * its tenant predicates, against the same text without them, on the same values, interleaved in
 * rounds. Read-only: every connection is set read-only, so the dataset cannot change.
 */
public final class TenantFilterBench {

  /** Values on which both forms must answer the same rows before they are timed. */
  static final int SAME_ROWS_CHECKS = 3;

  /**
   * A round gives each form its seconds in alternating slices this long, so that a change in the
   * shared machine's load hits both forms alike.
   */
  static final Duration SLICE = Duration.ofSeconds(1);

  private final Options options;
  private final PrintStream out;

  TenantFilterBench(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    List<PortalQuery> queries;
    try {
      options = Options.parse(args, System.getenv());
      queries = options.queries(PortalQueries.all());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    new TenantFilterBench(options, System.out).run(queries);
  }

  void run(List<PortalQuery> queries) throws Exception {
    List<Connection> connections = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(options.threads());
    try {
      Connection admin = connect(connections);
      Machine.describe(admin, options, out);
      Samples samples = Samples.load(admin);
      for (Pool pool : Pool.values()) {
        out.printf("  %-13s %,d to draw from%n", pool.name().toLowerCase(), samples.size(pool));
      }
      List<Connection> clients = new ArrayList<>();
      for (int i = 0; i < options.threads(); i++) {
        clients.add(connect(connections));
      }
      Throughput throughput = new Throughput(clients, samples, executor);
      List<Comparison> comparisons = new ArrayList<>();
      for (int q = 0; q < queries.size(); q++) {
        comparisons.add(measure(queries.get(q), q, admin, samples, throughput));
      }
      Report.summary(comparisons, out);
    } finally {
      executor.shutdownNow();
      for (Connection connection : connections) {
        connection.close();
      }
    }
  }

  private Comparison measure(
      PortalQuery query, int index, Connection admin, Samples samples, Throughput throughput)
      throws Exception {
    Form with = query.withFilter();
    Form without = query.withoutFilter();
    out.printf("%n== %s: %s%n", query.name(), query.route());
    out.println(
        query.control()
            ? "   without the filter: the same text (the tenant is the list's own scope): a control"
            : "   without the filter: cuts "
                + query.tenantPredicates().stream()
                    .map(predicate -> "\"" + predicate.strip() + "\"")
                    .collect(Collectors.joining(" and ")));
    // the first values of client 0 in round 1
    Random firstValues = Throughput.values(sequence(index, 1, 0), 0);
    List<Object> first = query.binds().apply(samples.draw(query.pool(), firstValues));
    out.println("   EXPLAIN with the filter, values " + first);
    List<String> withPlan = Explain.print(admin, with, first, out);
    out.println("   EXPLAIN without, values " + without.pick(first));
    List<String> withoutPlan = Explain.print(admin, without, first, out);
    checkSameRows(
        query, with, without, admin, samples, Throughput.values(sequence(index, 1, 0), 0));

    throughput.run(query, with, sequence(index, 0, 0), options.warmUp());
    throughput.run(query, without, sequence(index, 0, 0), options.warmUp());
    Comparison comparison = new Comparison(query, withPlan.equals(withoutPlan));
    for (int round = 1; round <= options.rounds(); round++) {
      Comparison.Round measured = round(query, with, without, index, round, throughput);
      comparison.add(measured);
      Report.round(round, measured, out);
    }
    Report.median(comparison, out);
    return comparison;
  }

  /**
   * The round's seconds of each form, in alternating slices; both forms of a slice draw the same
   * values. A form slower than a slice runs one query per client and counts its real time.
   */
  private Comparison.Round round(
      PortalQuery query, Form with, Form without, int index, int round, Throughput throughput)
      throws Exception {
    double seconds = options.seconds().toMillis() / 1000.0;
    Duration slice = SLICE.compareTo(options.seconds()) < 0 ? SLICE : options.seconds();
    Throughput.Result withFilter = Throughput.Result.NONE;
    Throughput.Result withoutFilter = Throughput.Result.NONE;
    for (int s = 0; withFilter.seconds() < seconds || withoutFilter.seconds() < seconds; s++) {
      long values = sequence(index, round, s);
      if (withFilter.seconds() < seconds) {
        withFilter = withFilter.plus(throughput.run(query, with, values, slice));
      }
      if (withoutFilter.seconds() < seconds) {
        withoutFilter = withoutFilter.plus(throughput.run(query, without, values, slice));
      }
    }
    return new Comparison.Round(withFilter, withoutFilter);
  }

  /** Refuses to time a pair whose forms answer differently: they would not be the same query. */
  private void checkSameRows(
      PortalQuery query, Form with, Form without, Connection admin, Samples samples, Random values)
      throws SQLException {
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < SAME_ROWS_CHECKS; i++) {
      List<Object> binds = query.binds().apply(samples.draw(query.pool(), values));
      List<String> expected = SameRows.of(admin, with, binds);
      if (!expected.equals(SameRows.of(admin, without, binds))) {
        throw new IllegalStateException(
            query.name() + ": the forms answer differently for " + binds);
      }
      counts.add(expected.size());
    }
    out.println(
        "   same rows both ways on " + SAME_ROWS_CHECKS + " values: yes, " + counts + " rows");
  }

  /** One sequence of values per query, round and slice, the same for both forms. */
  private long sequence(int query, int round, int slice) {
    return ((options.seed() * 1_009 + query) * 1_009 + round) * 1_009 + slice;
  }

  private Connection connect(List<Connection> connections) throws SQLException {
    Connection connection =
        DriverManager.getConnection(options.url(), options.user(), options.password());
    connections.add(connection);
    // the datasets are shared and read-only: the server refuses any write on this session
    connection.setReadOnly(true);
    return connection;
  }
}
