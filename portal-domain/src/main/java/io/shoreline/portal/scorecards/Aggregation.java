package io.shoreline.portal.scorecards;

/** How the rows of one period are folded into a KPI's figure (see {@link Tally}). */
public enum Aggregation {
  SUM,
  MEAN,
  /** Σ(value·weight) / Σweight: the second column is the weight. */
  WEIGHTED_MEAN,
  /** 100 · Σnumerator / Σdenominator, a percentage: the second column is the denominator. */
  RATIO;

  /** Whether each row also needs a second column: the weight or the denominator. */
  public boolean needsSecondColumn() {
    return this == WEIGHTED_MEAN || this == RATIO;
  }
}
