package io.shoreline.portal.exchanges;

import static io.shoreline.portal.exchanges.ConflictKind.AGENT_BOOKED;
import static io.shoreline.portal.exchanges.ConflictKind.AGENT_INACTIVE;
import static io.shoreline.portal.exchanges.ConflictKind.BLACKOUT;
import static io.shoreline.portal.exchanges.ConflictKind.END_NOT_AFTER_START;
import static io.shoreline.portal.exchanges.ConflictKind.HOST_NOT_IN_PROGRAMME;
import static io.shoreline.portal.exchanges.ConflictKind.OUTSIDE_PROGRAMME;
import static io.shoreline.portal.exchanges.ConflictKind.SITE_FULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every conflict of a proposed stay is reported at once, each with what its message needs, and days
 * are always the host site's local days.
 */
class ExchangeRulesTest {

  private static final ZoneId MANILA = ZoneId.of("Asia/Manila");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final long SITE = 10;
  private static final long OTHER_SITE = 20;
  private static final ProgrammeTerms MARCH = terms("2027-03-01", "2027-03-31", Set.of(), 2);

  @Test
  void aStayWithinTheTermsHasNoConflict() {
    assertThat(check(stay("2027-03-10T09:00", "2027-03-12T17:00"), MARCH)).isEmpty();
  }

  @Test
  void anEndNotAfterTheStartIsTheOnlyConflictReported() {
    Stay backwards = new Stay(1, 99, MANILA, at("2027-04-03T09:00"), at("2027-04-01T09:00"));
    Stay empty = stay("2027-03-10T09:00", "2027-03-10T09:00");

    List<Conflict> conflicts =
        ExchangeRules.check(backwards, false, MARCH, List.of(), SeatsTaken.none());

    assertThat(conflicts)
        .containsExactly(conflict(END_NOT_AFTER_START, backwards.start(), backwards.end()));
    assertThat(kinds(check(empty, MARCH))).containsExactly(END_NOT_AFTER_START);
  }

  @Test
  void twoTimesInTheSameSpringForwardGapAreTheSameInstant() {
    // 02:30 does not exist in Paris on 28 March: it moves on to 03:30, the very end of the stay
    Stay inTheGap = new Stay(1, SITE, PARIS, at("2027-03-28T02:30"), at("2027-03-28T03:30"));

    assertThat(kinds(check(inTheGap, MARCH))).containsExactly(END_NOT_AFTER_START);
  }

  @Test
  void anInactiveAgentConflicts() {
    Stay stay = stay("2027-03-10T09:00", "2027-03-12T17:00");

    assertThat(ExchangeRules.check(stay, false, MARCH, List.of(), SeatsTaken.none()))
        .containsExactly(conflict(AGENT_INACTIVE));
  }

  @Test
  void aHostSiteNotInTheProgrammeConflictsAndHasNoSeatsToJudge() {
    Stay stay = new Stay(1, OTHER_SITE, MANILA, at("2027-03-10T09:00"), at("2027-03-12T17:00"));

    assertThat(check(stay, MARCH)).containsExactly(conflict(HOST_NOT_IN_PROGRAMME, OTHER_SITE));
  }

  @Test
  void daysOutsideTheProgrammeAreReportedOnceWithThePeriod() {
    Stay acrossBothEnds = stay("2027-02-27T09:00", "2027-04-02T17:00");
    Stay before = stay("2027-02-27T09:00", "2027-02-28T23:59");
    Stay after = stay("2027-03-31T09:00", "2027-04-01T00:01");
    Conflict outside = conflict(OUTSIDE_PROGRAMME, day("2027-03-01"), day("2027-03-31"));

    assertThat(check(acrossBothEnds, MARCH)).containsExactly(outside);
    assertThat(check(before, MARCH)).containsExactly(outside);
    assertThat(check(after, MARCH)).containsExactly(outside);
    assertThat(check(stay("2027-03-01T00:00", "2027-04-01T00:00"), MARCH)).isEmpty();
  }

  @Test
  void theProgrammePeriodIsJudgedInTheHostsLocalDays() {
    // 1 March 00:30 in Manila is still 28 February in UTC, 1 April 05:00 still 31 March
    Stay manila = stay("2027-03-01T00:30", "2027-03-31T23:30");
    Stay manilaInApril = stay("2027-04-01T01:00", "2027-04-01T05:00");
    // 31 March 23:30 in Paris is already 1 April in Manila
    Stay paris = new Stay(1, SITE, PARIS, at("2027-03-31T22:00"), at("2027-03-31T23:30"));

    assertThat(check(manila, MARCH)).isEmpty();
    assertThat(kinds(check(manilaInApril, MARCH))).containsExactly(OUTSIDE_PROGRAMME);
    assertThat(check(paris, MARCH)).isEmpty();
  }

