package io.shoreline.portal.web.platform;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.RequestCaller;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Map;

/**
 * The signed-in caller's tenants for this request, opened through {@link TenantAccess} (which
 * checks the membership or the admin role) at most once per request. The workspace is the one the
 * request names in "w": the page's view parameter on a GET; on a postback the form's hidden field
 * "w" (Ajax requests process no view parameters), or, for forms that do not carry it (the shell's
 * language switch), the "w" the view was opened with. Whatever a request names, TenantAccess
 * decides again whether the caller may enter it.
 */
@Named
@RequestScoped
public class Tenants {

  private static final String VIEW_KEY = Tenants.class.getName() + ".w";

  @Inject TenantAccess access;
  @Inject SecurityContext security;
  @Inject RequestCaller requestCaller;

  private String w;
  private Account organizationOpener;
  private Account caller;
  private Membership membership;
  private Partnership administered;

  /** Opens the caller's own organization, for its private data; answers the caller. */
  public Account organization() {
    if (organizationOpener == null) {
      organizationOpener = access.openOrganization(callerEmail());
    }
    return organizationOpener;
  }

  /** Opens the requested workspace for one of its members. */
  public Membership workspace() {
    if (membership == null) {
      membership = access.openWorkspace(getWorkspaceId(), callerEmail());
    }
    return membership;
  }

  /** Opens the requested workspace for an org admin of either side, member or not. */
  public Partnership workspaceAsAdmin() {
    if (administered == null) {
      administered = access.openWorkspaceAsAdmin(getWorkspaceId(), callerEmail());
    }
    return administered;
  }

  /** The caller as stored now, once a tenant is open (roles change between requests). */
  public Account caller() {
    if (caller == null) {
      caller =
          organizationOpener != null
              ? organizationOpener
              : requestCaller.authenticated(callerEmail()).orElseGet(access::caller);
    }
    return caller;
  }

  /** The id the request names; only opening the workspace checks it. */
  public long getWorkspaceId() {
    return Ids.parse(getW(), "workspace");
  }

  public String getW() {
    if (w != null) {
      return w;
    }
    String posted = RowParameters.parameter("w");
    return posted != null ? posted : (String) viewMap().get(VIEW_KEY);
  }

  /** The view parameter; remembered with the view for its postbacks that do not name "w". */
  public void setW(String w) {
    this.w = w;
    viewMap().put(VIEW_KEY, w);
  }

  private static Map<String, Object> viewMap() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewMap();
  }

  private String callerEmail() {
    return security.getCallerPrincipal().getName();
  }
}
