package io.shoreline.portal.scorecards.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods trends are counted in: calendar months, or weeks from Monday. */
public enum TrendPeriod {
  MONTH {
    @Override
    public LocalDate start(LocalDate day) {
      return day.withDayOfMonth(1);
    }

    @Override
    LocalDate next(LocalDate start) {
      return start.plusMonths(1);
    }

    @Override
    LocalDate defaultFirst(LocalDate today) {
      return start(today).minusMonths(DEFAULT_PERIODS - 1L);
    }
  },
  WEEK {
    @Override
    public LocalDate start(LocalDate day) {
      return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    LocalDate next(LocalDate start) {
      return start.plusWeeks(1);
    }

    @Override
    LocalDate defaultFirst(LocalDate today) {
      return start(today).minusWeeks(DEFAULT_PERIODS - 1L);
    }
  };

  /** How many periods the trends show when no start is asked for. */
  static final int DEFAULT_PERIODS = 6;

  /** The most periods one trend covers (two years of weeks). */
  public static final int MOST_PERIODS = 104;

  /** The first day of the period the day is in. */
  public abstract LocalDate start(LocalDate day);

  /** The first day of the period after the one starting then. */
  abstract LocalDate next(LocalDate start);

  abstract LocalDate defaultFirst(LocalDate today);
}
