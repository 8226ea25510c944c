package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.AgendaItem;
import io.shoreline.portal.visits.SiteVisit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
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
 * A visit as an iCalendar file (RFC 5545): one event from start to end in UTC, whose UID stays the
 * same for the visit, so that a calendar that imports it again updates the event instead of adding
 * a second one; its SEQUENCE is the visit's version.
 */
public final class VisitCalendarFile {

  private static final String BUNDLE = "io.shoreline.portal.web.messages";
  private static final String PRODUCT = "-//Shoreline//Portal site visits//EN";

  private VisitCalendarFile() {}

  /** "visit-12-345@shoreline": the workspace and the visit, never anything else. */
  public static String uid(long workspaceId, long visitId) {
    return "visit-" + workspaceId + "-" + visitId + "@shoreline";
  }

  /** The calendar's text, with CRLF line ends and folded lines as the RFC wants them. */
  public static String of(
      long workspaceId, SiteVisit visit, List<AgendaItem> agenda, Locale locale) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    VEvent event =
        new VEvent(
            visit.getStartsAt(),
            visit.getEndsAt(),
            new MessageFormat(texts.getString("calendar.summary"), locale)
                .format(new Object[] {visit.getSiteName()}));
    event.add(new Uid(uid(workspaceId, visit.getId())));
    event.add(new Sequence((int) visit.getVersion()));
    event.add(new Location(visit.getSiteName() + ", " + visit.getSiteCity()));
    event.add(new Description(description(visit, agenda, texts)));
    Calendar calendar =
        new Calendar().withProdId(PRODUCT).withDefaults().withComponent(event).getFluentTarget();
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the visit's calendar event is not valid", e);
    }
    return text.toString();
  }

  private static String description(
      SiteVisit visit, List<AgendaItem> agenda, ResourceBundle texts) {
    StringBuilder text = new StringBuilder(visit.getPurpose());
    if (!agenda.isEmpty()) {
      text.append("\n\n").append(texts.getString("calendar.agenda"));
      int number = 1;
      for (AgendaItem point : agenda) {
        text.append('\n').append(number++).append(". ").append(point.getText());
      }
    }
    return text.toString();
  }
}
