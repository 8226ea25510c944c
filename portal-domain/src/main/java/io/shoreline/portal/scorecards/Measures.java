package io.shoreline.portal.scorecards;

/** What the portal's own sources measure, and how each is tallied. */
final class Measures {

  static final String MEAN_RATING = "MEAN_RATING";
  static final String DELIGHTED_RATE = "DELIGHTED_RATE";
  static final String POSITIVE_RATE = "POSITIVE_RATE";
  static final String FEEDBACK_COUNT = "FEEDBACK_COUNT";
  static final String INCIDENT_COUNT = "INCIDENT_COUNT";
  static final String HOURS_TO_RESOLVE = "HOURS_TO_RESOLVE";
  static final String ACK_RATE = "ACK_RATE";

  private Measures() {}

  /** Counts are 0, not "no data", when nothing happened: no incident is a figure too. */
  static boolean isCount(String measure) {
    return FEEDBACK_COUNT.equals(measure) || INCIDENT_COUNT.equals(measure);
  }

  static Aggregation aggregation(Kpi kpi) {
    return switch (kpi.getMeasure()) {
      case MEAN_RATING, HOURS_TO_RESOLVE -> Aggregation.MEAN;
      case DELIGHTED_RATE, POSITIVE_RATE, ACK_RATE -> Aggregation.RATIO;
      case FEEDBACK_COUNT, INCIDENT_COUNT -> Aggregation.SUM;
      default -> kpi.aggregation();
    };
  }
}
