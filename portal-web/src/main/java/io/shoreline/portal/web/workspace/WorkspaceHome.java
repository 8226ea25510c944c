package io.shoreline.portal.web.workspace;

import io.shoreline.portal.audit.AuditEvent;
import io.shoreline.portal.audit.AuditTrail;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
  @Inject Accounts accounts;
  @Inject SecurityContext security;

  private String workspaceParameter;
  private Membership mine;
  private List<Membership> members;
  private List<AuditEvent> activity;
  private Map<Long, String> actorNames;

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() throws IOException {
    try {
      long workspaceId = Long.parseLong(String.valueOf(workspaceParameter));
      mine = access.openWorkspace(workspaceId, security.getCallerPrincipal().getName());
      members = memberships.ofWorkspace(workspaceId);
      activity = audit.recent(0, RECENT_ACTIVITY);
      actorNames =
          accounts.displayNames(
              activity.stream().map(AuditEvent::getActorAccountId).collect(Collectors.toSet()));
    } catch (NumberFormatException | NoSuchWorkspaceException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "Not found");
      faces.responseComplete();
    }
  }

  public Partnership getWorkspace() {
    return mine.getPartnership();
  }

  public Membership getMine() {
    return mine;
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

  public String actorName(AuditEvent event) {
    return actorNames.getOrDefault(event.getActorAccountId(), "—");
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
