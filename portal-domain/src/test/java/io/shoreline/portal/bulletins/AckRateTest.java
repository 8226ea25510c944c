package io.shoreline.portal.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AckRateTest {

  @Test
  void percentRoundsDownAndNobodyAskedIsZero() {
    assertThat(new AckRate("Casablanca", 1, 3).getPercent()).isEqualTo(33);
    assertThat(new AckRate(null, 3, 3).getPercent()).isEqualTo(100);
    assertThat(new AckRate("Rabat", 0, 0).getPercent()).isZero();
  }
}
