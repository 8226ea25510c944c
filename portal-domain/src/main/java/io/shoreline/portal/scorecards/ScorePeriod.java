package io.shoreline.portal.scorecards;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One week, month or quarter of a scorecard, named by its first day. Its {@link #key()}
 * ("2026-W47", "2026-11", "2026-Q4") is what URLs and stored figures use; weeks are numbered in ISO
 * week-based years, so the last days of December can belong to week 1 of the next year and the
 * first days of January to week 52 or 53 of the year before.
 */
public record ScorePeriod(PeriodKind kind, LocalDate start) {

  private static final Pattern WEEK_KEY = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH_KEY = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER_KEY = Pattern.compile("(\\d{4})-Q(\\d)");

  public ScorePeriod {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    if (!kind.startOf(start).equals(start)) {
      throw new IllegalArgumentException(start + " is not the first day of a " + kind);
    }
  }

  public static ScorePeriod containing(PeriodKind kind, LocalDate day) {
    return new ScorePeriod(kind, kind.startOf(day));
  }

  /** The day after the period: the next period's start. */
  public LocalDate end() {
    return kind.plus(start, 1);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end());
  }

  public ScorePeriod previous() {
    return new ScorePeriod(kind, kind.plus(start, -1));
  }

  public ScorePeriod next() {
    return new ScorePeriod(kind, end());
  }

  /** The {@code n} periods that end with this one, oldest first (for trend charts). */
  public List<ScorePeriod> trailing(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Cannot list " + n + " periods");
    }
    List<ScorePeriod> periods = new ArrayList<>(n);
    for (int back = n - 1; back >= 0; back--) {
      periods.add(new ScorePeriod(kind, kind.plus(start, -back)));
    }
    return List.copyOf(periods);
  }

  /** The first instant of the period in {@code zone}, for sources stored as instants. */
  public Instant from(ZoneId zone) {
    return start.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in {@code zone} (exclusive). */
  public Instant until(ZoneId zone) {
    return end().atStartOfDay(zone).toInstant();
  }

  public String key() {
    return switch (kind) {
      case WEEK ->
          format(
              "%04d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> format("%04d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> format("%04d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
    };
  }

  /** The period a {@link #key()} names; empty for anything else, including numbers out of range. */
  public static Optional<ScorePeriod> parse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    Matcher week = WEEK_KEY.matcher(key);
    if (week.matches()) {
      return week(number(week, 1), number(week, 2));
    }
    Matcher month = MONTH_KEY.matcher(key);
    if (month.matches()) {
      int m = number(month, 2);
      return m < 1 || m > 12 ? Optional.empty() : firstMonth(PeriodKind.MONTH, number(month, 1), m);
    }
    Matcher quarter = QUARTER_KEY.matcher(key);
    if (quarter.matches()) {
      int q = number(quarter, 2);
      return q < 1 || q > 4
          ? Optional.empty()
          : firstMonth(PeriodKind.QUARTER, number(quarter, 1), 3 * q - 2);
    }
    return Optional.empty();
  }

  private static Optional<ScorePeriod> week(int weekBasedYear, int week) {
    // 4 January is always in week 1 of its week-based year
    LocalDate inWeekOne = LocalDate.of(weekBasedYear, 1, 4);
    long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(inWeekOne).getMaximum();
    if (week < 1 || week > weeks) {
      return Optional.empty();
    }
    LocalDate monday =
        inWeekOne
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(ChronoField.DAY_OF_WEEK, DayOfWeek.MONDAY.getValue());
    return Optional.of(new ScorePeriod(PeriodKind.WEEK, monday));
  }

  private static Optional<ScorePeriod> firstMonth(PeriodKind kind, int year, int month) {
    return Optional.of(new ScorePeriod(kind, LocalDate.of(year, month, 1)));
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static String format(String pattern, Object... args) {
    // Locale.ROOT: keys are identifiers, never localised digits
    return String.format(Locale.ROOT, pattern, args);
  }
}
