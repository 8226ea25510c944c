package io.shoreline.portal.web.feedback;

import io.shoreline.portal.scorecards.feedback.Feedback;
import io.shoreline.portal.scorecards.feedback.FeedbackTrends;
import io.shoreline.portal.scorecards.feedback.TrendPeriod;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/**
 * The trends section of app/feedback.xhtml: the filter's items by topic and month (or week), as a
 * table and as a chart of each topic's items per period.
 */
@Named("feedbackTrends")
@RequestScoped
public class FeedbackTrendsView {

  @Inject Tenants tenants;
  @Inject Feedback feedback;
  @Inject FeedbackQuery query;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private FeedbackTrends trends;

  public FeedbackTrends getTrends() {
    if (trends == null) {
      trends =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return feedback.trends(query.filter(), query.getPeriod());
                  })
              .orElse(null);
    }
    return trends;
  }

  /** "Nov 2026", or "W47 2026" for the week starting that day. */
  public String label(LocalDate start) {
    if (query.getPeriod() == TrendPeriod.WEEK) {
      return "W" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + start.getYear();
    }
    return start.format(DateTimeFormatter.ofPattern("MMM yyyy", settings.getLocale()));
  }

  public String getChart() {
    FeedbackTrends shown = getTrends();
    if (shown == null || shown.isEmpty()) {
      return null;
    }
    return TrendChart.of(shown, this::label, messages.text("feedback.trends.allTopics"));
  }

  public TrendPeriod[] getPeriods() {
    return TrendPeriod.values();
  }
}
