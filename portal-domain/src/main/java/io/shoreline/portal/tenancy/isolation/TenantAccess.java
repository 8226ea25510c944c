package io.shoreline.portal.tenancy.isolation;

import io.shoreline.portal.apitokens.ApiToken;
import io.shoreline.portal.apitokens.TokenUse;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.provisioning.ScimToken;
import io.shoreline.portal.provisioning.ScimTokenUse;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;

/**
 * Establishes the request's tenants from the signed-in account: its own organization, and a
 * workspace only after checking that the account is a member of it (or an admin of one side).
 */
@Stateless
public class TenantAccess {

  @Inject Accounts accounts;
  @Inject Memberships memberships;
  @Inject CurrentTenant tenant;
  @Inject TokenUse tokens;
  @Inject ScimTokenUse scimTokens;
  @Inject RequestCaller requestCaller;
  @Inject CallerMembership callerMembership;

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
        requestCaller
            .membership(workspaceId, caller.getId())
            .orElseThrow(() -> new NoSuchWorkspaceException(workspaceId));
    tenant.workspace(workspaceId);
    callerMembership.opened(membership);
    return membership;
  }

  /**
   * Like {@link #openWorkspace}, for a change: the workspace must be active, since a suspended or
   * ended one is read-only for both sides.
   */
  public Membership openWorkspaceForChange(long workspaceId, String callerEmail) {
    Membership membership = openWorkspace(workspaceId, callerEmail);
    requireActive(membership.getPartnership());
    return membership;
  }

  /**
   * For an org admin managing their own people's access: the workspace of a partnership of the
   * admin's organization, member or not.
   *
   * @throws NoSuchWorkspaceException when it is no workspace of the caller's organization
   * @throws NotAllowedException when the caller is no org admin
   */
  public Partnership openWorkspaceAsAdmin(long workspaceId, String callerEmail) {
    Account caller = openOrganization(callerEmail);
    requireRole(OrgRole.ORG_ADMIN);
    Partnership workspace =
        memberships
            .workspaceOf(workspaceId, caller.getOrganization().getId())
            .filter(partnership -> partnership.getStatus() != PartnershipStatus.INVITED)
            .filter(partnership -> partnership.getStatus() != PartnershipStatus.DECLINED)
            .orElseThrow(() -> new NoSuchWorkspaceException(workspaceId));
    tenant.workspace(workspaceId);
    return workspace;
  }

  /**
   * For a machine presenting an API token: the token's workspace becomes the request's workspace
   * tenant, its side the organization tenant, if it is the workspace the request names.
   *
   * @throws io.shoreline.portal.apitokens.UnknownTokenException for no, an unknown or a revoked
   *     token
   * @throws NoSuchWorkspaceException when the token is of another workspace (whether the named one
   *     exists stays unsaid)
   */
  public ApiToken openWorkspaceForToken(long workspaceId, String presentedSecret) {
    return enterWithToken(workspaceId, presentedSecret, false);
  }

  /** Like {@link #openWorkspaceForToken}, for a change: the workspace must be active. */
  public ApiToken openWorkspaceForTokenChange(long workspaceId, String presentedSecret) {
    return enterWithToken(workspaceId, presentedSecret, true);
  }

  private ApiToken enterWithToken(long workspaceId, String presentedSecret, boolean toChange) {
    ApiToken token = tokens.resolve(presentedSecret);
    if (token.getWorkspaceId() != workspaceId) {
      throw new NoSuchWorkspaceException(workspaceId);
    }
    Partnership workspace = workspaceOfSide(workspaceId, token.getOrganizationId());
    if (toChange) {
      requireActive(workspace);
    }
    tenant.token(token.getId(), token.getOrganizationId());
    tenant.workspace(workspaceId);
    return token;
  }

  private Partnership workspaceOfSide(long workspaceId, long organizationId) {
    return memberships
        .workspaceOf(workspaceId, organizationId)
        .filter(partnership -> partnership.getStatus() != PartnershipStatus.INVITED)
        .filter(partnership -> partnership.getStatus() != PartnershipStatus.DECLINED)
        .orElseThrow(() -> new NoSuchWorkspaceException(workspaceId));
  }

  /**
   * For an organization's identity provider presenting a SCIM token: the token's organization
   * becomes the request's organization tenant; nothing is done in a person's name.
   *
   * @throws io.shoreline.portal.apitokens.UnknownTokenException for no, an unknown or a revoked
   *     token
   */
  public ScimToken openOrganizationForScim(String presentedSecret) {
    ScimToken token = scimTokens.resolve(presentedSecret);
    tenant.provisioner(token.getOrganizationId());
    return token;
  }

  /**
   * For a scheduled job, which has no caller: the workspace becomes the tenant of what the job does
   * next, and nothing is done in anyone's name. Only server-side code that chose the workspace
   * itself (never from a request) calls this.
   */
  public Partnership openWorkspaceForJob(long workspaceId) {
    Partnership workspace =
        memberships
            .workspace(workspaceId)
            .orElseThrow(() -> new NoSuchWorkspaceException(workspaceId));
    tenant.job(workspaceId);
    return workspace;
  }

  /** The signed-in caller's account id, as the request opened its tenant (read nothing). */
  public long callerId() {
    return tenant
        .callerAccountId()
        .orElseThrow(() -> new NotAllowedException("no signed-in caller"));
  }

  /** The signed-in caller of this request, as stored now (roles change between requests). */
  public Account caller() {
    return tenant
        .callerAccountId()
        .flatMap(accounts::find)
        .orElseThrow(() -> new NotAllowedException("no signed-in caller"));
  }

  /** The caller, if their role in their organization is one of these. */
  public Account requireRole(OrgRole... roles) {
    Account caller = caller();
    if (!Arrays.asList(roles).contains(caller.getRole())) {
      throw new NotAllowedException(caller.getRole() + " may not do this");
    }
    return caller;
  }

  /**
   * A person who has no session yet (signing up, accepting an invitation) is the actor of what
   * their own request changes.
   */
  public void actAs(Account newcomer) {
    tenant.organization(newcomer.getId(), newcomer.getOrganization().getId());
  }

  /**
   * @throws WorkspaceReadOnlyException when the workspace is suspended or ended
   */
  public static void requireActive(Partnership workspace) {
    if (workspace.getStatus() != PartnershipStatus.ACTIVE) {
      throw new WorkspaceReadOnlyException(workspace.getStatus());
    }
  }

  private Account enabledAccount(String email) {
    // the authentication step of this request has just read and checked it
    Optional<Account> authenticated = requestCaller.authenticated(email);
    if (authenticated.isPresent()) {
      return authenticated.get();
    }
    return Optional.ofNullable(email)
        .flatMap(accounts::findByEmail)
        .filter(Account::isEnabled)
        .orElseThrow(() -> new NotAllowedException("No enabled account " + email));
  }
}
