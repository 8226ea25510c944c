package io.shoreline.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.platform.RuleViolation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan's times are the site's wall clock: checked and stored as the instants that clock shows,
 * whichever zone the person planning sits in.
 */
class VisitPlanTest {

  private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  private static final ZoneId MANILA = ZoneId.of("Asia/Manila");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void tidiesThePurposeAndCopiesTheLists() {
    List<Long> visitors = new java.util.ArrayList<>(List.of(1L, 2L));
    VisitPlan plan =
        new VisitPlan(
            7, at("2026-06-10T09:00"), at("2026-06-10T17:00"), "  Audit ", visitors, null);
    visitors.add(3L);

    assertThat(plan.purpose()).isEqualTo("Audit");
    assertThat(plan.visitorIds()).containsExactly(1L, 2L);
    assertThat(plan.hostIds()).isEmpty();
    assertThat(new VisitPlan(7, null, null, null, null, null).purpose()).isEmpty();
  }

  @Test
  void aGoodPlanPassesAsItIs() {
    VisitPlan plan = plan("2026-06-10T09:00", "2026-06-12T17:00");

    assertThat(plan.validated(MANILA)).isSameAs(plan);
  }

  @Test
  void refusesMissingTimes() {
    assertRefused(plan(null, "2026-06-10T17:00"), MANILA, "visits.timesRequired");
    assertRefused(plan("2026-06-10T09:00", null), MANILA, "visits.timesRequired");
    assertRefused(plan(null, null), MANILA, "visits.timesRequired");
  }

  @Test
  void refusesAnEndBeforeOrAtTheStart() {
    assertRefused(plan("2026-06-10T17:00", "2026-06-10T09:00"), MANILA, "visits.endBeforeStart");
    assertRefused(plan("2026-06-10T09:00", "2026-06-10T09:00"), MANILA, "visits.endBeforeStart");
    assertRefused(plan("2026-06-11T09:00", "2026-06-10T09:01"), PARIS, "visits.endBeforeStart");
    assertThat(plan("2026-06-10T09:00", "2026-06-10T09:01").validated(MANILA)).isNotNull();
  }

