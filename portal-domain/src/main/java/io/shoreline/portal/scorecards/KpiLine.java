package io.shoreline.portal.scorecards;

import java.util.List;

/**
 * One KPI on a scorecard: the terms that judge the chosen period (null: none in force then), its
 * figure for each period shown (oldest first, the chosen one last) and how it moved since the one
 * before.
 */
public record KpiLine(Kpi kpi, KpiTerms terms, List<Figure> figures, Trend trend) {

  public KpiLine {
    figures = List.copyOf(figures);
  }

  public Figure current() {
    return figures.get(figures.size() - 1);
  }

  /** The period before the chosen one. */
  public Figure previous() {
    return figures.get(figures.size() - 2);
  }

  public Kpi getKpi() {
    return kpi;
  }

  public KpiTerms getTerms() {
    return terms;
  }

  public List<Figure> getFigures() {
    return figures;
  }

  public Figure getCurrent() {
    return current();
  }

  public Figure getPrevious() {
    return previous();
  }

  public Trend getTrend() {
    return trend;
  }
}
