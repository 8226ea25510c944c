package io.shoreline.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

  private final TimeZones zones = new TimeZones();

  @Test
  void findsZonesByAnyPartOfTheirNameWhateverTheCase() {
    assertThat(zones.complete("paris")).containsExactly("Europe/Paris");
    assertThat(zones.complete("New York")).containsExactly("America/New_York");
    assertThat(zones.complete("europe/")).contains("Europe/London", "Europe/Lisbon");
  }

  @Test
  void offersRegionsAndUtcOnlyAFewAtATimeEachOfThemValid() {
    assertThat(zones.complete("")).hasSize(30).startsWith("UTC");
    assertThat(zones.complete("us/")).isEmpty(); // legacy aliases such as US/Eastern are left out
    assertThat(zones.complete("a")).allSatisfy(zone -> ZoneId.of(zone));
  }
}
