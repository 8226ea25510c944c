package io.shoreline.bench.tenantfilter;

import java.util.ArrayList;
import java.util.List;

/** One query's rounds: the throughput of each form in each round, and their medians. */
final class Comparison {

  /** One round: the form with the filter, then the form without, on the same values. */
  record Round(Throughput.Result with, Throughput.Result without) {
    double ratio() {
      return with.perSecond() / without.perSecond();
    }
  }

  private final PortalQuery query;
  private final boolean samePlan;
  private final List<Round> rounds = new ArrayList<>();

  /**
   * @param samePlan whether the database answers both forms through the same tables, access types
   *     and keys: then the ratio is the predicate's own cost
   */
  Comparison(PortalQuery query, boolean samePlan) {
    this.query = query;
    this.samePlan = samePlan;
  }

  boolean samePlan() {
    return samePlan;
  }

  void add(Round round) {
    rounds.add(round);
  }

  PortalQuery query() {
    return query;
  }

  List<Round> rounds() {
    return List.copyOf(rounds);
  }

  double medianWith() {
    return median(rounds.stream().map(r -> r.with().perSecond()).toList());
  }

  double medianWithout() {
    return median(rounds.stream().map(r -> r.without().perSecond()).toList());
  }

  /** The median of the rounds' ratios: each ratio compares two forms run back to back. */
  double medianRatio() {
    return median(rounds.stream().map(Round::ratio).toList());
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  static double geometricMean(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    return Math.exp(values.stream().mapToDouble(Math::log).sum() / values.size());
  }
}
