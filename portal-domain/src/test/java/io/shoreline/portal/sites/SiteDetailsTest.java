package io.shoreline.portal.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteDetailsTest {

  @Test
  void tidiesWhatPeopleType() {
    SiteDetails site =
        new SiteDetails(" Lisbon ", " Lisbon", "pt", "Europe/Lisbon", 80).validated();

    assertThat(site).isEqualTo(new SiteDetails("Lisbon", "Lisbon", "PT", "Europe/Lisbon", 80));
  }

  @Test
  void refusesWhatCannotBeASite() {
    assertThatThrownBy(() -> details("", "Lisbon", "PT", "Europe/Lisbon", 1).validated())
        .hasMessage("sites.nameRequired");
    assertThatThrownBy(() -> details("L", " ", "PT", "Europe/Lisbon", 1).validated())
        .hasMessage("sites.cityRequired");
    assertThatThrownBy(() -> details("L", "L", "XX", "Europe/Lisbon", 1).validated())
        .hasMessage("sites.countryUnknown");
    assertThatThrownBy(() -> details("L", "L", "PT", "Europe/Atlantis", 1).validated())
        .hasMessage("sites.zoneUnknown");
    assertThatThrownBy(() -> details("L", "L", "PT", "Europe/Lisbon", -1).validated())
        .hasMessage("sites.seats");
    assertThatThrownBy(() -> details("L", "L", "PT", "Europe/Lisbon", 100_001).validated())
        .hasMessage("sites.seats");
  }

  private static SiteDetails details(
      String name, String city, String country, String zone, int seats) {
    return new SiteDetails(name, city, country, zone, seats);
  }
}
