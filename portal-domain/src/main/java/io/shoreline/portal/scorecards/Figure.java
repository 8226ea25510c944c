package io.shoreline.portal.scorecards;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A KPI's figure for one period (null value: no data), judged against the target in force then
 * (null: no agreed terms yet), with where it came from.
 */
public record Figure(
    ScorePeriod period, BigDecimal value, BigDecimal target, Rag rag, Provenance provenance) {

  public Optional<BigDecimal> optional() {
    return Optional.ofNullable(value);
  }

  public ScorePeriod getPeriod() {
    return period;
  }

  public BigDecimal getValue() {
    return value;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public Rag getRag() {
    return rag;
  }

  public Provenance getProvenance() {
    return provenance;
  }
}
