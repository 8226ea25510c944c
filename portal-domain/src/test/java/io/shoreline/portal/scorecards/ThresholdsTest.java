package io.shoreline.portal.scorecards;

import static io.shoreline.portal.scorecards.Direction.HIGHER_IS_BETTER;
import static io.shoreline.portal.scorecards.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A figure exactly at the amber value is still green and exactly at the red value still amber, in
 * both directions; thresholds must be complete and ordered the way their direction reads.
 */
class ThresholdsTest {

  // service level: target 95%, green down to 90, amber down to 80
  private static final Thresholds SERVICE_LEVEL =
      new Thresholds(HIGHER_IS_BETTER, d("95"), d("90"), d("80"));
  // abandonment: target 3%, green up to 5, amber up to 8
  private static final Thresholds ABANDONMENT =
      new Thresholds(LOWER_IS_BETTER, d("3"), d("5"), d("8"));

  @Test
  void higherIsBetterBoundaries() {
    assertThat(judge(SERVICE_LEVEL, "120")).isEqualTo(Rag.GREEN);
    assertThat(judge(SERVICE_LEVEL, "95")).isEqualTo(Rag.GREEN);
    assertThat(judge(SERVICE_LEVEL, "92")).isEqualTo(Rag.GREEN);
    assertThat(judge(SERVICE_LEVEL, "90")).isEqualTo(Rag.GREEN);
    assertThat(judge(SERVICE_LEVEL, "90.0000")).isEqualTo(Rag.GREEN);
    assertThat(judge(SERVICE_LEVEL, "89.9999")).isEqualTo(Rag.AMBER);
    assertThat(judge(SERVICE_LEVEL, "80")).isEqualTo(Rag.AMBER);
    assertThat(judge(SERVICE_LEVEL, "79.9999")).isEqualTo(Rag.RED);
    assertThat(judge(SERVICE_LEVEL, "0")).isEqualTo(Rag.RED);
    assertThat(judge(SERVICE_LEVEL, "-5")).isEqualTo(Rag.RED);
  }

  @Test
  void lowerIsBetterBoundaries() {
    assertThat(judge(ABANDONMENT, "-1")).isEqualTo(Rag.GREEN);
    assertThat(judge(ABANDONMENT, "0")).isEqualTo(Rag.GREEN);
    assertThat(judge(ABANDONMENT, "3")).isEqualTo(Rag.GREEN);
    assertThat(judge(ABANDONMENT, "5")).isEqualTo(Rag.GREEN);
    assertThat(judge(ABANDONMENT, "5.0001")).isEqualTo(Rag.AMBER);
    assertThat(judge(ABANDONMENT, "8")).isEqualTo(Rag.AMBER);
    assertThat(judge(ABANDONMENT, "8.0001")).isEqualTo(Rag.RED);
    assertThat(judge(ABANDONMENT, "100")).isEqualTo(Rag.RED);
  }

  @Test
  void negativeThresholdsJudgeTheSameWay() {
    // a net promoter score may be negative: target 20, green down to 0, amber down to -10
    Thresholds nps = new Thresholds(HIGHER_IS_BETTER, d("20"), d("0"), d("-10")).validated();

    assertThat(judge(nps, "0")).isEqualTo(Rag.GREEN);
    assertThat(judge(nps, "-0.1")).isEqualTo(Rag.AMBER);
    assertThat(judge(nps, "-10")).isEqualTo(Rag.AMBER);
    assertThat(judge(nps, "-10.5")).isEqualTo(Rag.RED);
  }

  @Test
  void noFigureHasNoColour() {
    assertThat(SERVICE_LEVEL.judge(Optional.empty())).isEqualTo(Rag.NONE);
    assertThat(ABANDONMENT.judge(Optional.empty())).isEqualTo(Rag.NONE);
  }

