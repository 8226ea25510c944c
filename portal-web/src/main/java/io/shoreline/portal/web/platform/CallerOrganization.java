package io.shoreline.portal.web.platform;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in caller's own organization as this request's tenant. Opened from the authenticated
 * principal only, once per request, by whichever of the page's calls comes first: a postback reads
 * its table before its action runs, and neither may run untenanted.
 */
@RequestScoped
public class CallerOrganization {

  @Inject TenantAccess access;
  @Inject SecurityContext security;

  private Account caller;

  /** The caller as stored now; refuses (403) a caller without an enabled account. */
  public Account open() {
    if (caller == null) {
      Principal principal = security.getCallerPrincipal();
      caller = access.openOrganization(principal == null ? null : principal.getName());
    }
    return caller;
  }
}
