package io.shoreline.portal.web.audit;

import io.shoreline.portal.audit.OrganizationAuditEvent;
import io.shoreline.portal.audit.OrganizationAuditTrail;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing bean of app/org/audit.xhtml: the caller's organization's own trail, newest first, a page
 * at a time, with the actors' names looked up once per page.
 */
@Named
@RequestScoped
public class OrganizationAudit {

  static final int ROWS = 25;

  @Inject OrganizationAuditTrail trail;
  @Inject AuditLines auditLines;
  @Inject Tenants tenants;
  @Inject Outcomes outcomes;

  private PagedRows<OrganizationAuditEvent> events;

  /** The view action: the trail is bound to the tenant opened here, before anything renders. */
  public void open() {
    outcomes.attempt(tenants::organization);
  }

  public PagedRows<OrganizationAuditEvent> getEvents() {
    if (events == null) {
      events =
          new PagedRows<>(
              outcomes,
              () -> {
                tenants.organization();
                return trail.count();
              },
              (first, max) -> {
                tenants.organization();
                return auditLines.withActors(trail.recent(first, max));
              },
              OrganizationAuditEvent::getId);
    }
    return events;
  }
}
