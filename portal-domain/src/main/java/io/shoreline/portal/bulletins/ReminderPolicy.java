package io.shoreline.portal.bulletins;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a recipient who has not acknowledged is reminded again: an interval per urgency (shorter for
 * critical news), counted from the version's publication or the last reminder, and never once the
 * bulletin expired or was withdrawn. Subjects that do not expire are reminded at one interval.
 */
public final class ReminderPolicy {

  private final Map<Urgency, Duration> intervals;

  public ReminderPolicy(Map<Urgency, Duration> intervals) {
    this.intervals = new EnumMap<>(intervals);
    for (Urgency urgency : Urgency.values()) {
      Duration interval = this.intervals.get(urgency);
      if (interval == null || interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("No positive reminder interval for " + urgency);
      }
    }
  }

  public static ReminderPolicy ofHours(long critical, long important, long info) {
    return new ReminderPolicy(
        Map.of(
            Urgency.CRITICAL, Duration.ofHours(critical),
            Urgency.IMPORTANT, Duration.ofHours(important),
            Urgency.INFO, Duration.ofHours(info)));
  }

  /**
   * Whether to remind now.
   *
   * @param revisedAt when the version to acknowledge was published
   * @param lastReminded when the person was last asked or reminded, or null
   */
  public boolean due(
      Urgency urgency,
      Instant revisedAt,
      Instant lastReminded,
      Instant validUntil,
      boolean withdrawn,
      Instant now) {
    if (withdrawn || !now.isBefore(validUntil)) {
      return false;
    }
    return dueEvery(intervals.get(urgency), revisedAt, lastReminded, now);
  }

  /**
   * Whether to remind now of a subject that does not expire (a training document, the current
   * matrix version): once the interval has passed since the version or the last reminder.
   */
  public static boolean dueEvery(
      Duration interval, Instant revisedAt, Instant lastReminded, Instant now) {
    Instant since =
        lastReminded != null && lastReminded.isAfter(revisedAt) ? lastReminded : revisedAt;
    return !now.isBefore(since.plus(interval));
  }
}
