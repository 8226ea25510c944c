package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Invitation;
import io.shoreline.portal.identity.Invitations;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The real ids (and versions) of records the attacker from Northwind must not reach: Contoso's
 * workspace with Atlas and Contoso's and Atlas's private records. Found through the services, as
 * their owners.
 */
@RequestScoped
public class Victims {

  @Inject TenantAccess access;
  @Inject Partnerships partnerships;
  @Inject Accounts accounts;
  @Inject Invitations invitations;

  Map<String, String> ids() {
    Map<String, String> ids = new HashMap<>();
    access.openOrganization(NORTHWIND_ADMIN);
    ids.put(
        "ownWorkspace", workspaceNamed("Northwind Retail – Atlas Contact Centres").getId() + "");
    formerColleagueAndPendingInvitation("northwind");
    access.openOrganization(CONTOSO_ADMIN);
    Partnership other = workspaceNamed("Contoso Bank – Atlas Contact Centres");
    ids.put("otherWorkspace", other.getId() + "");
    ids.put("otherWorkspaceVersion", other.getVersion() + "");
    Account tom = accounts.findByEmail("tom.evans@contoso.example").orElseThrow();
    ids.put("otherAccount", tom.getId() + "");
    ids.put("otherAccountVersion", tom.getVersion() + "");
    ids.put("otherOrganization", tom.getOrganization().getId() + "");
    ids.put("otherOrganizationVersion", tom.getOrganization().getVersion() + "");
    Account former = formerColleagueAndPendingInvitation("contoso");
    ids.put("otherDisabledAccount", former.getId() + "");
    ids.put("otherDisabledAccountVersion", former.getVersion() + "");
    Invitation invitation = invitations.pending(0, 1).get(0);
    ids.put("otherInvitation", invitation.getId() + "");
    ids.put("otherInvitationVersion", invitation.getVersion() + "");
    access.openOrganization(ATLAS_ADMIN);
    return ids;
  }

  /**
   * So that the organization's admin is offered "enable" and "revoke" on their own page: a disabled
   * account and a pending invitation (made once; the caller's organization is open).
   */
  private Account formerColleagueAndPendingInvitation(String slug) {
    String email = "former.colleague@" + slug + ".example";
    Account admin = access.caller();
    if (accounts.findByEmail(email).isEmpty()) {
      accounts.create(
          admin.getOrganization(),
          email,
          "Former Colleague",
          "not-a-hash",
          OrgRole.MEMBER,
          "en",
          "UTC");
      accounts.disable(email);
      invitations.invite(
          "newcomer@" + slug + ".example", "Newcomer", OrgRole.MEMBER, "http://localhost/x");
    }
    return accounts.findByEmail(email).orElseThrow();
  }

  private Partnership workspaceNamed(String name) {
    return partnerships.ofOwnOrganization().stream()
        .filter(partnership -> partnership.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
