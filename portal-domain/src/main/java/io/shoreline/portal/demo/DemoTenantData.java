package io.shoreline.portal.demo;

import io.shoreline.portal.audit.AuditAction;
import io.shoreline.portal.audit.AuditTrail;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * Demo data that lives inside a tenant. Tenants are established per request, and a start-up has
 * none, so each method runs in a request context of its own.
 */
@ApplicationScoped
class DemoTenantData {

  @Inject TenantAccess access;
  @Inject Sites sites;
  @Inject AuditTrail audit;

  @ActivateRequestContext
  void vendorSites(String vendorAdminEmail) {
    access.openOrganization(vendorAdminEmail);
    sites.add("Casablanca", "Casablanca", "MA", "Africa/Casablanca", 120);
    sites.add("Manila", "Manila", "PH", "Asia/Manila", 200);
    sites.add("Lisbon", "Lisbon", "PT", "Europe/Lisbon", 80);
  }

  @ActivateRequestContext
  void workspaceOpened(Partnership workspace, String byEmail) {
    access.openWorkspace(workspace.getId(), byEmail);
    audit.record(
        AuditAction.CREATED,
        "Workspace",
        workspace.getId(),
        "Opened workspace " + workspace.getName());
  }
}
