package io.shoreline.portal.web.visits;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.visits.VisitStatus;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class VisitCalendarFileTest {

  @Test
  void oneEventWithAStableUidTheTimesInUtcAndTheSite() throws Exception {
    String ics =
        VisitCalendarFile.of(
            12, SampleVisit.visit(VisitStatus.PLANNED), SampleVisit.agenda(), Locale.ENGLISH);

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

    assertThat(value(event, Property.UID)).isEqualTo("visit-12-345@shoreline");
    assertThat(value(event, Property.DTSTART)).isEqualTo("20261203T083000Z");
    assertThat(value(event, Property.DTEND)).isEqualTo("20261203T143000Z");
    assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
        .isEqualTo(Instant.parse("2026-12-03T08:30:00Z"));
    assertThat(value(event, Property.SUMMARY)).isEqualTo("Visit to Lisbon Centre");
    assertThat(value(event, Property.LOCATION)).isEqualTo("Lisbon Centre, Lisbon");
    assertThat(value(event, Property.DESCRIPTION))
        .isEqualTo("Quarterly quality review\n\nAgenda:\n1. Floor walk\n2. Call listening");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("4");
    assertThat(ics).contains("\r\n").contains("PRODID:").contains("VERSION:2.0");
  }

  @Test
  void theSameVisitKeepsItsUidInAnotherLanguage() throws Exception {
    String ics =
        VisitCalendarFile.of(
            12, SampleVisit.visit(VisitStatus.PLANNED), SampleVisit.agenda(), Locale.FRENCH);

    assertThat(ics).contains("UID:visit-12-345@shoreline").contains("SUMMARY:Visite à Lisbon");
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow();
  }
}
