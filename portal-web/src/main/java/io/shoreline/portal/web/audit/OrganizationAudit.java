package io.shoreline.portal.web.audit;

import io.shoreline.portal.audit.OrganizationAuditEvent;
import io.shoreline.portal.audit.OrganizationAuditTrail;
import io.shoreline.portal.web.platform.CallerOrganization;
import io.shoreline.portal.web.platform.LazyRows;
import io.shoreline.portal.web.platform.Outcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

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
  @Inject CallerOrganization organization;
  @Inject Outcomes outcomes;

  private LazyRows<OrganizationAuditEvent> events;

  /** The view action: the trail is bound to the tenant opened here, before anything renders. */
  public void open() {
    outcomes.attempt(organization::open);
  }

  public LazyRows<OrganizationAuditEvent> getEvents() {
    if (events == null) {
      events =
          new LazyRows<>(
              () ->
                  outcomes
                      .attempt(
                          () -> {
                            organization.open();
                            return trail.count();
                          })
                      .orElse(0L),
              (first, max) ->
                  outcomes
                      .attempt(
                          () -> {
                            organization.open();
                            return auditLines.withActors(trail.recent(first, max));
                          })
                      .orElse(List.of()),
              OrganizationAuditEvent::getId);
    }
    return events;
  }
}
