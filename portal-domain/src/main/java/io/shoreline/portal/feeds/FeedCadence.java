package io.shoreline.portal.feeds;

import io.shoreline.portal.platform.RuleViolation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a feed's publisher promised a new version: by a local time on some weekdays in a time zone
 * ("daily by 09:00 Europe/Paris"). Each deadline expects a version since the deadline before it.
 */
public record FeedCadence(LocalTime time, ZoneId zone, Set<DayOfWeek> days) {

  public FeedCadence {
    if (time == null || zone == null || days == null || days.isEmpty()) {
      throw new RuleViolation("feeds.cadence.incomplete");
    }
    days = Set.copyOf(days);
  }

  public static FeedCadence daily(LocalTime time, ZoneId zone) {
    return new FeedCadence(time, zone, EnumSet.allOf(DayOfWeek.class));
  }

  /** From the stored columns; empty when the feed has no cadence. */
  static Optional<FeedCadence> of(LocalTime time, String zone, String days) {
    if (time == null || zone == null || days == null || days.isBlank()) {
      return Optional.empty();
    }
    try {
      Set<DayOfWeek> weekdays =
          Arrays.stream(days.split(","))
              .map(String::strip)
              .map(FeedCadence::day)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
      return Optional.of(new FeedCadence(time, ZoneId.of(zone), weekdays));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The time zone id, checked. */
  public static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException | NullPointerException e) {
      throw new RuleViolation("feeds.cadence.unknownZone", id);
    }
  }

  String storedDays() {
    return days.stream()
        .sorted()
        .map(day -> day.name().substring(0, 3))
        .collect(Collectors.joining(","));
  }

  private static DayOfWeek day(String abbreviation) {
    return Arrays.stream(DayOfWeek.values())
        .filter(day -> day.name().startsWith(abbreviation))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(abbreviation));
  }

  /** The latest deadline at or before {@code now}, within the last two weeks. */
  public Optional<Instant> lastDeadline(Instant now) {
    return deadlineBefore(now, 0);
  }

  /**
   * The deadline {@code now} falls after that the feed missed, if any: the last deadline passed
   * with no version since the deadline before it ({@code lastSubmission}: the newest version's
   * time, or the feed's creation when it has none).
   */
  public Optional<Instant> missedDeadline(Instant lastSubmission, Instant now) {
    Optional<Instant> last = lastDeadline(now);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Instant previous = deadlineBefore(last.get(), 1).orElse(Instant.MIN);
    return lastSubmission.isAfter(previous) ? Optional.empty() : last;
  }

  // the latest deadline at or before the instant (strictly before it when skip is 1)
  private Optional<Instant> deadlineBefore(Instant instant, int skip) {
    LocalDate day = instant.atZone(zone).toLocalDate();
    for (int i = 0; i < 15; i++, day = day.minusDays(1)) {
      if (!days.contains(day.getDayOfWeek())) {
        continue;
      }
      Instant deadline = day.atTime(time).atZone(zone).toInstant();
      if (skip == 0 ? !deadline.isAfter(instant) : deadline.isBefore(instant)) {
        return Optional.of(deadline);
      }
    }
    return Optional.empty();
  }
}