  @Test
  void equalThresholdsLeaveNoAmberBand() {
    Thresholds allAtNinety = new Thresholds(HIGHER_IS_BETTER, d("90"), d("90"), d("90"));
    Thresholds allAtFive = new Thresholds(LOWER_IS_BETTER, d("5"), d("5"), d("5"));

    assertThat(allAtNinety.validated()).isSameAs(allAtNinety);
    assertThat(allAtFive.validated()).isSameAs(allAtFive);
    assertThat(judge(allAtNinety, "90")).isEqualTo(Rag.GREEN);
    assertThat(judge(allAtNinety, "89.99")).isEqualTo(Rag.RED);
    assertThat(judge(allAtFive, "5")).isEqualTo(Rag.GREEN);
    assertThat(judge(allAtFive, "5.01")).isEqualTo(Rag.RED);
  }

  @Test
  void meetingTheTargetIncludesTheTargetItself() {
    assertThat(SERVICE_LEVEL.meetsTarget(d("95"))).isTrue();
    assertThat(SERVICE_LEVEL.meetsTarget(d("99"))).isTrue();
    assertThat(SERVICE_LEVEL.meetsTarget(d("94.99"))).isFalse();
    assertThat(ABANDONMENT.meetsTarget(d("3"))).isTrue();
    assertThat(ABANDONMENT.meetsTarget(d("0"))).isTrue();
    assertThat(ABANDONMENT.meetsTarget(d("3.01"))).isFalse();
  }

  @Test
  void orderedThresholdsAreValid() {
    assertThat(SERVICE_LEVEL.validated()).isSameAs(SERVICE_LEVEL);
    assertThat(ABANDONMENT.validated()).isSameAs(ABANDONMENT);
    // two of three equal is allowed too
    new Thresholds(HIGHER_IS_BETTER, d("95"), d("95"), d("80")).validated();
    new Thresholds(HIGHER_IS_BETTER, d("95"), d("80"), d("80")).validated();
    new Thresholds(LOWER_IS_BETTER, d("3"), d("3"), d("8")).validated();
    new Thresholds(LOWER_IS_BETTER, d("3"), d("8"), d("8")).validated();
  }

  @Test
  void everyPartIsRequiredInOrder() {
    assertRefused(new Thresholds(null, null, null, null), "scorecards.directionRequired");
    assertRefused(new Thresholds(HIGHER_IS_BETTER, null, null, null), "scorecards.targetRequired");
    assertRefused(
        new Thresholds(LOWER_IS_BETTER, d("3"), null, d("8")), "scorecards.amberRequired");
    assertRefused(new Thresholds(LOWER_IS_BETTER, d("3"), d("5"), null), "scorecards.redRequired");
  }

  @Test
  void higherIsBetterNeedsRedAtOrBelowAmberAtOrBelowTarget() {
    String key = "scorecards.thresholdsOrderHigher";

    // amber above target
    assertRefused(
        new Thresholds(HIGHER_IS_BETTER, d("90"), d("95"), d("80")), key, "90", "95", "80");
    // red above amber
    assertRefused(
        new Thresholds(HIGHER_IS_BETTER, d("95"), d("80"), d("90")), key, "95", "80", "90");
    // the lower-is-better order under the wrong direction
    assertRefused(new Thresholds(HIGHER_IS_BETTER, d("3"), d("5"), d("8")), key, "3", "5", "8");
  }

  @Test
  void lowerIsBetterNeedsRedAtOrAboveAmberAtOrAboveTarget() {
    String key = "scorecards.thresholdsOrderLower";

    // amber below target
    assertRefused(new Thresholds(LOWER_IS_BETTER, d("5"), d("3"), d("8")), key, "5", "3", "8");
    // red below amber
    assertRefused(new Thresholds(LOWER_IS_BETTER, d("3"), d("8"), d("5")), key, "3", "8", "5");
    // the higher-is-better order under the wrong direction
    assertRefused(
        new Thresholds(LOWER_IS_BETTER, d("95"), d("90"), d("80")), key, "95", "90", "80");
  }

  private static Rag judge(Thresholds thresholds, String value) {
    return thresholds.judge(Optional.of(d(value)));
  }

  private static void assertRefused(Thresholds thresholds, String key, String... arguments) {
    Object[] expected = Arrays.stream(arguments).map(ThresholdsTest::d).toArray();
    assertThatThrownBy(thresholds::validated)
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.key()).isEqualTo(key);
              assertThat(violation.arguments()).containsExactly(expected);
            });
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
