package io.shoreline.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailsTest {

  @Test
  void normalizesCaseAndSurroundingBlanks() {
    assertThat(Emails.normalize("  Claire.Dubois@Northwind.EXAMPLE \t"))
        .isEqualTo("claire.dubois@northwind.example");
    assertThat(Emails.normalize(null)).isEmpty();
  }

  @Test
  void acceptsOrdinaryAddresses() {
    assertThat(Emails.isPlausible("amina.haddad@atlas.example")).isTrue();
    assertThat(Emails.isPlausible(" A@B ")).isTrue();
  }

  @Test
  void rejectsWhatCannotBeAnAddress() {
    assertThat(Emails.isPlausible("")).isFalse();
    assertThat(Emails.isPlausible("no-at-sign")).isFalse();
    assertThat(Emails.isPlausible("@atlas.example")).isFalse();
    assertThat(Emails.isPlausible("amina@")).isFalse();
    assertThat(Emails.isPlausible("a@b@c")).isFalse();
    assertThat(Emails.isPlausible("amina haddad@atlas.example")).isFalse();
    assertThat(Emails.isPlausible("a".repeat(250) + "@b.ex")).isFalse();
  }
}
