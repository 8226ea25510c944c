package io.shoreline.portal.web.partners;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.roster.AgentDetails;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ActiveMarkup;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.HostileTexts;
import io.shoreline.portal.testing.LazyTables;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.XssPayloads;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through what organizations name: people's display names, organization and
 * workspace names, sites and the agent roster. The payloads go to one client-and-vendor pair,
 * harmless text to the same places of another whose pages are the baseline; every page showing them
 * must hold no more active markup than the baseline, and no evaluated expression.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationsXssIT {

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Accounts accounts;
  @Inject Organizations organizations;
  @Inject Partnerships partnerships;
  @Inject Memberships memberships;
  @Inject Sites sites;
  @Inject Roster roster;

  private ClientsAndVendor.Fixture tenants;
  private ClientsAndVendor.Fixture others;

  @BeforeEach
  void twoPairsOfClientAndVendor() {
    tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    others = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
  }

  @Test
  void displayNamesAreInertOnTheMembersWorkspaceAndPeoplePagesOfBothSides() throws Exception {
    HostileTexts names = HostileTexts.write(name -> member(tenants.av(), name));
    names.writeHarmless(name -> member(others.av(), name));
    assertThat(names.stored()).hasSameSizeAs(XssPayloads.all());

    WebClient alice = signedIn(tenants.alice());
    WebClient otherAlice = signedIn(others.alice());
    WebClient victor = signedIn(tenants.victor());
    WebClient otherVictor = signedIn(others.victor());
    for (String page : List.of("app/members.xhtml?w=", "app/workspace.xhtml?w=")) {
      String shown = alice.page(page + tenants.av().getId());
      ActiveMarkup.assertNoneAdded(page, shown, otherAlice.page(page + others.av().getId()));
      ActiveMarkup.assertShownAsText(page, shown, names.stored());
      ActiveMarkup.assertNoneAdded(
          page + " of the partner",
          victor.page(page + tenants.av().getId()),
          otherVictor.page(page + others.av().getId()));
    }
    String people = "app/org/people.xhtml";
    ActiveMarkup.assertNoneAdded("the people page", alice.page(people), otherAlice.page(people));
    for (int first = 25; first < names.stored().size(); first += 25) {
      ActiveMarkup.assertNoneAdded(
          "the people page from " + first,
          ActiveMarkup.partialHtml(
              LazyTables.page(alice, people, "people:table", first, 25, Map.of())),
          ActiveMarkup.partialHtml(
              LazyTables.page(otherAlice, people, "people:table", first, 25, Map.of())));
    }
  }

  @Test
  void organizationAndWorkspaceNamesAreInertOnTheHomeAndPartnersPages() throws Exception {
    HostileTexts names = HostileTexts.write(name -> partner(tenants.alice(), name));
    names.writeHarmless(name -> partner(others.alice(), name));
    assertThat(names.stored()).hasSameSizeAs(XssPayloads.all());

    WebClient alice = signedIn(tenants.alice());
    WebClient otherAlice = signedIn(others.alice());
    for (String page : List.of("app/home.xhtml", "app/org/partners.xhtml")) {
      String shown = alice.page(page);
      ActiveMarkup.assertNoneAdded(page, shown, otherAlice.page(page));
      ActiveMarkup.assertShownAsText(page, shown, names.stored());
    }
  }

  @Test
  void sitesAndAgentsAreInertOnTheirPages() throws Exception {
    access.openOrganization(tenants.victor());
    long site = sites.add(new SiteDetails("Casablanca", "Casablanca", "MA", "UTC", 10)).getId();
    HostileTexts texts = HostileTexts.write(text -> siteAndAgent(site, text));
    access.openOrganization(others.victor());
    long otherSite =
        sites.add(new SiteDetails("Casablanca", "Casablanca", "MA", "UTC", 10)).getId();
    texts.writeHarmless(text -> siteAndAgent(otherSite, text));
    assertThat(texts.stored()).hasSameSizeAs(XssPayloads.all());

    WebClient victor = signedIn(tenants.victor());
    WebClient otherVictor = signedIn(others.victor());
    String sitesPage = "app/org/sites.xhtml";
    String shown = victor.page(sitesPage);
    ActiveMarkup.assertNoneAdded("the sites page", shown, otherVictor.page(sitesPage));
    ActiveMarkup.assertShownAsText("the sites page", shown, texts.stored());
    String agents = "app/org/agents.xhtml";
    ActiveMarkup.assertNoneAdded("the agents page", victor.page(agents), otherVictor.page(agents));
    for (int first = 25; first < texts.stored().size(); first += 25) {
      ActiveMarkup.assertNoneAdded(
          "the agents page from " + first,
          ActiveMarkup.partialHtml(
              LazyTables.page(victor, agents, "agents:table", first, 25, Map.of())),
          ActiveMarkup.partialHtml(
              LazyTables.page(otherVictor, agents, "agents:table", first, 25, Map.of())));
    }
  }

  /** A new person of the workspace's client with this display name, a contributor there. */
  private void member(Partnership workspace, String displayName) {
    Organization client = workspace.getClient();
    Account account =
        accounts.create(
            client,
            "m-" + UUID.randomUUID() + "@" + client.getSlug() + ".test",
            displayName,
            "unused",
            OrgRole.MEMBER,
            "en",
            "UTC");
    memberships.add(workspace, account, WorkspaceRole.CONTRIBUTOR);
  }

  /**
   * A vendor organization of this name (after "zz ", so that the operator's list of organizations,
   * by name, still opens on the ones other tests look for), and a workspace of that name with the
   * admin's client.
   */
  private void partner(String clientAdmin, String name) {
    Account admin = accounts.findByEmail(clientAdmin).orElseThrow();
    Organization vendor =
        organizations.register(
            "p-" + UUID.randomUUID(), "zz " + name, OrganizationKind.VENDOR, "en", "UTC");
    memberships.add(
        partnerships.establish(admin.getOrganization(), vendor, name),
        admin,
        WorkspaceRole.COORDINATOR);
  }

  /**
   * A site named by the text (and in it, when short enough to be a city) with an agent so named.
   */
  private void siteAndAgent(long firstSite, String text) {
    String city = text.length() <= 100 ? text : "Casablanca";
    sites.add(new SiteDetails(text, city, "MA", "Africa/Casablanca", 10));
    roster.add(firstSite, new AgentDetails(text, "fr, " + text, text, true));
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
