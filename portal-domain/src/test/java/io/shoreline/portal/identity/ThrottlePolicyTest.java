package io.shoreline.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofMinutes(15));

  @Test
  void fewerFailuresThanTheLimitLeaveSignInOpen() {
    assertThat(policy.lockedUntil(List.of(NOW.minusSeconds(10), NOW.minusSeconds(20)), NOW))
        .isEmpty();
  }

  @Test
  void reachingTheLimitLocksUntilTheOldestCountedFailureLeavesTheWindow() {
    List<Instant> failures =
        List.of(NOW.minusSeconds(60), NOW.minusSeconds(120), NOW.minusSeconds(180));

    assertThat(policy.lockedUntil(failures, NOW))
        .contains(NOW.minusSeconds(180).plus(Duration.ofMinutes(15)));
  }

  @Test
  void onlyTheNewestLimitFailuresDecideTheLock() {
    List<Instant> failures =
        List.of(
            NOW.minusSeconds(10),
            NOW.minusSeconds(20),
            NOW.minusSeconds(30),
            NOW.minusSeconds(800));

    assertThat(policy.lockedUntil(failures, NOW))
        .contains(NOW.minusSeconds(30).plus(Duration.ofMinutes(15)));
  }

  @Test
  void theLockLiftsExactlyWhenTheWindowHasPassed() {
    Instant oldest = NOW.minus(Duration.ofMinutes(15));
    List<Instant> failures = List.of(NOW.minusSeconds(1), NOW.minusSeconds(2), oldest);

    assertThat(policy.lockedUntil(failures, NOW)).isEmpty();
    assertThat(policy.lockedUntil(failures, NOW.minusNanos(1))).isPresent();
  }

  @Test
  void windowStartIsOneWindowBeforeNow() {
    assertThat(policy.windowStart(NOW)).isEqualTo(Instant.parse("2026-11-23T11:45:00Z"));
  }

  @Test
  void rejectsNonsenseSettings() {
    assertThatThrownBy(() -> new ThrottlePolicy(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThrottlePolicy(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