  @Test
  void eachBlackoutDayHitIsReported() {
    ProgrammeTerms terms =
        terms(
            "2027-03-01",
            "2027-03-31",
            Set.of(day("2027-03-14"), day("2027-03-11"), day("2027-03-20")),
            2);

    assertThat(check(stay("2027-03-10T09:00", "2027-03-15T17:00"), terms))
        .containsExactly(
            conflict(BLACKOUT, day("2027-03-11")), conflict(BLACKOUT, day("2027-03-14")));
    assertThat(check(stay("2027-03-10T09:00", "2027-03-11T00:00"), terms)).isEmpty();
  }

  @Test
  void onlyTheDayAlreadyFullIsReported() {
    SeatsTaken seatsTaken =
        new SeatsTaken(
            List.of(
                new Stay(2, SITE, MANILA, at("2027-03-11T09:00"), at("2027-03-11T17:00")),
                new Stay(3, SITE, MANILA, at("2027-03-08T09:00"), at("2027-03-11T12:00")),
                new Stay(4, SITE, MANILA, at("2027-03-12T09:00"), at("2027-03-13T17:00"))));

    List<Conflict> conflicts =
        ExchangeRules.check(
            stay("2027-03-10T09:00", "2027-03-12T17:00"), true, MARCH, List.of(), seatsTaken);

    assertThat(conflicts).containsExactly(conflict(SITE_FULL, day("2027-03-11"), 2));
  }

  @Test
  void takingTheLastSeatIsFine() {
    SeatsTaken oneOfTwo =
        new SeatsTaken(
            List.of(new Stay(2, SITE, MANILA, at("2027-03-01T09:00"), at("2027-03-31T17:00"))));

    assertThat(
            ExchangeRules.check(
                stay("2027-03-10T09:00", "2027-03-12T17:00"), true, MARCH, List.of(), oneOfTwo))
        .isEmpty();
  }

  @Test
  void staysAtOtherSitesTakeNoSeatHere() {
    Stay elsewhere =
        new Stay(2, OTHER_SITE, MANILA, at("2027-03-10T09:00"), at("2027-03-12T17:00"));
    SeatsTaken seatsTaken = new SeatsTaken(List.of(elsewhere, elsewhere, elsewhere));

    assertThat(seatsTaken.on(OTHER_SITE, day("2027-03-11"))).isEqualTo(3);
    assertThat(seatsTaken.on(SITE, day("2027-03-11"))).isZero();
    assertThat(
            ExchangeRules.check(
                stay("2027-03-10T09:00", "2027-03-12T17:00"), true, MARCH, List.of(), seatsTaken))
        .isEmpty();
  }

  @Test
  void noSeatsPerDayMakesEveryDayFull() {
    ProgrammeTerms noSeats = terms("2027-03-01", "2027-03-31", Set.of(), 0);

    assertThat(check(stay("2027-03-10T09:00", "2027-03-12T17:00"), noSeats))
        .containsExactly(
            conflict(SITE_FULL, day("2027-03-10"), 0),
            conflict(SITE_FULL, day("2027-03-11"), 0),
            conflict(SITE_FULL, day("2027-03-12"), 0));
  }

  @Test
  void eachOverlappingBookingIsReportedInTimeOrder() {
    Stay stay = stay("2027-03-10T09:00", "2027-03-12T17:00");
    Booking later = booking("2027-03-12T08:00:00Z", "2027-03-14T08:00:00Z");
    Booking earlier = booking("2027-03-08T00:00:00Z", "2027-03-10T02:00:00Z");
    Booking touching = booking("2027-03-09T00:00:00Z", "2027-03-10T01:00:00Z");
    Booking apart = booking("2027-03-20T00:00:00Z", "2027-03-21T00:00:00Z");

    List<Conflict> conflicts =
        ExchangeRules.check(
            stay, true, MARCH, List.of(later, apart, touching, earlier), SeatsTaken.none());

    assertThat(conflicts)
        .containsExactly(
            conflict(AGENT_BOOKED, earlier.start(), earlier.end()),
            conflict(AGENT_BOOKED, later.start(), later.end()));
  }

  @Test
  void severalConflictsAreReportedTogetherInAStableOrder() {
    ProgrammeTerms terms = terms("2027-03-01", "2027-03-31", Set.of(day("2027-03-31")), 1);
    Stay stay = stay("2027-03-30T09:00", "2027-04-01T17:00");
    SeatsTaken seatsTaken =
        new SeatsTaken(
            List.of(new Stay(2, SITE, MANILA, at("2027-03-30T09:00"), at("2027-03-30T17:00"))));
    Booking booked = booking("2027-03-31T00:00:00Z", "2027-03-31T12:00:00Z");

    List<Conflict> conflicts = ExchangeRules.check(stay, false, terms, List.of(booked), seatsTaken);

    assertThat(conflicts)
        .containsExactly(
            conflict(AGENT_INACTIVE),
            conflict(OUTSIDE_PROGRAMME, day("2027-03-01"), day("2027-03-31")),
            conflict(BLACKOUT, day("2027-03-31")),
            conflict(SITE_FULL, day("2027-03-30"), 1),
            conflict(AGENT_BOOKED, booked.start(), booked.end()));
    assertThat(ExchangeRules.check(stay, false, terms, List.of(booked), seatsTaken))
        .isEqualTo(conflicts);
  }

