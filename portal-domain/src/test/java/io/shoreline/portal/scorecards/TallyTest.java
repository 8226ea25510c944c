package io.shoreline.portal.scorecards;

import static io.shoreline.portal.scorecards.Aggregation.MEAN;
import static io.shoreline.portal.scorecards.Aggregation.RATIO;
import static io.shoreline.portal.scorecards.Aggregation.SUM;
import static io.shoreline.portal.scorecards.Aggregation.WEIGHTED_MEAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each aggregation gives its exact figure to 4 places, an empty period or a zero divisor gives no
 * figure at all, and rows missing a value are skipped, never read as 0.
 */
class TallyTest {

  @Test
  void onlyWeightedMeanAndRatioNeedASecondColumn() {
    assertThat(SUM.needsSecondColumn()).isFalse();
    assertThat(MEAN.needsSecondColumn()).isFalse();
    assertThat(WEIGHTED_MEAN.needsSecondColumn()).isTrue();
    assertThat(RATIO.needsSecondColumn()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void anEmptyPeriodHasNoFigureNotZero(Aggregation aggregation) {
    Tally tally = new Tally(aggregation);

    assertThat(tally.result()).isEmpty();
    assertThat(tally.rows()).isZero();
    assertThat(tally.skipped()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void aPeriodOfSkippedRowsOnlyHasNoFigure(Aggregation aggregation) {
    Tally tally = new Tally(aggregation);
    tally.add(null, d("1"));
    tally.add(null);

    assertThat(tally.result()).isEmpty();
    assertThat(tally.rows()).isZero();
    assertThat(tally.skipped()).isEqualTo(2);
  }

  @Test
  void sumAddsExactly() {
    // 0.1 + 0.2 is exactly 0.3 in decimal, unlike in doubles
    assertThat(Tally.of(SUM, d("0.1"), d("0.2")).result()).contains(d("0.3000"));
    assertThat(Tally.of(SUM, d("1.5"), d("2.25"), d("-0.75")).result()).contains(d("3.0000"));
    assertThat(Tally.of(SUM, d("7")).result()).contains(d("7.0000"));
  }

  @Test
  void aSumOfZeroIsAFigure() {
    assertThat(Tally.of(SUM, d("0")).result()).contains(d("0.0000"));
    assertThat(Tally.of(SUM, d("2.5"), d("-2.5")).result()).contains(d("0.0000"));
  }

  @Test
  void sumOfNegativeValues() {
    assertThat(Tally.of(SUM, d("-2"), d("-3.5")).result()).contains(d("-5.5000"));
  }

  @Test
  void meanDividesBySeveralRowsCounted() {
    // 5 / 3 = 1.66666…
    assertThat(Tally.of(MEAN, d("1"), d("2"), d("2")).result()).contains(d("1.6667"));
    assertThat(Tally.of(MEAN, d("10"), d("20")).result()).contains(d("15.0000"));
    assertThat(Tally.of(MEAN, d("-1"), d("-2")).result()).contains(d("-1.5000"));
  }

  @Test
  void meanLeavesSkippedRowsOutOfTheCount() {
    Tally tally = Tally.of(MEAN, d("10"), null, d("20"));

    // (10 + 20) / 2, not / 3
    assertThat(tally.result()).contains(d("15.0000"));
    assertThat(tally.rows()).isEqualTo(2);
    assertThat(tally.skipped()).isEqualTo(1);
  }

  @Test
  void sumAndMeanIgnoreTheSecondColumn() {
    Tally sum = new Tally(SUM);
    sum.add(d("4"), null);
    sum.add(d("6"), d("1000"));
    Tally mean = new Tally(MEAN);
    mean.add(d("4"), null);
    mean.add(d("6"), d("0"));

    assertThat(sum.result()).contains(d("10.0000"));
    assertThat(mean.result()).contains(d("5.0000"));
    assertThat(mean.skipped()).isZero();
  }

  @Test
  void weightedMeanWeighsEachRow() {
    Tally tally = new Tally(WEIGHTED_MEAN);
    tally.add(d("10"), d("1"));
    tally.add(d("20"), d("3"));

    // (10·1 + 20·3) / (1 + 3) = 70 / 4
    assertThat(tally.result()).contains(d("17.5000"));
  }

  @Test
  void weightedMeanOfNegativeValues() {
    Tally tally = new Tally(WEIGHTED_MEAN);
    tally.add(d("-10"), d("1"));
    tally.add(d("20"), d("2"));

    // (-10 + 40) / 3
    assertThat(tally.result()).contains(d("10.0000"));
  }

  @Test
  void weightedMeanRoundsTheQuotient() {
    Tally tally = new Tally(WEIGHTED_MEAN);
    tally.add(d("1"), d("2"));
    tally.add(d("2"), d("1"));

    // 4 / 3 = 1.3333…
    assertThat(tally.result()).contains(d("1.3333"));
  }

  @Test
  void weightedMeanWithZeroTotalWeightHasNoFigure() {
    Tally tally = new Tally(WEIGHTED_MEAN);
    tally.add(d("10"), d("0"));
    tally.add(d("20"), d("0"));

    assertThat(tally.result()).isEmpty();
    assertThat(tally.rows()).isEqualTo(2);
  }

  @Test
  void weightedMeanSkipsRowsWithoutValueOrWeight() {
    Tally tally = new Tally(WEIGHTED_MEAN);
    tally.add(d("10"), d("1"));
    tally.add(d("99"), null);
    tally.add(null, d("5"));
    tally.add(d("99"));
    tally.add(d("20"), d("3"));

    assertThat(tally.result()).contains(d("17.5000"));
    assertThat(tally.rows()).isEqualTo(2);
    assertThat(tally.skipped()).isEqualTo(3);
  }

  @Test
  void ratioIsAPercentageOfTheTotals() {
    Tally serviceLevel = new Tally(RATIO);
    serviceLevel.add(d("45"), d("50"));
    serviceLevel.add(d("38"), d("50"));
    Tally third = new Tally(RATIO);
    third.add(d("1"), d("3"));
    Tally twoThirds = new Tally(RATIO);
    twoThirds.add(d("2"), d("3"));

    // 100 · 83 / 100; a ratio of totals, not a mean of the rows' ratios
    assertThat(serviceLevel.result()).contains(d("83.0000"));
    assertThat(third.result()).contains(d("33.3333"));
    assertThat(twoThirds.result()).contains(d("66.6667"));
  }

  @Test
  void ratioOfTotalsIsNotTheMeanOfRowRatios() {
    Tally tally = new Tally(RATIO);
    tally.add(d("1"), d("1"));
    tally.add(d("0"), d("3"));

    // 100 · 1 / 4 = 25, where the mean of 100% and 0% would be 50
    assertThat(tally.result()).contains(d("25.0000"));
  }

  @Test
  void ratioWithANumeratorOfZeroIsZeroPercent() {
    Tally tally = new Tally(RATIO);
    tally.add(d("0"), d("10"));

    assertThat(tally.result()).contains(d("0.0000"));
  }

  @Test
  void ratioWithZeroDenominatorHasNoFigure() {
    Tally tally = new Tally(RATIO);
    tally.add(d("0"), d("0"));
    tally.add(d("3"), d("0"));

    assertThat(tally.result()).isEmpty();
    assertThat(tally.rows()).isEqualTo(2);
  }

  @Test
  void ratioSkipsRowsWithoutDenominator() {
    Tally tally = new Tally(RATIO);
    tally.add(d("5"), null);
    tally.add(d("1"), d("4"));

    assertThat(tally.result()).contains(d("25.0000"));
    assertThat(tally.skipped()).isEqualTo(1);
  }

  @Test
  void resultsRoundHalfUpToFourPlaces() {
    // 0.00005 is exactly half way: half up goes to 0.0001 (half even would give 0.0000)
    assertThat(Tally.of(MEAN, d("0.0001"), d("0")).result()).contains(d("0.0001"));
    assertThat(Tally.of(MEAN, d("-0.0001"), d("0")).result()).contains(d("-0.0001"));
    assertThat(Tally.of(SUM, d("0.00005")).result()).contains(d("0.0001"));
    assertThat(Tally.of(SUM, d("0.000049")).result()).contains(d("0.0000"));
    assertThat(Tally.of(SUM, d("2.00025")).result()).contains(d("2.0003"));
  }

  @Test
  void ratioRoundsHalfUp() {
    Tally exact = new Tally(RATIO);
    exact.add(d("1"), d("32"));
    Tally halfWay = new Tally(RATIO);
    halfWay.add(d("1"), d("16000"));

    // 100 / 32 = 3.125; 100 / 16000 = 0.00625, half up to 0.0063 (half even would give 0.0062)
    assertThat(exact.result()).contains(d("3.1250"));
    assertThat(halfWay.result()).contains(d("0.0063"));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
