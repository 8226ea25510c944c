package io.shoreline.portal.web.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveSocketsOriginTest {

  @Test
  void aPageOfThePortalItselfMayOpenTheSocket() {
    assertThat(
            LiveSockets.SameOrigin.sameOrigin(
                Map.of(
                    "Origin",
                    List.of("https://portal.example"),
                    "Host",
                    List.of("portal.example"))))
        .isTrue();
    assertThat(
            LiveSockets.SameOrigin.sameOrigin(
                Map.of(
                    "origin", List.of("http://127.0.0.1:8080"), "host", List.of("127.0.0.1:8080"))))
        .isTrue();
  }

  @Test
  void anotherSitesPageMayNot() {
    assertThat(
            LiveSockets.SameOrigin.sameOrigin(
                Map.of(
                    "Origin", List.of("https://evil.example"), "Host", List.of("portal.example"))))
        .isFalse();
    assertThat(
            LiveSockets.SameOrigin.sameOrigin(
                Map.of(
                    "Origin", List.of("http://127.0.0.1:9999"), "Host", List.of("127.0.0.1:8080"))))
        .isFalse();
    assertThat(
            LiveSockets.SameOrigin.sameOrigin(
                Map.of("Origin", List.of("not a url"), "Host", List.of("portal.example"))))
        .isFalse();
  }

  @Test
  void aClientThatIsNoBrowserSendsNoOriginAndBorrowsNoCookie() {
    assertThat(LiveSockets.SameOrigin.sameOrigin(Map.of("Host", List.of("portal.example"))))
        .isTrue();
  }
}
