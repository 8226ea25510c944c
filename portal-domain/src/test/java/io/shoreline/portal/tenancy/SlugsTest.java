package io.shoreline.portal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void suggestionsAreAsciiLowerCaseWithSingleHyphens() {
    assertThat(Slugs.suggest("Société Générale")).isEqualTo("societe-generale");
    assertThat(Slugs.suggest("  Atlas -- Contact Centres! ")).isEqualTo("atlas-contact-centres");
    assertThat(Slugs.suggest("x".repeat(70) + " y")).hasSize(64);
  }

  @Test
  void validSlugs() {
    assertThat(Slugs.isValid("atlas")).isTrue();
    assertThat(Slugs.isValid("contoso-bank-2")).isTrue();
  }

  @Test
  void invalidSlugs() {
    assertThat(Slugs.isValid(null)).isFalse();
    assertThat(Slugs.isValid("ab")).isFalse();
    assertThat(Slugs.isValid("-atlas")).isFalse();
    assertThat(Slugs.isValid("atlas-")).isFalse();
    assertThat(Slugs.isValid("at--las")).isFalse();
    assertThat(Slugs.isValid("Atlas")).isFalse();
    assertThat(Slugs.isValid("atlas/../x")).isFalse();
    assertThat(Slugs.isValid("a".repeat(65))).isFalse();
  }
}
