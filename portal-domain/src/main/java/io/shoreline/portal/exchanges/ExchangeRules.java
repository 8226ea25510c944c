package io.shoreline.portal.exchanges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * The conflicts checked before a proposed stay is accepted. Pure: the caller loads the agent's
 * bookings, the programme's terms and the seats taken; nothing here reads a clock or a database.
 */
public final class ExchangeRules {

  private static final Comparator<Booking> BY_TIME =
      Comparator.comparing(Booking::start).thenComparing(Booking::end);

  private ExchangeRules() {}

  /**
   * Every conflict of the stay, in a stable order: inactive agent, host site not in the programme,
   * days outside the period (once), blackout days, full days, then overlapping bookings by start. A
   * stay that does not end after it starts has only that conflict.
   */
  public static List<Conflict> check(
      Stay stay,
      boolean agentActive,
      ProgrammeTerms terms,
      List<Booking> agentBookings,
      SeatsTaken seatsTaken) {
    if (!stay.endsAfterStart()) {
      return List.of(Conflict.of(ConflictKind.END_NOT_AFTER_START, stay.start(), stay.end()));
    }
    List<Conflict> conflicts = new ArrayList<>();
    if (!agentActive) {
      conflicts.add(Conflict.of(ConflictKind.AGENT_INACTIVE));
    }
    SortedSet<LocalDate> days = stay.days();
    conflicts.addAll(programmeConflicts(stay.hostSiteId(), days, terms));
    conflicts.addAll(fullDays(stay.hostSiteId(), days, terms, seatsTaken));
    conflicts.addAll(bookingsOverlapped(stay, agentBookings));
    return List.copyOf(conflicts);
  }

  private static List<Conflict> programmeConflicts(
      long siteId, SortedSet<LocalDate> days, ProgrammeTerms terms) {
    List<Conflict> conflicts = new ArrayList<>();
    if (!terms.takesPart(siteId)) {
      conflicts.add(Conflict.of(ConflictKind.HOST_NOT_IN_PROGRAMME, siteId));
    }
    if (!days.stream().allMatch(terms::covers)) {
      conflicts.add(Conflict.of(ConflictKind.OUTSIDE_PROGRAMME, terms.startsOn(), terms.endsOn()));
    }
    days.stream()
        .filter(terms::isBlackout)
        .forEach(day -> conflicts.add(Conflict.of(ConflictKind.BLACKOUT, day)));
    return conflicts;
  }

  /** Days already at capacity; a site outside the programme has no seats to judge by. */
  private static List<Conflict> fullDays(
      long siteId, SortedSet<LocalDate> days, ProgrammeTerms terms, SeatsTaken seatsTaken) {
    if (!terms.takesPart(siteId)) {
      return List.of();
    }
    int seats = terms.seatsPerDay(siteId);
    return days.stream()
        .filter(day -> seatsTaken.on(siteId, day) >= seats)
        .map(day -> Conflict.of(ConflictKind.SITE_FULL, day, seats))
        .toList();
  }

  private static List<Conflict> bookingsOverlapped(Stay stay, List<Booking> agentBookings) {
    return agentBookings.stream()
        .filter(booking -> stay.overlaps(booking.start(), booking.end()))
        .sorted(BY_TIME)
        .map(booking -> Conflict.of(ConflictKind.AGENT_BOOKED, booking.start(), booking.end()))
        .toList();
  }
}
