package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;

import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.IncidentCategory;
import io.shoreline.portal.scorecards.incidents.IncidentClosure;
import io.shoreline.portal.scorecards.incidents.IncidentDetails;
import io.shoreline.portal.scorecards.incidents.IncidentFilter;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.scorecards.incidents.Severity;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Two incidents of one workspace (made once): an open one, whose page offers every change, and a
 * resolved one with its root cause that the vendor agreed to close, whose page offers the client's
 * coordinators to agree too, and reopening. Ids go under the prefix.
 */
@RequestScoped
public class IncidentVictims {

  private static final String OPEN = "Adversarial outage";
  private static final String RESOLVED = "Adversarial resolved outage";

  @Inject TenantAccess access;
  @Inject Incidents incidents;
  @Inject IncidentClosure closure;

  void incidentsOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    access.openWorkspace(workspace, clientAdmin);
    Incident open = named(OPEN).orElseGet(() -> report(OPEN, null));
    ids.put(prefix + "Incident", open.getId() + "");
    ids.put(prefix + "IncidentVersion", open.getVersion() + "");
    Incident resolved = named(RESOLVED).orElseGet(() -> agreedByTheVendor(workspace, clientAdmin));
    ids.put(prefix + "ResolvedIncident", resolved.getId() + "");
    ids.put(prefix + "ResolvedIncidentVersion", resolved.getVersion() + "");
  }

  private Incident agreedByTheVendor(long workspace, String clientAdmin) {
    Incident resolved = report(RESOLVED, Instant.now().minus(Duration.ofHours(1)));
    resolved =
        incidents.explain(resolved.getId(), resolved.getVersion(), "Only this workspace's cause");
    access.openWorkspace(workspace, ATLAS_ADMIN);
    closure.agreeToClose(resolved.getId(), resolved.getVersion());
    access.openWorkspace(workspace, clientAdmin);
    return incidents.find(resolved.getId());
  }

  private Incident report(String title, Instant endedAt) {
    return incidents.report(
        new IncidentDetails(
            title,
            Severity.SEV2,
            IncidentCategory.TELEPHONY,
            Instant.now().minus(Duration.ofHours(3)),
            120,
            "Only this workspace's impact"),
        endedAt);
  }

  private Optional<Incident> named(String title) {
    return incidents.page(IncidentFilter.ALL, 0, 100).stream()
        .filter(incident -> incident.getTitle().equals(title))
        .findFirst();
  }
}
