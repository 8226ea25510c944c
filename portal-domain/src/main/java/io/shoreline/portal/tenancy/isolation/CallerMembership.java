package io.shoreline.portal.tenancy.isolation;

import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.WorkspaceRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's membership in the request's workspace, read once per request: what workspace
 * features ask before they let someone read, write or moderate.
 */
@RequestScoped
public class CallerMembership {

  @Inject CurrentTenant tenant;
  @Inject Memberships memberships;

  private Membership membership;

  /** The caller's membership in the open workspace (opened for this request before). */
  public Membership get() {
    long workspace = workspaceId();
    long caller =
        tenant.callerAccountId().orElseThrow(() -> new NotAllowedException("no signed-in caller"));
    // a request that opens another workspace, or as someone else (a test, a batch), reads again
    if (membership == null
        || membership.getPartnership().getId() != workspace
        || membership.getAccount().getId() != caller) {
      membership =
          memberships
              .find(workspace, caller)
              .orElseThrow(() -> new NoSuchWorkspaceException(workspace));
    }
    return membership;
  }

  /** The membership {@link TenantAccess} has just checked to open the workspace. */
  void opened(Membership checked) {
    membership = checked;
  }

  /** For a change: the workspace is active and the caller more than a viewer. */
  public Membership toWrite() {
    Membership member = get();
    TenantAccess.requireActive(member.getPartnership());
    if (member.getRole() == WorkspaceRole.VIEWER) {
      throw new NotAllowedException("viewers read only");
    }
    return member;
  }

  /** Whether {@link #toWrite()} would let the caller change something now. */
  public boolean canWrite() {
    Membership member = get();
    return member.getPartnership().getStatus() == PartnershipStatus.ACTIVE
        && member.getRole() != WorkspaceRole.VIEWER;
  }

  public boolean isCoordinator() {
    return get().getRole() == WorkspaceRole.COORDINATOR;
  }

  public long workspaceId() {
    return tenant.workspaceId().orElseThrow(() -> new NoSuchWorkspaceException(0));
  }
}
