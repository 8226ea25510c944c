package io.shoreline.portal.web.corpora;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ATLAS;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitPlan;
import io.shoreline.portal.visits.VisitSites;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where the upload corpus goes: a fresh workspace whose client coordinator (Alice) starts threads,
 * and a fresh open visit of the demo's Northwind–Atlas workspace (a new vendor has no sites to
 * visit), planned by Northwind's admin, whose findings take photos.
 */
@RequestScoped
public class UploadTargets {

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Partnerships partnerships;
  @Inject Accounts accounts;
  @Inject SiteVisits visits;
  @Inject VisitSites sites;

  /** Alice and her workspace, for threads. */
  public record Threads(long workspace, String alice) {}

  /** Northwind's admin, the workspace and the visit, for findings. */
  public record Visit(long workspace, long visit, String admin) {}

  public Threads threads() {
    ClientsAndVendor.Fixture partners = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    return new Threads(partners.av().getId(), partners.alice());
  }

  public Visit visit() {
    access.openOrganization(NORTHWIND_ADMIN);
    long workspace =
        partnerships.ofOwnOrganization().stream()
            // by its whole name: other tests give Northwind workspaces its admin is no member of
            .filter(partnership -> partnership.getName().equals(NORTHWIND_ATLAS))
            .map(Partnership::getId)
            .findFirst()
            .orElseThrow();
    access.openWorkspace(workspace, NORTHWIND_ADMIN);
    LocalDateTime start = LocalDateTime.of(2027, 9, 14, 9, 0);
    long visit =
        visits
            .plan(
                new VisitPlan(
                    sites.all().get(0).id(),
                    start,
                    start.plusHours(3),
                    "Upload corpus " + System.nanoTime(),
                    List.of(access.caller().getId()),
                    List.of(accounts.findByEmail(ATLAS_ADMIN).orElseThrow().getId())))
            .getId();
    return new Visit(workspace, visit, NORTHWIND_ADMIN);
  }
}
