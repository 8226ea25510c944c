package io.shoreline.portal.scorecards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The scorecard's overall score out of 100: the weighted mean of its KPIs' points. KPIs without a
 * colour are left out rather than counted as 0, so a missing feed does not sink the score.
 */
public final class OverallScore {

  public static final int GREEN_FROM = 80;
  public static final int AMBER_FROM = 50;

  private OverallScore() {}

  /** Σ(points·weight) / Σweight to 2 places, half up; empty when no KPI has a colour. */
  public static Optional<BigDecimal> of(List<WeightedRag> kpis) {
    long points = 0;
    long weights = 0;
    for (WeightedRag kpi : kpis) {
      if (kpi.rag().points().isPresent()) {
        points += (long) kpi.rag().points().getAsInt() * kpi.weight();
        weights += kpi.weight();
      }
    }
    if (weights == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(points).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP));
  }

  public static Rag rag(Optional<BigDecimal> score) {
    if (score.isEmpty()) {
      return Rag.NONE;
    }
    if (score.get().compareTo(BigDecimal.valueOf(GREEN_FROM)) >= 0) {
      return Rag.GREEN;
    }
    return score.get().compareTo(BigDecimal.valueOf(AMBER_FROM)) >= 0 ? Rag.AMBER : Rag.RED;
  }
}
