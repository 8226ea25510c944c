package io.shoreline.portal.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A stay's days and instants are the host site's wall clock: never UTC, never the server's zone,
 * and the daylight-saving changes of the host's zone are the ones that count.
 */
class StayTest {

  private static final ZoneId MANILA = ZoneId.of("Asia/Manila");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void instantsAreTheHostsWallClock() {
    Stay stay = stay(MANILA, "2027-03-01T09:00", "2027-03-03T17:00");

    assertThat(stay.startInstant()).isEqualTo(Instant.parse("2027-03-01T01:00:00Z"));
    assertThat(stay.endInstant()).isEqualTo(Instant.parse("2027-03-03T09:00:00Z"));
  }

  @Test
  void occupiesEveryDayFromTheStartsDateToTheEndsDate() {
    assertThat(stay(MANILA, "2027-03-01T09:00", "2027-03-03T17:00").days())
        .containsExactly(day("2027-03-01"), day("2027-03-02"), day("2027-03-03"));
    assertThat(stay(MANILA, "2027-03-01T09:00", "2027-03-01T17:00").days())
        .containsExactly(day("2027-03-01"));
    assertThat(stay(MANILA, "2027-03-01T23:00", "2027-03-02T00:01").days())
        .containsExactly(day("2027-03-01"), day("2027-03-02"));
  }

  @Test
  void anEndAtMidnightDoesNotOccupyTheDayItBegins() {
    assertThat(stay(MANILA, "2027-03-01T09:00", "2027-03-03T00:00").days())
        .containsExactly(day("2027-03-01"), day("2027-03-02"));
    assertThat(stay(MANILA, "2027-03-01T00:00", "2027-03-02T00:00").days())
        .containsExactly(day("2027-03-01"));
  }

  @Test
  void aStayThatDoesNotEndAfterItStartsOccupiesNoDay() {
    Stay backwards = stay(MANILA, "2027-03-03T09:00", "2027-03-01T09:00");
    Stay empty = stay(MANILA, "2027-03-01T00:00", "2027-03-01T00:00");

    assertThat(backwards.endsAfterStart()).isFalse();
    assertThat(backwards.days()).isEmpty();
    assertThat(empty.endsAfterStart()).isFalse();
    assertThat(empty.days()).isEmpty();
  }

  @Test
  void overlapsAreHalfOpen() {
    Stay stay = stay(MANILA, "2027-03-01T09:00", "2027-03-01T17:00");
    Instant start = stay.startInstant();
    Instant end = stay.endInstant();

    assertThat(stay.overlaps(end, end.plusSeconds(3600))).isFalse();
    assertThat(stay.overlaps(start.minusSeconds(3600), start)).isFalse();
    assertThat(stay.overlaps(end.minusSeconds(1), end.plusSeconds(3600))).isTrue();
    assertThat(stay.overlaps(start.minusSeconds(3600), start.plusSeconds(1))).isTrue();
    assertThat(stay.overlaps(start.plusSeconds(60), end.minusSeconds(60))).isTrue();
    assertThat(stay.overlaps(start.minusSeconds(60), end.plusSeconds(60))).isTrue();
  }

  @Test
  void aManilaMidnightEndTouchesAParisEveningStartWithoutOverlapping() {
    // 11 June 00:00 in Manila (UTC+8) is 10 June 18:00 in Paris (UTC+2 in summer)
    Stay manila = stay(MANILA, "2027-06-08T09:00", "2027-06-11T00:00");
    Stay paris = stay(PARIS, "2027-06-10T18:00", "2027-06-12T17:00");
    Stay parisEarlier = stay(PARIS, "2027-06-10T17:30", "2027-06-12T17:00");

    assertThat(manila.endInstant()).isEqualTo(paris.startInstant());
    assertThat(paris.overlaps(manila.startInstant(), manila.endInstant())).isFalse();
    assertThat(manila.overlaps(paris.startInstant(), paris.endInstant())).isFalse();
    assertThat(parisEarlier.overlaps(manila.startInstant(), manila.endInstant())).isTrue();
    assertThat(manila.overlaps(parisEarlier.startInstant(), parisEarlier.endInstant())).isTrue();
  }

