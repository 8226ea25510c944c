package io.shoreline.portal.web.platform;

import io.shoreline.portal.platform.TimeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows instants in the viewer's language and time zone, e.g. {@code #{dates.format(x)}} gives "23
 * Nov 2026, 13:05:00 (Europe/Paris)". Every date on a page goes through here.
 */
@Named
@RequestScoped
public class Dates {

  @Inject UserSettings settings;
  @Inject TimeSource time;

  public String format(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(settings.getLocale())
            .format(instant.atZone(settings.getZone()))
        + " ("
        + settings.getZone().getId()
        + ")";
  }

  /** A calendar day (a due date), e.g. "3 Dec 2026", in the viewer's language. */
  public String day(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(settings.getLocale())
            .format(date);
  }

  /** A wall-clock time of some place (a host site's), in the viewer's language: no zone shown. */
  public String dayTime(LocalDateTime time) {
    return time == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(settings.getLocale())
            .format(time);
  }

  /** The viewer's today, in their time zone: what "overdue" is measured against. */
  public LocalDate today() {
    return time.now().atZone(settings.getZone()).toLocalDate();
  }
}
