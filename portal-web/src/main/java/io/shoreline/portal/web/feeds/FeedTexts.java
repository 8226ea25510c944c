package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedCadence;
import io.shoreline.portal.feeds.Problem;
import io.shoreline.portal.web.platform.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** How feeds read on the pages: cadence in words, a report's reasons in the viewer's language. */
@Named
@RequestScoped
public class FeedTexts {

  @Inject FacesMessages messages;

  /** "Mon, Tue… by 09:00 (Europe/Paris)", or nothing expected. */
  public String cadence(Feed feed) {
    return feed.cadence().map(this::cadence).orElse(messages.text("feeds.cadence.none"));
  }

  private String cadence(FeedCadence cadence) {
    Locale locale = locale();
    String days =
        cadence.days().size() == 7
            ? messages.text("feeds.cadence.daily")
            : cadence.days().stream()
                .sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
    return messages.text(
        "feeds.cadence.by", days, cadence.time().toString(), cadence.zone().getId());
  }

  /** One reason of a validation report. */
  public String reason(Problem problem) {
    return messages.text(
        "feeds.problem." + problem.code(), problem.argument() == null ? "" : problem.argument());
  }

  public String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, locale());
  }

  private static Locale locale() {
    return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
