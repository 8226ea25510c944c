package io.shoreline.portal.exchanges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One agent's stay at a host site. Start and end are the host site's wall clock, so the days and
 * instants of the stay are always judged in {@code hostZone}, never in UTC or the server's zone.
 */
public record Stay(
    long agentId, long hostSiteId, ZoneId hostZone, LocalDateTime start, LocalDateTime end) {

  public Stay {
    Objects.requireNonNull(hostZone, "hostZone");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** The start as an instant; a time in a spring-forward gap moves on by the gap. */
  public Instant startInstant() {
    return instantOf(start);
  }

  /** The end as an instant; in a fall-back overlap the earlier offset (the first pass) is used. */
  public Instant endInstant() {
    return instantOf(end);
  }

  /** Whether the stay ends strictly after it starts, as instants. */
  public boolean endsAfterStart() {
    return endInstant().isAfter(startInstant());
  }

  /**
   * The host's local days the stay occupies, ascending: the start's date to the end's date, except
   * that a stay ending at exactly midnight does not occupy the day that midnight begins. Empty when
   * the stay does not end after it starts.
   */
  public SortedSet<LocalDate> days() {
    SortedSet<LocalDate> days = new TreeSet<>();
    if (!endsAfterStart()) {
      return days;
    }
    LocalDate last =
        end.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? end.toLocalDate().minusDays(1)
            : end.toLocalDate();
    for (LocalDate day = start.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }

  /** Whether this stay and [otherStart, otherEnd) share a moment; touching ends do not overlap. */
  public boolean overlaps(Instant otherStart, Instant otherEnd) {
    return startInstant().isBefore(otherEnd) && otherStart.isBefore(endInstant());
  }

  private Instant instantOf(LocalDateTime local) {
    // ZonedDateTime.of: gap -> later by the gap's length, overlap -> earlier offset
    return ZonedDateTime.of(local, hostZone).toInstant();
  }
}
