package io.shoreline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SoakSampleTest {

  private static final String HISTOGRAM =
      """
      12345:
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:        402117       48211544  [B (java.base@17.0.15)
         2:         17000        1088000  java.lang.String (java.base@17.0.15)
       812:            17           2176  org.apache.catalina.session.StandardSession
       813:             3            144  org.apache.catalina.session.StandardSessionFacade
      Total       1203342      104857600
      """;

  @Test
  void readsTheLiveHeapAndTheSessionsFromAClassHistogram() {
    SoakSample sample = SoakSample.parse(HISTOGRAM, 60_000, 9);

    assertThat(sample.heapMegabytes()).isEqualTo(100.0);
    assertThat(sample.sessions()).isEqualTo(17);
    assertThat(sample.connections()).isEqualTo(9);
  }

  @Test
  void aHistogramWithoutItsTotalIsAnError() {
    assertThatThrownBy(() -> SoakSample.parse("12345:\nno such process", 0, 0))
        .isInstanceOf(IllegalStateException.class);
  }
}
