package io.shoreline.portal.scorecards;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tallies of every KPI and period while the sources are read, and what each source adds to a
 * figure's provenance. A count measure is 0 in a period with nothing in it; any other is "no data".
 */
final class FigureBook {

  private final Map<Long, Map<ScorePeriod, Tally>> tallies = new HashMap<>();
  private final Map<Long, Provenance> feedReads = new HashMap<>();
  private final Map<Long, Aggregation> aggregations = new HashMap<>();
  private final Map<Long, Map<ScorePeriod, Integer>> items = new HashMap<>();

  void expect(Kpi kpi, Aggregation aggregation) {
    aggregations.put(kpi.getId(), aggregation);
    tallies.put(kpi.getId(), new HashMap<>());
  }

  Tally tally(Kpi kpi, ScorePeriod period) {
    return tallies
        .get(kpi.getId())
        .computeIfAbsent(period, p -> new Tally(aggregations.get(kpi.getId())));
  }

  /** When a tally's rows are not the items (a day's feedback, a visit's ratings): the items. */
  void countItems(Kpi kpi, ScorePeriod period, int count) {
    items.computeIfAbsent(kpi.getId(), id -> new HashMap<>()).merge(period, count, Integer::sum);
  }

  void readFeed(Kpi kpi, String feedName, int version) {
    feedReads.put(kpi.getId(), new Provenance(0, 0, kpi.getFeedId(), feedName, version));
  }

  Optional<BigDecimal> value(Kpi kpi, ScorePeriod period) {
    Tally tally = tallies.get(kpi.getId()).get(period);
    if (tally == null || tally.rows() == 0) {
      return Measures.isCount(kpi.getMeasure()) ? Optional.of(BigDecimal.ZERO) : Optional.empty();
    }
    return tally.result();
  }

  Provenance provenance(Kpi kpi, ScorePeriod period) {
    Tally tally = tallies.get(kpi.getId()).get(period);
    int counted =
        items
            .getOrDefault(kpi.getId(), Map.of())
            .getOrDefault(period, tally == null ? 0 : tally.rows());
    int skipped = tally == null ? 0 : tally.skipped();
    Provenance feed = feedReads.get(kpi.getId());
    return feed == null
        ? Provenance.of(counted, skipped)
        : new Provenance(counted, skipped, feed.feedId(), feed.feedName(), feed.feedVersion());
  }
}
