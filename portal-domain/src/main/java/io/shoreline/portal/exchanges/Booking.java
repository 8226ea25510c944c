package io.shoreline.portal.exchanges;

import java.time.Instant;
import java.util.Objects;

/**
 * An interval in which an agent is already booked (another accepted exchange, in any workspace of
 * their organization). It carries no names: a conflict it causes must not reveal that workspace.
 */
public record Booking(Instant start, Instant end) {

  public Booking {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** The interval an accepted stay books its agent for. */
  public static Booking of(Stay stay) {
    return new Booking(stay.startInstant(), stay.endInstant());
  }
}
