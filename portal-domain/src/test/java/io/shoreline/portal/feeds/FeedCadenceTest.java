package io.shoreline.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FeedCadenceTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private final FeedCadence daily = FeedCadence.daily(LocalTime.of(9, 0), PARIS);

  @Test
  void aVersionSinceThePreviousDeadlineKeepsTheFeedFresh() {
    Instant now = Instant.parse("2026-03-03T08:30:00Z"); // 09:30 in Paris
    assertThat(daily.missedDeadline(Instant.parse("2026-03-03T07:00:00Z"), now)).isEmpty();
    assertThat(daily.missedDeadline(Instant.parse("2026-03-02T09:00:00Z"), now)).isEmpty();
  }

  @Test
  void noVersionSinceThePreviousDeadlineMissesTheLastOne() {
    Instant now = Instant.parse("2026-03-03T08:30:00Z");
    assertThat(daily.missedDeadline(Instant.parse("2026-03-02T07:59:00Z"), now))
        .contains(Instant.parse("2026-03-03T08:00:00Z"));
  }

  @Test
  void weekdaysOnlySkipTheWeekend() {
    FeedCadence weekdays =
        new FeedCadence(
            LocalTime.of(9, 0), PARIS, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    Instant mondayMorning = Instant.parse("2026-03-02T08:30:00Z");
    assertThat(weekdays.missedDeadline(Instant.parse("2026-02-27T09:30:00Z"), mondayMorning))
        .isEmpty(); // Friday's version still counts on Monday at 09:30
    assertThat(weekdays.storedDays()).isEqualTo("MON,TUE,WED,THU,FRI");
    assertThat(FeedCadence.of(LocalTime.of(9, 0), "Europe/Paris", "MON,TUE,WED,THU,FRI"))
        .contains(weekdays);
  }
}
