package io.shoreline.portal.scorecards;

import java.math.BigDecimal;
import java.util.Optional;

/** Which way a KPI improves: service level up, abandonment rate down. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER;

  /** Whether {@code a} is strictly better than {@code b}. */
  public boolean isBetter(BigDecimal a, BigDecimal b) {
    int sign = a.compareTo(b);
    return this == HIGHER_IS_BETTER ? sign > 0 : sign < 0;
  }

  /**
   * How a figure moved since an earlier one. Without both figures there is no trend; equal values
   * (whatever their scale) are the SAME.
   */
  public static Trend compare(
      Direction direction, Optional<BigDecimal> now, Optional<BigDecimal> before) {
    if (now.isEmpty() || before.isEmpty()) {
      return Trend.NONE;
    }
    if (now.get().compareTo(before.get()) == 0) {
      return Trend.SAME;
    }
    return direction.isBetter(now.get(), before.get()) ? Trend.BETTER : Trend.WORSE;
  }
}
