package io.shoreline.portal.web.workspace;

import io.shoreline.portal.audit.AuditEvent;
import io.shoreline.portal.audit.AuditTrail;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.web.audit.AuditLines;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * Backing bean of app/workspace.xhtml?w=ID: the workspace named in the URL, opened only for its
 * members; anyone else gets the same 404 as for a workspace that does not exist.
 */
@Named
@RequestScoped
public class WorkspaceHome {

  private static final int RECENT_ACTIVITY = 20;

  @Inject TenantAccess access;
  @Inject Memberships memberships;
  @Inject AuditTrail audit;
  @Inject AuditLines auditLines;
  @Inject SecurityContext security;
  @Inject Outcomes outcomes;

  private String workspaceParameter;
  private Membership mine;
  private List<Membership> members;
  private List<AuditEvent> activity;

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    outcomes.attempt(
        () -> {
          long workspaceId = Ids.parse(workspaceParameter, "workspace");
          mine = access.openWorkspace(workspaceId, security.getCallerPrincipal().getName());
          members = memberships.ofWorkspace(workspaceId);
          activity = auditLines.withActors(audit.recent(0, RECENT_ACTIVITY));
        });
  }

  public Partnership getWorkspace() {
    return mine.getPartnership();
  }

  public Membership getMine() {
    return mine;
  }

  public boolean isReadOnly() {
    return getWorkspace().getStatus() != PartnershipStatus.ACTIVE;
  }

  public List<Membership> getClientMembers() {
    return side(getWorkspace().getClient().getId());
  }

  public List<Membership> getVendorMembers() {
    return side(getWorkspace().getVendor().getId());
  }

  public List<AuditEvent> getActivity() {
    return activity;
  }

  public String getW() {
    return workspaceParameter;
  }

  public void setW(String workspace) {
    this.workspaceParameter = workspace;
  }

  private List<Membership> side(Long organizationId) {
    return members.stream()
        .filter(member -> member.getAccount().getOrganization().getId().equals(organizationId))
        .toList();
  }
}
