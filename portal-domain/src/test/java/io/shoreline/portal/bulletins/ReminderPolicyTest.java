package io.shoreline.portal.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

  private static final Instant PUBLISHED = Instant.parse("2026-12-02T08:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-12-03T08:00:00Z");
  private final ReminderPolicy policy = ReminderPolicy.ofHours(2, 8, 24);

  @Test
  void criticalNewsIsRemindedSoonerThanInformation() {
    Instant threeHoursLater = PUBLISHED.plus(Duration.ofHours(3));

    assertThat(due(Urgency.CRITICAL, null, threeHoursLater)).isTrue();
    assertThat(due(Urgency.IMPORTANT, null, threeHoursLater)).isFalse();
    assertThat(due(Urgency.INFO, null, threeHoursLater)).isFalse();
    assertThat(due(Urgency.CRITICAL, null, PUBLISHED.plus(Duration.ofMinutes(119)))).isFalse();
  }

  @Test
  void whatDoesNotExpireIsRemindedAtItsIntervalForever() {
    Duration daily = Duration.ofHours(24);
    Instant monthLater = PUBLISHED.plus(Duration.ofDays(30));

    assertThat(ReminderPolicy.dueEvery(daily, PUBLISHED, null, PUBLISHED.plusSeconds(3600)))
        .isFalse();
    assertThat(ReminderPolicy.dueEvery(daily, PUBLISHED, null, PUBLISHED.plus(daily))).isTrue();
    assertThat(ReminderPolicy.dueEvery(daily, PUBLISHED, monthLater, monthLater.plusSeconds(60)))
        .isFalse();
    assertThat(ReminderPolicy.dueEvery(daily, PUBLISHED, monthLater, monthLater.plus(daily)))
        .isTrue();
  }

  @Test
  void countsFromTheLastReminderOrTheNewVersion() {
    Instant reminded = PUBLISHED.plus(Duration.ofHours(2));

    assertThat(due(Urgency.CRITICAL, reminded, reminded.plus(Duration.ofMinutes(90)))).isFalse();
    assertThat(due(Urgency.CRITICAL, reminded, reminded.plus(Duration.ofHours(2)))).isTrue();
    // a reminder of the previous version does not count against the new one's own interval
    Instant revised = PUBLISHED.plus(Duration.ofHours(5));
    assertThat(
            policy.due(
                Urgency.CRITICAL,
                revised,
                reminded,
                UNTIL,
                false,
                revised.plus(Duration.ofHours(1))))
        .isFalse();
  }

  @Test
  void neverOnceExpiredOrWithdrawn() {
    assertThat(due(Urgency.CRITICAL, null, UNTIL)).isFalse();
    assertThat(
            policy.due(
                Urgency.CRITICAL,
                PUBLISHED,
                null,
                UNTIL,
                true,
                PUBLISHED.plus(Duration.ofHours(3))))
        .isFalse();
  }

  @Test
  void everyUrgencyNeedsAPositiveInterval() {
    assertThatThrownBy(() -> new ReminderPolicy(Map.of(Urgency.CRITICAL, Duration.ofHours(1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReminderPolicy.ofHours(0, 8, 24))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private boolean due(Urgency urgency, Instant lastReminded, Instant now) {
    return policy.due(urgency, PUBLISHED, lastReminded, UNTIL, false, now);
  }
}
