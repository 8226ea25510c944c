package io.shoreline.portal.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.RuleViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoDraftTest {

  @Test
  void aDraftIsTidied() {
    SsoDraft valid =
        draft(
                "https://id.acme.com/realms/acme/",
                " secret ",
                SsoDraft.domainsOf("Acme.com, acme.fr"),
                true)
            .validated(false);

    assertThat(valid.issuer()).isEqualTo("https://id.acme.com/realms/acme");
    assertThat(valid.clientSecret()).isEqualTo("secret");
    assertThat(valid.emailClaim()).isEqualTo("email");
    assertThat(valid.groupsClaim()).isEqualTo("groups");
    assertThat(valid.domains()).containsExactly("acme.com", "acme.fr");
  }

  @Test
  void aBlankSecretKeepsTheStoredOneButIsNeededTheFirstTime() {
    assertThat(draft("https://id.acme.com", " ", Set.of(), false).validated(true).clientSecret())
        .isNull();
    refused(draft("https://id.acme.com", " ", Set.of(), false), false, "sso.secret.required");
  }

  @Test
  void theIssuerIsHttpsOrPlainHttpOnThisMachine() {
    assertThat(
            draft("http://127.0.0.1:18080/realms/acme", "s", Set.of(), false)
                .validated(false)
                .issuer())
        .isEqualTo("http://127.0.0.1:18080/realms/acme");
    for (String issuer :
        List.of(
            "http://id.acme.com",
            "ftp://id.acme.com",
            "https://id.acme.com/?tenant=1",
            "https://id.acme.com/#x",
            "id.acme.com",
            "https://")) {
      refused(draft(issuer, "s", Set.of(), false), false, "sso.issuer.invalid");
    }
    refused(draft(" ", "s", Set.of(), false), false, "sso.issuer.required");
  }

  @Test
  void domainsAreRealNamesOfTheOrganizationsOwn() {
    refused(draft("https://id.acme.com", "s", Set.of("acme"), false), false, "sso.domain.invalid");
    refused(
        draft("https://id.acme.com", "s", Set.of("-acme.com"), false), false, "sso.domain.invalid");
    refused(
        draft("https://id.acme.com", "s", Set.of("Gmail.com"), false), false, "sso.domain.public");
    refused(draft("https://id.acme.com", "s", Set.of(), true), false, "sso.domain.neededToCreate");
  }

  @Test
  void claimsAreNamesNotExpressions() {
    SsoDraft draft =
        new SsoDraft(
            "https://id.acme.com", "c", "s", "email' OR 1=1", "", Set.of(), false, Map.of());
    refused(draft, false, "sso.claim.invalid");
  }

  @Test
  void everyMappedGroupHasARole() {
    Map<String, OrgRole> roles = new LinkedHashMap<>();
    roles.put("portal-admins", null);
    SsoDraft draft = new SsoDraft("https://id.acme.com", "c", "s", "", "", Set.of(), false, roles);
    refused(draft, false, "sso.group.role.required");
  }

  private static SsoDraft draft(String issuer, String secret, Set<String> domains, boolean create) {
    return new SsoDraft(
        issuer,
        "shoreline",
        secret,
        null,
        null,
        domains,
        create,
        Map.of("admins", OrgRole.ORG_ADMIN));
  }

  private static void refused(SsoDraft draft, boolean hasSecret, String key) {
    assertThatThrownBy(() -> draft.validated(hasSecret))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).key())
        .isEqualTo(key);
  }
}
