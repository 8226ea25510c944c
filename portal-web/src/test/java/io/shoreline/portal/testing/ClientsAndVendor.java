package io.shoreline.portal.testing;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.PasswordHashing;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Fresh tenants for an in-server test, made through the services: clients A and B both work with
 * vendor V, in workspaces A–V and B–V. Alice (A) coordinates A–V, Bob (B) coordinates B–V, Victor
 * (V) is in both. Everyone is an org admin whose password is {@link #PASSWORD}.
 */
@RequestScoped
public class ClientsAndVendor {

  public static final String PASSWORD = "not-used-here";

  private static String passwordHash; // hashing takes a while: once per server

  @Inject Organizations organizations;
  @Inject Accounts accounts;
  @Inject PasswordHashing passwords;
  @Inject Partnerships partnerships;
  @Inject Memberships memberships;

  /** The sign-in names and the two workspaces. */
  public record Fixture(String alice, String bob, String victor, Partnership av, Partnership bv) {}

  /** Victor has this role in A–V and is a viewer of B–V. */
  public Fixture create(WorkspaceRole victorInAv) {
    if (passwordHash == null) {
      passwordHash = passwords.hash(PASSWORD.toCharArray());
    }
    String run = UUID.randomUUID().toString().substring(0, 8);
    Organization a = organization("a-" + run, OrganizationKind.CLIENT);
    Organization b = organization("b-" + run, OrganizationKind.CLIENT);
    Organization v = organization("v-" + run, OrganizationKind.VENDOR);
    Account alice = account(a, "alice");
    Account bob = account(b, "bob");
    Account victor = account(v, "victor");
    Partnership av = partnerships.establish(a, v, "A–V " + run);
    Partnership bv = partnerships.establish(b, v, "B–V " + run);
    memberships.add(av, alice, WorkspaceRole.COORDINATOR);
    memberships.add(bv, bob, WorkspaceRole.COORDINATOR);
    memberships.add(av, victor, victorInAv);
    memberships.add(bv, victor, WorkspaceRole.VIEWER);
    return new Fixture(alice.getEmail(), bob.getEmail(), victor.getEmail(), av, bv);
  }

  private Organization organization(String slug, OrganizationKind kind) {
    return organizations.register(slug, "Org " + slug, kind, "en", "Europe/London");
  }

  private Account account(Organization organization, String name) {
    String email = name + "@" + organization.getSlug() + ".test";
    return accounts.create(
        organization, email, email, passwordHash, OrgRole.ORG_ADMIN, "en", "Europe/London");
  }

  /**
   * A new member (org role MEMBER, UTC) of the workspace, of one of its two organizations; their
   * display name is their e-mail address, which is answered.
   */
  public String addMember(
      Partnership workspace, Organization organization, String name, WorkspaceRole role) {
    String email = name + "@" + organization.getSlug() + ".test";
    Account account =
        accounts.create(organization, email, email, "unused", OrgRole.MEMBER, "en", "UTC");
    memberships.add(workspace, account, role);
    return email;
  }
}