  @Test
  void refusesAVisitOfMoreThan31Days() {
    assertThat(plan("2026-06-01T00:00", "2026-07-02T00:00").validated(MANILA)).isNotNull();
    assertThatThrownBy(() -> plan("2026-06-01T00:00", "2026-07-02T00:01").validated(MANILA))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("visits.tooLong")
        .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly(31L));
  }

  @Test
  void the31DaysAreCountedOnTheSiteClockWhateverItsChanges() {
    // 1 October to 1 November on the Paris clock is 31 days, though 25 October gives an hour back
    assertThat(plan("2026-10-01T00:00", "2026-11-01T00:00").validated(PARIS)).isNotNull();
    assertRefused(plan("2026-10-01T00:00", "2026-11-01T00:01"), PARIS, "visits.tooLong");
    // and the month of the spring-forward night is not an hour short of 31 days
    assertRefused(plan("2026-03-01T00:00", "2026-04-01T00:30"), PARIS, "visits.tooLong");
  }

  @Test
  void refusesAnEmptyOrTooLongPurpose() {
    assertRefused(withPurpose(""), MANILA, "visits.purposeRequired");
    assertRefused(withPurpose(" \n\t "), MANILA, "visits.purposeRequired");
    assertRefused(withPurpose(null), MANILA, "visits.purposeRequired");
    assertThat(withPurpose("x".repeat(2000)).validated(MANILA)).isNotNull();
    assertThatThrownBy(() -> withPurpose("x".repeat(2001)).validated(MANILA))
        .hasMessage("visits.purposeTooLong")
        .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly(2000));
  }

  @Test
  void refusesAVisitWithoutVisitorsButNotOneWithoutHosts() {
    VisitPlan nobody =
        new VisitPlan(
            7, at("2026-06-10T09:00"), at("2026-06-10T17:00"), "Audit", List.of(), List.of(5L));
    assertRefused(nobody, MANILA, "visits.visitorRequired");
    VisitPlan noHosts =
        new VisitPlan(
            7, at("2026-06-10T09:00"), at("2026-06-10T17:00"), "Audit", List.of(1L), null);
    assertThat(noHosts.validated(MANILA)).isNotNull();
  }

  @Test
  void checksTheTimesBeforeThePurposeAndThePurposeBeforeTheVisitors() {
    VisitPlan allWrong =
        new VisitPlan(7, at("2026-06-10T17:00"), at("2026-06-10T09:00"), "", List.of(), null);
    assertRefused(allWrong, MANILA, "visits.endBeforeStart");
    VisitPlan noPurposeNoVisitor =
        new VisitPlan(7, at("2026-06-10T09:00"), at("2026-06-10T17:00"), "", List.of(), null);
    assertRefused(noPurposeNoVisitor, MANILA, "visits.purposeRequired");
  }

  @Test
  void casablancaIsAnHourAheadOfUtcExceptInRamadan() {
    VisitPlan june = plan("2026-06-10T09:00", "2026-06-10T17:00");
    assertThat(june.startsAt(CASABLANCA)).isEqualTo(Instant.parse("2026-06-10T08:00:00Z"));
    assertThat(june.endsAt(CASABLANCA)).isEqualTo(Instant.parse("2026-06-10T16:00:00Z"));
    VisitPlan january = plan("2026-01-15T09:00", "2026-01-15T17:00");
    assertThat(january.startsAt(CASABLANCA)).isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
    // Morocco sets its clocks back to UTC for Ramadan (15 February to 22 March 2026)
    VisitPlan ramadan = plan("2026-03-01T09:00", "2026-03-01T17:00");
    assertThat(ramadan.startsAt(CASABLANCA)).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
  }

  @Test
  void manilaIsEightHoursAheadAllYear() {
    assertThat(plan("2026-06-10T09:00", "2026-06-10T17:00").startsAt(MANILA))
        .isEqualTo(Instant.parse("2026-06-10T01:00:00Z"));
    assertThat(plan("2026-12-10T09:00", "2026-12-10T17:00").endsAt(MANILA))
        .isEqualTo(Instant.parse("2026-12-10T09:00:00Z"));
    // 07:00 in Manila is still the day before in UTC
    assertThat(plan("2026-06-10T07:00", "2026-06-10T17:00").startsAt(MANILA))
        .isEqualTo(Instant.parse("2026-06-09T23:00:00Z"));
  }

  @Test
  void parisIsOneHourAheadInWinterAndTwoInSummer() {
    assertThat(plan("2026-01-15T09:00", "2026-01-15T17:00").startsAt(PARIS))
        .isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
    assertThat(plan("2026-07-15T09:00", "2026-07-15T17:00").startsAt(PARIS))
        .isEqualTo(Instant.parse("2026-07-15T07:00:00Z"));
  }

  @Test
  void aTimeInTheSpringForwardGapMovesOnByTheGap() {
    // on 29 March 2026 the Paris clock jumps from 02:00 to 03:00: 02:30 does not exist
    VisitPlan inGap = plan("2026-03-29T02:30", "2026-03-29T04:00");

    assertThat(inGap.startsAt(PARIS)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    assertThat(inGap.endsAt(PARIS)).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
    assertThat(inGap.validated(PARIS)).isSameAs(inGap);
    // 01:30 (winter time) to 03:30 (summer time) on the clock is one real hour
    VisitPlan acrossGap = plan("2026-03-29T01:30", "2026-03-29T03:30");
    assertThat(java.time.Duration.between(acrossGap.startsAt(PARIS), acrossGap.endsAt(PARIS)))
        .hasHours(1);
  }

  @Test
  void anEndInTheGapThatLandsOnTheStartIsRefused() {
    // 02:30 does not exist and becomes 03:30, so "03:30 to 02:30" is no visit at all
    assertRefused(plan("2026-03-29T03:30", "2026-03-29T02:30"), PARIS, "visits.endBeforeStart");
  }

  @Test
  void anAmbiguousFallBackTimeIsTheEarlierOfItsTwoInstants() {
    // on 25 October 2026 the Paris clock goes from 03:00 back to 02:00: 02:30 happens twice
    VisitPlan inOverlap = plan("2026-10-25T02:30", "2026-10-25T05:00");

    assertThat(inOverlap.startsAt(PARIS)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(inOverlap.endsAt(PARIS)).isEqualTo(Instant.parse("2026-10-25T04:00:00Z"));
    // 02:10 to 02:50 read as summer time both: forty real minutes
    VisitPlan withinOverlap = plan("2026-10-25T02:10", "2026-10-25T02:50");
    assertThat(withinOverlap.validated(PARIS)).isSameAs(withinOverlap);
    assertThat(withinOverlap.endsAt(PARIS)).isEqualTo(Instant.parse("2026-10-25T00:50:00Z"));
    assertRefused(plan("2026-10-25T02:50", "2026-10-25T02:10"), PARIS, "visits.endBeforeStart");
  }

  private static void assertRefused(VisitPlan plan, ZoneId zone, String key) {
    assertThatThrownBy(() -> plan.validated(zone))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo(key));
  }

  private static VisitPlan plan(String start, String end) {
    return new VisitPlan(7, at(start), at(end), "Quarterly audit", List.of(1L), List.of(5L));
  }

  private static VisitPlan withPurpose(String purpose) {
    return new VisitPlan(
        7, at("2026-06-10T09:00"), at("2026-06-10T17:00"), purpose, List.of(1L), List.of());
  }

  private static LocalDateTime at(String text) {
    return text == null ? null : LocalDateTime.parse(text);
  }
}
