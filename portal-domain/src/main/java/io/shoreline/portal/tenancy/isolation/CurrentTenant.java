package io.shoreline.portal.tenancy.isolation;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenants of this request, established on the server only: by {@link TenantAccess} after it
 * checked the caller's organization and membership, never from anything the client sent.
 */
@RequestScoped
public class CurrentTenant {

  private Long callerAccountId;
  private Long organizationId;
  private Long workspaceId;
  private Long apiTokenId;

  /** The signed-in account that established the tenants. */
  public Optional<Long> callerAccountId() {
    return Optional.ofNullable(callerAccountId);
  }

  /** The API token that established the tenants, for a machine's request (no account then). */
  public Optional<Long> apiTokenId() {
    return Optional.ofNullable(apiTokenId);
  }

  public Optional<Long> organizationId() {
    return Optional.ofNullable(organizationId);
  }

  public Optional<Long> workspaceId() {
    return Optional.ofNullable(workspaceId);
  }

  void organization(long callerAccount, long organization) {
    callerAccountId = callerAccount;
    organizationId = organization;
  }

  void token(long tokenId, long organization) {
    callerAccountId = null;
    apiTokenId = tokenId;
    organizationId = organization;
  }

  /** An organization's identity provider, by its SCIM token: the organization, no person. */
  void provisioner(long organization) {
    callerAccountId = null;
    apiTokenId = null;
    workspaceId = null;
    organizationId = organization;
  }

  /** A job's tenant: the workspace only, no caller and no organization. */
  void job(long workspace) {
    callerAccountId = null;
    apiTokenId = null;
    organizationId = null;
    workspaceId = workspace;
  }

  void workspace(long id) {
    workspaceId = id;
  }
}
