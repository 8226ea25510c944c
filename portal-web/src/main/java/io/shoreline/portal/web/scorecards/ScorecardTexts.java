package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Provenance;
import io.shoreline.portal.scorecards.Rag;
import io.shoreline.portal.scorecards.ScorePeriod;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The scorecard's words and numbers in one language, outside a Faces request: the web bundle's
 * texts, figures as the page shows them (grouped, at most two decimals, with the unit), period
 * labels, times on a clock, and where a figure comes from.
 */
final class ScorecardTexts {

  private final Locale locale;
  private final ResourceBundle bundle;

  ScorecardTexts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(ScorecardExports.BUNDLE, locale);
  }

  String text(String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(text(key), locale).format(arguments);
  }

  /** "92.5 %", "1,234 calls"; "no data" without a figure. */
  String figure(BigDecimal value, String unit) {
    if (value == null) {
      return text("scorecard.noData");
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    String number = format.format(value);
    return unit == null || unit.isEmpty() ? number : number + " " + unit;
  }

  String score(BigDecimal value) {
    return figure(value, "%");
  }

  String rag(Rag rag) {
    return text("scorecard.rag." + (rag == null ? Rag.NONE : rag));
  }

  String period(ScorePeriod period) {
    return PeriodLabels.of(period, locale);
  }

  String moment(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(instant.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  /**
   * What is measured and what the figure was computed from: "Feed: mean of a column. 31 rows of
   * Daily KPIs, version 4 (2 left out: a cell was empty)".
   */
  String source(Kpi kpi, Provenance provenance) {
    KpiSource source = kpi.getSource();
    String measure = text("scorecard.measure." + source + ":" + kpi.getMeasure());
    String from =
        source == KpiSource.FEED && provenance.feedName() == null
            ? ""
            : ". "
                + format(
                    "scorecard.export.from." + source,
                    provenance.items(),
                    provenance.feedName(),
                    provenance.feedVersion());
    String skipped =
        provenance.skipped() > 0 ? " " + format("scorecard.skipped", provenance.skipped()) : "";
    return measure + from + skipped;
  }
}
