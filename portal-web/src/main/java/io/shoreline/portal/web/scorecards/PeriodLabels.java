package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.ScorePeriod;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** A period as people name it: "November 2026", "Q4 2026", "Week 47, 2026 (16 Nov)". */
final class PeriodLabels {

  private PeriodLabels() {}

  static String of(ScorePeriod period, Locale locale) {
    return switch (period.kind()) {
      case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period.start());
      case QUARTER ->
          "Q" + period.start().get(IsoFields.QUARTER_OF_YEAR) + " " + period.start().getYear();
      case WEEK ->
          (locale.getLanguage().equals("fr") ? "Semaine " : "Week ")
              + period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
              + " ("
              + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                  .withLocale(locale)
                  .format(period.start())
              + ")";
    };
  }
}