  @Test
  void aManilaMidnightEndDoesNotDoubleBookAParisEveningStart() {
    // 11 June 00:00 in Manila (UTC+8) is 10 June 18:00 in Paris (UTC+2 in summer)
    ProgrammeTerms june = terms("2027-06-01", "2027-06-30", Set.of(), 2);
    Booking manila =
        Booking.of(new Stay(1, 30, MANILA, at("2027-06-08T09:00"), at("2027-06-11T00:00")));
    Stay touching = new Stay(1, SITE, PARIS, at("2027-06-10T18:00"), at("2027-06-12T17:00"));
    Stay halfAnHourEarlier =
        new Stay(1, SITE, PARIS, at("2027-06-10T17:30"), at("2027-06-12T17:00"));

    assertThat(ExchangeRules.check(touching, true, june, List.of(manila), SeatsTaken.none()))
        .isEmpty();
    assertThat(
            ExchangeRules.check(halfAnHourEarlier, true, june, List.of(manila), SeatsTaken.none()))
        .containsExactly(
            conflict(
                AGENT_BOOKED,
                Instant.parse("2027-06-08T01:00:00Z"),
                Instant.parse("2027-06-10T16:00:00Z")));
  }

  @Test
  void aMidnightEndOccupiesNeitherASeatNorADayOutsideThePeriod() {
    // the period ends on 10 June and 11 June is full, yet the stay ends as 11 June begins
    ProgrammeTerms toTheTenth = terms("2027-06-01", "2027-06-10", Set.of(), 1);
    SeatsTaken eleventhFull =
        new SeatsTaken(
            List.of(new Stay(2, SITE, MANILA, at("2027-06-11T00:00"), at("2027-06-11T17:00"))));
    Stay endingAtMidnight = stay("2027-06-08T09:00", "2027-06-11T00:00");
    Stay endingAMinuteLater = stay("2027-06-08T09:00", "2027-06-11T00:01");

    assertThat(ExchangeRules.check(endingAtMidnight, true, toTheTenth, List.of(), eleventhFull))
        .isEmpty();
    assertThat(
            kinds(
                ExchangeRules.check(endingAMinuteLater, true, toTheTenth, List.of(), eleventhFull)))
        .containsExactly(OUTSIDE_PROGRAMME, SITE_FULL);
  }

  @Test
  void conflictsNameTheirMessage() {
    assertThat(conflict(SITE_FULL, day("2027-03-11"), 2).key())
        .isEqualTo("exchanges.conflict.SITE_FULL");
    assertThat(conflict(AGENT_INACTIVE).key()).isEqualTo("exchanges.conflict.AGENT_INACTIVE");
    assertThat(new Conflict(BLACKOUT, null).arguments()).isEmpty();
  }

  @Test
  void termsKeepTheirOwnCopies() {
    Set<LocalDate> blackouts = new HashSet<>(Set.of(day("2027-03-14")));
    Map<Long, Integer> seats = new HashMap<>(Map.of(SITE, 2));
    ProgrammeTerms terms =
        new ProgrammeTerms(day("2027-03-01"), day("2027-03-31"), blackouts, seats);
    blackouts.add(day("2027-03-15"));
    seats.put(OTHER_SITE, 5);

    assertThat(terms.blackouts()).containsExactly(day("2027-03-14"));
    assertThat(terms.seatsPerDayBySite()).containsOnlyKeys(SITE);
    assertThatThrownBy(() -> terms("2027-03-31", "2027-03-01", Set.of(), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> terms("2027-03-01", "2027-03-31", Set.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Conflict> check(Stay stay, ProgrammeTerms terms) {
    return ExchangeRules.check(stay, true, terms, List.of(), SeatsTaken.none());
  }

  private static List<ConflictKind> kinds(List<Conflict> conflicts) {
    return conflicts.stream().map(Conflict::kind).toList();
  }

  private static Conflict conflict(ConflictKind kind, Object... arguments) {
    return new Conflict(kind, new ArrayList<>(List.of(arguments)));
  }

  private static ProgrammeTerms terms(
      String startsOn, String endsOn, Set<LocalDate> blackouts, int seats) {
    return new ProgrammeTerms(day(startsOn), day(endsOn), blackouts, Map.of(SITE, seats));
  }

  /** A stay of agent 1 at the programme's site, in Manila. */
  private static Stay stay(String start, String end) {
    return new Stay(1, SITE, MANILA, at(start), at(end));
  }

  private static Booking booking(String start, String end) {
    return new Booking(Instant.parse(start), Instant.parse(end));
  }

  private static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
