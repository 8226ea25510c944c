package io.shoreline.portal.exchanges;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a programme allows: its period (both days included) and blackout days, as the host site's
 * local days, and the host sites taking part with the seats each offers per day.
 */
public record ProgrammeTerms(
    LocalDate startsOn,
    LocalDate endsOn,
    Set<LocalDate> blackouts,
    Map<Long, Integer> seatsPerDayBySite) {

  public ProgrammeTerms {
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("endsOn " + endsOn + " is before startsOn " + startsOn);
    }
    blackouts = blackouts == null ? Set.of() : Set.copyOf(blackouts);
    seatsPerDayBySite = seatsPerDayBySite == null ? Map.of() : Map.copyOf(seatsPerDayBySite);
    if (seatsPerDayBySite.values().stream().anyMatch(seats -> seats < 0)) {
      throw new IllegalArgumentException("seats per day cannot be negative");
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public boolean isBlackout(LocalDate day) {
    return blackouts.contains(day);
  }

  public boolean takesPart(long siteId) {
    return seatsPerDayBySite.containsKey(siteId);
  }

  /** The seats the site offers per day; 0 for a site not taking part. */
  public int seatsPerDay(long siteId) {
    return seatsPerDayBySite.getOrDefault(siteId, 0);
  }
}
