package io.shoreline.portal.scorecards;

import java.util.List;

/**
 * Where a KPI's figures come from, and what can be measured there. A feed's figures are aggregated
 * from one of its columns; the portal's own records have fixed measures.
 */
public enum KpiSource {
  /** A column of a vendor-to-client feed, aggregated ({@link Aggregation}). */
  FEED(List.of("SUM", "MEAN", "WEIGHTED_MEAN", "RATIO")),
  /** The ratings of the period's signed-off site visits. */
  VISIT_RATINGS(List.of("MEAN_RATING")),
  /** The customer feedback items received in the period. */
  FEEDBACK(List.of("DELIGHTED_RATE", "POSITIVE_RATE", "FEEDBACK_COUNT")),
  /** Incidents started (count) or ended (hours to resolve) in the period. */
  INCIDENTS(List.of("INCIDENT_COUNT", "HOURS_TO_RESOLVE")),
  /** The acknowledgement rate of the bulletins published in the period. */
  BULLETIN_ACKS(List.of("ACK_RATE"));

  private final List<String> measures;

  KpiSource(List<String> measures) {
    this.measures = measures;
  }

  public List<String> measures() {
    return measures;
  }
}
