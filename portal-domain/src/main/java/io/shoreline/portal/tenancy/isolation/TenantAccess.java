package io.shoreline.portal.tenancy.isolation;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Establishes the request's tenants from the signed-in account: its own organization, and a
 * workspace only after checking that the account is a member of it.
 */
@Stateless
public class TenantAccess {

  @Inject Accounts accounts;
  @Inject Memberships memberships;
  @Inject CurrentTenant tenant;

  /** The caller's own organization becomes the request's organization tenant. */
  public Account openOrganization(String callerEmail) {
    Account caller = enabledAccount(callerEmail);
    tenant.organization(caller.getId(), caller.getOrganization().getId());
    return caller;
  }

  /**
   * The workspace becomes the request's workspace tenant if the caller is a member; the caller's
   * organization becomes the organization tenant.
   *
   * @throws NoSuchWorkspaceException when it does not exist or the caller is not a member
   */
  public Membership openWorkspace(long workspaceId, String callerEmail) {
    Account caller = openOrganization(callerEmail);
    Membership membership =
        memberships
            .find(workspaceId, caller.getId())
            .orElseThrow(() -> new NoSuchWorkspaceException(workspaceId));
    tenant.workspace(workspaceId);
    return membership;
  }

  private Account enabledAccount(String email) {
    return accounts
        .findByEmail(email)
        .filter(Account::isEnabled)
        .orElseThrow(() -> new IllegalStateException("No enabled account " + email));
  }
}
