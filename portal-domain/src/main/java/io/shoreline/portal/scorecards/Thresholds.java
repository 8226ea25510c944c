package io.shoreline.portal.scorecards;

import io.shoreline.portal.platform.RuleViolation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A KPI's target and the values past which it stops being green ({@code amber}) and turns red
 * ({@code red}). Meeting the target is always green; the amber and red values themselves still
 * count as the better colour.
 */
public record Thresholds(Direction direction, BigDecimal target, BigDecimal amber, BigDecimal red) {

  /** These thresholds, once complete and ordered the way the direction reads them. */
  public Thresholds validated() {
    required(direction, "scorecards.directionRequired");
    required(target, "scorecards.targetRequired");
    required(amber, "scorecards.amberRequired");
    required(red, "scorecards.redRequired");
    if (direction == Direction.HIGHER_IS_BETTER && !ascending(red, amber, target)) {
      throw new RuleViolation("scorecards.thresholdsOrderHigher", target, amber, red);
    }
    if (direction == Direction.LOWER_IS_BETTER && !ascending(target, amber, red)) {
      throw new RuleViolation("scorecards.thresholdsOrderLower", target, amber, red);
    }
    return this;
  }

  /** The colour of a figure; no figure, no colour. Expects validated thresholds. */
  public Rag judge(Optional<BigDecimal> value) {
    if (value.isEmpty()) {
      return Rag.NONE;
    }
    BigDecimal v = value.get();
    if (direction.isBetter(red, v)) {
      return Rag.RED;
    }
    return direction.isBetter(amber, v) ? Rag.AMBER : Rag.GREEN;
  }

  public boolean meetsTarget(BigDecimal value) {
    return !direction.isBetter(target, value);
  }

  private static void required(Object value, String messageKey) {
    if (value == null) {
      throw new RuleViolation(messageKey);
    }
  }

  private static boolean ascending(BigDecimal low, BigDecimal middle, BigDecimal high) {
    return low.compareTo(middle) <= 0 && middle.compareTo(high) <= 0;
  }
}
