package io.shoreline.portal.scorecards;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds the rows of one KPI over one period into its figure. Sums are exact; only the final
 * division rounds. A period without a single usable row has no figure, never 0: "no data" must not
 * read as a terrible (or perfect) result.
 */
public final class Tally {

  /** Decimal places of every result. */
  public static final int SCALE = 4;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Aggregation aggregation;
  private BigDecimal values = BigDecimal.ZERO;
  private BigDecimal seconds = BigDecimal.ZERO;
  private int rows;
  private int skipped;

  public Tally(Aggregation aggregation) {
    this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
  }

  /** A tally of single-column rows, for SUM and MEAN (the other aggregations skip them all). */
  public static Tally of(Aggregation aggregation, BigDecimal... values) {
    Tally tally = new Tally(aggregation);
    for (BigDecimal value : values) {
      tally.add(value);
    }
    return tally;
  }

  public void add(BigDecimal value) {
    add(value, null);
  }

  /**
   * Counts one row. {@code second} is the weight or denominator, ignored for SUM and MEAN. A row
   * missing a value it needs is skipped (and counted as such) rather than read as 0.
   */
  public void add(BigDecimal value, BigDecimal second) {
    boolean needsSecond = aggregation.needsSecondColumn();
    if (value == null || (needsSecond && second == null)) {
      skipped++;
      return;
    }
    rows++;
    values = values.add(aggregation == Aggregation.WEIGHTED_MEAN ? value.multiply(second) : value);
    if (needsSecond) {
      seconds = seconds.add(second);
    }
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  /** Rows counted into the result. */
  public int rows() {
    return rows;
  }

  /** Rows left out because a value they needed was missing. */
  public int skipped() {
    return skipped;
  }

  /**
   * The figure, rounded half up to {@value #SCALE} places; empty when no row was counted or when
   * the total weight or denominator is 0.
   */
  public Optional<BigDecimal> result() {
    if (rows == 0) {
      return Optional.empty();
    }
    return switch (aggregation) {
      case SUM -> Optional.of(rounded(values));
      case MEAN -> divided(values, BigDecimal.valueOf(rows));
      case WEIGHTED_MEAN -> divided(values, seconds);
      case RATIO -> divided(values.multiply(HUNDRED), seconds);
    };
  }

  private static Optional<BigDecimal> divided(BigDecimal dividend, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(rounded(dividend.divide(divisor, MathContext.DECIMAL64)));
  }

  private static BigDecimal rounded(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return "Tally[" + aggregation + ", rows=" + rows + ", skipped=" + skipped + "]";
  }
}
