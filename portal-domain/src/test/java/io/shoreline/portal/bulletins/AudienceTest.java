package io.shoreline.portal.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceTest {

  @Test
  void noSiteAndNoTeamChosenAddressesEveryone() {
    Audience everyone = new Audience(Set.of(), Set.of(" ", ""));

    assertThat(everyone.isEveryone()).isTrue();
    assertThat(everyone.includes(null, null)).isTrue();
    assertThat(everyone.includes(7L, "Billing")).isTrue();
  }

  @Test
  void aMemberMatchesByTheirSiteOrTheirTeam() {
    Audience casablancaOrBilling = new Audience(Set.of(7L), Set.of("Billing "));

    assertThat(casablancaOrBilling.includes(7L, null)).isTrue();
    assertThat(casablancaOrBilling.includes(8L, "billing")).isTrue();
    assertThat(casablancaOrBilling.includes(8L, "Retention")).isFalse();
    assertThat(casablancaOrBilling.includes(null, null)).isFalse();
  }

  @Test
  void survivesItsColumnsTeamNamesWithCommasIncluded() {
    Audience chosen = new Audience(Set.of(15L, 3L), Set.of("Billing, night", "Retention"));

    assertThat(chosen.sitesColumn()).isEqualTo("3,15");
    Audience read = Audience.fromColumns(chosen.sitesColumn(), chosen.teamsColumn());
    assertThat(read.siteIds()).containsExactlyInAnyOrder(3L, 15L);
    assertThat(read.teams()).containsExactlyInAnyOrder("Billing, night", "Retention");
    assertThat(Audience.fromColumns("", "").isEveryone()).isTrue();
  }
}
