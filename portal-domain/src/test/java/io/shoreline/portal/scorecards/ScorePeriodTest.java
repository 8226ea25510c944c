package io.shoreline.portal.scorecards;

import static io.shoreline.portal.scorecards.PeriodKind.MONTH;
import static io.shoreline.portal.scorecards.PeriodKind.QUARTER;
import static io.shoreline.portal.scorecards.PeriodKind.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Periods are ISO weeks from Monday, calendar months and calendar quarters; weeks are keyed by
 * their ISO week-based year, which differs from the calendar year around New Year.
 */
class ScorePeriodTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void theWeekOfADayStartsOnItsMonday() {
    ScorePeriod week = ScorePeriod.containing(WEEK, day("2026-11-19"));

    assertThat(week.start()).isEqualTo(day("2026-11-16"));
    assertThat(week.end()).isEqualTo(day("2026-11-23"));
    assertThat(week.key()).isEqualTo("2026-W47");
    assertThat(ScorePeriod.containing(WEEK, day("2026-11-16"))).isEqualTo(week);
    assertThat(ScorePeriod.containing(WEEK, day("2026-11-22"))).isEqualTo(week);
  }

  @Test
  void theMonthAndQuarterOfADay() {
    ScorePeriod month = ScorePeriod.containing(MONTH, day("2026-11-19"));
    ScorePeriod quarter = ScorePeriod.containing(QUARTER, day("2026-11-19"));

    assertThat(month.start()).isEqualTo(day("2026-11-01"));
    assertThat(month.end()).isEqualTo(day("2026-12-01"));
    assertThat(month.key()).isEqualTo("2026-11");
    assertThat(quarter.start()).isEqualTo(day("2026-10-01"));
    assertThat(quarter.end()).isEqualTo(day("2027-01-01"));
    assertThat(quarter.key()).isEqualTo("2026-Q4");
    assertThat(ScorePeriod.containing(QUARTER, day("2026-03-31")).key()).isEqualTo("2026-Q1");
    assertThat(ScorePeriod.containing(QUARTER, day("2026-04-01")).key()).isEqualTo("2026-Q2");
    assertThat(ScorePeriod.containing(MONTH, day("2028-02-29")).end()).isEqualTo(day("2028-03-01"));
  }

  @Test
  void aPeriodMustStartOnItsFirstDay() {
    assertThatThrownBy(() -> new ScorePeriod(WEEK, day("2026-11-17")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScorePeriod(MONTH, day("2026-11-02")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScorePeriod(QUARTER, day("2026-11-01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScorePeriod(QUARTER, day("2026-02-01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ScorePeriod(QUARTER, day("2026-07-01")).key()).isEqualTo("2026-Q3");
  }

  @Test
  void aPeriodHoldsItsDaysUpToButNotIncludingItsEnd() {
    ScorePeriod month = new ScorePeriod(MONTH, day("2026-02-01"));

    assertThat(month.contains(day("2026-02-01"))).isTrue();
    assertThat(month.contains(day("2026-02-28"))).isTrue();
    assertThat(month.contains(day("2026-03-01"))).isFalse();
    assertThat(month.contains(day("2026-01-31"))).isFalse();
  }

  @Test
  void week53AndTheFirstDaysOfJanuary() {
    // 2026 has 53 ISO weeks (1 January 2026 is a Thursday); Friday 1 January 2027 is in its last
    ScorePeriod week53 = ScorePeriod.containing(WEEK, day("2027-01-01"));

    assertThat(week53.start()).isEqualTo(day("2026-12-28"));
    assertThat(week53.key()).isEqualTo("2026-W53");
    assertThat(ScorePeriod.containing(WEEK, day("2026-12-28")).key()).isEqualTo("2026-W53");
    assertThat(ScorePeriod.containing(WEEK, day("2027-01-03")).key()).isEqualTo("2026-W53");
    assertThat(week53.next().start()).isEqualTo(day("2027-01-04"));
    assertThat(week53.next().key()).isEqualTo("2027-W01");
    assertThat(week53.previous().key()).isEqualTo("2026-W52");
  }

  @Test
  void lateDecemberCanBeWeekOneOfTheNextYear() {
    // Monday 29 December 2025 starts the week of Thursday 1 January 2026
    ScorePeriod week = ScorePeriod.containing(WEEK, day("2025-12-31"));

    assertThat(week.start()).isEqualTo(day("2025-12-29"));
    assertThat(week.key()).isEqualTo("2026-W01");
    assertThat(week.previous().key()).isEqualTo("2025-W52");
  }

  @Test
  void monthsAndQuartersStepAcrossYearEnds() {
    ScorePeriod december = new ScorePeriod(MONTH, day("2026-12-01"));
    ScorePeriod q4 = new ScorePeriod(QUARTER, day("2026-10-01"));

    assertThat(december.next()).isEqualTo(new ScorePeriod(MONTH, day("2027-01-01")));
    assertThat(december.next().previous()).isEqualTo(december);
    assertThat(december.previous().key()).isEqualTo("2026-11");
    assertThat(q4.next().key()).isEqualTo("2027-Q1");
    assertThat(q4.next().start()).isEqualTo(day("2027-01-01"));
    assertThat(q4.previous().key()).isEqualTo("2026-Q3");
    assertThat(q4.previous().start()).isEqualTo(day("2026-07-01"));
    assertThat(q4.next().previous()).isEqualTo(q4);
    assertThat(new ScorePeriod(MONTH, day("2026-03-01")).previous().end())
        .isEqualTo(day("2026-03-01"));
  }

  @Test
  void trailingListsThePeriodsEndingWithThisOneOldestFirst() {
    ScorePeriod q1 = new ScorePeriod(QUARTER, day("2026-01-01"));
    ScorePeriod week1 = ScorePeriod.containing(WEEK, day("2027-01-04"));

    assertThat(q1.trailing(3))
        .extracting(ScorePeriod::key)
        .containsExactly("2025-Q3", "2025-Q4", "2026-Q1");
    assertThat(week1.trailing(3))
        .extracting(ScorePeriod::key)
        .containsExactly("2026-W52", "2026-W53", "2027-W01");
    assertThat(new ScorePeriod(MONTH, day("2026-02-01")).trailing(4))
        .extracting(ScorePeriod::key)
        .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
    assertThat(q1.trailing(1)).containsExactly(q1);
    assertThat(q1.trailing(0)).isEmpty();
    assertThatThrownBy(() -> q1.trailing(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void instantsOfAWeekWhoseSundayLosesAnHourInParis() {
    // clocks go from 02:00 to 03:00 on Sunday 29 March 2026: Monday 23 is UTC+1, Monday 30 UTC+2
    ScorePeriod week = ScorePeriod.containing(WEEK, day("2026-03-29"));

    assertThat(week.from(PARIS)).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
    assertThat(week.until(PARIS)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    assertThat(Duration.between(week.from(PARIS), week.until(PARIS))).hasHours(7 * 24 - 1);
    assertThat(week.next().from(PARIS)).isEqualTo(week.until(PARIS));
  }

  @Test
  void instantsOfAMonthAndAWeekAcrossParisClockChanges() {
    ScorePeriod march = new ScorePeriod(MONTH, day("2026-03-01"));
    // clocks go back from 03:00 to 02:00 on Sunday 25 October 2026
    ScorePeriod october = ScorePeriod.containing(WEEK, day("2026-10-25"));

    assertThat(march.from(PARIS)).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
    assertThat(march.until(PARIS)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(october.from(PARIS)).isEqualTo(Instant.parse("2026-10-18T22:00:00Z"));
    assertThat(october.until(PARIS)).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    assertThat(Duration.between(october.from(PARIS), october.until(PARIS))).hasHours(7 * 24 + 1);
    assertThat(march.from(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void keysParseBackToTheirPeriods() {
    assertThat(ScorePeriod.parse("2026-W47")).contains(new ScorePeriod(WEEK, day("2026-11-16")));
    assertThat(ScorePeriod.parse("2026-W53")).contains(new ScorePeriod(WEEK, day("2026-12-28")));
    assertThat(ScorePeriod.parse("2026-W01")).contains(new ScorePeriod(WEEK, day("2025-12-29")));
    assertThat(ScorePeriod.parse("2020-W53")).contains(new ScorePeriod(WEEK, day("2020-12-28")));
    assertThat(ScorePeriod.parse("2026-11")).contains(new ScorePeriod(MONTH, day("2026-11-01")));
    assertThat(ScorePeriod.parse("2026-01")).contains(new ScorePeriod(MONTH, day("2026-01-01")));
    assertThat(ScorePeriod.parse("2026-Q4")).contains(new ScorePeriod(QUARTER, day("2026-10-01")));
    assertThat(ScorePeriod.parse("2026-Q1")).contains(new ScorePeriod(QUARTER, day("2026-01-01")));
  }

  @Test
  void everyWeekMonthAndQuarterOfADecadeRoundTrips() {
    for (ScorePeriod p = weekOf("2020-01-01"); p.start().getYear() < 2031; p = p.next()) {
      assertThat(ScorePeriod.parse(p.key())).contains(p);
    }
    for (ScorePeriod p = monthOf("2020-01-01"); p.start().getYear() < 2031; p = p.next()) {
      assertThat(ScorePeriod.parse(p.key())).contains(p);
    }
    for (ScorePeriod p = quarterOf("2020-01-01"); p.start().getYear() < 2031; p = p.next()) {
      assertThat(ScorePeriod.parse(p.key())).contains(p);
    }
  }

  @Test
  void malformedOrOutOfRangeKeysAreRejected() {
    assertThat(ScorePeriod.parse(null)).isEmpty();
    for (String key :
        new String[] {
          "",
          "abc",
          "2026",
          "2026-13",
          "2026-00",
          "2026-1",
          "26-11",
          " 2026-11",
          "2026-11 ",
          "2026-Q0",
          "2026-Q5",
          "2026-Q",
          "2026-q4",
          "2026-W54",
          "2026-W00",
          "2026-W1",
          "2026-w47",
          "2027-W53",
          "2025-W53",
          "2026-W470",
          "2026-11-01",
          "２０２６-11"
        }) {
      assertThat(ScorePeriod.parse(key)).as(key).isEmpty();
    }
  }

  private static ScorePeriod weekOf(String day) {
    return ScorePeriod.containing(WEEK, day(day));
  }

  private static ScorePeriod monthOf(String day) {
    return ScorePeriod.containing(MONTH, day(day));
  }

  private static ScorePeriod quarterOf(String day) {
    return ScorePeriod.containing(QUARTER, day(day));
  }

  private static LocalDate day(String day) {
    return LocalDate.parse(day);
  }
}
