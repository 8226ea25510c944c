package io.shoreline.portal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A subject (an account or a client address) is locked while it has {@code limit} or more failed
 * sign-ins within the last {@code window}; the lock lifts when the oldest of those leaves the
 * window.
 */
public record ThrottlePolicy(int limit, Duration window) {

  public ThrottlePolicy {
    if (limit < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("limit and window must be positive");
    }
  }

  /** The instant from which failures count. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * @param recentFailuresNewestFirst failures since {@link #windowStart}, newest first; at least
   *     the newest {@code limit} of them
   * @return until when the subject is locked, or empty when it may try again now
   */
  public Optional<Instant> lockedUntil(List<Instant> recentFailuresNewestFirst, Instant now) {
    if (recentFailuresNewestFirst.size() < limit) {
      return Optional.empty();
    }
    Instant until = recentFailuresNewestFirst.get(limit - 1).plus(window);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }
}
