package io.shoreline.portal.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvitationLinksTest {

  @Test
  void theConfiguredPublicAddressWinsWithOrWithoutATrailingSlash() {
    InvitationLinks links = new InvitationLinks();
    links.baseUrl = Optional.of(" https://portal.example.com/ ");

    assertThat(links.acceptPage()).isEqualTo("https://portal.example.com/accept-invitation.xhtml");
  }

  @Test
  void withoutOneTheRequestsAddressIsUsedWithoutTheSchemesOwnPort() {
    assertThat(InvitationLinks.root("https", "portal.example.com", 443, ""))
        .isEqualTo("https://portal.example.com");
    assertThat(InvitationLinks.root("http", "localhost", 80, "/portal"))
        .isEqualTo("http://localhost/portal");
    assertThat(InvitationLinks.root("http", "127.0.0.1", 8080, ""))
        .isEqualTo("http://127.0.0.1:8080");
    assertThat(InvitationLinks.root("https", "portal.test", 80, ""))
        .isEqualTo("https://portal.test:80");
  }
}
