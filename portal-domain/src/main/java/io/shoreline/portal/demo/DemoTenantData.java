package io.shoreline.portal.demo;

import io.shoreline.portal.roster.AgentDetails;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * Demo data that lives inside a tenant. Tenants are established per request, and a start-up has
 * none, so each method runs in a request context of its own.
 */
@ApplicationScoped
class DemoTenantData {

  @Inject TenantAccess access;
  @Inject Sites sites;
  @Inject Roster roster;

  @ActivateRequestContext
  void vendorSitesAndRoster(String vendorAdminEmail) {
    access.openOrganization(vendorAdminEmail);
    Site casablanca =
        sites.add(new SiteDetails("Casablanca", "Casablanca", "MA", "Africa/Casablanca", 120));
    Site manila = sites.add(new SiteDetails("Manila", "Manila", "PH", "Asia/Manila", 200));
    Site lisbon = sites.add(new SiteDetails("Lisbon", "Lisbon", "PT", "Europe/Lisbon", 80));
    agent(casablanca, "Youssef Benali", "fr, ar, en", "billing, retention");
    agent(casablanca, "Salma Idrissi", "fr, ar", "store hours, returns");
    agent(casablanca, "Karim Tazi", "fr, en", "technical support");
    agent(manila, "Angela Cruz", "en, tl", "billing, cards");
    agent(manila, "Mark Villanueva", "en", "fraud, cards");
    agent(lisbon, "Inês Costa", "pt, en, fr", "returns, loyalty");
    agent(lisbon, "João Almeida", "pt, en", "technical support");
  }

  @ActivateRequestContext
  void clientSites(String clientAdminEmail, SiteDetails site) {
    access.openOrganization(clientAdminEmail);
    sites.add(site);
  }

  private void agent(Site site, String name, String languages, String skills) {
    roster.add(site.getId(), new AgentDetails(name, languages, skills, true));
  }
}
