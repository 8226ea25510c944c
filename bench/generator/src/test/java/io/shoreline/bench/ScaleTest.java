package io.shoreline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void scalesTheIssuesVolumes() {
    assertThat(Scale.of(Scale.POSTS, 0.01)).isEqualTo(10_000);
    assertThat(Scale.of(Scale.FEED_ROWS, 1)).isEqualTo(10_000_000);
    assertThat(Scale.of(Scale.EXCHANGES, 0.1)).isEqualTo(2_000);
  }

  @Test
  void sharesATotalAmongWorkspacesExactlyAndEvenly() {
    long[] shares = IntStream.range(0, 200).mapToLong(i -> Scale.share(10_123, i, 200)).toArray();

    assertThat(IntStream.range(0, 200).mapToLong(i -> shares[i]).sum()).isEqualTo(10_123);
    assertThat(shares[0]).isEqualTo(51);
    assertThat(shares[199]).isEqualTo(50);
  }
}
