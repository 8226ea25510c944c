package io.shoreline.portal.web.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.exchanges.ExchangeStay;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ExchangeCalendarFileTest {

  private static final List<ExchangeStay> STAYS =
      List.of(
          SampleStays.stay(
              678,
              "Ana Silva",
              "Lisbon Centre",
              "Europe/Lisbon",
              "2026-12-03T08:30:00Z",
              "2026-12-05T17:00:00Z"),
          SampleStays.stay(
              679,
              "Doe, Jane; Jr.",
              "Montréal; Floor 2, East",
              "America/Toronto",
              "2026-12-07T14:00:00Z",
              "2026-12-09T22:00:00Z"));

  @Test
  void oneEventPerStayWithStableUidsAndUtcTimes() throws Exception {
    List<VEvent> events = events(ExchangeCalendarFile.of(12, "Winter swap", STAYS, Locale.ENGLISH));

    assertThat(events).hasSize(2);
    assertThat(events)
        .extracting(event -> value(event, Property.UID))
        .containsExactly("exchange-stay-12-678@shoreline", "exchange-stay-12-679@shoreline");
    VEvent first = events.get(0);
    assertThat(value(first, Property.DTSTART)).isEqualTo("20261203T083000Z");
    assertThat(value(first, Property.DTEND)).isEqualTo("20261205T170000Z");
    assertThat(Instant.from(first.getStartDate().orElseThrow().getDate()))
        .isEqualTo(Instant.parse("2026-12-03T08:30:00Z"));
    assertThat(Instant.from(first.getEndDate().orElseThrow().getDate()))
        .isEqualTo(Instant.parse("2026-12-05T17:00:00Z"));
    assertThat(value(first, Property.SUMMARY)).isEqualTo("Ana Silva at Lisbon Centre");
    assertThat(value(first, Property.LOCATION)).isEqualTo("Lisbon Centre");
    assertThat(value(first, Property.SEQUENCE)).isEqualTo("2");
    assertThat(first.getProperty(Property.DTSTAMP)).isPresent();
  }

  @Test
  void theDescriptionNamesTheProgrammeAndTheHostsClock() throws Exception {
    VEvent second =
        events(ExchangeCalendarFile.of(12, "Winter swap", STAYS, Locale.ENGLISH)).get(1);

    // 14:00Z is 09:00 in Toronto (EST, UTC-5)
    assertThat(value(second, Property.DESCRIPTION))
        .isEqualTo(
            "Exchange programme: Winter swap\n"
                + "Host site’s time zone: America/Toronto (from 2026-12-07 09:00 to 2026-12-09"
                + " 17:00 there)");
  }

  @Test
  void commasAndSemicolonsInNamesAreEscapedAndComeBackIntact() throws Exception {
    String ics = ExchangeCalendarFile.of(12, "Swap; phase 1, north", STAYS, Locale.ENGLISH);

    assertThat(ics).contains("Doe\\, Jane\\; Jr.").contains("Montréal\\; Floor 2\\, East");
    VEvent second = events(ics).get(1);
    assertThat(value(second, Property.SUMMARY))
        .isEqualTo("Doe, Jane; Jr. at Montréal; Floor 2, East");
    assertThat(value(second, Property.LOCATION)).isEqualTo("Montréal; Floor 2, East");
    assertThat(value(second, Property.DESCRIPTION))
        .startsWith("Exchange programme: Swap; phase 1, north\n");
  }

  @Test
  void theSameStaysKeepTheirUidsInAnotherLanguage() throws Exception {
    String ics = ExchangeCalendarFile.of(12, "Winter swap", STAYS, Locale.FRENCH);

    assertThat(ics)
        .contains("UID:exchange-stay-12-678@shoreline")
        .contains("SUMMARY:Ana Silva à Lisbon Centre");
    assertThat(value(events(ics).get(0), Property.DESCRIPTION))
        .startsWith("Programme d’échange : Winter swap\nFuseau horaire du site d’accueil");
  }

  @Test
  void noStaysGiveAnEmptyCalendarThatStillParses() throws Exception {
    String ics = ExchangeCalendarFile.of(12, "Winter swap", List.of(), Locale.ENGLISH);

    assertThat(events(ics)).isEmpty();
    assertThat(ics).contains("\r\n").contains("PRODID:").contains("VERSION:2.0");
  }

  private static List<VEvent> events(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.<VEvent>getComponents("VEVENT");
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElseThrow();
  }
}