  @Test
  void theSpringForwardNightIs23HoursAndStillOneDay() {
    Stay night = stay(PARIS, "2027-03-28T00:00", "2027-03-29T00:00");

    assertThat(Duration.between(night.startInstant(), night.endInstant())).hasHours(23);
    assertThat(night.days()).containsExactly(day("2027-03-28"));
    assertThat(stay(PARIS, "2027-03-27T22:00", "2027-03-28T04:00").days())
        .containsExactly(day("2027-03-27"), day("2027-03-28"));
  }

  @Test
  void aTimeInTheSpringForwardGapMovesOnByTheGap() {
    Stay stay = stay(PARIS, "2027-03-28T02:30", "2027-03-28T10:00");

    assertThat(stay.startInstant())
        .isEqualTo(LocalDateTime.parse("2027-03-28T03:30").atZone(PARIS).toInstant())
        .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
  }

  @Test
  void theFallBackNightIs25HoursAndItsRepeatedHourTakesTheEarlierOffset() {
    Stay night = stay(PARIS, "2027-10-31T00:00", "2027-11-01T00:00");
    Stay fromTheRepeatedHour = stay(PARIS, "2027-10-31T02:30", "2027-10-31T10:00");

    assertThat(Duration.between(night.startInstant(), night.endInstant())).hasHours(25);
    assertThat(night.days()).containsExactly(day("2027-10-31"));
    assertThat(fromTheRepeatedHour.startInstant()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    assertThat(stay(PARIS, "2027-10-30T20:00", "2027-11-01T09:00").days())
        .containsExactly(day("2027-10-30"), day("2027-10-31"), day("2027-11-01"));
  }

  @Test
  void theHostsZoneDecidesWhichNightIsShort() {
    // New York changes two weeks before Paris in spring and a week after in autumn
    assertThat(hoursOfTheNight(NEW_YORK, "2027-03-14")).isEqualTo(23);
    assertThat(hoursOfTheNight(PARIS, "2027-03-14")).isEqualTo(24);
    assertThat(hoursOfTheNight(NEW_YORK, "2027-03-28")).isEqualTo(24);
    assertThat(hoursOfTheNight(PARIS, "2027-03-28")).isEqualTo(23);
    assertThat(hoursOfTheNight(NEW_YORK, "2027-10-31")).isEqualTo(24);
    assertThat(hoursOfTheNight(PARIS, "2027-10-31")).isEqualTo(25);
    assertThat(hoursOfTheNight(NEW_YORK, "2027-11-07")).isEqualTo(25);
    assertThat(hoursOfTheNight(MANILA, "2027-03-28")).isEqualTo(24);
  }

  @Test
  void theGapIsTheHostsToo() {
    // 02:30 on 14 March exists in Paris but not in New York, and the other way round on 28 March
    assertThat(stay(NEW_YORK, "2027-03-14T02:30", "2027-03-14T10:00").startInstant())
        .isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
    assertThat(stay(PARIS, "2027-03-14T02:30", "2027-03-14T10:00").startInstant())
        .isEqualTo(Instant.parse("2027-03-14T01:30:00Z"));
    assertThat(stay(NEW_YORK, "2027-03-28T02:30", "2027-03-28T10:00").startInstant())
        .isEqualTo(Instant.parse("2027-03-28T06:30:00Z"));
  }

  private static long hoursOfTheNight(ZoneId zone, String date) {
    LocalDate day = day(date);
    Stay night = new Stay(1, 1, zone, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    return Duration.between(night.startInstant(), night.endInstant()).toHours();
  }

  private static Stay stay(ZoneId zone, String start, String end) {
    return new Stay(1, 10, zone, LocalDateTime.parse(start), LocalDateTime.parse(end));
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
