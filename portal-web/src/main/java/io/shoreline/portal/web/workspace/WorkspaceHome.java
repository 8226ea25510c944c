package io.shoreline.portal.web.workspace;

import io.shoreline.portal.audit.AuditEvent;
import io.shoreline.portal.audit.AuditTrail;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.web.audit.AuditLines;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing bean of app/workspace.xhtml?w=ID: the workspace named in the URL, opened only for its
 * members; anyone else gets the same 404 as for a workspace that does not exist.
 */
@Named
@RequestScoped
public class WorkspaceHome {

  private static final int RECENT_ACTIVITY = 20;

  @Inject Tenants tenants;
  @Inject Memberships memberships;
  @Inject AuditTrail audit;
  @Inject AuditLines auditLines;
  @Inject Outcomes outcomes;

  private boolean opened;
  private Membership mine;
  private List<Membership> members;
  private List<AuditEvent> activity;

  /**
   * The view action: checks membership before anything of the workspace is read. A postback that
   * shows the page again (a refused note) reads it on first use instead.
   */
  public void open() {
    if (opened) {
      return;
    }
    opened = true;
    outcomes.attempt(
        () -> {
          mine = tenants.workspace();
          members = memberships.ofWorkspace(mine.getPartnership().getId());
          activity = auditLines.withActors(audit.recent(0, RECENT_ACTIVITY));
        });
  }

  public Partnership getWorkspace() {
    return getMine().getPartnership();
  }

  public Membership getMine() {
    open();
    return mine;
  }

  public boolean isReadOnly() {
    return isRefused() || getWorkspace().getStatus() != PartnershipStatus.ACTIVE;
  }

  /** Org admins manage which of their people are members. */
  public boolean isAdmin() {
    return !isRefused() && tenants.caller().getRole() == OrgRole.ORG_ADMIN;
  }

  /** The caller's own side of the partnership, whose private notes they read. */
  public Organization getOwnOrganization() {
    long own = tenants.caller().getOrganization().getId();
    Partnership workspace = getWorkspace();
    return workspace.getClient().getId() == own ? workspace.getClient() : workspace.getVendor();
  }

  public List<Membership> getClientMembers() {
    return isRefused() ? List.of() : side(getWorkspace().getClient().getId());
  }

  public List<Membership> getVendorMembers() {
    return isRefused() ? List.of() : side(getWorkspace().getVendor().getId());
  }

  public List<AuditEvent> getActivity() {
    return isRefused() ? List.of() : activity;
  }

  /**
   * Whether the workspace was refused (404): the response is complete, but the rest of a postback's
   * phase still asks this page's questions, which must not fail.
   */
  private boolean isRefused() {
    return getMine() == null;
  }

  private List<Membership> side(Long organizationId) {
    return members.stream()
        .filter(member -> member.getAccount().getOrganization().getId().equals(organizationId))
        .toList();
  }
}
