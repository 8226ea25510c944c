package io.shoreline.portal.scorecards;

import static io.shoreline.portal.scorecards.Rag.AMBER;
import static io.shoreline.portal.scorecards.Rag.GREEN;
import static io.shoreline.portal.scorecards.Rag.NONE;
import static io.shoreline.portal.scorecards.Rag.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The overall score is the weighted mean of the KPIs' points, leaving out KPIs without a colour, to
 * 2 places; 80 and up is green, 50 and up amber.
 */
class OverallScoreTest {

  @Test
  void eachColourIsWorthItsPoints() {
    assertThat(GREEN.points()).isEqualTo(OptionalInt.of(100));
    assertThat(AMBER.points()).isEqualTo(OptionalInt.of(50));
    assertThat(RED.points()).isEqualTo(OptionalInt.of(0));
    assertThat(NONE.points()).isEmpty();
  }

  @Test
  void theScoreIsTheWeightedMeanOfThePoints() {
    // (100·2 + 50·1 + 0·1) / 4 = 62.5
    assertThat(score(kpi(GREEN, 2), kpi(AMBER, 1), kpi(RED, 1))).contains(d("62.50"));
    // (100 + 50 + 0) / 3 = 50
    assertThat(score(kpi(GREEN, 1), kpi(AMBER, 1), kpi(RED, 1))).contains(d("50.00"));
    assertThat(score(kpi(RED, 3))).contains(d("0.00"));
    assertThat(score(kpi(GREEN, 5))).contains(d("100.00"));
  }

  @Test
  void weightsMoveTheScore() {
    // (100·1 + 0·3) / 4 against (100·3 + 0·1) / 4
    assertThat(score(kpi(GREEN, 1), kpi(RED, 3))).contains(d("25.00"));
    assertThat(score(kpi(GREEN, 3), kpi(RED, 1))).contains(d("75.00"));
  }

  @Test
  void theScoreRoundsHalfUpToTwoPlaces() {
    // 200 / 3 = 66.666…, 100 / 3 = 33.333…, 50 / 16 = 3.125 (half even would give 3.12)
    assertThat(score(kpi(GREEN, 2), kpi(RED, 1))).contains(d("66.67"));
    assertThat(score(kpi(GREEN, 1), kpi(RED, 2))).contains(d("33.33"));
    assertThat(score(kpi(AMBER, 1), kpi(RED, 15))).contains(d("3.13"));
  }

  @Test
  void kpisWithoutAColourAreLeftOutNotCountedAsZero() {
    assertThat(score(kpi(GREEN, 1), kpi(NONE, 5))).contains(d("100.00"));
    assertThat(score(kpi(GREEN, 1), kpi(RED, 1), kpi(NONE, 10))).contains(d("50.00"));
  }

  @Test
  void noColouredKpiMeansNoScore() {
    assertThat(score(kpi(NONE, 1), kpi(NONE, 3))).isEmpty();
    assertThat(OverallScore.of(List.of())).isEmpty();
    assertThat(OverallScore.rag(OverallScore.of(List.of(kpi(NONE, 1))))).isEqualTo(NONE);
  }

  @Test
  void aWeightBelowOneIsRefused() {
    assertThat(kpi(GREEN, 1).weight()).isEqualTo(1);
    assertThatThrownBy(() -> kpi(GREEN, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kpi(GREEN, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theScoreIsGreenFromEightyAndAmberFromFifty() {
    assertThat(OverallScore.GREEN_FROM).isEqualTo(80);
    assertThat(OverallScore.AMBER_FROM).isEqualTo(50);
    assertThat(rag("100.00")).isEqualTo(GREEN);
    assertThat(rag("80.00")).isEqualTo(GREEN);
    assertThat(rag("80")).isEqualTo(GREEN);
    assertThat(rag("79.99")).isEqualTo(AMBER);
    assertThat(rag("50.00")).isEqualTo(AMBER);
    assertThat(rag("49.99")).isEqualTo(RED);
    assertThat(rag("0.00")).isEqualTo(RED);
    assertThat(OverallScore.rag(Optional.empty())).isEqualTo(NONE);
  }

  @Test
  void aComputedScoreGetsItsColour() {
    // (100·4 + 0·1) / 5 = 80: exactly green
    assertThat(OverallScore.rag(score(kpi(GREEN, 4), kpi(RED, 1)))).isEqualTo(GREEN);
    // (100·1 + 50·1 + 0·1) / 3 = 50: exactly amber
    assertThat(OverallScore.rag(score(kpi(GREEN, 1), kpi(AMBER, 1), kpi(RED, 1)))).isEqualTo(AMBER);
  }

  private static Optional<BigDecimal> score(WeightedRag... kpis) {
    return OverallScore.of(List.of(kpis));
  }

  private static Rag rag(String score) {
    return OverallScore.rag(Optional.of(d(score)));
  }

  private static WeightedRag kpi(Rag rag, int weight) {
    return new WeightedRag(rag, weight);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
