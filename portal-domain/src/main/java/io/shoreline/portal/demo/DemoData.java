package io.shoreline.portal.demo;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.PasswordHashing;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo organizations, logins and workspaces on the first start of an empty database.
 * Each step is a transaction of its own (bean-managed here), as tenant data needs its own
 * transactions anyway.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

  /** Shared by every demo login; printed in the log and README.md. Demo use only. */
  public static final String PASSWORD = "Shoreline-demo-1";

  /**
   * PASSWORD hashed once (PBKDF2-HMAC-SHA256, 600,000 iterations), so that a first start does not
   * spend seconds hashing the same demo password again for every login. With another iteration
   * count configured (the integration tests), it is hashed once at that count instead.
   */
  static final String PASSWORD_HASH =
      "PBKDF2WithHmacSHA256:600000:/wcucQ9JeNXTEgmUZquSGkii+bTSyDTcXquB30uzAd0="
          + ":vo8U5EaLLsK2hv7pHV90LikDXLmQTHiTGTfgS7K/XYk=";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject Organizations organizations;
  @Inject Accounts accounts;
  @Inject PasswordHashing passwords;
  @Inject Partnerships partnerships;
  @Inject Memberships memberships;
  @Inject DemoTenantData tenantData;
  @Inject DemoVisits visits;
  @Inject DemoFeeds feeds;
  @Inject DemoScorecard scorecard;
  @Inject DemoFeedback feedback;
  @Inject DemoBulletins bulletins;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "true")
  boolean enabled;

  private String passwordHash;

  @PostConstruct
  void createOnFirstStart() {
    if (!enabled || organizations.count() > 0) {
      return;
    }
    Organization northwind =
        organizations.register(
            "northwind", "Northwind Retail", OrganizationKind.CLIENT, "fr", "Europe/Paris");
    Organization contoso =
        organizations.register(
            "contoso", "Contoso Bank", OrganizationKind.CLIENT, "en", "Europe/London");
    Organization atlas =
        organizations.register(
            "atlas", "Atlas Contact Centres", OrganizationKind.VENDOR, "en", "Africa/Casablanca");
    Organization platform =
        organizations.register(
            "shoreline", "Shoreline Operations", OrganizationKind.PLATFORM, "en", "UTC");
    Account claire = login(northwind, "claire.dubois", "Claire Dubois", OrgRole.ORG_ADMIN, "en");
    Account luc = login(northwind, "luc.martin", "Luc Martin", OrgRole.MANAGER, "fr");
    Account sophie = login(northwind, "sophie.bernard", "Sophie Bernard", OrgRole.MEMBER, "fr");
    Account james = login(contoso, "james.clarke", "James Clarke", OrgRole.ORG_ADMIN, "en");
    Account priya = login(contoso, "priya.shah", "Priya Shah", OrgRole.MANAGER, "en");
    Account tom = login(contoso, "tom.evans", "Tom Evans", OrgRole.MEMBER, "en");
    Account amina = login(atlas, "amina.haddad", "Amina Haddad", OrgRole.ORG_ADMIN, "en");
    Account rafael = login(atlas, "rafael.santos", "Rafael Santos", OrgRole.MANAGER, "en");
    Account maria = login(atlas, "maria.reyes", "Maria Reyes", OrgRole.MEMBER, "en");
    login(platform, "olivia.grant", "Olivia Grant", OrgRole.ORG_ADMIN, "en");

    Partnership northwindAtlas = workspace(northwind, atlas, claire, amina);
    memberships.add(northwindAtlas, luc, WorkspaceRole.CONTRIBUTOR);
    memberships.add(northwindAtlas, sophie, WorkspaceRole.VIEWER);
    memberships.add(northwindAtlas, rafael, WorkspaceRole.CONTRIBUTOR);
    memberships.add(northwindAtlas, maria, WorkspaceRole.VIEWER);
    Partnership contosoAtlas = workspace(contoso, atlas, james, amina);
    memberships.add(contosoAtlas, priya, WorkspaceRole.CONTRIBUTOR);
    memberships.add(contosoAtlas, tom, WorkspaceRole.VIEWER);
    memberships.add(contosoAtlas, rafael, WorkspaceRole.CONTRIBUTOR);
    tenantData.vendorSitesAndRoster(amina.getEmail());
    tenantData.clientSites(
        claire.getEmail(), new SiteDetails("Paris HQ", "Paris", "FR", "Europe/Paris", 40));
    tenantData.clientSites(
        james.getEmail(), new SiteDetails("Canary Wharf", "London", "GB", "Europe/London", 60));
    visits.create(
        northwindAtlas.getId(),
        new DemoVisits.Cast(claire.getEmail(), luc.getId(), amina.getEmail(), rafael.getId()));
    feeds.create(northwindAtlas.getId(), claire.getEmail(), amina.getEmail());
    scorecard.create(northwindAtlas.getId(), claire.getEmail(), amina.getEmail());
    feedback.create(northwindAtlas.getId(), rafael.getEmail());
    bulletins.create(
        northwindAtlas.getId(),
        new DemoBulletins.Cast(claire.getEmail(), amina.getEmail(), maria, rafael));
    LOG.info(
        "Demo data created. Sign in at /login.xhtml, password "
            + PASSWORD
            + ", as an admin: claire.dubois@northwind.example, james.clarke@contoso.example,"
            + " amina.haddad@atlas.example; platform operator: olivia.grant@shoreline.example"
            + " (more logins for every role: README.md)");
  }

  private String passwordHash() {
    if (passwordHash == null) {
      passwordHash =
          passwords.usesDefaultCost() ? PASSWORD_HASH : passwords.hash(PASSWORD.toCharArray());
    }
    return passwordHash;
  }

  /** A login at the organization's demo domain, in the organization's time zone. */
  private Account login(
      Organization organization, String name, String displayName, OrgRole role, String language) {
    return accounts.create(
        organization,
        name + "@" + organization.getSlug() + ".example",
        displayName,
        passwordHash(),
        role,
        language,
        organization.getTimeZone());
  }

  /** A workspace of the two organizations, coordinated by their admins. */
  private Partnership workspace(
      Organization client, Organization vendor, Account clientLead, Account vendorLead) {
    Partnership workspace =
        partnerships.establish(client, vendor, client.getName() + " – " + vendor.getName());
    memberships.add(workspace, clientLead, WorkspaceRole.COORDINATOR);
    memberships.add(workspace, vendorLead, WorkspaceRole.COORDINATOR);
    return workspace;
  }
}
