package io.shoreline.portal.scorecards.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The items of a topic in a period: how many, delighted, and by sentiment. */
public final class TrendCounts {

  private long items;
  private long delighted;
  private long positive;
  private long neutral;
  private long negative;

  void add(Sentiment sentiment, boolean wasDelighted, long count) {
    items += count;
    delighted += wasDelighted ? count : 0;
    switch (sentiment) {
      case POSITIVE -> positive += count;
      case NEUTRAL -> neutral += count;
      case NEGATIVE -> negative += count;
    }
  }

  void addAll(TrendCounts other) {
    items += other.items;
    delighted += other.delighted;
    positive += other.positive;
    neutral += other.neutral;
    negative += other.negative;
  }

  public long getItems() {
    return items;
  }

  public long getDelighted() {
    return delighted;
  }

  public long getPositive() {
    return positive;
  }

  public long getNeutral() {
    return neutral;
  }

  public long getNegative() {
    return negative;
  }

  /** Delighted of all items, in percent with one decimal; null without items. */
  public BigDecimal getDelightedPercent() {
    return items == 0
        ? null
        : BigDecimal.valueOf(delighted * 100L)
            .divide(BigDecimal.valueOf(items), 1, RoundingMode.HALF_UP);
  }
}
