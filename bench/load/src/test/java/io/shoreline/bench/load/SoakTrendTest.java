package io.shoreline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakTrendTest {

  @Test
  void aPoolThatGrewOnceEarlyAndStayedIsFlat() {
    SoakTrend trend = SoakTrend.of(samples(140, 16, 16, 16, 18, 18, 18, 18, 18, 18, 18));

    assertThat(trend.firstHalfConnections()).isEqualTo(18);
    assertThat(trend.secondHalfConnections()).isEqualTo(18);
    assertThat(trend.flat(1.10)).isTrue();
  }

  @Test
  void connectionsThatKeepRisingAreGrowth() {
    assertThat(SoakTrend.of(samples(140, 16, 17, 18, 19, 20, 21)).flat(1.10)).isFalse();
  }

  @Test
  void aRiseInTheSecondHalfCountsAsGrowth() {
    assertThat(SoakTrend.of(samples(140, 16, 16, 16, 16, 16, 18)).flat(1.10)).isFalse();
  }

  @Test
  void theHeapComparesTheMediansOfTheLastThreeAndTheFirstThree() {
    List<SoakSample> samples = new ArrayList<>();
    double[] heap = {100, 104, 102, 200, 111, 109, 115};
    for (int i = 0; i < heap.length; i++) {
      samples.add(new SoakSample(i * 60_000L, heap[i], 16, 16));
    }

    SoakTrend trend = SoakTrend.of(samples);

    assertThat(trend.heapGrowth())
        .isCloseTo(111 / 102.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(trend.flat(1.10)).isTrue();
    assertThat(trend.flat(1.05)).isFalse();
  }

  @Test
  void fewerThanSixSamplesAreNoTrend() {
    assertThatThrownBy(() -> SoakTrend.of(samples(140, 16, 16, 16)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<SoakSample> samples(double heap, int... connections) {
    List<SoakSample> samples = new ArrayList<>();
    for (int i = 0; i < connections.length; i++) {
      samples.add(new SoakSample(i * 60_000L, heap, 16, connections[i]));
    }
    return samples;
  }
}
