package io.shoreline.portal.web.provisioning;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.PasswordHashing;
import io.shoreline.portal.provisioning.ScimTokens;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A fresh client organization for one SCIM test, made through the services: its admin (who can sign
 * in) and a SCIM token the admin made, whose secret is known this once.
 */
@RequestScoped
public class ScimFixtures {

  static final String PASSWORD = "tide tables of the north sea";

  @Inject Organizations organizations;
  @Inject Accounts accounts;
  @Inject PasswordHashing passwords;
  @Inject TenantAccess access;
  @Inject ScimTokens tokens;

  /** The organization, its admin's e-mail and the token's secret and id. */
  public record Tenant(long organization, String domain, String admin, String secret, long token) {}

  public Tenant organization(String word) {
    String slug = word + "-" + Long.toString(System.nanoTime(), 36);
    Organization organization =
        organizations.register(slug, word + " Ltd", OrganizationKind.CLIENT, "en", "Europe/London");
    String domain = slug + ".example";
    String admin = "admin@" + domain;
    accounts.create(
        organization,
        admin,
        "Admin " + word,
        passwords.hash(PASSWORD.toCharArray()),
        OrgRole.ORG_ADMIN,
        "en",
        "UTC");
    access.openOrganization(admin);
    var created = tokens.create("identity provider");
    return new Tenant(
        organization.getId(), domain, admin, created.secret(), created.token().getId());
  }

  /** A person of the organization who signs in with {@link #PASSWORD}. */
  public Account person(Tenant tenant, String email, OrgRole role) {
    access.openOrganization(tenant.admin());
    return accounts.create(
        access.caller().getOrganization(),
        email,
        "Person " + email,
        passwords.hash(PASSWORD.toCharArray()),
        role,
        "en",
        "UTC");
  }

  /** The id and version of the organization's token of this name, as the page shows them. */
  public Map<String, String> tokenNamed(Tenant tenant, String name) {
    access.openOrganization(tenant.admin());
    var token =
        tokens.page(0, 100).stream()
            .filter(each -> each.getName().equals(name))
            .findFirst()
            .orElseThrow();
    return Map.of("id", token.getId() + "", "version", token.getVersion() + "");
  }

  public void revoke(Tenant tenant) {
    access.openOrganization(tenant.admin());
    long version =
        tokens.page(0, 100).stream()
            .filter(token -> token.getId() == tenant.token())
            .findFirst()
            .orElseThrow()
            .getVersion();
    tokens.revoke(tenant.token(), version);
  }
}
