package io.shoreline.portal.scorecards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The consecutive periods a scorecard shows and the time zone their days are counted in (the
 * client's, so that both sides read the same figures): which period a day or an instant falls in.
 */
public record PeriodBuckets(List<ScorePeriod> periods, ZoneId zone) {

  public PeriodBuckets {
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("at least one period");
    }
  }

  public LocalDate firstDay() {
    return periods.get(0).start();
  }

  /** The day after the last period. */
  public LocalDate endDay() {
    return periods.get(periods.size() - 1).end();
  }

  public Instant from() {
    return periods.get(0).from(zone);
  }

  public Instant until() {
    return periods.get(periods.size() - 1).until(zone);
  }

  public Optional<ScorePeriod> of(LocalDate day) {
    if (day.isBefore(firstDay()) || !day.isBefore(endDay())) {
      return Optional.empty();
    }
    return Optional.of(ScorePeriod.containing(periods.get(0).kind(), day));
  }

  public Optional<ScorePeriod> of(Instant instant) {
    return of(LocalDate.ofInstant(instant, zone));
  }
}
