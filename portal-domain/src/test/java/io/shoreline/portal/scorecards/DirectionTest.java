package io.shoreline.portal.scorecards;

import static io.shoreline.portal.scorecards.Direction.HIGHER_IS_BETTER;
import static io.shoreline.portal.scorecards.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Better means strictly better, in the KPI's direction; a trend needs both figures. */
class DirectionTest {

  @Test
  void higherIsBetter() {
    assertThat(HIGHER_IS_BETTER.isBetter(d("91"), d("90"))).isTrue();
    assertThat(HIGHER_IS_BETTER.isBetter(d("90"), d("91"))).isFalse();
    assertThat(HIGHER_IS_BETTER.isBetter(d("-1"), d("-2"))).isTrue();
  }

  @Test
  void lowerIsBetter() {
    assertThat(LOWER_IS_BETTER.isBetter(d("2"), d("3"))).isTrue();
    assertThat(LOWER_IS_BETTER.isBetter(d("3"), d("2"))).isFalse();
    assertThat(LOWER_IS_BETTER.isBetter(d("-2"), d("-1"))).isTrue();
  }

  @Test
  void anEqualValueIsNotBetterWhateverItsScale() {
    assertThat(HIGHER_IS_BETTER.isBetter(d("90.00"), d("90"))).isFalse();
    assertThat(LOWER_IS_BETTER.isBetter(d("90"), d("90.00"))).isFalse();
  }

  @Test
  void trendFollowsTheDirection() {
    assertThat(trend(HIGHER_IS_BETTER, "92", "90")).isEqualTo(Trend.BETTER);
    assertThat(trend(HIGHER_IS_BETTER, "88", "90")).isEqualTo(Trend.WORSE);
    assertThat(trend(LOWER_IS_BETTER, "2.5", "3")).isEqualTo(Trend.BETTER);
    assertThat(trend(LOWER_IS_BETTER, "3.5", "3")).isEqualTo(Trend.WORSE);
  }

  @Test
  void equalFiguresAreTheSameWhateverTheirScale() {
    assertThat(trend(HIGHER_IS_BETTER, "90.0000", "90")).isEqualTo(Trend.SAME);
    assertThat(trend(LOWER_IS_BETTER, "0", "0.00")).isEqualTo(Trend.SAME);
  }

  @Test
  void withoutBothFiguresThereIsNoTrend() {
    Optional<BigDecimal> figure = Optional.of(d("90"));

    assertThat(Direction.compare(HIGHER_IS_BETTER, figure, Optional.empty())).isEqualTo(Trend.NONE);
    assertThat(Direction.compare(HIGHER_IS_BETTER, Optional.empty(), figure)).isEqualTo(Trend.NONE);
    assertThat(Direction.compare(LOWER_IS_BETTER, Optional.empty(), Optional.empty()))
        .isEqualTo(Trend.NONE);
  }

  private static Trend trend(Direction direction, String now, String before) {
    return Direction.compare(direction, Optional.of(d(now)), Optional.of(d(before)));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
