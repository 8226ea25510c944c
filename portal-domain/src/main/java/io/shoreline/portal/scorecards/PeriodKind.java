package io.shoreline.portal.scorecards;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The length of a scorecard period: ISO weeks from Monday, calendar months, calendar quarters. */
public enum PeriodKind {
  WEEK,
  MONTH,
  QUARTER;

  /** The first day of the period of this kind that holds {@code day}. */
  LocalDate startOf(LocalDate day) {
    return switch (this) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), firstMonthOfQuarter(day), 1);
    };
  }

  /** The start of the period {@code periods} periods after the one starting on {@code start}. */
  LocalDate plus(LocalDate start, long periods) {
    return switch (this) {
      case WEEK -> start.plusWeeks(periods);
      case MONTH -> start.plusMonths(periods);
      case QUARTER -> start.plusMonths(3 * periods);
    };
  }

  private static int firstMonthOfQuarter(LocalDate day) {
    return (day.getMonthValue() - 1) / 3 * 3 + 1;
  }
}
