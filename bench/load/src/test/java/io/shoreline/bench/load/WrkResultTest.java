package io.shoreline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkResultTest {

  private static final String OUTPUT =
      """
      Running 30s test @ http://127.0.0.1:8481
        2 threads and 16 connections
      RESULT requests=12000 duration_us=30000000 p50_us=1500 p99_us=42000 connect=0 read=0 write=0 timeout=0 status=0 not200=3
      """;

  @Test
  void readsTheFiguresOfTheResultLine() {
    WrkResult result = WrkResult.parse(OUTPUT);

    assertThat(result.requestsPerSecond()).isEqualTo(400.0);
    assertThat(result.p50Millis()).isEqualTo(1.5);
    assertThat(result.p99Millis()).isEqualTo(42.0);
  }

  @Test
  void countsEveryAnswerOtherThan200AsAnError() {
    assertThat(WrkResult.parse(OUTPUT).errors()).isEqualTo(3);
    assertThat(WrkResult.parse(OUTPUT.replace("timeout=0", "timeout=2")).errors()).isEqualTo(5);
  }

  @Test
  void refusesOutputWithoutAResult() {
    assertThatThrownBy(() -> WrkResult.parse("unable to connect to 127.0.0.1:8481"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unable to connect");
  }
}
