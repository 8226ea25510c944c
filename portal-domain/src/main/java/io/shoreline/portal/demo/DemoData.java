package io.shoreline.portal.demo;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the demo organizations and logins on the first start of an empty database. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

  /** Shared by every demo login; printed in the log and README.md. Demo use only. */
  public static final String PASSWORD = "Shoreline-demo-1";

  /**
   * PASSWORD hashed once (PBKDF2-HMAC-SHA256, 600,000 iterations), so that a first start does not
   * spend seconds hashing the same demo password again for every login.
   */
  static final String PASSWORD_HASH =
      "PBKDF2WithHmacSHA256:600000:/wcucQ9JeNXTEgmUZquSGkii+bTSyDTcXquB30uzAd0="
          + ":vo8U5EaLLsK2hv7pHV90LikDXLmQTHiTGTfgS7K/XYk=";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject Organizations organizations;
  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "true")
  boolean enabled;

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
    login(northwind, "claire.dubois@northwind.example", "Claire Dubois", "en", "Europe/Paris");
    login(contoso, "james.clarke@contoso.example", "James Clarke", "en", "Europe/London");
    login(atlas, "amina.haddad@atlas.example", "Amina Haddad", "en", "Africa/Casablanca");
    LOG.info(
        "Demo data created. Sign in at /login.xhtml as claire.dubois@northwind.example,"
            + " james.clarke@contoso.example or amina.haddad@atlas.example, password "
            + PASSWORD);
  }

  private void login(
      Organization organization, String email, String name, String language, String zone) {
    accounts.create(organization, email, name, PASSWORD_HASH, OrgRole.ORG_ADMIN, language, zone);
  }
}
