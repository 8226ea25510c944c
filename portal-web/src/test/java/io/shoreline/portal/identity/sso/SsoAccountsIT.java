package io.shoreline.portal.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.testing.ClientsAndVendor;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which account a provider's verified identity signs in, inside the server: fresh organizations A
 * (Alice, its only admin) and B (Bob) per test; A's provider answers for A's domain.
 */
@ExtendWith(ArquillianExtension.class)
class SsoAccountsIT {

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject SsoAccounts ssoAccounts;

  private Account alice;
  private Account bob;
  private String domain;

  @BeforeEach
  void organizations() {
    ClientsAndVendor.Fixture fixture = clientsAndVendor.create(WorkspaceRole.CONTRIBUTOR);
    alice = accounts.findByEmail(fixture.alice()).orElseThrow();
    bob = accounts.findByEmail(fixture.bob()).orElseThrow();
    domain = alice.getEmail().substring(alice.getEmail().indexOf('@') + 1);
  }

  @Test
  void aPersonOfTheOrganizationIsSignedInAndStaysBoundToTheSubjectFirstSeen() {
    assertThat(
            ssoAccounts
                .accountFor(rules(false, Map.of()), identity(alice.getEmail(), "sub-alice"))
                .getId())
        .isEqualTo(alice.getId());
    assertThat(
            ssoAccounts
                .accountFor(rules(false, Map.of()), identity(alice.getEmail(), "sub-alice"))
                .getId())
        .isEqualTo(alice.getId());

    refused(
        rules(false, Map.of()),
        identity(alice.getEmail(), "sub-someone-else"),
        "sso.refused.otherPerson");
  }

  @Test
  void anotherOrganizationsPersonIsNeverSignedInByThisProvider() {
    refused(
        rules(true, Map.of()),
        identity(bob.getEmail(), "sub-bob"),
        "sso.refused.otherOrganization");
  }

  @Test
  void aNewcomerOfTheOrganizationsDomainGetsAnAccountWhenTheOrganizationAllowsIt() {
    String email = "newcomer-" + run() + "@" + domain;
    refused(rules(false, Map.of()), identity(email, "sub-new"), "sso.refused.noAccount");
    assertThat(accounts.findByEmail(email)).isEmpty();

    Account made = ssoAccounts.accountFor(rules(true, Map.of()), identity(email, "sub-new"));

    assertThat(made.getOrganization().getId()).isEqualTo(alice.getOrganization().getId());
    assertThat(made.getDisplayName()).isEqualTo("Nia Newcomer");
    assertThat(made.getRole()).isEqualTo(OrgRole.MEMBER);
    assertThat(accounts.findByEmail(email)).isPresent();
  }

  @Test
  void aNewcomerOfAnotherDomainGetsNoAccount() {
    String email = "stranger-" + run() + "@elsewhere-" + run() + ".test";

    refused(rules(true, Map.of()), identity(email, "sub-stranger"), "sso.refused.noAccount");
    assertThat(accounts.findByEmail(email)).isEmpty();
  }

  @Test
  void mappedGroupsGiveTheirRoleButNeverDemoteTheLastAdmin() {
    Map<String, OrgRole> mapping = Map.of("leads", OrgRole.MANAGER, "agents", OrgRole.MEMBER);
    String email = "lead-" + run() + "@" + domain;

    Account lead =
        ssoAccounts.accountFor(
            rules(true, mapping), identity(email, "sub-lead", "agents", "leads"));
    Account aliceAfter =
        ssoAccounts.accountFor(
            rules(true, mapping), identity(alice.getEmail(), "sub-alice", "agents"));

    assertThat(lead.getRole()).isEqualTo(OrgRole.MANAGER);
    assertThat(accounts.find(aliceAfter.getId()).orElseThrow().getRole())
        .isEqualTo(OrgRole.ORG_ADMIN);
  }

  @Test
  void aDisabledAccountIsRefused() {
    Organization a = alice.getOrganization();
    String email = "leaver-" + run() + "@" + domain;
    accounts.create(a, email, "Lee Leaver", "x", OrgRole.MEMBER, "en", "UTC");
    accounts.disable(email);

    refused(rules(true, Map.of()), identity(email, "sub-leaver"), "sso.refused.disabled");
  }

  private SsoRules rules(boolean createsAccounts, Map<String, OrgRole> groupRoles) {
    return new SsoRules(
        alice.getOrganization().getId(), createsAccounts, Set.of(domain), groupRoles);
  }

  private static VerifiedIdentity identity(String email, String subject, String... groups) {
    return new VerifiedIdentity(subject, email, "Nia Newcomer", List.of(groups));
  }

  private void refused(SsoRules rules, VerifiedIdentity identity, String key) {
    assertThatThrownBy(() -> ssoAccounts.accountFor(rules, identity))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).key())
        .isEqualTo(key);
  }

  private static String run() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
