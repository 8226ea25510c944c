package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.ExchangeStay;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Accepted exchange stays as an iCalendar file (RFC 5545): one event per stay from start to end in
 * UTC, whose UID stays the same for the stay, so that a calendar that imports the feed again
 * updates its events instead of adding copies; SEQUENCE is the stay's version. The description
 * names the programme and the host site's zone and wall-clock times, where the agent works.
 */
public final class ExchangeCalendarFile {

  private static final String BUNDLE = "io.shoreline.portal.web.messages";
  private static final String PRODUCT = "-//Shoreline//Portal agent exchanges//EN";
  // the host's wall clock in the description, the same in every language
  private static final DateTimeFormatter HOST_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ExchangeCalendarFile() {}

  /** "exchange-stay-12-678@shoreline": the workspace and the stay, never anything else. */
  public static String uid(long workspaceId, long stayId) {
    return "exchange-stay-" + workspaceId + "-" + stayId + "@shoreline";
  }

  /** The calendar's text (CRLF line ends, folded lines); no stays give an empty calendar. */
  public static String of(
      long workspaceId, String programmeName, List<ExchangeStay> stays, Locale locale) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
    for (ExchangeStay stay : stays) {
      calendar =
          calendar.withComponent(event(workspaceId, programmeName, stay, texts)).getFluentTarget();
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("an exchange's calendar event is not valid", e);
    }
    return text.toString();
  }

  private static VEvent event(
      long workspaceId, String programmeName, ExchangeStay stay, ResourceBundle texts) {
    VEvent event =
        new VEvent(
            stay.getStartsAt(),
            stay.getEndsAt(),
            format(
                texts, "exchanges.calendar.summary", stay.getAgentName(), stay.getHostSiteName()));
    event.add(new Uid(uid(workspaceId, stay.getId())));
    event.add(new Sequence((int) stay.getVersion()));
    event.add(new Location(stay.getHostSiteName()));
    event.add(new Description(description(programmeName, stay, texts)));
    return event;
  }

  private static String description(String programmeName, ExchangeStay stay, ResourceBundle texts) {
    ZoneId zone = stay.zone();
    return format(texts, "exchanges.calendar.programme", programmeName)
        + "\n"
        + format(
            texts,
            "exchanges.calendar.hostTime",
            zone.getId(),
            hostTime(stay.getStartsAt(), zone),
            hostTime(stay.getEndsAt(), zone));
  }

  private static String hostTime(Instant instant, ZoneId zone) {
    return HOST_TIME.format(instant.atZone(zone));
  }

  private static String format(ResourceBundle texts, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
  }
}
