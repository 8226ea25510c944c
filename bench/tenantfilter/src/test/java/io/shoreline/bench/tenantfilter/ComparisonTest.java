package io.shoreline.bench.tenantfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void mediansOfOddAndEvenCounts() {
    assertThat(Comparison.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Comparison.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }

  @Test
  void geometricMeanOfRatios() {
    assertThat(Comparison.geometricMean(List.of(0.5, 2.0))).isCloseTo(1.0, within(1e-12));
    assertThat(Comparison.geometricMean(List.of(0.9, 0.9, 0.9))).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void theRatioIsOfTheRoundsNotOfTheMedians() {
    Comparison comparison = new Comparison(PortalQueries.thread(), true);
    comparison.add(round(100, 100));
    comparison.add(round(200, 100));
    comparison.add(round(90, 200));

    assertThat(comparison.medianWith()).isEqualTo(100);
    assertThat(comparison.medianWithout()).isEqualTo(100);
    assertThat(comparison.medianRatio()).isEqualTo(1.0);
  }

  private static Comparison.Round round(long with, long without) {
    return new Comparison.Round(
        new Throughput.Result(with, 0, 1.0), new Throughput.Result(without, 0, 1.0));
  }
}
