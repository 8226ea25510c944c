package io.shoreline.portal.scorecards;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * A workspace's scorecard for a period: every agreed KPI judged by the terms in force then, the
 * overall weighted score of each period shown (oldest first, the chosen one last), and the zone
 * whose days the periods count (the client's).
 */
public record Scorecard(
    ScorePeriod period, ZoneId zone, List<KpiLine> lines, List<BigDecimal> scores) {

  public Scorecard {
    lines = List.copyOf(lines);
    scores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
  }

  /** The chosen period's overall score (null: no KPI had data and terms). */
  public BigDecimal getScore() {
    return scores.get(scores.size() - 1);
  }

  public BigDecimal getPreviousScore() {
    return scores.get(scores.size() - 2);
  }

  public Rag getRag() {
    return OverallScore.rag(java.util.Optional.ofNullable(getScore()));
  }

  public Rag getPreviousRag() {
    return OverallScore.rag(java.util.Optional.ofNullable(getPreviousScore()));
  }

  public ScorePeriod getPeriod() {
    return period;
  }

  public ZoneId getZone() {
    return zone;
  }

  public List<KpiLine> getLines() {
    return lines;
  }

  public List<BigDecimal> getScores() {
    return scores;
  }
}
